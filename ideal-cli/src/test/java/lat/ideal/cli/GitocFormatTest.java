package lat.ideal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lat.ideal.io.GitocImporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code ideal assess --data X.csv --format gitoc --method gitoc-ocindex --out DIR} on published GI-TOC editions:
 * {@code DIR/results.csv} holds every published composite, digit for digit.
 */
final class GitocFormatTest {
    /** The composites: results.csv node key, and the published column's heading in each edition's layout. */
    private static final Map<String, List<String>> COMPOSITES = Map.of(
            "criminality", List.of("Criminality", "Criminality avg,"),
            "criminal-markets", List.of("Criminal markets", "Criminal markets avg,"),
            "criminal-actors", List.of("Criminal actors", "Criminal actors avg,"),
            "resilience", List.of("Resilience", "Resilience avg,"));
    /** GI-TOC publishes each composite to two decimals (METHODOLOGY.md section 4); its CSV drops trailing zeros. */
    private static final int PUBLISHED_DECIMALS = 2;

    @ParameterizedTest(name = "GI-TOC {0}")
    @CsvSource({"2021, gitoc-ocindex-2021.csv", "2023, default/gitoc-ocindex-2023.csv"})
    void resultsCsv_holdsThePublishedComposites(int edition, String resource, @org.junit.jupiter.api.io.TempDir
            Path dir) throws IOException {
        Path data = Cli.copyResource(resource, dir);
        Path out = dir.resolve("out");
        Cli.Run r = Cli.run("assess", "--data", data.toString(), "--format", "gitoc", "--method", "gitoc-ocindex",
                "--out", out.toString(), "--lang", "en");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Wrote to " + out + ": report.html, report.md, results.json, results.csv");

        Map<String, Map<String, String>> published = published(data);
        List<String> lines = Files.readAllLines(out.resolve("results.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("unit,unit_name,node,score,rank,band,coverage,status,unrounded");
        int compared = 0;
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = ReferenceThreat.split(line);
            if (!COMPOSITES.containsKey(cells.get(2))) {
                continue;
            }
            String expected = published.get(cells.get(0)).get(cells.get(2));
            assertThat(cells.get(3)).as("%s %s %s", edition, cells.get(0), cells.get(2)).isEqualTo(expected);
            compared++;
        }
        assertThat(compared).as("193 countries x 4 composites").isEqualTo(193 * 4);
        assertThat(published).hasSize(193);
    }

    /** The published composites by alpha-3 code and node, at the published precision. */
    private static Map<String, Map<String, String>> published(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = ReferenceThreat.split(lines.get(0));
        Map<String, Map<String, String>> out = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = ReferenceThreat.split(line);
            String name = cells.get(header.indexOf("Country"));
            String code = GitocImporter.country(name).orElseThrow().alpha3();
            Map<String, String> composites = new HashMap<>();
            for (Map.Entry<String, List<String>> c : COMPOSITES.entrySet()) {
                for (String heading : c.getValue()) {
                    if (header.contains(heading)) {
                        composites.put(c.getKey(), new BigDecimal(cells.get(header.indexOf(heading)))
                                .setScale(PUBLISHED_DECIMALS).toPlainString());
                    }
                }
            }
            assertThat(composites.keySet()).isEqualTo(Set.copyOf(COMPOSITES.keySet()));
            out.put(code, composites);
        }
        return out;
    }
}
