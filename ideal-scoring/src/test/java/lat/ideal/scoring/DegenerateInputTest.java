package lat.ideal.scoring;

import static lat.ideal.scoring.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lat.ideal.model.method.Aggregation;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Normalisation;
import lat.ideal.model.method.NormalisationMethod;
import lat.ideal.model.method.Weighting;
import lat.ideal.model.method.WeightingMethod;
import org.junit.jupiter.api.Test;

/** One test per degenerate input: each has a defined, documented result, never NaN in a result and never a throw. */
final class DegenerateInputTest {
    private static final double NA = Double.NaN;

    private static MethodNode minMaxMean(String... keys) {
        MethodNode[] leaves = new MethodNode[keys.length];
        for (int i = 0; i < keys.length; i++) {
            leaves[i] = Fixtures.leaf(keys[i]).withNormalisation(Normalisation.minMax(0, 1));
        }
        return Fixtures.node("root", AggregationMethod.ARITHMETIC_MEAN, leaves);
    }

    private static boolean warned(ScoringResult r, ScoringWarning.Kind kind) {
        return r.warnings().stream().anyMatch(w -> w.kind() == kind);
    }

    @Test
    void constantColumnGetsTheMiddleOfTheRange() {
        ScoringResult r = Fixtures.score(minMaxMean("a", "b"), Fixtures.rows(List.of("a", "b"), row(4, 1), row(4, 3)));
        // a is constant: 0.5 for both; b: 0 and 1.
        assertThat(r.node("root").unrounded()).containsExactly(0.25, 0.75);
        assertThat(warned(r, ScoringWarning.Kind.CONSTANT_COLUMN)).isTrue();
    }

    @Test
    void allWeightsZeroGiveNoMeanAndAZeroSum() {
        MethodNode mean = MethodNode.node("root", Aggregation.of(AggregationMethod.ARITHMETIC_MEAN),
                List.of(Fixtures.leaf("a").withWeight(0), Fixtures.leaf("b").withWeight(0)))
                .withWeighting(Weighting.explicit());
        ScoringInput in = Fixtures.rows(List.of("a", "b"), row(1, 2), row(3, 4));
        ScoringResult r = Fixtures.score(mean, in);
        assertThat(r.node("root").scores()).allMatch(s -> s.status() == ScoreStatus.UNDEFINED && s.rank().isEmpty());
        assertThat(warned(r, ScoringWarning.Kind.ZERO_WEIGHTS)).isTrue();

        ScoringResult sum = Fixtures.score(mean.withAggregation(Aggregation.of(AggregationMethod.WEIGHTED_SUM)), in);
        assertThat(sum.node("root").unrounded()).containsExactly(0, 0);
        ScoringResult renormalised = Fixtures.score(mean.withWeighting(Weighting.explicit().withRenormalise(true)), in);
        assertThat(renormalised.node("root").scores()).allMatch(s -> s.status() == ScoreStatus.UNDEFINED);
    }

    @Test
    void oneUnit() {
        MethodNode root = Fixtures.node("root", AggregationMethod.ARITHMETIC_MEAN,
                Fixtures.leaf("a").withNormalisation(Normalisation.minMax(0, 1)),
                Fixtures.leaf("b").withNormalisation(Normalisation.of(NormalisationMethod.Z_SCORE)),
                Fixtures.leaf("c").withNormalisation(Normalisation.of(NormalisationMethod.PERCENTILE_RANK)))
                .withWeighting(Weighting.objective(WeightingMethod.ENTROPY));
        ScoringResult r = Fixtures.score(root, Fixtures.rows(List.of("a", "b", "c"), row(7, 7, 7)));
        // min-max midpoint 0.5, z-score 0, percentile 0.5; entropy undefined for one unit -> equal weights.
        assertThat(r.node("root").unrounded()[0]).isEqualTo(1.0 / 3);
        assertThat(r.node("root").score("U1").rank()).hasValue(1);
        assertThat(warned(r, ScoringWarning.Kind.OBJECTIVE_WEIGHTS_DEGENERATE)).isTrue();
    }

    @Test
    void allValuesMissing() {
        ScoringResult r = Fixtures.score(minMaxMean("a", "b"), Fixtures.rows(List.of("a", "b"), row(NA, NA),
                row(NA, NA)));
        assertThat(r.node("root").scores()).allMatch(s -> s.status() == ScoreStatus.INSUFFICIENT_DATA
                && s.published().isEmpty() && s.coverage() == 0);
        assertThat(r.top("root", 10)).isEmpty();
        assertThat(r.explain("U1").total()).isEmpty();
    }

    @Test
    void noUnitsAtAll() {
        ScoringResult r = Fixtures.score(minMaxMean("a"), Fixtures.rows(List.of("a")));
        assertThat(r.node("root").scores()).isEmpty();
        assertThat(r.fingerprint()).hasSize(64);
    }

    @Test
    void topsisWithIdenticalIdealAndAntiIdeal() {
        MethodNode root = Fixtures.node("root", AggregationMethod.TOPSIS, Fixtures.leaf("a"), Fixtures.leaf("b"));
        ScoringResult r = Fixtures.score(root, Fixtures.rows(List.of("a", "b"), row(3, 5), row(3, 5)));
        assertThat(r.node("root").unrounded()).containsExactly(0.5, 0.5);
        assertThat(warned(r, ScoringWarning.Kind.TOPSIS_DEGENERATE)).isTrue();
    }

    @Test
    void nonPositiveValuesUnderAGeometricMean() {
        MethodNode root = Fixtures.node("root", AggregationMethod.GEOMETRIC_MEAN, Fixtures.leaf("a"),
                Fixtures.leaf("b"));
        ScoringResult r = Fixtures.score(root, Fixtures.rows(List.of("a", "b"), row(0, 4), row(1, 4), row(-1, 4)));
        assertThat(r.node("root").score("U1").status()).isEqualTo(ScoreStatus.UNDEFINED);
        assertThat(r.node("root").score("U3").status()).isEqualTo(ScoreStatus.UNDEFINED);
        assertThat(r.node("root").score("U2").unrounded()).hasValue(2);
        assertThat(r.warnings()).anyMatch(w -> w.kind() == ScoringWarning.Kind.NON_POSITIVE_VALUE
                && w.message().contains("U1, U3"));
    }

    @Test
    void missingIndicatorAndMissingReferenceUnit() {
        MethodNode root = Fixtures.node("root", AggregationMethod.ARITHMETIC_MEAN, Fixtures.leaf("a"),
                Fixtures.leaf("ghost"), Fixtures.leaf("b").withNormalisation(Normalisation.distanceToReference("ZZ")));
        ScoringResult r = Fixtures.score(root, Fixtures.rows(List.of("a", "b"), row(2, 4)));
        assertThat(r.node("root").unrounded()).containsExactly(2);
        assertThat(warned(r, ScoringWarning.Kind.MISSING_INDICATOR)).isTrue();
        assertThat(warned(r, ScoringWarning.Kind.REFERENCE_UNAVAILABLE)).isTrue();
    }
}
