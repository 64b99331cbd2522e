package lat.ideal.scoring;

import static lat.ideal.scoring.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.Polarity;
import lat.ideal.model.Scale;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.Direction;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Normalisation;
import lat.ideal.model.method.NormalisationMethod;
import org.junit.jupiter.api.Test;

/** Each normaliser against hand calculations (written beside each case), with and without reversed polarity. */
final class NormalisationTest {
    private static final double TOLERANCE = 1e-12;

    private static double[] normalise(Normalisation n, Polarity polarity, Direction direction, double... column) {
        ScoringInput.Indicator x = new ScoringInput.Indicator("x", Scale.Continuous.of(0, 10), polarity);
        double[][] rows = new double[column.length][];
        for (int u = 0; u < column.length; u++) {
            rows[u] = row(column[u]);
        }
        MethodNode leaf = Fixtures.leaf("x").withNormalisation(n).withDirection(direction);
        MethodNode root = Fixtures.node("root", AggregationMethod.ARITHMETIC_MEAN, leaf);
        return Scorer.of(Fixtures.methodology(root)).prepare(Fixtures.rows(List.of(x), rows)).leafValues("x");
    }

    private static double[] normalise(Normalisation n, double... column) {
        return normalise(n, Polarity.POSITIVE, Direction.THREAT, column);
    }

    @Test
    void identityKeepsValuesAndReversesWithinTheScale() {
        assertThat(normalise(Normalisation.identity(), 3, 8)).containsExactly(3, 8);
        // Scale 0..10, negative polarity oriented as threat: 0 + 10 - v.
        assertThat(normalise(Normalisation.identity(), Polarity.NEGATIVE, Direction.THREAT, 3, 8)).containsExactly(7, 2);
        assertThat(normalise(Normalisation.identity(), Polarity.NEGATIVE, Direction.AS_MEASURED, 3, 8))
                .containsExactly(3, 8);
    }

    @Test
    void minMaxToUnitAndTargetRange() {
        // (x - 2) / (6 - 2): 0, 0.5, 1; to [1, 100]: 1 + that x 99.
        assertThat(normalise(Normalisation.minMax(0, 1), 2, 4, 6)).containsExactly(0, 0.5, 1);
        assertThat(normalise(Normalisation.minMax(1, 100), 2, 4, 6)).containsExactly(1, 50.5, 100);
        // Reversed after scaling: low + high - v.
        assertThat(normalise(Normalisation.minMax(0, 1), Polarity.NEGATIVE, Direction.THREAT, 2, 4, 6))
                .containsExactly(1, 0.5, 0);
    }

    @Test
    void goalpostsUseTheScaleOrGivenBoundsAndClamp() {
        // Scale 0..10: x / 10.
        assertThat(normalise(Normalisation.goalposts(0, 10), 2, 5)).containsExactly(0.2, 0.5);
        assertThat(normalise(Normalisation.of(NormalisationMethod.GOALPOSTS), 2, 5)).containsExactly(0.2, 0.5);
        // Goalposts 2..6: (x - 2) / 4, clamped: 1 -> 0, 4 -> 0.5, 8 -> 1.
        assertThat(normalise(Normalisation.goalposts(2, 6), 1, 4, 8)).containsExactly(0, 0.5, 1);
    }

    @Test
    void zScoreUsesThePopulationStandardDeviation() {
        // mean 4, population sd sqrt(8/3) = 1.632993...: (x - 4) / sd = -1.224744..., 0, 1.224744...
        double[] z = normalise(Normalisation.of(NormalisationMethod.Z_SCORE), 2, 4, 6);
        assertThat(z[0]).isCloseTo(-Math.sqrt(1.5), within(TOLERANCE));
        assertThat(z[1]).isCloseTo(0, within(TOLERANCE));
        assertThat(z[2]).isCloseTo(Math.sqrt(1.5), within(TOLERANCE));
        double[] reversed = normalise(Normalisation.of(NormalisationMethod.Z_SCORE), Polarity.NEGATIVE,
                Direction.THREAT, 2, 4, 6);
        assertThat(reversed[0]).isCloseTo(Math.sqrt(1.5), within(TOLERANCE));
    }

    @Test
    void rankAndPercentileRankGiveTiesTheirMeanRank() {
        // 5, 3, 5, 1: ascending ranks 1 -> 1, 3 -> 2, the two 5s share (3 + 4) / 2 = 3.5.
        assertThat(normalise(Normalisation.of(NormalisationMethod.RANK), 5, 3, 5, 1)).containsExactly(3.5, 2, 3.5, 1);
        // Descending for negative polarity: n + 1 - r.
        assertThat(normalise(Normalisation.of(NormalisationMethod.RANK), Polarity.NEGATIVE, Direction.THREAT,
                5, 3, 5, 1)).containsExactly(1.5, 3, 1.5, 4);
        // (r - 1) / (n - 1) = 2.5/3, 1/3, 2.5/3, 0.
        double[] p = normalise(Normalisation.of(NormalisationMethod.PERCENTILE_RANK), 5, 3, 5, 1);
        assertThat(p[0]).isCloseTo(2.5 / 3, within(TOLERANCE));
        assertThat(p[1]).isCloseTo(1.0 / 3, within(TOLERANCE));
        assertThat(p[3]).isEqualTo(0);
    }

    @Test
    void distanceToReferenceAndTarget() {
        ScoringInput.Indicator x = new ScoringInput.Indicator("x", Scale.Continuous.of(0, 10), Polarity.POSITIVE);
        ScoringInput input = Fixtures.rows(List.of(x), new double[][] {row(2), row(4), row(6)}, "A", "REF", "C");
        MethodNode leaf = Fixtures.leaf("x").withNormalisation(Normalisation.distanceToReference("REF"));
        PreparedScoring p = Scorer.of(Fixtures.methodology(
                Fixtures.node("root", AggregationMethod.ARITHMETIC_MEAN, leaf))).prepare(input);
        // x / x_REF = 2/4, 4/4, 6/4.
        assertThat(p.leafValues("x")).containsExactly(0.5, 1, 1.5);
        // Target 5: worst distance |5 - 2| = 3; 1 - |5 - x| / 3 = 0, 2/3, 2/3.
        double[] t = normalise(Normalisation.distanceToTarget(5), 2, 4, 6);
        assertThat(t[0]).isEqualTo(0);
        assertThat(t[1]).isCloseTo(2.0 / 3, within(TOLERANCE));
        assertThat(t[2]).isCloseTo(2.0 / 3, within(TOLERANCE));
    }

    @Test
    void logWithShiftLeavesNonPositiveValuesMissing() {
        Normalisation log = new Normalisation(NormalisationMethod.LOG, Map.of("shift", 1.0), "");
        double[] v = normalise(log, 0, Math.E - 1, -3);
        assertThat(v[0]).isEqualTo(0);
        assertThat(v[1]).isCloseTo(1, within(TOLERANCE));
        assertThat(v[2]).isNaN();
    }

    @Test
    void ordinalLevelsTakeTheirScaleValues() {
        Scale.Ordinal levels = new Scale.Ordinal(List.of(new Scale.Level("low", LocalizedText.same("low"), 1),
                new Scale.Level("high", LocalizedText.same("high"), 4)), OptionalDouble.of(2));
        ScoringInput.Indicator x = new ScoringInput.Indicator("x", levels, Polarity.NEGATIVE);
        MethodNode leaf = Fixtures.leaf("x").withNormalisation(Normalisation.of(NormalisationMethod.ORDINAL));
        PreparedScoring p = Scorer.of(Fixtures.methodology(
                Fixtures.node("root", AggregationMethod.ARITHMETIC_MEAN, leaf)))
                .prepare(Fixtures.rows(List.of(x), new double[][] {row(1), row(4)}));
        // Negative polarity within the level values 1..4: 1 + 4 - v.
        assertThat(p.leafValues("x")).containsExactly(4, 1);
    }
}
