package lat.ideal.scoring.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

final class RankDistributionTest {

    /** Hand-computed statistics written to 6 decimals. */
    private static final double HAND = 1e-6;

    @Test
    void statistics_handComputed() {
        // Ranks 1..10 once each, plus a sample without a rank: 10 ranked of 11.
        int[] ranks = {3, 1, 4, 10, 5, 9, 2, 6, 0, 8, 7};
        RankDistribution d = RankDistribution.of(4, ranks, 3);
        assertThat(d.mean()).isCloseTo(5.5, within(HAND));       // 55 / 10
        // Type 7 on the sorted 1..10: h = 9p; median h = 4.5 -> 5 + 0.5 = 5.5;
        // p5 h = 0.45 -> 1 + 0.45 = 1.45; p95 h = 8.55 -> 9 + 0.55 = 9.55.
        assertThat(d.median()).isCloseTo(5.5, within(HAND));
        assertThat(d.p5()).isCloseTo(1.45, within(HAND));
        assertThat(d.p95()).isCloseTo(9.55, within(HAND));
        assertThat(d.intervalWidth()).isCloseTo(8.1, within(HAND));
        // Ranks 1, 2, 3 in 3 of all 11 samples.
        assertThat(d.topKProbability()).isCloseTo(3.0 / 11, within(HAND));
        assertThat(d.unranked()).isEqualTo(1);
        assertThat(d).hasToString("rank 4: median 5.50, mean 5.50, 5-95% [1.45, 9.55], P(top 3) 0.27,"
                + " unranked in 1 of 11 samples");
    }

    @Test
    void constantRanks_collapseTheInterval() {
        int[] ranks = new int[200];
        Arrays.fill(ranks, 6);
        RankDistribution d = RankDistribution.of(6, ranks, 5);
        assertThat(d.mean()).isEqualTo(6.0);
        assertThat(d.median()).isEqualTo(6.0);
        assertThat(d.p5()).isEqualTo(6.0);
        assertThat(d.p95()).isEqualTo(6.0);
        assertThat(d.intervalWidth()).isZero();
        assertThat(d.topKProbability()).isZero();
        assertThat(d).hasToString("rank 6: median 6, mean 6.00, 5-95% [6, 6], P(top 5) 0.00");
    }

    @Test
    void neverRanked_hasNoStatistics() {
        RankDistribution d = RankDistribution.of(0, new int[] {0, 0, 0}, 1);
        assertThat(d.isRanked()).isFalse();
        assertThat(d.median()).isNaN();
        assertThat(d.topKProbability()).isZero();
        assertThat(d).hasToString("no nominal rank: never ranked in 3 samples");
    }

    @Test
    void badInput_isRejected() {
        assertThatThrownBy(() -> RankDistribution.of(1, new int[0], 1)).hasMessageContaining("at least one sample");
        assertThatThrownBy(() -> RankDistribution.of(1, new int[] {-2}, 1)).hasMessageContaining("rank -2");
        assertThatThrownBy(() -> RankDistribution.of(1, new int[] {1}, 0)).hasMessageContaining("top 0");
    }
}
