package lat.ideal.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import lat.ideal.scoring.PreparedScoring;
import org.junit.jupiter.api.Test;

final class MonteCarloTest {
    /** Quantiles of small integers are exact up to one rounding. */
    private static final double QUANTILE_TOLERANCE = 1e-12;

    @Test
    void factors_areSeededAndWithinTwentyFivePercent() {
        double[] f = MonteCarlo.factors(1_000, 30, 9);
        assertThat(f).hasSize(30_000);
        assertThat(java.util.Arrays.stream(f).allMatch(x -> x >= 0.75 && x < 1.25)).isTrue();
        assertThat(MonteCarlo.factors(1_000, 30, 9)).containsExactly(f);
        double mean = java.util.Arrays.stream(f).average().orElseThrow();
        assertThat(mean).isCloseTo(1.0, within(0.01));
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
    void unitFactors_reproduceTheNominalRanks_andThreadsChangeNothing() {
        IndicatorMatrix m = Workload.FLAT.matrix(300, 30, 4);
        PreparedScoring prepared = Workload.FLAT.scorer(30).prepare(m.input());
        double[] ones = new double[3 * 30];
        java.util.Arrays.fill(ones, 1);
        int[][] nominal = MonteCarlo.ranks(prepared, ones, 3, 1);
        int[] expected = Workload.outcome(Workload.FLAT.scorer(30), m.input()).ranks();
        for (int[] r : nominal) {
            assertThat(r).containsExactly(expected);
        }

        double[] factors = MonteCarlo.factors(40, 30, 2);
        int[][] one = MonteCarlo.ranks(prepared, factors, 40, 1);
        int[][] two = MonteCarlo.ranks(prepared, factors, 40, 2);
        assertThat(two).isDeepEqualTo(one);
        assertThat(one[0]).isNotEqualTo(one[1]);
    }
}
