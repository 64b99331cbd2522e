package lat.ideal.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import lat.ideal.model.Dataset;
import lat.ideal.model.Language;
import lat.ideal.model.Tlp;
import lat.ideal.model.method.Banding;
import lat.ideal.scoring.NodeResult;
import lat.ideal.scoring.UnitScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Markdown report: banner, tables read back, escaping. */
final class MarkdownReportTest {

    private static Report amber(Language language) {
        return Report.builder(ReportFixtures.soctaResult()).dataset(ReportFixtures.socta()).audience(Tlp.AMBER)
                .language(language).build();
    }

    /** The body rows of the first table after a level-2 heading, split into cells (escapes left as written). */
    private static List<List<String>> table(String markdown, String heading) {
        String[] lines = markdown.split("\n", -1);
        int i = 0;
        while (!lines[i].equals("## " + heading)) {
            i++;
        }
        while (!lines[i].startsWith("|")) {
            i++;
        }
        List<List<String>> rows = new ArrayList<>();
        for (i += 2; lines[i].startsWith("|"); i++) {
            List<String> cells = new ArrayList<>();
            for (String cell : lines[i].substring(1).split("(?<!\\\\)\\|")) {
                cells.add(cell.trim());
            }
            rows.add(cells);
        }
        return rows;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void banner_isTheFirstAndLastLine(Language language) {
        String md = MarkdownReport.withDefaults().render(amber(language));
        assertThat(md).startsWith("**TLP:AMBER**\n\n").endsWith("\n\n**TLP:AMBER**\n");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void rankingTable_readsBackAsTheResult(Language language) {
        Report report = amber(language);
        Labels t = Labels.of(language);
        NodeResult threat = report.result().node("threat");
        List<List<String>> rows = table(MarkdownReport.withDefaults().render(report), t.get("ranking.heading"));
        assertThat(rows).hasSize(9);
        for (List<String> row : rows) {
            UnitScore s = threat.score(row.get(2));
            assertThat(row.get(1)).isEqualTo(s.rank().isPresent() ? Integer.toString(s.rank().getAsInt())
                    : Numbers.NONE);
            assertThat(row.get(3)).isEqualTo(s.published().map(BigDecimal::toPlainString)
                    .orElse(t.get("status." + s.status().name())));
            assertThat(row.get(4)).isEqualTo(s.band().map(b -> Banding.displayName(b).in(language)).orElse(Numbers.NONE));
        }
    }

    @Test
    void heatmapTable_hasCountriesByAreas() {
        Report report = amber(Language.ES);
        List<List<String>> rows = table(MarkdownReport.withDefaults().render(report), "Países por áreas delictivas");
        assertThat(rows).extracting(r -> r.get(0)).containsExactly("Bolivia", "Colombia", "Perú");
        NodeResult threat = report.result().node("threat");
        assertThat(rows.get(0).subList(1, 4)).containsExactly(
                threat.score("BO/drug-trafficking").published().orElseThrow() + " (alta)",
                threat.score("BO/environmental-crime").published().orElseThrow() + " (alta)",
                threat.score("BO/arms-trafficking").published().orElseThrow() + " (moderada)");
        assertThat(rows.get(2).get(3)).isEqualTo("datos insuficientes");
    }

    @Test
    void hostileNames_cannotBecomeHtmlOrMarkdown() {
        Dataset groups = ReportFixtures.groups();
        Report report = Report.builder(ReportFixtures.score(groups, "sleipnir-v1")).dataset(groups)
                .title(ReportFixtures.HOSTILE).build();
        String md = MarkdownReport.withDefaults().render(report);
        assertThat(md).doesNotContain("<img").contains("# &lt;img src=x onerror=alert(1)&gt;\n")
                .contains("| Fixture clan \"C\" &amp; partners (fictional) |");
    }

    @Test
    void escape_neutralisesMarkupTableSeparatorsAndLineBreaks() {
        assertThat(MarkdownReport.md("a|b\nc\r<d>&*_[x](y) `#` ~\\ \u0000"))
                .isEqualTo("a\\|b c &lt;d&gt;&amp;\\*\\_\\[x\\](y) \\`\\#\\` \\~\\\\ \uFFFD");
    }
}
