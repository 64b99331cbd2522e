package lat.ideal.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lat.ideal.io.GitocImport;
import lat.ideal.io.GitocImporter;
import lat.ideal.io.ReadResult;
import lat.ideal.scoring.GitocIndicators;
import lat.ideal.scoring.NodeResult;
import lat.ideal.scoring.Presets;
import lat.ideal.scoring.Scorer;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.UnitScore;

/**
 * Workload (f): the whole GI-TOC pipeline on the 193 countries of the 2023 edition, from CSV text to published
 * composites and ranks.
 *
 * <p>Import the publisher's sheet ({@link GitocImporter}), take the {@code gitoc-ocindex} methodology with the
 * edition's indicator set ({@link Presets#methodology(String, lat.ideal.model.Dataset)}), score the dataset, and read
 * every country's published (two-decimal, half-up from the exact value) composite and its rank at each of the four
 * composites. Validation is left out: it is workload (h). The data is GI-TOC, Global Organized Crime Index 2023
 * (resource {@code gitoc-ocindex-2023.csv}, provenance in the {@code README.md} beside it).
 */
final class GitocPipeline {
    /** The resource holding the 2023 sheet. */
    static final String RESOURCE = "gitoc-ocindex-2023.csv";
    /** The edition. */
    static final int EDITION = 2023;
    /** The composites, in the order results list them. */
    static final List<String> COMPOSITES = List.of(GitocIndicators.CRIMINALITY, GitocIndicators.CRIMINAL_MARKETS,
            GitocIndicators.CRIMINAL_ACTORS, GitocIndicators.RESILIENCE);

    private GitocPipeline() {
    }

    /**
     * Reads the 2023 sheet from the resource.
     *
     * @return the CSV text
     */
    static String csv() {
        try (InputStream in = GitocPipeline.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the pipeline: the timed operation.
     *
     * @param csv the sheet's text
     * @return per composite (in {@link #COMPOSITES} order), every country's published value and rank, in file order
     */
    static Published run(String csv) {
        ReadResult<GitocImport> read = GitocImporter.withDefaults().read(RESOURCE, new StringReader(csv), EDITION);
        GitocImport imported = read.orElseThrow();
        ScoringResult result = Scorer.of(Presets.methodology("gitoc-ocindex", imported.dataset()))
                .score(imported.dataset());
        List<GitocImport.Row> rows = imported.rows();
        BigDecimal[][] published = new BigDecimal[COMPOSITES.size()][rows.size()];
        int[][] ranks = new int[COMPOSITES.size()][rows.size()];
        for (int k = 0; k < COMPOSITES.size(); k++) {
            NodeResult node = result.node(COMPOSITES.get(k));
            for (int r = 0; r < rows.size(); r++) {
                UnitScore s = node.score(rows.get(r).country().code());
                published[k][r] = s.published().orElseThrow();
                ranks[k][r] = s.rank().orElseThrow();
            }
        }
        return new Published(rows.stream().map(r -> r.country().code()).toList(), published, ranks);
    }

    /**
     * The pipeline's output.
     *
     * @param countries the countries' ISO alpha-2 codes, in file order
     * @param published {@code published[composite][row]}
     * @param ranks {@code ranks[composite][row]}, 1 for the highest published value, ties sharing the best rank
     */
    record Published(List<String> countries, BigDecimal[][] published, int[][] ranks) {
    }
}
