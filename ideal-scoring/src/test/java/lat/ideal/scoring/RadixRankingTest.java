package lat.ideal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Ranks of large columns come from a radix sort; they must equal the comparison-sort ranks of small ones. */
final class RadixRankingTest {
    /** Values that make ties, signed zeros, infinities, subnormals and missing cells frequent. */
    private static final double[] POOL = {0.0, -0.0, 1.5, -1.5, 2.0, 1e-310, -1e-310, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.NaN, Double.MAX_VALUE, -Double.MIN_VALUE, 7.25, 1e300};

    @Test
    void textbookPatterns_withAMissingCell() {
        double[] key = {5, 7, 7, 3, Double.NaN};
        assertThat(Ranking.byRadix(key, TiePolicy.COMPETITION)).containsExactly(3, 1, 1, 4, 0);
        assertThat(Ranking.byRadix(key, TiePolicy.MODIFIED_COMPETITION)).containsExactly(3, 2, 2, 4, 0);
        assertThat(Ranking.byRadix(key, TiePolicy.DENSE)).containsExactly(2, 1, 1, 3, 0);
        assertThat(Ranking.byRadix(key, TiePolicy.ORDINAL)).containsExactly(3, 1, 2, 4, 0);
    }

    static Stream<Arguments> columns() {
        return Stream.of(1L, 2L, 3L, 4L).flatMap(seed -> Stream.of(TiePolicy.values())
                .map(p -> Arguments.of(seed, p)));
    }

    /** Seeded columns of 1 to 6,000 cells, half drawn from a pool of awkward values, half continuous. */
    @ParameterizedTest(name = "seed {0}, {1}")
    @MethodSource("columns")
    void radixRanks_equalComparisonSortRanks(long seed, TiePolicy policy) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int round = 0; round < 8; round++) {
            int n = 1 + random.nextInt(6_000);
            double[] key = new double[n];
            for (int u = 0; u < n; u++) {
                key[u] = random.nextBoolean() ? POOL[random.nextInt(POOL.length)] : random.nextDouble(-1e3, 1e3);
            }
            assertThat(Ranking.byRadix(key, policy)).as("n = %d", n).containsExactly(Ranking.bySort(key, policy));
        }
    }

    /** A column above the radix threshold: every rank is 1 + the number of strictly higher scores. */
    @Test
    void largeColumn_ranksAreOnePlusTheNumberOfHigherScores() {
        int n = Ranking.RADIX_FROM + 17;
        SplittableRandom random = new SplittableRandom(42);
        double[] key = new double[n];
        for (int u = 0; u < n; u++) {
            key[u] = random.nextInt(50) / 2.0;
        }
        int[] ranks = Ranking.ranks(key, TiePolicy.COMPETITION);
        double[] sorted = key.clone();
        java.util.Arrays.sort(sorted);
        for (int u = 0; u < n; u++) {
            int higher = 0;
            for (int t = n - 1; t >= 0 && sorted[t] > key[u]; t--) {
                higher++;
            }
            assertThat(ranks[u]).isEqualTo(higher + 1);
        }
    }
}
