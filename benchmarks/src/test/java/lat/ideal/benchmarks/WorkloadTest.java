package lat.ideal.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import java.util.stream.Stream;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.ScoringWarning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class WorkloadTest {
    /** Hand calculations are exact up to a few roundings of doubles. */
    private static final double HAND_TOLERANCE = 1e-12;

    /**
     * Three units, four indicators with weights 1, 2, 3, 4 (sum 10); indicator i3 has negative polarity.
     * Column-major: i0 = (1, 2, 3), i1 = (10, 0, 5), i2 = (4, 4, 8), i3 = (2, 6, 4).
     */
    private static final IndicatorMatrix TINY = IndicatorMatrix.of(3, 4, 1, 2, 3, 10, 0, 5, 4, 4, 8, 2, 6, 4);

    /**
     * Min-max: i0 (0, .5, 1), i1 (1, 0, .5), i2 (0, 0, 1), i3 (0, 1, .5) reflected to (1, 0, .5).
     * Weighted means: u0 (0 + 2 + 0 + 4) / 10 = .6, u1 (.5 + 0 + 0 + 0) / 10 = .05, u2 (1 + 1 + 3 + 2) / 10 = .7.
     */
    @Test
    void flat_agreesWithAHandCalculation() {
        Workload.Outcome o = Workload.outcome(Workload.FLAT.scorer(4), TINY.input());
        assertThat(o.scores()).containsExactly(new double[] {0.6, 0.05, 0.7}, within(HAND_TOLERANCE));
        assertThat(o.ranks()).containsExactly(2, 3, 1);
    }

    /**
     * Vector norms: i0 sqrt(14), i1 sqrt(125), i2 sqrt(96), i3 sqrt(56); t = (w / 10) (x / norm):
     * i0 (.0267261, .0534522, .0801784), i1 (.1788854, 0, .0894427), i2 (.1224745, .1224745, .2449490),
     * i3 (.1069045, .3207135, .2138090). Ideal: the largest of i0 to i2 and the smallest of the cost criterion i3;
     * anti-ideal the opposite. Closeness D- / (D+ + D-): u0 .6759711, u1 .0804066, u2 .5807694 (to 7 places; the
     * expected values below carry the calculation's full precision).
     */
    @Test
    void topsis_agreesWithAHandCalculation() {
        Workload.Outcome o = Workload.outcome(Workload.TOPSIS.scorer(4), TINY.input());
        assertThat(o.scores()).containsExactly(new double[] {0.6759711307682436, 0.0804066468751667,
            0.5807694270616722}, within(HAND_TOLERANCE));
        assertThat(o.ranks()).containsExactly(1, 3, 2);
    }

    /**
     * Six indicators, one per group, so each group scores its leaf's min-max value: g0 (0, .5, 1), g1 (1, 0, .5),
     * g2 (0, 0, 1), g3 reflected (1, 0, .5), g4 (0, 1, 1), g5 (1, .5, 0). Group weights 1, 2, 3, 1, 2, 3 (sum 12):
     * u0 (0 + 2 + 0 + 1 + 0 + 3) / 12 = .5, u1 (.5 + 0 + 0 + 0 + 2 + 1.5) / 12 = 1/3,
     * u2 (1 + 1 + 3 + .5 + 2 + 0) / 12 = .625.
     */
    @Test
    void hierarchy_agreesWithAHandCalculation() {
        IndicatorMatrix m = IndicatorMatrix.of(3, 6, 1, 2, 3, 10, 0, 5, 4, 4, 8, 2, 6, 4, 0, 1, 1, 3, 2, 1);
        Workload.Outcome o = Workload.outcome(Workload.HIERARCHY.scorer(6), m.input());
        assertThat(o.scores()).containsExactly(new double[] {0.5, 1.0 / 3, 0.625}, within(HAND_TOLERANCE));
        assertThat(o.ranks()).containsExactly(2, 3, 1);
    }

    /**
     * Indicator i0 (1, 2, 3, 4, 5, 100, missing), weight 1: skewness 2.442 > 2 and kurtosis 5.973 > 3.5 (Excel SKEW
     * and KURT), so 100 is winsorised to 5; then (1, 2, 3, 4, 5, 5) has skewness -0.383 and treatment stops. Min-max
     * gives (0, .25, .5, .75, 1, 1) and the missing cell gets their mean 3.5 / 6. Indicator i1 (1, ..., 7), weight 2,
     * has skewness 0 and min-max (0, 1/6, ..., 1). Scores (t0 + 2 t1) / 3.
     */
    @Test
    void treated_agreesWithAHandCalculation() {
        IndicatorMatrix m = IndicatorMatrix.of(7, 2, 1, 2, 3, 4, 5, 100, Double.NaN, 1, 2, 3, 4, 5, 6, 7);
        Workload.Outcome o = Workload.outcome(Workload.TREATED.scorer(2), m.input());
        double sixth = 1.0 / 6;
        assertThat(o.scores()).containsExactly(new double[] {0, (0.25 + 2 * sixth) / 3, (0.5 + 4 * sixth) / 3,
            (0.75 + 6 * sixth) / 3, (1 + 8 * sixth) / 3, (1 + 10 * sixth) / 3, (3.5 / 6 + 2) / 3},
                within(HAND_TOLERANCE));
        assertThat(o.ranks()).containsExactly(7, 6, 5, 4, 3, 1, 2);
    }

    /** A unit without any observed indicator gets no score and no rank, even where the root imputes. */
    @Test
    void treated_leavesAUnitWithoutDataUnscored() {
        IndicatorMatrix m = IndicatorMatrix.of(5, 1, 1, 2, 3, 4, Double.NaN);
        Workload.Outcome o = Workload.outcome(Workload.TREATED.scorer(1), m.input());
        assertThat(o.scores()[4]).isNaN();
        assertThat(o.ranks()).containsExactly(4, 3, 2, 1, 0);
    }

    @Test
    void treated_winsorisesExactlyThePlantedOutliersAndImputesTheMissingCells() {
        IndicatorMatrix m = Workload.TREATED.matrix(2_000, 30, 7);
        ScoringResult result = Workload.TREATED.scorer(30).score(m.input());
        List<String> treated = result.warnings().stream()
                .filter(w -> w.kind() == ScoringWarning.Kind.OUTLIERS_TREATED).map(ScoringWarning::node).toList();
        assertThat(treated).containsExactly("i0", "i6", "i12", "i18", "i24");
        assertThat(result.treatedCells()).hasSize(5);
        int missing = 0;
        for (double v : m.values) {
            missing += Double.isNaN(v) ? 1 : 0;
        }
        assertThat(result.imputedCells()).hasSize(missing);
        assertThat(result.node(Workload.ROOT).ranks()).doesNotContain(0);
    }

    static Stream<Arguments> seeds() {
        return Stream.of(1L, 2L, 3L).map(s -> Arguments.of(s, 50 + 37 * s.intValue()));
    }

    /** The flat pipeline on generated matrices equals a direct calculation of its definition. */
    @ParameterizedTest(name = "seed {0}, {1} units")
    @MethodSource("seeds")
    void flat_equalsItsDefinitionOnGeneratedData(long seed, int units) {
        IndicatorMatrix m = Workload.FLAT.matrix(units, 12, seed);
        double[] expected = weightedMean(units, 12, IndicatorMatrix::weight, c -> minMax(m, c));
        Workload.Outcome o = Workload.outcome(Workload.FLAT.scorer(12), m.input());
        assertThat(o.scores()).containsExactly(expected, within(HAND_TOLERANCE));
        assertThat(o.ranks()).containsExactly(competitionRanks(expected));
    }

    /** The hierarchy on generated matrices equals a direct calculation of its definition (two leaves a group). */
    @ParameterizedTest(name = "seed {0}, {1} units")
    @MethodSource("seeds")
    void hierarchy_equalsItsDefinitionOnGeneratedData(long seed, int units) {
        IndicatorMatrix m = Workload.HIERARCHY.matrix(units, 12, seed);
        double[] expected = weightedMean(units, Workload.GROUPS, Workload::groupWeight, g -> weightedMean(units, 2,
                c -> IndicatorMatrix.weight(2 * g + c), c -> minMax(m, 2 * g + c)));
        Workload.Outcome o = Workload.outcome(Workload.HIERARCHY.scorer(12), m.input());
        assertThat(o.scores()).containsExactly(expected, within(HAND_TOLERANCE));
        assertThat(o.ranks()).containsExactly(competitionRanks(expected));
    }

    /** sum(w(c) column(c)) / sum(w(c)) over c = 0 .. count - 1. */
    private static double[] weightedMean(int units, int count, IntToDoubleFunction weight,
                                         IntFunction<double[]> column) {
        double[] num = new double[units];
        double den = 0;
        for (int c = 0; c < count; c++) {
            double[] t = column.apply(c);
            for (int u = 0; u < units; u++) {
                num[u] += weight.applyAsDouble(c) * t[u];
            }
            den += weight.applyAsDouble(c);
        }
        for (int u = 0; u < units; u++) {
            num[u] /= den;
        }
        return num;
    }

    private static double[] minMax(IndicatorMatrix m, int c) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int u = 0; u < m.units; u++) {
            lo = Math.min(lo, m.value(u, c));
            hi = Math.max(hi, m.value(u, c));
        }
        double[] t = new double[m.units];
        for (int u = 0; u < m.units; u++) {
            double x = (m.value(u, c) - lo) / (hi - lo);
            t[u] = IndicatorMatrix.negative(c) ? 1 - x : x;
        }
        return t;
    }

    /** 1 + the number of strictly greater scores. */
    static int[] competitionRanks(double[] s) {
        int[] r = new int[s.length];
        for (int u = 0; u < s.length; u++) {
            r[u] = 1;
            for (double v : s) {
                r[u] += v > s[u] ? 1 : 0;
            }
        }
        return r;
    }

    @Test
    void hierarchy_refusesIndicatorCountsThatDoNotSplitIntoSixGroups() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> Workload.HIERARCHY.methodology(31)).withMessageContaining("31 indicators");
    }
}
