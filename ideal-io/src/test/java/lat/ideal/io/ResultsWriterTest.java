package lat.ideal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lat.ideal.scoring.Scorer;
import lat.ideal.scoring.ScoringInput;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.UnitScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Results written from scoring the GI-TOC imports (see gitoc/README.md for the data's provenance). */
final class ResultsWriterTest {

    private static ScoringResult score(GitocImport g) {
        return Scorer.of(g.methodology()).score(g.input());
    }

    /**
     * Scoring what the importer read with the {@code gitoc-ocindex} preset gives back every composite the publisher
     * printed, to the last digit (data/README.md: 772, 772 and 152 reproducible values).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"gitoc-ocindex-2021.csv, 2021, 772", "gitoc-ocindex-2023.csv, 2023, 772",
        "gitoc-ocindex-2025-indicators.csv, 2025, 152"})
    void scoringTheImport_reproducesThePublishedComposites(String file, int edition, int expected) throws IOException {
        GitocImport g = GitocImporterTest.load(file, edition);
        if (edition == 2025) {
            g = g.withCompositesFrom(GitocImporterTest.load("gitoc-ocindex-2025-composites-subset.csv", 2025));
        }
        ScoringResult result = score(g);
        int compared = 0;
        for (GitocImport.Row row : g.rows()) {
            for (Map.Entry<String, BigDecimal> published : row.composites().entrySet()) {
                UnitScore s = result.node(published.getKey()).score(row.country().code());
                assertThat(s.published()).as("%s %s", row.name(), published.getKey()).isPresent();
                assertThat(s.published().get()).as("%s %s", row.name(), published.getKey())
                        .isEqualByComparingTo(published.getValue());
                compared++;
            }
        }
        assertThat(compared).isEqualTo(expected);
    }

    @Test
    void resultsCsv_hasOneRowPerUnitAndNode_withAlpha3AndTheNameAsWritten() throws IOException {
        GitocImport g = GitocImporterTest.load("gitoc-ocindex-2023.csv", 2023);
        ScoringResult result = score(g);
        StringWriter out = new StringWriter();
        ResultsCsv.withDefaults().write(result, out);
        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0]).isEqualTo("unit,unit_name,node,score,rank,band,coverage,status,unrounded");
        assertThat(lines).hasSize(1 + 193 * result.nodeKeys().size());
        // gitoc-ocindex-2023.csv, line 97: Americas,South America,Bolivia,4.95,...
        String bolivia = java.util.Arrays.stream(lines).filter(l -> l.startsWith("BOL,Bolivia,criminality,"))
                .findFirst().orElseThrow();
        String[] cells = bolivia.split(",", -1);
        assertThat(cells[3]).isEqualTo("4.95");
        assertThat(Integer.parseInt(cells[4])).isBetween(1, 193);
        assertThat(cells[5]).isEmpty();
        assertThat(cells[6]).isEqualTo("1");
        assertThat(cells[7]).isEqualTo("SCORED");
        assertThat(new BigDecimal(cells[8]).setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("4.95");
        assertThat(out.toString()).contains("\r\nCIV,Côte d'Ivoire,criminality,6.02,");
        assertThat(out.toString()).contains("\r\nBOL,Bolivia,index,,,,1,NOT_AGGREGATED,\r\n");
    }

    @Test
    void resultsCsv_neutralisesUnitNamesThatLookLikeFormulas() throws IOException {
        GitocImport g = GitocImporterTest.load("gitoc-ocindex-2023.csv", 2023);
        List<ScoringInput.Unit> units = new ArrayList<>(g.units());
        ScoringInput.Unit first = units.get(0);
        units.set(0, new ScoringInput.Unit(first.key(), "=HYPERLINK(\"http://x\",\"y\")", first.group()));
        ScoringResult result = Scorer.of(g.methodology()).score(g.input().withUnits(units));
        StringWriter out = new StringWriter();
        ResultsCsv.withDefaults().write(result, out);
        assertThat(out.toString()).contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",")
                .doesNotContain(",\"=HYPERLINK");
    }
}
