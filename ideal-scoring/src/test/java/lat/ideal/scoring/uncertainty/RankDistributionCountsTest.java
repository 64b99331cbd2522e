package lat.ideal.scoring.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A rank distribution from counts, or by selection from ranks in any order, is the very distribution
 * {@link RankDistribution#of} gives from the samples in any order: equal component by component, bit for bit (records
 * compare doubles as {@link Double#compare} does, so even NaN must match).
 */
final class RankDistributionCountsTest {

    static Stream<Long> seeds() {
        return LongStream.range(1, 201).map(s -> s * 7_919).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void countsAndSortedRanks_giveTheDistributionOfTheSamples(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int units = 1 + random.nextInt(random.nextBoolean() ? 40 : 5_000);
        int samples = 1 + random.nextInt(random.nextBoolean() ? 5 : 300);
        // Some units are never ranked, some always; the ranks crowd around a centre, so ties are everywhere.
        double unrankedShare = random.nextInt(4) == 0 ? random.nextDouble() : 0;
        int centre = 1 + random.nextInt(units);
        int spread = random.nextInt(units);
        int[] ranks = new int[samples];
        for (int s = 0; s < samples; s++) {
            if (random.nextDouble() < unrankedShare) {
                ranks[s] = 0;
            } else {
                ranks[s] = Math.max(1, Math.min(units, centre + random.nextInt(2 * spread + 1) - spread));
            }
        }
        int nominal = random.nextInt(units + 1);
        int topK = 1 + random.nextInt(units);
        int[] before = ranks.clone();
        RankDistribution expected = RankDistribution.of(nominal, ranks, topK);
        assertThat(ranks).as("of leaves the samples in their order").isEqualTo(before);
        assertThat(expected).as("of, as first written").isEqualTo(summaryBySortedDoubles(nominal, ranks, topK));

        int[] counts = new int[units + 1 + random.nextInt(3)];
        for (int r : ranks) {
            counts[r]++;
        }
        assertThat(RankDistribution.ofCounts(nominal, counts, topK)).isEqualTo(expected);

        assertThat(RankDistribution.ofScratch(nominal, ranks.clone(), topK)).isEqualTo(expected);
    }

    /**
     * The summary as {@link RankDistribution#of} first computed it: the ranked samples as doubles, summed in sample
     * order, sorted, and type-7 quantiles of the sorted doubles.
     */
    private static RankDistribution summaryBySortedDoubles(int nominal, int[] ranks, int topK) {
        double[] ranked = new double[ranks.length];
        int n = 0;
        int inTop = 0;
        double sum = 0;
        for (int r : ranks) {
            if (r > 0) {
                ranked[n++] = r;
                sum += r;
                if (r <= topK) {
                    inTop++;
                }
            }
        }
        double topShare = (double) inTop / ranks.length;
        if (n == 0) {
            return new RankDistribution(nominal, ranks.length, ranks.length, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, topK, topShare);
        }
        double[] sorted = Arrays.copyOf(ranked, n);
        Arrays.sort(sorted);
        return new RankDistribution(nominal, ranks.length, ranks.length - n, sum / n, Quantiles.type7(sorted, 0.5),
                Quantiles.type7(sorted, 0.05), Quantiles.type7(sorted, 0.95), topK, topShare);
    }

    @Test
    void counts_ofOneRankRepeated_giveThatRankEverywhere() {
        // Hand calculation: 7 samples, 2 unranked, 5 at rank 3: mean = median = p5 = p95 = 3, P(top 3) = 5/7.
        RankDistribution d = RankDistribution.ofCounts(3, new int[] {2, 0, 0, 5}, 3);
        assertThat(d).isEqualTo(new RankDistribution(3, 7, 2, 3, 3, 3, 3, 3, 5.0 / 7));
    }

    @Test
    void counts_withoutSamplesOrNegative_areRefused() {
        assertThatThrownBy(() -> RankDistribution.ofCounts(1, new int[] {0, 0}, 1))
                .hasMessageContaining("at least one sample");
        assertThatThrownBy(() -> RankDistribution.ofCounts(1, new int[0], 1))
                .hasMessageContaining("at least one sample");
        assertThatThrownBy(() -> RankDistribution.ofCounts(1, new int[] {1, -1}, 1))
                .hasMessageContaining("count -1 of rank 1");
    }

    @Test
    void counts_neverRanked_giveNaNStatistics() {
        RankDistribution d = RankDistribution.ofCounts(0, new int[] {4}, 2);
        assertThat(d).isEqualTo(RankDistribution.of(0, new int[] {0, 0, 0, 0}, 2));
        assertThat(d.isRanked()).isFalse();
    }
}
