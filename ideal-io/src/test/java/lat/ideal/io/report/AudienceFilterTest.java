package lat.ideal.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import lat.ideal.model.Dataset;
import lat.ideal.model.Language;
import lat.ideal.model.Observation;
import lat.ideal.model.Tlp;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.UnitScore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Audience filtering: a report for an audience cleared to X contains no observation-level value marked above X, no
 * figure computed with one, and nothing that tells whether one exists.
 *
 * <p>The fixture has a distinctive TLP:RED value ({@link ReportFixtures#RED_VALUE}) beside a GREEN one in Bolivia's
 * environmental-crime cell, a cell (Peru, arms trafficking) whose own observations are all RED, a source named only
 * by RED observations and one named only by the AMBER observation.
 */
final class AudienceFilterTest {
    private static final Dataset DATA = ReportFixtures.socta();
    private static final ScoringResult FULL = ReportFixtures.soctaResult();

    private static Report report(Tlp audience, Language language) {
        return Report.builder(FULL).dataset(DATA).audience(audience).language(language).build();
    }

    private static String text(UnitScore s) {
        return s.published().map(BigDecimal::toPlainString)
                .orElse(Labels.of(Language.EN).get("status." + s.status().name()));
    }

    static Stream<Arguments> belowRed() {
        List<Arguments> out = new ArrayList<>();
        for (Tlp tlp : List.of(Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER, Tlp.AMBER_STRICT)) {
            for (Language l : Language.values()) {
                out.add(Arguments.of(tlp, l, "html", HtmlReport.withDefaults()));
                out.add(Arguments.of(tlp, l, "markdown", MarkdownReport.withDefaults()));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("belowRed")
    void reportBelowRed_containsNeitherTheRedValueNorItsSource(Tlp audience, Language language, String format,
                                                                ReportRenderer renderer) {
        String text = renderer.render(report(audience, language));
        assertThat(text).doesNotContain(ReportFixtures.RED_VALUE).doesNotContain(ReportFixtures.RED_SOURCE)
                .doesNotContain("TLP:RED");
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("belowRed")
    void reportForAudience_isTheReportOfTheReleasableDataAlone(Tlp audience, Language language, String format,
                                                               ReportRenderer renderer) {
        Dataset releasable = DATA.releasableTo(audience);
        ScoringResult scored = ReportFixtures.score(releasable, "ideal-socta");
        Report direct = Report.builder(scored).dataset(releasable).audience(audience).language(language).build();
        assertThat(renderer.render(report(audience, language))).isEqualTo(renderer.render(direct));
    }

    @Test
    void redReport_containsTheRedValueAndItsSource() {
        for (ReportRenderer renderer : List.of(HtmlReport.withDefaults(), MarkdownReport.withDefaults())) {
            String text = renderer.render(report(Tlp.RED, Language.EN));
            assertThat(text).contains(ReportFixtures.RED_VALUE, ReportFixtures.RED_SOURCE, "TLP:RED");
        }
        assertThat(report(Tlp.RED, Language.EN).result()).as("a RED audience receives every figure").isSameAs(FULL);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Tlp.class, names = {"CLEAR", "GREEN", "AMBER", "AMBER_STRICT"})
    void scoresChangedByRestrictedData_areShownAsRecomputed(Tlp audience) {
        Report report = report(audience, Language.EN);
        ScoringResult filtered = ReportFixtures.score(DATA.releasableTo(audience), "ideal-socta");
        Document doc = Jsoup.parse(HtmlReport.withDefaults().render(report));
        List<String> nodes = List.of("threat", "markets", "capability", "harm", "factors");
        int changed = 0;
        for (Element row : doc.select("#ranking tbody tr")) {
            String unit = row.attr("data-unit");
            List<String> shown = new ArrayList<>();
            shown.add(row.select("td").get(2).text());
            for (int i = 5; i < 9; i++) {
                shown.add(row.select("td").get(i).text());
            }
            for (int n = 0; n < nodes.size(); n++) {
                String now = text(filtered.node(nodes.get(n)).score(unit));
                String before = text(FULL.node(nodes.get(n)).score(unit));
                assertThat(shown.get(n)).as("%s at %s", unit, nodes.get(n)).isEqualTo(now);
                if (!now.equals(before)) {
                    changed++;
                    assertThat(shown.get(n)).isNotEqualTo(before);
                }
            }
        }
        assertThat(changed).as("the restricted data changed some scores, so the check above compared something")
                .isPositive();
        assertThat(doc.select("#ranking tbody tr").size()).isEqualTo(FULL.units().size());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Tlp.class, names = {"CLEAR", "GREEN", "AMBER", "AMBER_STRICT"})
    void cellWithOnlyRestrictedData_looksLikeACellWithoutData(Tlp audience) {
        Document doc = Jsoup.parse(HtmlReport.withDefaults().render(report(audience, Language.EN)));
        Element row = doc.selectFirst("#ranking tbody tr[data-unit=PE/arms-trafficking]");
        assertThat(row.select("td").get(0).text()).isEqualTo(Numbers.NONE);
        assertThat(row.select("td").get(2).text()).isEqualTo("insufficient data");
        Element cell = doc.selectFirst("#heatmap tr[data-country=PE] td[data-area=arms-trafficking]");
        assertThat(cell.text()).isEqualTo("insufficient data");
        assertThat(doc.text()).doesNotContainIgnoringCase("withheld").doesNotContainIgnoringCase("restricted data:");
    }

    @Test
    void banner_isTheMostRestrictedMarkingAmongTheIncludedObservations() {
        assertThat(report(Tlp.CLEAR, Language.EN).marking()).isEqualTo(Tlp.CLEAR);
        assertThat(report(Tlp.GREEN, Language.EN).marking()).isEqualTo(Tlp.GREEN);
        assertThat(report(Tlp.AMBER, Language.EN).marking()).isEqualTo(Tlp.AMBER);
        assertThat(report(Tlp.AMBER_STRICT, Language.EN).marking()).as("no AMBER+STRICT data exist")
                .isEqualTo(Tlp.AMBER);
        assertThat(report(Tlp.RED, Language.EN).marking()).isEqualTo(Tlp.RED);
        Document doc = Jsoup.parse(HtmlReport.withDefaults().render(report(Tlp.GREEN, Language.EN)));
        assertThat(doc.getElementById("tlp-top").text()).isEqualTo("TLP:GREEN");
        assertThat(doc.getElementById("tlp-bottom").text()).isEqualTo("TLP:GREEN");
        assertThat(doc.select("footer p").first().text()).startsWith(
                "This report was prepared for an audience cleared to TLP:GREEN.");
    }

    @Test
    void includedObservations_areTheReleasableOnesOfTheMethodologysIndicators() {
        for (Tlp audience : Tlp.values()) {
            List<Observation> included = report(audience, Language.EN).includedObservations();
            assertThat(included).allMatch(o -> o.handling().releasableTo(audience));
            assertThat(included).hasSize((int) DATA.observations().stream()
                    .filter(o -> o.handling().releasableTo(audience)).count());
        }
        assertThat(report(Tlp.AMBER, Language.EN).observationSources()).containsExactly(
                ReportFixtures.GREEN_SOURCE, ReportFixtures.OPEN_SOURCE, ReportFixtures.AMBER_SOURCE);
        assertThat(report(Tlp.GREEN, Language.EN).observationSources()).doesNotContain(
                ReportFixtures.AMBER_SOURCE, ReportFixtures.RED_SOURCE);
    }

    @Test
    void declaredMarkingAboveTheAudience_isRefused() {
        Report.Builder b = Report.builder(FULL).dataset(DATA).marking(Tlp.AMBER).audience(Tlp.GREEN);
        assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot prepare a report for an audience cleared to TLP:GREEN: the declared marking is"
                        + " TLP:AMBER");
    }
}
