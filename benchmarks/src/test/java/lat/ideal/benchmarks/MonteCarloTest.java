package lat.ideal.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import lat.ideal.scoring.PreparedScoring;
import lat.ideal.scoring.Scorer;
import org.junit.jupiter.api.Test;

final class MonteCarloTest {
    /** Quantiles of small integers are exact up to one rounding. */
    private static final double QUANTILE_TOLERANCE = 1e-12;
    /** Rescaling to the nominal sum is exact up to the roundings of 30 additions and one division. */
    private static final double SUM_TOLERANCE = 1e-12;

    /** The reproduced draws lie within +/-25% of the nominal weights before rescaling to the nominal sum. */
    @Test
    void weights_areSeeded_keepTheNominalSum_andStayNearTheNominalWeights() {
        double[] w = MonteCarlo.weights(500, 30, 9);
        assertThat(MonteCarlo.weights(500, 30, 9)).containsExactly(w);
        double nominalSum = 0;
        for (int c = 0; c < 30; c++) {
            nominalSum += IndicatorMatrix.weight(c);
        }
        for (int d = 0; d < 500; d++) {
            double sum = 0;
            for (int c = 0; c < 30; c++) {
                double ratio = w[d * 30 + c] / IndicatorMatrix.weight(c);
                assertThat(ratio).isBetween(0.75 / 1.25, 1.25 / 0.75);
                sum += w[d * 30 + c];
            }
            assertThat(sum).isCloseTo(nominalSum, within(SUM_TOLERANCE));
        }
    }

    /** The library's analysis and the fast path on the reproduced draws give the same rank distributions. */
    @Test
    void analysis_andFastPathOnTheReproducedDraws_agree() {
        IndicatorMatrix m = Workload.FLAT.matrix(120, 30, 6);
        Scorer scorer = Workload.FLAT.scorer(30);
        double[] analysis = MonteCarlo.summary(MonteCarlo.analysis(scorer, m.input(), 300, 77, 2));
        double[] fast = MonteCarlo.summary(MonteCarlo.ranks(scorer.prepare(m.input()),
                MonteCarlo.weights(300, 30, 77), 300, 1));
        assertThat(fast).containsExactly(analysis);
        assertThat(java.util.Arrays.stream(analysis, 0, 120).distinct().count()).isGreaterThan(10);
    }

    /**
     * Type 7 on (1, 2, 3, 4, 5): h = 4p, so the 5th percentile is 1 + 0.2 (2 - 1) = 1.2, the median 3 and the 95th
     * percentile 4 + 0.8 (5 - 4) = 4.8 (R's quantile(1:5, c(.05, .5, .95)) prints 1.2 3.0 4.8).
     */
    @Test
    void quantile_isType7() {
        int[] sorted = {1, 2, 3, 4, 5};
        assertThat(MonteCarlo.quantile(sorted, 0.05)).isCloseTo(1.2, within(QUANTILE_TOLERANCE));
        assertThat(MonteCarlo.quantile(sorted, 0.5)).isEqualTo(3);
        assertThat(MonteCarlo.quantile(sorted, 0.95)).isCloseTo(4.8, within(QUANTILE_TOLERANCE));
    }

    /** Unit 0 ranked (3, 1, 2) over three draws, unit 1 (1, 2, 1): sorted (1, 2, 3) and (1, 1, 2). */
    @Test
    void summary_givesEachUnitsPercentilesOverTheDraws() {
        double[] s = MonteCarlo.summary(new int[][] {{3, 1}, {1, 2}, {2, 1}});
        assertThat(s).containsExactly(new double[] {1.1, 1, 2, 1, 2.9, 1.9}, within(QUANTILE_TOLERANCE));
    }

    @Test
    void nominalWeights_reproduceTheNominalRanks_andThreadsChangeNothing() {
        IndicatorMatrix m = Workload.FLAT.matrix(300, 30, 4);
        PreparedScoring prepared = Workload.FLAT.scorer(30).prepare(m.input());
        double[] nominalWeights = new double[3 * 30];
        for (int i = 0; i < nominalWeights.length; i++) {
            nominalWeights[i] = IndicatorMatrix.weight(i % 30);
        }
        int[] expected = Workload.outcome(Workload.FLAT.scorer(30), m.input()).ranks();
        for (int[] r : MonteCarlo.ranks(prepared, nominalWeights, 3, 1)) {
            assertThat(r).containsExactly(expected);
        }
        double[] weights = MonteCarlo.weights(40, 30, 2);
        int[][] one = MonteCarlo.ranks(prepared, weights, 40, 1);
        int[][] two = MonteCarlo.ranks(prepared, weights, 40, 2);
        assertThat(two).isDeepEqualTo(one);
        assertThat(one[0]).isNotEqualTo(one[1]);
    }
}
