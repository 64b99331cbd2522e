package lat.ideal.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import lat.ideal.io.GitocImport;
import lat.ideal.io.GitocImporter;
import lat.ideal.io.IdealJson;
import lat.ideal.model.Dataset;
import lat.ideal.model.method.Methodology;
import lat.ideal.scoring.Scorer;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.UnitScore;

/**
 * Short cuts for JShell and scripts: the embedded data, preset methodologies fitted to a dataset, and a plain-text
 * ranking table.
 *
 * <p>{@code ./ideal shell} imports this class with the library's packages, so a session can start with:
 * <pre>{@code
 * var result = Ideal.score("gitoc-ocindex", Ideal.gitoc2023().dataset());
 * System.out.println(Ideal.table(result.top("criminality", 10)));
 * }</pre>
 *
 * <p>Every method reads what it needs afresh (nothing is cached) and throws {@link IllegalStateException} with
 * every located problem when a file cannot be read: a script stops at the first bad file. This class is
 * thread-safe.
 *
 * @since 0.1
 */
public final class Ideal {
    private Ideal() {
    }

    /**
     * Returns the embedded GI-TOC Global Organized Crime Index 2023 (193 countries, with the published composites).
     *
     * @return the import, never null
     */
    public static GitocImport gitoc2023() {
        return DefaultData.gitoc();
    }

    /**
     * Imports a GI-TOC edition in the publisher's layout.
     *
     * @param file the CSV file, not null
     * @param edition the edition year, e.g. 2021
     * @return the import, never null
     * @throws IllegalStateException if the file cannot be read; the message lists every problem
     */
    public static GitocImport gitoc(Path file, int edition) {
        return GitocImporter.withDefaults().read(file, edition).orElseThrow();
    }

    /**
     * Returns the embedded default dataset: "Latin America, public-data proxy for IDEAL" - the GI-TOC 2023 scores of
     * the twelve IDEAL countries mapped onto the seven IDEAL threats, and eight fictional criminal groups.
     *
     * @return the dataset, never null
     */
    public static Dataset defaultDataset() {
        return DefaultData.dataset();
    }

    /**
     * Returns the embedded mapping from GI-TOC indicators to the IDEAL matrix.
     *
     * @return the mapping, never null
     */
    public static GitocMapping mapping() {
        return DefaultData.mapping();
    }

    /**
     * Reads an IDEAL dataset JSON document.
     *
     * @param file the file, not null
     * @return the dataset, never null
     * @throws IllegalStateException if the file cannot be read; the message lists every problem
     */
    public static Dataset dataset(Path file) {
        return IdealJson.withDefaults().readDataset(file).orElseThrow();
    }

    /**
     * Returns a preset's methodology fitted to a dataset: a block the preset takes from the data gets the
     * dataset's indicators of that block that can reach the preset's units (a country-level indicator reaches every
     * crime area of its country).
     *
     * @param preset a preset name ({@code lat.ideal.scoring.Presets.names()}), not null
     * @param dataset the dataset, not null
     * @return the methodology, never null
     * @throws IllegalArgumentException if there is no such preset or the dataset lacks a block it reads
     */
    public static Methodology methodology(String preset, Dataset dataset) {
        return Methods.preset(Objects.requireNonNull(preset, "preset"), Objects.requireNonNull(dataset, "dataset"));
    }

    /**
     * Scores a dataset with a preset, as {@code ideal assess --method PRESET} does.
     *
     * @param preset a preset name, not null
     * @param dataset the dataset, not null
     * @return the result, never null
     * @throws IllegalArgumentException if there is no such preset or the dataset lacks a block it reads
     */
    public static ScoringResult score(String preset, Dataset dataset) {
        return Scorer.of(methodology(preset, dataset)).score(dataset);
    }

    /**
     * Formats scores as a table: rank, unit key, name, published score and band, in the order given.
     *
     * @param scores the scores, e.g. {@code result.top("criminality", 10)}, not null
     * @return the table, one line per score after a header, never null
     */
    public static String table(List<UnitScore> scores) {
        Table t = new Table(List.of(">#", "unit", "name", ">score", "band"));
        for (UnitScore s : scores) {
            t.row(List.of(s.rank().isPresent() ? Integer.toString(s.rank().getAsInt()) : "-", s.unit(), s.name(),
                    s.published().map(BigDecimal::toPlainString).orElse(s.status().toString()),
                    s.band().orElse("")));
        }
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            t.printFull(out, "");
        }
        return text.toString();
    }
}
