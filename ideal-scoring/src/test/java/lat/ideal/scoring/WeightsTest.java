package lat.ideal.scoring;

import static lat.ideal.scoring.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import lat.ideal.model.method.Aggregation;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Weighting;
import lat.ideal.model.method.WeightingMethod;
import org.junit.jupiter.api.Test;

/** Weighting methods against published or independently computed reference values. */
final class WeightsTest {
    private static final double TOLERANCE = 1e-12;
    /** Reference values quoted to 4 decimals. */
    private static final double QUOTED = 5e-5;
    /** Reference values computed with numpy and quoted to 6 decimals. */
    private static final double NUMPY = 5e-7;

    private static Map<String, Double> weights(Weighting weighting, ScoringInput input, String... keys) {
        MethodNode[] leaves = new MethodNode[keys.length];
        for (int i = 0; i < keys.length; i++) {
            leaves[i] = Fixtures.leaf(keys[i]);
        }
        MethodNode root = Fixtures.node("root", AggregationMethod.ARITHMETIC_MEAN, leaves).withWeighting(weighting);
        return Fixtures.score(root, input).effectiveWeights("root");
    }

    /**
     * Rank-sum n - i + 1; reciprocal 1 / i; rank-order centroid (1/n) sum_{k=i..n} 1/k, for n = 4 0.5208, 0.2708,
     * 0.1458, 0.0625 (Barron and Barrett 1996, Management Science 42(11), table of ROC weights). Weights are keyed by
     * child: the order lists d first, so d gets the largest weight whatever its position.
     */
    @Test
    void rankOrderWeightsAreKeyedByChild() {
        ScoringInput in = Fixtures.rows(List.of("a", "b", "c", "d"), row(1, 2, 3, 4));
        List<String> order = List.of("d", "c", "b", "a");
        assertThat(weights(Weighting.rankOrder(WeightingMethod.RANK_SUM, order), in, "a", "b", "c", "d"))
                .containsExactly(Map.entry("a", 1.0), Map.entry("b", 2.0), Map.entry("c", 3.0), Map.entry("d", 4.0));
        Map<String, Double> reciprocal = weights(Weighting.rankOrder(WeightingMethod.RANK_RECIPROCAL, order), in,
                "a", "b", "c", "d");
        assertThat(reciprocal.get("d")).isEqualTo(1.0);
        assertThat(reciprocal.get("a")).isEqualTo(0.25);
        Map<String, Double> roc = weights(Weighting.rankOrder(WeightingMethod.RANK_ORDER_CENTROID, order), in,
                "a", "b", "c", "d");
        assertThat(roc.get("d")).isCloseTo(0.5208, within(QUOTED));
        assertThat(roc.get("c")).isCloseTo(0.2708, within(QUOTED));
        assertThat(roc.get("b")).isCloseTo(0.1458, within(QUOTED));
        assertThat(roc.get("a")).isCloseTo(0.0625, within(QUOTED));
    }

    /**
     * Saaty's three-criteria example, matrix (1, 1/3, 1/5; 3, 1, 1/3; 5, 3, 1): principal eigenvector 0.1047,
     * 0.2583, 0.6370, lambda max 3.0385, CI 0.0193, CR = CI / 0.58 = 0.0332 (the textbook's 0.105, 0.258, 0.637 and
     * CR 0.033; the digits were checked with numpy.linalg.eig).
     */
    @Test
    void ahpSaatyExample() {
        Weighting ahp = Weighting.ahp(List.of("a", "b", "c"),
                List.of(List.of(1.0, 1.0 / 3, 1.0 / 5), List.of(3.0, 1.0, 1.0 / 3), List.of(5.0, 3.0, 1.0)));
        MethodNode root = Fixtures.node("root", AggregationMethod.ARITHMETIC_MEAN, Fixtures.leaf("a"),
                Fixtures.leaf("b"), Fixtures.leaf("c")).withWeighting(ahp);
        ScoringResult r = Fixtures.score(root, Fixtures.rows(List.of("a", "b", "c"), row(1, 2, 3)));

        Map<String, Double> w = r.effectiveWeights("root");
        assertThat(w.get("a")).isCloseTo(0.1047, within(QUOTED));
        assertThat(w.get("b")).isCloseTo(0.2583, within(QUOTED));
        assertThat(w.get("c")).isCloseTo(0.6370, within(QUOTED));
        assertThat(r.consistencyRatio("root").orElseThrow()).isCloseTo(0.0332, within(QUOTED));
        assertThat(r.warnings()).noneMatch(x -> x.kind() == ScoringWarning.Kind.AHP_INCONSISTENT);
    }

    /** A consistent matrix a_ij = w_i / w_j has exactly w as eigenvector, lambda max n and CR 0 (Saaty 1977). */
    @Test
    void ahpConsistentMatrixGivesItsWeights() {
        double[] w = {0.5, 0.3, 0.2};
        double[][] a = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                a[i][j] = w[i] / w[j];
            }
        }
        Weights.Ahp ahp = Weights.ahp(a);
        assertThat(ahp.weights).containsExactly(new double[] {0.5, 0.3, 0.2}, within(TOLERANCE));
        assertThat(ahp.lambdaMax).isCloseTo(3, within(TOLERANCE));
        assertThat(ahp.consistencyRatio).isCloseTo(0, within(TOLERANCE));
    }

    @Test
    void ahpAboveTheConsistencyLimitWarns() {
        Weighting cyclic = Weighting.ahp(List.of("a", "b", "c"),
                List.of(List.of(1.0, 9.0, 1.0 / 9), List.of(1.0 / 9, 1.0, 9.0), List.of(9.0, 1.0 / 9, 1.0)));
        MethodNode root = Fixtures.node("root", AggregationMethod.ARITHMETIC_MEAN, Fixtures.leaf("a"),
                Fixtures.leaf("b"), Fixtures.leaf("c")).withWeighting(cyclic);
        ScoringResult r = Fixtures.score(root, Fixtures.rows(List.of("a", "b", "c"), row(1, 2, 3)));
        assertThat(r.consistencyRatio("root").orElseThrow()).isGreaterThan(Weights.AHP_CR_LIMIT);
        assertThat(r.warnings()).anyMatch(x -> x.kind() == ScoringWarning.Kind.AHP_INCONSISTENT);
    }

    private static final ScoringInput OBJECTIVE = Fixtures.rows(List.of("a", "b", "c"), row(0.2, 0.5, 0.9),
            row(0.4, 0.5, 0.1), row(0.9, 0.6, 0.3), row(0.6, 0.4, 0.7));

    /**
     * Entropy weights, p_ij = x_ij / sum_i x_ij, e_j = -sum p ln p / ln 4, w = (1 - e) / sum (1 - e); reference values
     * computed with numpy from those formulas: 0.347788, 0.027913, 0.624299.
     */
    @Test
    void entropyWeights() {
        Map<String, Double> w = weights(Weighting.objective(WeightingMethod.ENTROPY), OBJECTIVE, "a", "b", "c");
        assertThat(w.get("a")).isCloseTo(0.347788, within(NUMPY));
        assertThat(w.get("b")).isCloseTo(0.027913, within(NUMPY));
        assertThat(w.get("c")).isCloseTo(0.624299, within(NUMPY));
    }

    /**
     * CRITIC (Diakoulaki et al. 1995): c_j = sd_j x sum_k (1 - r_jk), w = c / sum c; reference values computed with
     * numpy (population sd, numpy.corrcoef): 0.331296, 0.091451, 0.577253.
     */
    @Test
    void criticWeights() {
        Map<String, Double> w = weights(Weighting.objective(WeightingMethod.CRITIC), OBJECTIVE, "a", "b", "c");
        assertThat(w.get("a")).isCloseTo(0.331296, within(NUMPY));
        assertThat(w.get("b")).isCloseTo(0.091451, within(NUMPY));
        assertThat(w.get("c")).isCloseTo(0.577253, within(NUMPY));
    }

    /** Budget allocation, two experts: a (60 + 40) / 2 = 50, b (40 + 30) / 2 = 35, c (0 + 30) / 2 = 15. */
    @Test
    void budgetAllocationIsTheMeanOfTheExperts() {
        Weighting budget = Weighting.budget(List.of(Map.of("a", 60.0, "b", 40.0),
                Map.of("a", 40.0, "b", 30.0, "c", 30.0)));
        Map<String, Double> w = weights(budget, Fixtures.rows(List.of("a", "b", "c"), row(1, 2, 3)), "a", "b", "c");
        assertThat(w).containsExactly(Map.entry("a", 50.0), Map.entry("b", 35.0), Map.entry("c", 15.0));
        Map<String, Double> renormalised = weights(budget.withRenormalise(true),
                Fixtures.rows(List.of("a", "b", "c"), row(1, 2, 3)), "a", "b", "c");
        assertThat(renormalised.get("a")).isCloseTo(0.5, within(TOLERANCE));
    }

    @Test
    void renormalisingIsExplicit() {
        MethodNode root = MethodNode.node("root", Aggregation.of(AggregationMethod.WEIGHTED_SUM),
                List.of(Fixtures.leaf("a").withWeight(2), Fixtures.leaf("b").withWeight(6)))
                .withWeighting(Weighting.explicit());
        ScoringInput in = Fixtures.rows(List.of("a", "b"), row(1, 1));
        assertThat(Fixtures.score(root, in).node("root").unrounded()[0]).isEqualTo(8);
        MethodNode renormalised = root.withWeighting(Weighting.explicit().withRenormalise(true));
        ScoringResult r = Fixtures.score(renormalised, in);
        assertThat(r.node("root").unrounded()[0]).isEqualTo(1);
        assertThat(r.effectiveWeights("root")).containsExactly(Map.entry("a", 0.25), Map.entry("b", 0.75));
    }
}
