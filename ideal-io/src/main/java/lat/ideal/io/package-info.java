/**
 * Reading and writing IDEAL data.
 *
 * <ul>
 *   <li>{@link lat.ideal.io.IdealJson}: strict JSON documents (dataset, methodology, priorities, action plans,
 *       results), each with a JSON Schema ({@link lat.ideal.io.DocumentType#schema()}); results read back as a
 *       {@link lat.ideal.io.ResultsDocument} and checked by re-scoring with
 *       {@link lat.ideal.io.ResultsVerification}; the uncertainty, trend, priority list and evidence analyses
 *       written as JSON too.</li>
 *   <li>{@link lat.ideal.io.ResultsCsv} and {@link lat.ideal.io.AnalysisCsv}: results and analyses as long CSV.</li>
 *   <li>{@link lat.ideal.io.ObservationCsv}: observations in long CSV format, streamed row by row;
 *       {@link lat.ideal.io.WideCsv}: units by indicators.</li>
 *   <li>{@link lat.ideal.io.GitocImporter}: the GI-TOC Global Organized Crime Index in the publisher's layout of any
 *       edition.</li>
 * </ul>
 *
 * <p>Readers never throw on bad input. They return a {@link lat.ideal.io.ReadResult}: the value, when the file could
 * be read faithfully, and every problem as a {@link lat.ideal.io.Located} with file, line, column and path, whose
 * {@code toString()} is the {@code FILE:LINE:COL: message} line a command-line tool prints. {@link
 * lat.ideal.io.ReadLimits} bound what a hostile file can make a reader hold.
 *
 * <pre>{@code
 * ReadResult<Dataset> read = IdealJson.withDefaults().readDataset(Path.of("ideal-2023.json"));
 * read.problems().forEach(System.out::println);   // ideal-2023.json:41:22: observations[3].measurement: ...
 * Dataset data = read.orElseThrow();
 * }</pre>
 *
 * @since 0.1
 */
package lat.ideal.io;
