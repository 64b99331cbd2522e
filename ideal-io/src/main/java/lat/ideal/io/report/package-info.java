/**
 * Assessment reports: self-contained HTML ({@link lat.ideal.io.report.HtmlReport}) and Markdown
 * ({@link lat.ideal.io.report.MarkdownReport}) in Spanish, English and Portuguese, built from a
 * {@link lat.ideal.io.report.Report}.
 *
 * <pre>{@code
 * Report report = Report.builder(result).dataset(dataset).audience(Tlp.AMBER).language(Language.PT)
 *         .attribution("GI-TOC, Global Organized Crime Index 2023").build();
 * HtmlReport.write(report, Path.of("relatorio.html"));
 * MarkdownReport.write(report, Path.of("relatorio.md"));
 * }</pre>
 *
 * <p>A report holds: a handling-marking banner at its top and bottom (TLP 2.0 colours); title and metadata
 * (dataset, period, methodology, shown node, units, included observations by marking, audience, optional date,
 * result fingerprint); the methodology (description, sources, whether it is a shipped preset, tie policy and rank
 * basis, overrides, and every node's effective weight, aggregation, weighting, normalisation and direction,
 * missing-data rule, published rounding and bands); the ranking table (rank, unit, score, band, coverage, confidence
 * when asked for, and the scores of the shown node's components); a countries x crime areas heatmap when the units
 * are country x crime area cells (otherwise a note saying why there is none); contribution bars for the best-ranked
 * units, with each unit's indicator-level details (value in the data, value after treatment, value used, effective
 * weight, contribution); coverage per indicator, intelligence gaps, confidence levels and poorly graded cells,
 * imputed and treated values and the scoring warnings; when asked for, a rank-interval chart and table from a Monte
 * Carlo uncertainty analysis, a trend table against the previous assessment cycle (with the framework difference
 * and emerging threats), and recommended regional priorities for CLASI with their rationale and draft operational
 * action plans (recommendations, never decisions); the attribution lines given and the sources the included
 * observations name; and a footer stating the audience policy below.
 *
 * <h2>Audience filtering</h2>
 *
 * <p>Handling markings (TLP 2.0) belong to observations. A report made for an audience cleared to level X
 * ({@link lat.ideal.io.report.Report.Builder#audience(lat.ideal.model.Tlp)}) follows this policy:
 * <ol>
 *   <li><b>Observations.</b> Only observations marked X or less restricted are included
 *       ({@link lat.ideal.model.Dataset#releasableTo(lat.ideal.model.Tlp)}); no value, source or count of a more
 *       restricted observation appears.</li>
 *   <li><b>Aggregates.</b> No aggregate computed with a more restricted observation is released. Every score, rank,
 *       band, coverage figure, contribution, imputed value, warning and intelligence gap is recomputed from the
 *       releasable observations alone, with the result's methodology, scorer options (tie policy, rank basis, cell
 *       combiner) and overrides; so are the confidence levels, the rank intervals (the report runs the uncertainty
 *       analysis itself, and refuses a precomputed one when anything was filtered out), the previous cycle's scores
 *       that the trend compares with, and the priorities. Releasing aggregates of restricted data was rejected: with few observations per
 *       cell an aggregate reveals its inputs (a mean of one value is that value; the change of a rank or band
 *       between two reports reveals the direction of the hidden data), and relative normalisations and quantile
 *       bands carry every unit's data into every other unit's score.</li>
 *   <li><b>Existence.</b> A unit or cell that has no releasable data is shown exactly like one that has no data at
 *       all ("insufficient data", a dash in the heatmap), never as "withheld": marking the difference would itself
 *       tell the audience that restricted data exist about that cell. For the same reason a country x crime-area
 *       unit mentioned only by restricted observations does not appear.</li>
 *   <li><b>Marking.</b> The banner shows the most restricted marking among the included observations of the
 *       indicators the methodology reads (at least the marking declared with
 *       {@link lat.ideal.io.report.Report.Builder#marking(lat.ideal.model.Tlp)}), so a report for an AMBER audience
 *       built only from GREEN data is marked GREEN.</li>
 *   <li><b>Metadata.</b> Participating countries, the crime-area catalogue, indicator definitions, criminal-group
 *       names and the methodology carry no marking in the model and are treated as releasable. Facts that must be
 *       protected belong in observations, where they are marked.</li>
 * </ol>
 * A consequence that the tests check: the report built from the full dataset for audience X is byte for byte the
 * report built from {@code dataset.releasableTo(X)} for audience X. Without a dataset a result cannot be filtered:
 * the report carries the declared marking ({@code TLP:RED} unless declared) and the builder refuses an audience below
 * it. The builder also refuses a dataset from which the result was not scored (its fingerprint differs), so that the
 * banner never describes other data than the figures.
 *
 * <h2>Determinism</h2>
 *
 * <p>Rendering reads no clock and no default locale: published scores are printed from their exact
 * {@link java.math.BigDecimal}, other numbers half-up to at most four decimals with a decimal point; units, nodes,
 * areas and warnings keep the order of the result, the methodology and the catalogue. The same report renders to the
 * same bytes on every JDK from 17.
 *
 * @since 0.1
 */
package lat.ideal.io.report;
