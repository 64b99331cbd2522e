package lat.ideal.scoring.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lat.ideal.model.Country;
import lat.ideal.model.Dataset;
import lat.ideal.model.IndicatorDefinition;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.Polarity;
import lat.ideal.model.Scale;
import lat.ideal.model.TargetKind;
import lat.ideal.model.method.Banding;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Methodology;
import lat.ideal.scoring.Presets;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.Scorer;
import org.junit.jupiter.api.Test;

/**
 * Trend of GI-TOC 2023 (the Americas) against a modified copy with known changes: Bolivia's 15 market scores each
 * +1, Uruguay's criminal networks 4.5 -> 2.5, private-sector actors removed, an "illegal-mining" market added (5 for
 * every country), Cuba left out.
 */
final class TrendAnalysisTest {

    /** Differences of means of a few numbers on a 0.5 grid: only binary rounding separates them from the decimals. */
    private static final double EXACT = 1e-12;

    private static final Country BO = Country.of("BO");
    private static final Country UY = Country.of("UY");
    private static final Country CU = Country.of("CU");

    private static Dataset original() {
        return Americas2023.read().dataset("gitoc-2023-americas");
    }

    private static Dataset modified() {
        Americas2023 t = Americas2023.read();
        for (IndicatorDefinition d : t.indicators) {
            if (d.block().equals(IndicatorDefinition.CRIMINAL_MARKETS)) {
                t.values.get(BO).computeIfPresent(d.key(), (k, v) -> v + 1);
            }
        }
        t.values.get(UY).put("criminal-networks", 2.5);
        t.indicators.removeIf(d -> d.key().equals("private-sector-actors"));
        t.values.values().forEach(v -> v.remove("private-sector-actors"));
        t.indicators.add(new IndicatorDefinition("illegal-mining", LocalizedText.same("Illegal mining"),
                IndicatorDefinition.CRIMINAL_MARKETS, TargetKind.COUNTRY, Polarity.POSITIVE, "score",
                Scale.Continuous.of(1, 10, 0.5)));
        t.values.values().forEach(v -> v.put("illegal-mining", 5.0));
        t.values.remove(CU);
        return t.dataset("gitoc-2023-americas-modified");
    }

    /** The preset with bands on criminality: below 3 low, 3-4 moderate, 4-5 high, from 5 very high. */
    private static Scorer scorer(Dataset d) {
        Methodology m = Presets.methodology("gitoc-ocindex", d);
        return Scorer.of(m.withRoot(banded(m.root())));
    }

    private static MethodNode banded(MethodNode n) {
        if (n.key().equals("criminality")) {
            return n.withBanding(Banding.thresholds(List.of(3.0, 4.0, 5.0),
                    List.of("low", "moderate", "high", "very-high")));
        }
        List<MethodNode> kids = new ArrayList<>();
        n.children().forEach(c -> kids.add(banded(c)));
        return n.isLeaf() ? n : n.withChildren(kids);
    }

    @Test
    void onCommonIndicators_reportsExactlyTheKnownChanges() {
        Dataset before = original();
        Dataset after = modified();
        TrendResult t = TrendAnalysis.compareOnCommonIndicators(scorer(before), before, scorer(after), after);

        FrameworkDifference f = t.framework();
        assertThat(f.added()).containsExactly("illegal-mining");
        assertThat(f.removed()).containsExactly("private-sector-actors");
        assertThat(f.common()).hasSize(31);
        assertThat(f.restricted()).isTrue();
        assertThat(f.statement().en()).isEqualTo("The later assessment adds 1 indicator (illegal-mining) and removes"
                + " 1 indicator (private-sector-actors); 31 indicators are common to both. Both were scored again on"
                + " the 31 common indicators.");
        assertThat(f.statement().es()).startsWith("La evaluación posterior agrega 1 indicador (illegal-mining)");
        assertThat(f.statement().pt()).endsWith("sobre os 31 indicadores comuns.");

        assertThat(t.units()).hasSize(34).doesNotContain("CU");
        assertThat(t.unitsOnlyBefore()).containsExactly("CU");
        assertThat(t.unitsOnlyAfter()).isEmpty();
        // The four scored composites and the 31 common indicators (leaves); not the unscored "index".
        assertThat(t.nodes()).hasSize(35).startsWith("criminality", "criminal-markets")
                .contains("criminal-actors", "resilience", "cocaine-trade").doesNotContain("index",
                        "private-sector-actors", "illegal-mining");

        // Bolivia: 15 markets each +1, so the market mean +1 and criminality (mean of two pillars) +0.5.
        assertThat(t.trend("BO", "criminal-markets").change().getAsDouble()).isCloseTo(1.0, within(EXACT));
        assertThat(t.trend("BO", "criminal-actors").change().getAsDouble()).isZero();
        assertThat(t.trend("BO", "criminality").change().getAsDouble()).isCloseTo(0.5, within(EXACT));
        // Uruguay: criminal networks -2 among 4 remaining actor types: actors -0.5, criminality -0.25.
        assertThat(t.trend("UY", "criminal-actors").change().getAsDouble()).isCloseTo(-0.5, within(EXACT));
        assertThat(t.trend("UY", "criminality").change().getAsDouble()).isCloseTo(-0.25, within(EXACT));
        // Every other unit and every resilience score is unchanged, to the last bit.
        for (String node : t.nodes()) {
            for (UnitTrend u : t.trends(node)) {
                if (!(u.unit().equals("BO") || u.unit().equals("UY")) || node.equals("resilience")) {
                    assertThat(u.change()).as("%s at %s", u.unit(), node).hasValue(0.0);
                }
            }
        }
        // Bolivia, restricted: markets 5, actors (4 + 4.5 + 6 + 5) / 4 = 4.875, criminality 4.9375 (high); after
        // 6 and 4.875, criminality 5.4375: very high, so newly in the top band. Uruguay: markets 50/15, actors
        // 3.125 then 2.625: criminality 3.229 (moderate) then 2.979 (low).
        assertThat(t.emerging("criminality")).extracting(UnitTrend::unit).containsExactly("BO");
        assertThat(t.bandChanges("criminality")).extracting(UnitTrend::unit).containsExactlyInAnyOrder("BO", "UY");
        UnitTrend bo = t.trend("BO", "criminality");
        assertThat(bo.bandBefore()).hasValue("high");
        assertThat(bo.bandAfter()).hasValue("very-high");
        assertThat(bo.movement().getAsInt()).isPositive();
        assertThat(bo.movement().getAsInt()).isEqualTo(bo.rankBefore().getAsInt() - bo.rankAfter().getAsInt());
        assertThat(t.trend("UY", "criminality").movement().getAsInt()).isLessThanOrEqualTo(0);
        assertThat(t.emerging("criminal-markets")).isEmpty();
        assertThat(bo.toString()).startsWith("BO criminality 4.94 -> 5.44 (+0.50), rank ")
                .endsWith(", high -> very-high, emerging");
        assertThat(t.toString()).contains("emerging at criminality: 1");
    }

    @Test
    void asComputed_statesTheDifferenceAndComparesEachFramework() {
        Dataset before = original();
        Dataset after = modified();
        ScoringResult b = scorer(before).score(before);
        ScoringResult a = scorer(after).score(after);
        TrendResult t = TrendAnalysis.compare(b, a);
        assertThat(t.framework().restricted()).isFalse();
        assertThat(t.framework().statement().en()).endsWith("Scores are compared as computed, each under its own"
                + " framework.");
        // Argentina's markets gain an "illegal-mining" 5 as a 16th market: the change is (sum + 5) / 16 - sum / 15.
        Map<String, Double> ar = Americas2023.read().values.get(Country.of("AR"));
        double sum = 0;
        int n = 0;
        for (IndicatorDefinition d : Americas2023.read().indicators) {
            if (d.block().equals(IndicatorDefinition.CRIMINAL_MARKETS)) {
                sum += ar.get(d.key());
                n++;
            }
        }
        assertThat(n).isEqualTo(15);
        assertThat(t.trend("AR", "criminal-markets").change().getAsDouble())
                .isCloseTo((sum + 5) / 16 - sum / 15, within(EXACT));
        // The scores of each side are those of its own result.
        assertThat(t.trend("AR", "criminality").after().getAsDouble())
                .isEqualTo(a.node("criminality").score("AR").unrounded().getAsDouble());
    }

    @Test
    void sameAssessment_hasNoChange() {
        Dataset d = original();
        ScoringResult r = scorer(d).score(d);
        TrendResult t = TrendAnalysis.compare(r, r);
        assertThat(t.framework().isSame()).isTrue();
        assertThat(t.framework().statement().en()).isEqualTo("Both assessments read the same 32 indicators.");
        for (UnitTrend u : t.trends("criminality")) {
            assertThat(u.change()).hasValue(0.0);
            assertThat(u.movement()).hasValue(0);
            assertThat(u.emerging()).isFalse();
        }
        assertThatThrownBy(() -> t.trends("index")).hasMessageContaining("node 'index' is not compared");
        assertThatThrownBy(() -> t.trend("FR", "criminality")).hasMessageContaining("'FR' is not in both");
    }
}
