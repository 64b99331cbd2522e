package lat.ideal.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lat.ideal.io.GitocImport;
import lat.ideal.model.Country;
import lat.ideal.model.Dataset;
import lat.ideal.model.Language;
import lat.ideal.model.Tlp;
import lat.ideal.model.method.Banding;
import lat.ideal.scoring.Explanation;
import lat.ideal.scoring.NodeResult;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.UnitScore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The HTML report, parsed back with jsoup: self-containment, table contents, escaping, accessibility, banner. */
final class HtmlReportTest {
    /**
     * Contributions and totals are printed half-up to 4 decimals, so a sum of k printed parts may differ from the
     * printed total by k x 0.00005 (at most 5 lines are added here: 4 parts and the total).
     */
    private static final double PRINTED_SUM_TOLERANCE = 5 * 0.00005;

    /** The fixture with every observation (marked TLP:RED). */
    private static Report socta(Language language) {
        return Report.builder(ReportFixtures.soctaResult()).dataset(ReportFixtures.socta()).language(language)
                .build();
    }

    /** The fixture for a TLP:AMBER audience: Peru's arms-trafficking cell has no releasable data, so no score. */
    private static Report amber(Language language) {
        return Report.builder(ReportFixtures.soctaResult()).dataset(ReportFixtures.socta()).audience(Tlp.AMBER)
                .language(language).build();
    }

    private static Document parse(Report report) {
        return Jsoup.parse(HtmlReport.withDefaults().render(report));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void report_fetchesNothingAndRunsNothing(Language language) {
        Document doc = parse(socta(language));
        assertThat(doc.select("script, link, iframe, frame, object, embed, img, image, use, audio, video, source,"
                + " track, base, form, input, button, meta[http-equiv=refresh]")).isEmpty();
        assertThat(doc.select("[src]")).isEmpty();
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).as("event handler on <%s>", e.tagName()).doesNotStartWith("on");
                if (!a.getKey().equals("content")) {
                    assertThat(a.getValue()).as("attribute %s of <%s>", a.getKey(), e.tagName())
                            .doesNotContain("://").doesNotContainIgnoringCase("url(")
                            .doesNotContainIgnoringCase("javascript:");
                }
            }
        }
        for (Element a : doc.select("[href]")) {
            String target = a.attr("href");
            assertThat(target).startsWith("#");
            assertThat(doc.getElementById(target.substring(1))).as("anchor %s", target).isNotNull();
        }
        for (Element style : doc.select("style")) {
            assertThat(style.data().toLowerCase(Locale.ROOT)).doesNotContain("@import").doesNotContain("url(")
                    .doesNotContain("@font-face");
        }
        assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .isEqualTo("default-src 'none'; style-src 'unsafe-inline'");
        assertThat(doc.select("html").attr("lang")).isEqualTo(language.code());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void rankingTable_listsEveryUnitWithItsPublishedScoreRankBandAndComponents(Language language) {
        Report report = amber(language);
        Labels t = Labels.of(language);
        Elements rows = parse(report).select("#ranking table tbody tr");
        NodeResult threat = report.result().node("threat");
        assertThat(rows).hasSize(threat.scores().size());
        int previous = 0;
        for (Element row : rows) {
            UnitScore s = threat.score(row.attr("data-unit"));
            Elements td = row.select("td");
            assertThat(td.get(1).text()).isEqualTo(s.unit());
            if (s.hasScore()) {
                int rank = s.rank().getAsInt();
                assertThat(rank).isGreaterThanOrEqualTo(previous);
                previous = rank;
                assertThat(td.get(0).text()).isEqualTo(Integer.toString(rank));
                assertThat(td.get(2).text()).isEqualTo(s.published().orElseThrow().toPlainString());
                assertThat(td.get(3).text()).isEqualTo(Banding.displayName(s.band().orElseThrow()).in(language));
            } else {
                assertThat(td.get(0).text()).isEqualTo(Numbers.NONE);
                assertThat(td.get(2).text()).isEqualTo(t.get("status." + s.status().name()));
            }
            List<String> components = List.of("markets", "capability", "harm", "factors");
            for (int i = 0; i < components.size(); i++) {
                UnitScore c = report.result().node(components.get(i)).score(s.unit());
                assertThat(td.get(5 + i).text()).isEqualTo(c.published().map(BigDecimal::toPlainString)
                        .orElse(t.get("status." + c.status().name())));
            }
        }
        assertThat(rows.last().attr("data-unit")).as("the unit without a score comes last")
                .isEqualTo("PE/arms-trafficking");
    }

    @Test
    void gitocRanking_reproducesThePublishedCriminalityComposites() {
        GitocImport gitoc = ReportFixtures.gitoc();
        ScoringResult result = ReportFixtures.score(gitoc.dataset(), "gitoc-ocindex");
        Report report = Report.builder(result).dataset(gitoc.dataset()).build();
        Elements rows = parse(report).select("#ranking table tbody tr");
        assertThat(rows).hasSize(5);
        for (Element row : rows) {
            Country country = Country.of(row.attr("data-unit"));
            // Reference: GI-TOC, Global Organized Crime Index 2023, column "Criminality avg," of the subset file.
            BigDecimal published = gitoc.composite(country, "criminality").orElseThrow();
            assertThat(new BigDecimal(row.select("td").get(2).text())).isEqualByComparingTo(published);
            assertThat(row.selectFirst("th").text()).isEqualTo(country.displayName(Language.EN));
        }
        assertThat(rows.stream().map(r -> r.attr("data-unit")).toList()).containsExactly("CO", "EC", "BR", "PE",
                "BO");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void heatmap_printsEveryCellAndRepeatsItInADataTable(Language language) {
        Report report = amber(language);
        Document doc = parse(report);
        NodeResult threat = report.result().node("threat");
        Element svg = doc.selectFirst("#heatmap svg");
        assertThat(svg).isNotNull();
        Elements cells = svg.select("text.cell");
        assertThat(cells).hasSize(9);
        assertThat(cells.eachText()).containsExactlyInAnyOrderElementsOf(threat.scores().stream()
                .map(s -> s.published().map(BigDecimal::toPlainString).orElse(Numbers.NONE)).toList());
        for (Element g : svg.select("g")) {
            assertThat(g.selectFirst("title")).isNotNull();
        }
        Elements rows = doc.select("#heatmap table tbody tr");
        assertThat(rows.eachAttr("data-country")).containsExactly("BO", "CO", "PE");
        Labels t = Labels.of(language);
        for (Element row : rows) {
            for (Element td : row.select("td")) {
                UnitScore s = threat.score(row.attr("data-country") + "/" + td.attr("data-area"));
                String expected = s.hasScore() ? s.published().orElseThrow().toPlainString() + " ("
                        + Banding.displayName(s.band().orElseThrow()).in(language) + ")" : t.get("status." + s.status().name());
                assertThat(td.text()).isEqualTo(expected);
            }
        }
        assertThat(doc.select("#heatmap thead th").eachText()).containsExactly(t.get("heatmap.country"),
                report.dataset().orElseThrow().crimeAreas().find(ReportFixtures.DRUGS).orElseThrow().labels()
                        .in(language),
                report.dataset().orElseThrow().crimeAreas().find(ReportFixtures.ENVIRONMENT).orElseThrow()
                        .labels().in(language),
                report.dataset().orElseThrow().crimeAreas().find(ReportFixtures.ARMS).orElseThrow().labels()
                        .in(language));
    }

    @Test
    void unitsThatAreNotCountryCrimeAreaCells_getNoHeatmapAndAreToldWhy() {
        GitocImport gitoc = ReportFixtures.gitoc();
        Report report = Report.builder(ReportFixtures.score(gitoc.dataset(), "gitoc-ocindex")).dataset(gitoc.dataset())
                .build();
        Document doc = parse(report);
        assertThat(doc.select("#heatmap svg, #heatmap table")).isEmpty();
        assertThat(doc.select("#heatmap p.note").text()).isEqualTo(
                "No heatmap: it needs units that are countries by crime areas, and this methodology scores countries.");
    }

    @Test
    void contributions_addUpToTheUnroundedScore() {
        Report report = socta(Language.EN);
        Elements rows = parse(report).select("#contributions table").first().select("tbody tr");
        assertThat(rows).as("the 9 units with a score, all of them within the default 10").hasSize(9);
        for (Element row : rows) {
            UnitScore s = report.result().node("threat").score(row.attr("data-unit"));
            Elements td = row.select("td");
            double parts = 0;
            for (int i = 0; i < 4; i++) {
                parts += Double.parseDouble(td.get(i).text());
            }
            double total = Double.parseDouble(td.get(4).text());
            assertThat(parts).isCloseTo(total, offset(PRINTED_SUM_TOLERANCE));
            assertThat(total).isCloseTo(s.unrounded().getAsDouble(),
                    offset(PRINTED_SUM_TOLERANCE));
            assertThat(td.get(5).text()).isEqualTo(s.published().orElseThrow().toPlainString());
            assertThat(report.result().explain(s.unit(), "threat").kind()).isEqualTo(Explanation.Kind.LINEAR);
        }
        Element chart = parse(report).selectFirst("#contributions svg");
        assertThat(chart.select("rect > title")).hasSize(rows.size() * 4);
        assertThat(parse(report).select("#contributions details")).hasSize(rows.size());
    }

    @Test
    void contributionUnits_limitsTheExplainedUnits() {
        Report report = Report.builder(ReportFixtures.soctaResult()).dataset(ReportFixtures.socta())
                .contributionUnits(3).build();
        Document doc = parse(report);
        assertThat(doc.select("#contributions table").first().select("tbody tr").eachAttr("data-unit"))
                .containsExactly("CO/drug-trafficking", "CO/arms-trafficking", "BO/drug-trafficking");
        Report none = Report.builder(ReportFixtures.soctaResult()).dataset(ReportFixtures.socta())
                .contributionUnits(0).build();
        assertThat(parse(none).select("#contributions svg, #contributions table")).isEmpty();
        assertThat(parse(none).select("#contributions p.note").text()).isEqualTo("No unit has a score to explain.");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void tablesHaveScopedHeaders_andChartsHaveTitles(Language language) {
        Document doc = parse(socta(language));
        Elements headers = doc.select("th");
        assertThat(headers).isNotEmpty();
        for (Element th : headers) {
            assertThat(th.attr("scope")).as("th '%s'", th.text()).isIn("col", "row");
        }
        for (Element table : doc.select("table")) {
            assertThat(table.selectFirst("caption")).isNotNull();
        }
        Elements charts = doc.select("svg");
        assertThat(charts).hasSize(2);
        for (Element svg : charts) {
            Element first = svg.child(0);
            assertThat(first.tagName()).isEqualTo("title");
            assertThat(first.text()).isNotBlank();
            assertThat(svg.attr("role")).isEqualTo("img");
            for (String id : svg.attr("aria-labelledby").split(" ")) {
                assertThat(svg.getElementById(id)).isNotNull();
            }
        }
    }

    @Test
    void banner_showsTheMarkingAtTopAndBottomInTlpColours() {
        Document doc = parse(socta(Language.EN));
        for (String id : List.of("tlp-top", "tlp-bottom")) {
            Element banner = doc.getElementById(id);
            assertThat(banner.text()).isEqualTo("TLP:RED");
            assertThat(banner.classNames()).containsExactlyInAnyOrder("tlp", "tlp-red");
        }
        assertThat(doc.body().child(0).id()).isEqualTo("tlp-top");
        assertThat(doc.select("footer").last().children().last().id()).isEqualTo("tlp-bottom");
        // Colours of FIRST's TLP 2.0 standard (section "Colours in RGB"): text RED 255,43,43; AMBER 255,192,0;
        // GREEN 51,255,0; CLEAR 255,255,255; background 0,0,0.
        String css = doc.selectFirst("style").data();
        assertThat(css).contains(".tlp{display:inline-block;background:#000000;", ".tlp-red{color:#ff2b2b}",
                ".tlp-amber,.tlp-amber-strict{color:#ffc000}", ".tlp-green{color:#33ff00}",
                ".tlp-clear{color:#ffffff}");
    }

    @Test
    void hostileNamesSourcesAndTitles_areShownAsText() {
        Dataset groups = ReportFixtures.groups();
        Report report = Report.builder(ReportFixtures.score(groups, "sleipnir-v1")).dataset(groups)
                .attribution(ReportFixtures.HOSTILE).title(ReportFixtures.HOSTILE).build();
        String html = HtmlReport.withDefaults().render(report);
        assertThat(html).doesNotContain("<img").doesNotContain("onerror=alert(1)>");
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("img, [onerror]")).isEmpty();
        assertThat(doc.title()).isEqualTo(ReportFixtures.HOSTILE);
        assertThat(doc.select("h1").text()).isEqualTo(ReportFixtures.HOSTILE);
        assertThat(doc.select("#ranking tbody th").eachText()).contains(ReportFixtures.HOSTILE,
                "Fixture clan \"C\" & partners (fictional)");
        assertThat(doc.select("#attribution li").eachText()).contains(ReportFixtures.HOSTILE);
        assertThat(doc.select("#contributions svg text.row").eachText()).contains(ReportFixtures.HOSTILE);
        assertThat(doc.select("#heatmap p.note")).hasSize(1);
    }

    @Test
    void escape_neutralisesMarkupQuotesAndControls() {
        assertThat(Html.esc("<a href='x'>\"&\"</a>\u0007\u001b\ttab\nline")).isEqualTo(
                "&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;\uFFFD\uFFFD\ttab\nline");
        assertThat(Html.esc("plain text")).isEqualTo("plain text");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void words_areTranslated_dataLabelsComeFromTheCatalogueAndTheJdk(Language language) {
        Document doc = parse(amber(language));
        Labels t = Labels.of(language);
        assertThat(doc.select("#ranking h2").text()).isEqualTo(t.get("ranking.heading"));
        Element first = doc.selectFirst("#ranking tbody tr");
        assertThat(first.selectFirst("th").text()).isEqualTo(Country.of("CO").displayName(language) + " \u2013 "
                + ReportFixtures.socta().crimeAreas().find(ReportFixtures.DRUGS).orElseThrow().labels().in(language));
        assertThat(doc.select("#methodology tbody th").first().text()).isEqualTo(
                ReportFixtures.soctaResult().methodology().root().labels().in(language));
        List<String> bands = new ArrayList<>(doc.select("#ranking tbody tr").stream()
                .map(r -> r.select("td").get(3).text()).distinct().toList());
        assertThat(bands).containsExactly(Banding.displayName("high").in(language),
                Banding.displayName("moderate").in(language), Numbers.NONE);
    }

    @Test
    void reportWithoutDataset_carriesTheDeclaredMarking() {
        Report report = Report.builder(ReportFixtures.soctaResult()).marking(Tlp.GREEN).build();
        Document doc = parse(report);
        assertThat(doc.getElementById("tlp-top").text()).isEqualTo("TLP:GREEN");
        assertThat(doc.select("footer p").first().text()).isEqualTo(Labels.of(Language.EN)
                .format("policy.noDataset", "TLP:GREEN"));
        assertThat(doc.select("#attribution p.note").text()).isEqualTo(Labels.of(Language.EN)
                .get("attribution.none"));
    }
}
