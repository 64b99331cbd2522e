package lat.ideal.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import lat.ideal.model.Doubles;
import lat.ideal.model.TargetKind;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.UnitScore;

/**
 * Writes scoring results in long CSV form: one row per unit and node.
 *
 * <p>Columns: {@code unit}, {@code unit_name}, {@code node}, {@code score}, {@code rank}, {@code band},
 * {@code coverage}, {@code status}, {@code unrounded}. {@code unit} is the ISO 3166-1 alpha-3 code for countries,
 * {@code BOL/drug-trafficking} (alpha-3, slash, crime area) for a country in a crime area, the group id for criminal
 * groups and the region code for regions; {@code unit_name} is the name the input gave the unit. {@code score} is the
 * published score exactly as rounded (empty without a score), {@code status} says why a unit has none
 * ({@code INSUFFICIENT_DATA}, {@code UNDEFINED}, {@code NOT_AGGREGATED}), {@code unrounded} is the exact double in
 * its shortest form. Rows go node by node (methodology order), units in input order. Text cells are neutralised
 * against spreadsheet formula injection as in {@link ObservationCsv}; CRLF line ends, UTF-8 without byte order mark.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ResultsCsv {
    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("unit", "unit_name", "node", "score", "rank", "band",
            "coverage", "status", "unrounded");

    private static final ResultsCsv INSTANCE = new ResultsCsv();

    private ResultsCsv() {
    }

    /**
     * Returns the writer.
     *
     * @return the writer, never null
     */
    public static ResultsCsv withDefaults() {
        return INSTANCE;
    }

    /**
     * Writes every unit's result at every node.
     *
     * @param result the result, not null
     * @param out where to write, not null; flushed, not closed
     * @throws IOException if writing fails
     */
    public void write(ScoringResult result, Writer out) throws IOException {
        Objects.requireNonNull(result, "result");
        TargetKind kind = result.methodology().unitKind();
        CsvWriter w = new CsvWriter(out);
        for (String c : COLUMNS) {
            w.text(c);
        }
        w.endRow();
        for (String node : result.nodeKeys()) {
            for (UnitScore s : result.node(node).scores()) {
                w.text(Units.external(s.unit(), kind));
                w.text(s.name());
                w.text(node);
                w.number(s.published().map(p -> p.toPlainString()).orElse(""));
                w.number(s.rank().isPresent() ? Integer.toString(s.rank().getAsInt()) : "");
                w.text(s.band().orElse(""));
                w.number(Doubles.format(s.coverage()));
                w.text(s.status().name());
                w.number(s.unrounded().isPresent() ? Doubles.format(s.unrounded().getAsDouble()) : "");
                w.endRow();
            }
        }
        out.flush();
    }

    /**
     * Writes every unit's result at every node to a file in UTF-8, replacing it.
     *
     * @param result the result, not null
     * @param file the file, not null
     * @throws IOException if writing fails
     */
    public void write(ScoringResult result, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(result, out);
        }
    }
}
