package lat.ideal.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import lat.ideal.model.Dataset;
import lat.ideal.model.Language;
import lat.ideal.model.Tlp;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.UnitScore;
import lat.ideal.scoring.evidence.ConfidenceRule;
import lat.ideal.scoring.evidence.EvidenceCombiner;
import lat.ideal.scoring.evidence.EvidenceReport;
import lat.ideal.scoring.priority.Prioritisation;
import lat.ideal.scoring.priority.PriorityList;
import lat.ideal.scoring.priority.RegionalPriority;
import lat.ideal.scoring.trend.TrendAnalysis;
import lat.ideal.scoring.trend.TrendResult;
import lat.ideal.scoring.trend.UnitTrend;
import lat.ideal.scoring.uncertainty.RankDistribution;
import lat.ideal.scoring.uncertainty.SampleRunner;
import lat.ideal.scoring.uncertainty.UncertainFactor;
import lat.ideal.scoring.uncertainty.UncertaintyAnalysis;
import lat.ideal.scoring.uncertainty.UncertaintyResult;
import lat.ideal.scoring.uncertainty.UncertaintySpec;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sections drawn from the optional analyses (confidence, rank intervals, trend, priorities), each computed from
 * the data the report includes: a restricted audience's analyses are those of the releasable data alone.
 */
final class AnalysesTest {
    private static final Dataset DATA = ReportFixtures.socta();
    private static final ScoringResult RESULT = ReportFixtures.soctaResult();
    private static final Dataset BEFORE_DATA = ReportFixtures.soctaPrevious();
    private static final ScoringResult BEFORE = ReportFixtures.soctaPreviousResult();
    /** Few samples keep the tests fast; the seed makes them reproducible. */
    private static final UncertaintySpec SPEC = UncertaintySpec.of(11, List.of(UncertainFactor.uniformWeights(0.5)))
            .withSamples(40).withTopK(3);
    private static final SampleRunner ONE_THREAD = SampleRunner.withDefaults().withParallelism(1);
    /** Score changes are printed half-up to 4 decimals: within half a unit of the 4th decimal of the value. */
    private static final double PRINTED_TOLERANCE = 0.00005;

    /** Every analysis, for an audience (or none). */
    private static Report.Builder everything(ScoringResult result, Dataset data, ScoringResult before,
                                             Dataset beforeData) {
        return Report.builder(result).dataset(data)
                .confidence(EvidenceCombiner.withDefaults(), ConfidenceRule.withDefaults())
                .uncertainty(SPEC, ONE_THREAD).previousCycle(before, beforeData)
                .priorities(Prioritisation.withDefaults());
    }

    private static Report everything(Tlp audience, Language language) {
        Report.Builder b = everything(RESULT, DATA, BEFORE, BEFORE_DATA).language(language);
        return (audience == null ? b : b.audience(audience)).build();
    }

    static Stream<Arguments> belowRed() {
        List<Arguments> out = new ArrayList<>();
        for (Tlp tlp : List.of(Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER, Tlp.AMBER_STRICT)) {
            out.add(Arguments.of(tlp, HtmlReport.withDefaults()));
            out.add(Arguments.of(tlp, MarkdownReport.withDefaults()));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("belowRed")
    void analysesForAnAudience_areThoseOfTheReleasableDataAlone(Tlp audience, ReportRenderer renderer) {
        Dataset data = DATA.releasableTo(audience);
        Dataset beforeData = BEFORE_DATA.releasableTo(audience);
        Report direct = everything(ReportFixtures.score(data, "ideal-socta"), data,
                ReportFixtures.score(beforeData, "ideal-socta"), beforeData).audience(audience).build();
        String text = renderer.render(everything(audience, Language.EN));
        assertThat(text).isEqualTo(renderer.render(direct));
        assertThat(text).doesNotContain(ReportFixtures.RED_VALUE, ReportFixtures.PREVIOUS_RED_VALUE,
                ReportFixtures.RED_SOURCE, "TLP:RED");
    }

    @Test
    void redReport_showsTheRestrictedValuesOfBothCycles() {
        Report report = everything(Tlp.RED, Language.EN);
        String html = HtmlReport.withDefaults().render(report);
        assertThat(html).contains(ReportFixtures.RED_VALUE);
        assertThat(report.previousResult()).contains(BEFORE);
        assertThat(report.trend().orElseThrow().trend("BO/environmental-crime", "threat").before())
                .isEqualTo(BEFORE.node("threat").score("BO/environmental-crime").unrounded());
    }

    @Test
    void confidence_isShownBesideEveryScore() {
        Report report = everything(Tlp.AMBER, Language.ES);
        EvidenceReport evidence = report.evidence().orElseThrow();
        Document doc = Jsoup.parse(HtmlReport.withDefaults().render(report));
        assertThat(doc.select("#ranking thead th").get(6).text()).isEqualTo("Confianza");
        for (Element row : doc.select("#ranking tbody tr")) {
            assertThat(row.select("td").get(5).text()).isEqualTo(evidence.confidence(row.attr("data-unit"),
                    "threat").label(Language.ES));
        }
        assertThat(doc.select("#coverage h3").eachText()).contains("Confianza en las puntuaciones");
    }

    @Test
    void rankIntervals_chartAndTableShowEveryUnitsDistribution() {
        Report report = everything(Tlp.AMBER, Language.EN);
        UncertaintyResult u = report.uncertainty().orElseThrow();
        assertThat(u.spec()).isEqualTo(SPEC);
        Document doc = Jsoup.parse(HtmlReport.withDefaults().render(report));
        Element svg = doc.selectFirst("#uncertainty svg");
        assertThat(svg.child(0).tagName()).isEqualTo("title");
        assertThat(svg.select("g > title")).hasSize(report.result().units().size());
        Elements rows = doc.select("#uncertainty tbody tr");
        assertThat(rows).hasSize(report.result().units().size());
        for (Element row : rows) {
            RankDistribution d = u.distribution(row.attr("data-unit"), "threat");
            Elements td = row.select("td");
            assertThat(td.get(0).text()).isEqualTo(d.nominal() > 0 ? Integer.toString(d.nominal()) : Numbers.NONE);
            assertThat(td.get(1).text()).isEqualTo(d.isRanked() ? Numbers.plain(d.median(), 2) : Numbers.NONE);
            assertThat(td.get(3).text()).isEqualTo(d.isRanked() ? Numbers.plain(d.p5(), 2) : Numbers.NONE);
            assertThat(td.get(4).text()).isEqualTo(d.isRanked() ? Numbers.plain(d.p95(), 2) : Numbers.NONE);
            assertThat(td.get(5).text()).isEqualTo(Numbers.percent(d.topKProbability()));
        }
        assertThat(doc.select("#uncertainty thead th").get(6).text()).isEqualTo("P(top 3)");
        assertThat(doc.select("nav a").eachAttr("href")).containsSubsequence("#coverage", "#uncertainty", "#trend",
                "#priorities", "#attribution");
    }

    @Test
    void precomputedRankIntervals_areShownOnlyWhenNothingIsFilteredOut() {
        UncertaintyResult u = UncertaintyAnalysis.run(RESULT.scorer(), DATA, SPEC, ONE_THREAD);
        Report all = Report.builder(RESULT).dataset(DATA).uncertainty(u).build();
        assertThat(all.uncertainty()).containsSame(u);
        assertThat(Report.builder(RESULT).dataset(DATA).uncertainty(u).audience(Tlp.RED).build().uncertainty())
                .containsSame(u);
        assertThatThrownBy(() -> Report.builder(RESULT).dataset(DATA).uncertainty(u).audience(Tlp.AMBER).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("an uncertainty result computed beforehand cannot be filtered for an audience cleared to"
                        + " TLP:AMBER: give its specification with uncertainty(spec, runner) so that the report runs"
                        + " it on the releasable data");
        lat.ideal.io.GitocImport gitoc = ReportFixtures.gitoc();
        UncertaintyResult other = UncertaintyAnalysis.run(ReportFixtures.score(gitoc.dataset(), "gitoc-ocindex")
                .scorer(), gitoc.dataset(), SPEC.withNodes(List.of("criminality")), ONE_THREAD);
        assertThat(other.units()).isNotEqualTo(u.units());
        assertThatThrownBy(() -> Report.builder(RESULT).dataset(DATA).uncertainty(other).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the uncertainty result has units " + other.units());
    }

    @Test
    void trendTable_comparesThePublishedScoresOfBothCycles() {
        Report report = everything(Tlp.AMBER, Language.EN);
        TrendResult trend = report.trend().orElseThrow();
        ScoringResult before = report.previousResult().orElseThrow();
        Document doc = Jsoup.parse(HtmlReport.withDefaults().render(report));
        Elements rows = doc.select("#trend tbody tr");
        assertThat(rows).hasSize(trend.trends("threat").size());
        for (Element row : rows) {
            String unit = row.attr("data-unit");
            UnitTrend t = trend.trend(unit, "threat");
            Elements td = row.select("td");
            assertThat(td.get(0).text()).isEqualTo(text(before.node("threat").score(unit)));
            assertThat(td.get(1).text()).isEqualTo(text(report.result().node("threat").score(unit)));
            if (t.change().isPresent()) {
                assertThat(Double.parseDouble(td.get(2).text())).isCloseTo(t.change().getAsDouble(),
                        offset(PRINTED_TOLERANCE));
            }
        }
        assertThat(trend.framework().isSame()).isTrue();
        assertThat(doc.select("#trend p").first().text()).isEqualTo(trend.framework().statement().en());
        String expected = TrendAnalysis.compare(before, report.result()).toString();
        assertThat(trend.toString()).isEqualTo(expected);
    }

    @Test
    void priorities_areRecommendationsWithRationaleAndDraftPlans() {
        Report report = everything(Tlp.AMBER, Language.PT);
        PriorityList list = report.priorities().orElseThrow();
        Document doc = Jsoup.parse(HtmlReport.withDefaults().render(report));
        Elements rows = doc.select("#priorities table").first().select("tbody tr");
        assertThat(rows.eachAttr("data-area")).containsExactlyElementsOf(list.priorities().stream()
                .map(RegionalPriority::crimeArea).toList());
        for (Element row : rows) {
            RegionalPriority p = list.priority(row.attr("data-area")).orElseThrow();
            assertThat(row.selectFirst("th").text()).isEqualTo(p.label().pt());
            assertThat(row.select("td").get(0).text()).isEqualTo(Integer.toString(p.rank()));
            assertThat(row.select("td").get(2).text()).isEqualTo(Integer.toString(p.reach()));
            assertThat(row.select("td").get(3).text()).isEqualTo(p.confidence().label(Language.PT));
        }
        assertThat(doc.select("#priorities li").eachText()).containsExactlyElementsOf(list.priorities().stream()
                .map(p -> p.rationale().pt()).toList());
        List<String> plans = list.draftActionPlans(DATA.id(), DATA.period()).stream()
                .map(lat.ideal.model.OperationalActionPlan::id).toList();
        assertThat(plans).isNotEmpty();
        assertThat(doc.select("#priorities table").get(1).select("tbody th").eachText())
                .containsExactlyElementsOf(plans);
        assertThat(doc.select("#priorities").text()).contains("Recomendações para o CLASI, não decisões");
    }

    @Test
    void priorities_needConfidenceLevels() {
        assertThatThrownBy(() -> Report.builder(RESULT).dataset(DATA).priorities(Prioritisation.withDefaults())
                .build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("priorities need confidence levels: call confidence(combiner, rule)");
    }

    @Test
    void previousCycleNotScoredFromItsDataset_isRefused() {
        assertThatThrownBy(() -> Report.builder(RESULT).dataset(DATA).previousCycle(BEFORE, DATA).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the result was not scored from dataset 'FIXTURE-2023'");
    }

    private static String text(UnitScore s) {
        return s.published().map(BigDecimal::toPlainString)
                .orElse(Labels.of(Language.EN).get("status." + s.status().name()));
    }
}
