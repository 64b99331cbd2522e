package lat.ideal.scoring;

import static lat.ideal.scoring.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import lat.ideal.model.Polarity;
import lat.ideal.model.Scale;
import lat.ideal.model.method.Aggregation;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.Direction;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Normalisation;
import lat.ideal.model.method.Weighting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each aggregation against hand calculations: one unit with a = 2 (weight 1) and b = 8 (weight 3). */
final class AggregationTest {
    private static final double TOLERANCE = 1e-12;
    /** TOPSIS reference values are given to 4 decimals. */
    private static final double TOPSIS_TOLERANCE = 5e-5;

    private static double aggregate(Aggregation aggregation) {
        MethodNode root = MethodNode.node("root", aggregation, List.of(Fixtures.leaf("a").withWeight(1),
                Fixtures.leaf("b").withWeight(3))).withWeighting(Weighting.explicit());
        return Fixtures.score(root, Fixtures.rows(List.of("a", "b"), row(2, 8))).node("root").unrounded()[0];
    }

    /**
     * Hand calculations: arithmetic (1 x 2 + 3 x 8) / 4 = 6.5; geometric (2 x 8^3)^(1/4) = 2^(10/4) = 5.656854...;
     * harmonic 4 / (1/2 + 3/8) = 32/7; power mean of order 2 sqrt((4 + 3 x 64) / 4) = 7; weighted sum 26; minimum 2;
     * maximum 8; product 2^1 x 8^3 = 1024.
     */
    @ParameterizedTest(name = "{0} gives {1}")
    @CsvSource({"ARITHMETIC_MEAN, 6.5", "GEOMETRIC_MEAN, 5.656854249492381", "HARMONIC_MEAN, 4.571428571428571",
        "WEIGHTED_SUM, 26", "MINIMUM, 2", "MAXIMUM, 8", "PRODUCT, 1024"})
    void aggregationsByHand(AggregationMethod method, double expected) {
        assertThat(aggregate(Aggregation.of(method))).isCloseTo(expected, within(TOLERANCE));
    }

    @Test
    void generalisedMeanCoversItsSpecialCases() {
        assertThat(aggregate(Aggregation.generalisedMean(2))).isCloseTo(7, within(TOLERANCE));
        assertThat(aggregate(Aggregation.generalisedMean(1))).isCloseTo(6.5, within(TOLERANCE));
        assertThat(aggregate(Aggregation.generalisedMean(0))).isCloseTo(Math.pow(2, 2.5), within(TOLERANCE));
        assertThat(aggregate(Aggregation.generalisedMean(-1))).isCloseTo(32.0 / 7, within(TOLERANCE));
    }

    /**
     * Copeland by hand, equal weights: U1 (3, 3), U2 (2, 4), U3 (1, 1). U1-U2 split one criterion each: no win.
     * U1 and U2 beat U3 on both. Wins minus losses: U1 +1, U2 +1, U3 -2.
     */
    @Test
    void copelandCountsPairwiseWinsMinusLosses() {
        MethodNode root = Fixtures.node("root", AggregationMethod.COPELAND, Fixtures.leaf("a"), Fixtures.leaf("b"));
        ScoringResult r = Fixtures.score(root, Fixtures.rows(List.of("a", "b"), row(3, 3), row(2, 4), row(1, 1)));
        assertThat(r.node("root").unrounded()).containsExactly(1, 1, -2);
        assertThat(r.node("root").ranks()).containsExactly(1, 1, 3);
    }

    /**
     * TOPSIS reference (Hwang and Yoon's method; example from B. Sennaroglu, Decision Analysis lecture notes, 2009):
     * alternatives (17, 12), (10, 9), (8, 6); criterion P a benefit with weight 0.714, criterion L a cost with weight
     * 0.286. The published weighted normalised matrix is (0.5703, 0.2124), (0.3355, 0.1593), (0.2684, 0.1062); from
     * it the ideal (0.5703, 0.1062), the anti-ideal (0.2684, 0.2124), and the closeness D- / (D+ + D-) =
     * 0.7398, 0.2622, 0.2602.
     */
    @Test
    void topsisTextbookExampleWithACostCriterion() {
        ScoringInput.Indicator p = new ScoringInput.Indicator("p", Scale.Continuous.of(0, 100), Polarity.POSITIVE);
        ScoringInput.Indicator l = new ScoringInput.Indicator("l", Scale.Continuous.of(0, 100), Polarity.NEGATIVE);
        MethodNode root = MethodNode.node("root", Aggregation.of(AggregationMethod.TOPSIS), List.of(
                Fixtures.leaf("p").withWeight(0.714),
                Fixtures.leaf("l").withWeight(0.286).withDirection(Direction.AS_MEASURED)))
                .withWeighting(Weighting.explicit());
        ScoringResult r = Fixtures.score(root, Fixtures.rows(List.of(p, l),
                new double[][] {row(17, 12), row(10, 9), row(8, 6)}));

        double[] c = r.node("root").unrounded();
        assertThat(c[0]).isCloseTo(0.7398, within(TOPSIS_TOLERANCE));
        assertThat(c[1]).isCloseTo(0.2622, within(TOPSIS_TOLERANCE));
        assertThat(c[2]).isCloseTo(0.2602, within(TOPSIS_TOLERANCE));
        assertThat(r.explain("U1", "root").kind()).isEqualTo(Explanation.Kind.NONE);
    }

    /** TOPSIS on values already normalised (parameter vector = 0), one benefit criterion: closeness is min-max. */
    @Test
    void topsisWithoutVectorNormalisation() {
        MethodNode root = MethodNode.node("root", new Aggregation(AggregationMethod.TOPSIS, Map.of("vector", 0.0)),
                List.of(Fixtures.leaf("a")));
        ScoringResult r = Fixtures.score(root, Fixtures.rows(List.of("a"), row(2), row(4), row(10)));
        // D+ = 10 - x, D- = x - 2: closeness (x - 2) / 8 = 0, 0.25, 1.
        assertThat(r.node("root").unrounded()).containsExactly(0, 0.25, 1);
    }

    @Test
    void aggregationDiffersPerNodeNotPerLevel() {
        MethodNode geo = Fixtures.node("geo", AggregationMethod.GEOMETRIC_MEAN, Fixtures.leaf("a"), Fixtures.leaf("b"));
        MethodNode min = Fixtures.node("min", AggregationMethod.MINIMUM, Fixtures.leaf("c"), Fixtures.leaf("d"));
        MethodNode root = Fixtures.node("root", AggregationMethod.ARITHMETIC_MEAN, geo, min);
        ScoringResult r = Fixtures.score(root, Fixtures.rows(List.of("a", "b", "c", "d"), row(1, 4, 3, 5)));
        // geo = sqrt(1 x 4) = 2, min = 3, root = 2.5.
        assertThat(r.node("geo").unrounded()[0]).isCloseTo(2, within(TOLERANCE));
        assertThat(r.node("min").unrounded()[0]).isEqualTo(3);
        assertThat(r.node("root").unrounded()[0]).isCloseTo(2.5, within(TOLERANCE));
    }

    @Test
    void geometricContributionsAreInLogSpace() {
        MethodNode root = MethodNode.node("root", Aggregation.of(AggregationMethod.GEOMETRIC_MEAN),
                List.of(Fixtures.leaf("a"), Fixtures.leaf("b")));
        ScoringResult r = Fixtures.score(root, Fixtures.rows(List.of("a", "b"), row(2, 8)));
        Explanation e = r.explain("U1");
        // ln 4 = (ln 2 + ln 8) / 2.
        assertThat(e.kind()).isEqualTo(Explanation.Kind.LOG);
        assertThat(e.total().orElseThrow()).isCloseTo(Math.log(4), within(TOLERANCE));
    }

    @Test
    void minMaxLeavesCanFeedAnyAggregation() {
        MethodNode root = MethodNode.node("root", Aggregation.of(AggregationMethod.ARITHMETIC_MEAN),
                List.of(Fixtures.leaf("a").withNormalisation(Normalisation.minMax(0, 1))));
        ScoringResult r = Fixtures.score(root, Fixtures.rows(List.of("a"), row(1), row(3)));
        assertThat(r.node("root").unrounded()).containsExactly(0, 1);
    }
}
