package lat.ideal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link BucketOrder.BitSplit}: its buckets keep the values' descending order and put equal values together, and the
 * sort takes it for heavy-tailed columns only. That the ranks stay right with it is {@link RankingPropertyTest}'s
 * {@code LOG_NORMAL} and {@code PARETO} columns.
 */
final class BitSplitTest {
    private static final double[] AWKWARD = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, 1e-310, -1e-310,
        Double.MIN_NORMAL, 1.0, -1.0, Math.nextUp(1.0), Math.nextDown(1.0), 2.0, 1e300, -1e300, Double.MAX_VALUE,
        -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

    static Stream<Arguments> seeds() {
        return LongStream.rangeClosed(1, 40).mapToObj(Arguments::of);
    }

    /**
     * For random ranges (finite ends drawn from awkward values and arbitrary bits) and bucket counts, every pair of
     * values, awkward ones and arbitrary bits (infinities, values outside the range): a greater value never has a later
     * bucket, equal values ({@code -0.0} and {@code 0.0}) have the same one, and every bucket is in
     * {@code [0, buckets)}, both ends of the range used.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void buckets_keepTheDescendingOrder(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double a = finite(random);
        double b = finite(random);
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        int buckets = 2 + random.nextInt(5_000);
        BucketOrder.BitSplit split = new BucketOrder.BitSplit(lo, hi, buckets);
        assertThat(split.bucket(hi)).as("the greatest value's bucket").isZero();
        assertThat(split.bucket(lo)).as("the least value's bucket").isBetween(0, buckets - 1);
        if (lo < hi) {
            assertThat(split.bucket(lo)).as("the least value's bucket, of a range").isPositive();
        }
        for (int i = 0; i < 2_000; i++) {
            double v = any(random);
            double w = any(random);
            int bv = split.bucket(v);
            int bw = split.bucket(w);
            assertThat(bv).as("bucket of %s", v).isBetween(0, buckets - 1);
            if (v > w) {
                assertThat(bv).as("%s > %s in [%s, %s], %d buckets", v, w, lo, hi, buckets).isLessThanOrEqualTo(bw);
            } else if (v == w) {
                assertThat(bv).as("%s == %s", v, w).isEqualTo(bw);
            }
        }
    }

    @Test
    void signedZerosShareABucket() {
        BucketOrder.BitSplit split = new BucketOrder.BitSplit(-5, 5, 100);
        assertThat(split.bucket(-0.0)).isEqualTo(split.bucket(0.0));
        assertThat(split.bucket(Math.nextUp(0.0))).isLessThanOrEqualTo(split.bucket(0.0));
        assertThat(split.bucket(Math.nextDown(-0.0))).isGreaterThanOrEqualTo(split.bucket(0.0));
    }

    /**
     * The sort splits by bits where an even split crowds: heavy-tailed columns (log-normal, Pareto) of 10^5 cells, not
     * the flat workload's scores (means of 30 uniform values), uniform values, a narrow range or a constant column.
     */
    @Test
    void onlyHeavyTailedColumnsAreSplitByBits() {
        assertThat(crowded(RankingPropertyTest.Column.LOG_NORMAL)).isTrue();
        assertThat(crowded(RankingPropertyTest.Column.PARETO)).isTrue();
        SplittableRandom random = new SplittableRandom(7);
        int n = 100_000;
        double[] means = new double[n];
        double[] uniform = new double[n];
        double[] narrow = new double[n];
        for (int u = 0; u < n; u++) {
            double sum = 0;
            for (int j = 0; j < 30; j++) {
                sum += random.nextDouble();
            }
            means[u] = sum / 30;
            uniform[u] = random.nextDouble();
            narrow[u] = 1_000 + Math.pow(random.nextDouble(), 8);
        }
        assertThat(crowded(means)).as("means of 30 uniform values").isFalse();
        assertThat(crowded(uniform)).as("uniform values").isFalse();
        assertThat(crowded(narrow)).as("a narrow range, crowded at one end").isFalse();
        assertThat(crowded(new double[n])).as("a constant column").isFalse();
    }

    private static boolean crowded(RankingPropertyTest.Column column) {
        return crowded(RankingPropertyTest.column(new SplittableRandom(11), column, 100_000));
    }

    private static boolean crowded(double[] key) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int m = 0;
        for (double v : key) {
            if (v == v) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
                m++;
            }
        }
        return BucketOrder.BitSplit.crowded(key, 0, key.length, m, lo, hi, Math.max(2, m >> 11));
    }

    private static double finite(SplittableRandom random) {
        double v;
        do {
            v = any(random);
        } while (!(v - v == 0));
        return v;
    }

    private static double any(SplittableRandom random) {
        double v;
        do {
            v = random.nextBoolean() ? AWKWARD[random.nextInt(AWKWARD.length)]
                    : Double.longBitsToDouble(random.nextLong());
        } while (v != v);
        return v;
    }
}
