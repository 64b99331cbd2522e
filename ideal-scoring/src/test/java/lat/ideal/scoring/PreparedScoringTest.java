package lat.ideal.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import lat.ideal.model.method.Aggregation;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Methodology;
import lat.ideal.model.method.Weighting;
import org.junit.jupiter.api.Test;

/** The stage boundary: re-aggregation with overrides equals scoring the modified methodology from scratch. */
final class PreparedScoringTest {
    private static final GitocCsv DATA = GitocCsv.sheet("gitoc-ocindex-2023.csv", 2023);
    private static final Methodology GITOC = Presets.methodology("gitoc-ocindex", DATA.dataset);

    @Test
    void overriddenWeightsEqualAMethodologyWithThoseWeights() {
        Scorer scorer = Scorer.of(GITOC);
        PreparedScoring prepared = scorer.prepare(scorer.input(DATA.dataset));
        Overrides overrides = Overrides.none().withWeights("criminality", 0.7, 0.3);

        MethodNode criminality = GITOC.node("criminality").orElseThrow();
        List<MethodNode> kids = new ArrayList<>(criminality.children());
        kids.set(0, kids.get(0).withWeight(0.7));
        kids.set(1, kids.get(1).withWeight(0.3));
        MethodNode changed = criminality.withChildren(kids).withWeighting(Weighting.explicit());
        List<MethodNode> top = new ArrayList<>(GITOC.root().children());
        top.set(0, changed);
        Methodology modified = GITOC.withRoot(GITOC.root().withChildren(top));
        ScoringResult expected = Scorer.of(modified).score(DATA.dataset);

        assertThat(prepared.aggregate(overrides).node("criminality").unrounded())
                .containsExactly(expected.node("criminality").unrounded());
        assertThat(prepared.scores("criminality", overrides))
                .containsExactly(expected.node("criminality").unrounded());
        assertThat(prepared.ranks("criminality", overrides)).containsExactly(expected.node("criminality").ranks());
        assertThat(prepared.aggregate(overrides).effectiveWeights("criminality"))
                .containsEntry("criminal-markets", 0.7);
    }

    @Test
    void overriddenAggregationEqualsAMethodologyWithIt() {
        Scorer scorer = Scorer.of(GITOC);
        PreparedScoring prepared = scorer.prepare(scorer.input(DATA.dataset));
        Aggregation geometric = Aggregation.of(AggregationMethod.GEOMETRIC_MEAN);
        MethodNode markets = GITOC.node("criminal-markets").orElseThrow().withAggregation(geometric);
        MethodNode criminality = GITOC.node("criminality").orElseThrow();
        List<MethodNode> kids = new ArrayList<>(criminality.children());
        kids.set(0, markets);
        List<MethodNode> top = new ArrayList<>(GITOC.root().children());
        top.set(0, criminality.withChildren(kids));
        ScoringResult expected = Scorer.of(GITOC.withRoot(GITOC.root().withChildren(top))).score(DATA.dataset);

        double[] fast = prepared.scores("criminality", Overrides.none().withAggregation("criminal-markets", geometric));
        assertThat(fast).containsExactly(expected.node("criminality").unrounded());
    }

    @Test
    void withoutOverridesTheFastPathsMatchTheFullResult() {
        Scorer scorer = Scorer.of(GITOC);
        PreparedScoring prepared = scorer.prepare(scorer.input(DATA.dataset));
        ScoringResult full = prepared.aggregate();
        assertThat(prepared.scores("resilience", Overrides.none())).containsExactly(full.node("resilience").unrounded());
        assertThat(prepared.ranks("resilience", Overrides.none())).containsExactly(full.node("resilience").ranks());
        assertThat(prepared.childKeys("criminality")).containsExactly("criminal-markets", "criminal-actors");
        assertThat(prepared.leafValues("cocaine-trade")).hasSize(193);
    }

    /**
     * Regression: the exact path that decides a published value on a rounding boundary read the aggregation's
     * parameters from the methodology instead of the override, and published 2.01 (the rescaled sum) for a weighted
     * sum of 1.005 overridden to rescale = 0.
     */
    @Test
    void exactRoundingUsesTheOverriddenAggregation() {
        MethodNode root = MethodNode.node("root", Aggregation.of(AggregationMethod.WEIGHTED_SUM),
                List.of(Fixtures.leaf("a"), Fixtures.leaf("b"))).withWeighting(Weighting.explicit());
        PreparedScoring prepared = Scorer.of(Fixtures.methodology(root))
                .prepare(Fixtures.rows(List.of("a", "b"), Fixtures.row(1.005, Double.NaN)));
        Aggregation noRescale = new Aggregation(AggregationMethod.WEIGHTED_SUM, java.util.Map.of("rescale", 0.0));

        UnitScore u1 = prepared.aggregate(Overrides.none().withAggregation("root", noRescale)).node("root").score("U1");

        assertThat(u1.unrounded()).hasValue(1.005);
        assertThat(u1.published().orElseThrow().toPlainString()).isEqualTo("1.01");
    }

    @Test
    void badOverridesAreProgrammingErrors() {
        Scorer scorer = Scorer.of(GITOC);
        PreparedScoring prepared = scorer.prepare(scorer.input(DATA.dataset));
        assertThatThrownBy(() -> prepared.scores("criminality", Overrides.none().withWeights("criminality", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gives 1 weights");
        assertThatThrownBy(() -> prepared.aggregate(Overrides.none().withWeights("nowhere", 1)))
                .hasMessageContaining("no node 'nowhere'");
        assertThatThrownBy(() -> Overrides.none().withWeights("criminality", -1, 1))
                .hasMessageContaining("-1.0");
        assertThatThrownBy(() -> prepared.aggregate(Overrides.none().withAggregation("cocaine-trade",
                Aggregation.of(AggregationMethod.MAXIMUM)))).hasMessageContaining("is a leaf");
    }
}
