package lat.ideal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Ranking#ranks} against the definitions of the tie policies, on seeded columns around every size where the
 * sort changes strategy (bucket sizes, the two-level split, the radix fallback) and full of awkward values.
 */
final class RankingPropertyTest {
    /** Up to this many cells the reference counts pairs (O(n^2)); above, it walks a stable comparison sort. */
    private static final int COUNT_UP_TO = 600;

    /** Ways to fill a column. */
    enum Column {
        /** Few distinct awkward values: ties, signed zeros, infinities, subnormals, NaN, extremes. */
        POOL,
        /** Every cell the same value. */
        ALL_EQUAL,
        /** Every cell {@code 0.0} or {@code -0.0}, some NaN. */
        SIGNED_ZEROS,
        /** Continuous values in [0, 1) and one huge outlier. */
        OUTLIER,
        /** Values in a few narrow clusters far apart, with exact ties. */
        CLUSTERS,
        /** Scores rounded to two decimals: many ties. */
        ROUNDED,
        /** Magnitudes from 2^-1074 to 2^1023, both signs: buckets that splitting cannot break up. */
        MAGNITUDES,
        /** Arbitrary bit patterns (NaNs with payloads, infinities, subnormals included). */
        BITS,
        /** Subnormal values only, with ties. */
        SUBNORMALS,
        /** Half the cells infinite, the others continuous. */
        INFINITIES,
        /** Ascending values, then the same descending: each bucket already in or against order. */
        RUNS,
        /** Continuous values with a quarter of the cells NaN. */
        CONTINUOUS_WITH_MISSING,
        /**
         * Heavy tails, as counts and volumes have: log-normal magnitudes over about 20 orders of magnitude, both
         * signs, some exact zeros and ties (split by bits, {@link BucketOrder.BitSplit}).
         */
        LOG_NORMAL,
        /** Pareto values (tail index 1.1) rounded to whole numbers: most cells small, with ties, a few huge. */
        PARETO
    }

    private static final double[] POOL = {0.0, -0.0, 1.5, -1.5, 2.0, 1e-310, -1e-310, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.NaN, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE,
        -Double.MIN_VALUE, 7.25, 1e300};

    static Stream<Arguments> columns() {
        int[] sizes = {0, 1, 2, 3, 5, BucketOrder.SMALL, BucketOrder.SMALL + 1, 200, 2_047, 2_049,
            Ranking.RADIX_FROM - 1, Ranking.RADIX_FROM, Ranking.RADIX_FROM + 1, 3 * Ranking.RADIX_FROM + 7};
        List<Arguments> cases = new ArrayList<>();
        long seed = 1;
        for (Column column : Column.values()) {
            for (int n : sizes) {
                cases.add(Arguments.of(seed++, column, n));
            }
            cases.add(Arguments.of(seed++, column, 100_000));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "seed {0}, {1}, n = {2}")
    @MethodSource("columns")
    void ranks_equalTheDefinitionOfEveryTiePolicy(long seed, Column column, int n) {
        double[] key = column(new SplittableRandom(seed), column, n);
        double[] before = key.clone();
        for (TiePolicy policy : TiePolicy.values()) {
            int[] actual = Ranking.ranks(key, policy);
            int[] expected = reference(key, policy);
            int at = Arrays.mismatch(actual, expected);
            assertThat(at).as("%s: first wrong cell (value %s, rank %s instead of %s)", policy,
                    at < 0 ? "" : key[at], at < 0 ? "" : actual[at], at < 0 ? "" : expected[at]).isEqualTo(-1);
        }
        assertThat(Arrays.equals(key, before)).as("the column is left unchanged").isTrue();
    }

    static Stream<Arguments> largeColumns() {
        List<Arguments> cases = new ArrayList<>();
        long seed = 1_000;
        for (Column column : Column.values()) {
            for (int n : new int[] {Parallel.UNITS_FROM, Parallel.UNITS_FROM + 2 * 2_048 + 1, 100_003}) {
                cases.add(Arguments.of(seed++, column, n));
            }
        }
        return cases.stream();
    }

    /**
     * On several threads ({@link BucketOrder#descending(double[], int)}, {@link Ranking#ranks(double[], TiePolicy,
     * int)}) the order is the one thread's entry for entry, and so are the ranks of every tie policy.
     */
    @ParameterizedTest(name = "seed {0}, {1}, n = {2}")
    @MethodSource("largeColumns")
    void onSeveralThreads_theOrderAndRanksAreThoseOfOne(long seed, Column column, int n) {
        double[] key = column(new SplittableRandom(seed), column, n);
        double[] before = key.clone();
        BucketOrder one = BucketOrder.descending(key);
        for (int threads : new int[] {2, 3}) {
            BucketOrder many = BucketOrder.descending(key, threads);
            assertThat(many.size).isEqualTo(one.size);
            assertThat(Arrays.copyOf(many.index, many.size)).as("%d threads: order", threads)
                    .isEqualTo(Arrays.copyOf(one.index, one.size));
            for (TiePolicy policy : TiePolicy.values()) {
                int[] expected = Ranking.ranks(key, policy);
                int[] actual = Ranking.ranks(key, policy, threads);
                int at = Arrays.mismatch(actual, expected);
                assertThat(at).as("%d threads, %s: first wrong cell (value %s, rank %s instead of %s)", threads,
                        policy, at < 0 ? "" : key[at], at < 0 ? "" : actual[at], at < 0 ? "" : expected[at])
                        .isEqualTo(-1);
            }
        }
        assertThat(Arrays.equals(key, before)).as("the column is left unchanged").isTrue();
    }

    static double[] column(SplittableRandom random, Column column, int n) {
        double[] key = new double[n];
        double base = random.nextDouble(-1e6, 1e6);
        for (int u = 0; u < n; u++) {
            key[u] = switch (column) {
                case POOL -> POOL[random.nextInt(POOL.length)];
                case ALL_EQUAL -> base;
                case SIGNED_ZEROS -> random.nextInt(10) == 0 ? Double.NaN : random.nextBoolean() ? 0.0 : -0.0;
                case OUTLIER -> u == n / 3 ? 1e300 : random.nextDouble();
                case CLUSTERS -> base * (1 + random.nextInt(4)) + random.nextInt(50) * 1e-9;
                case ROUNDED -> Math.round(random.nextDouble() * 10_000) / 100.0;
                case MAGNITUDES -> (random.nextBoolean() ? 1 : -1)
                        * Math.scalb(1 + random.nextInt(4) / 4.0, random.nextInt(-1074, 1024));
                case BITS -> Double.longBitsToDouble(random.nextLong());
                case SUBNORMALS -> Double.longBitsToDouble(random.nextLong(1L << 12)) * (random.nextBoolean() ? 1 : -1);
                case INFINITIES -> random.nextBoolean() ? (random.nextBoolean() ? Double.POSITIVE_INFINITY
                        : Double.NEGATIVE_INFINITY) : random.nextGaussian();
                case RUNS -> u < n / 2 ? u : n - u;
                case CONTINUOUS_WITH_MISSING -> random.nextInt(4) == 0 ? Double.NaN : random.nextGaussian();
                case LOG_NORMAL -> random.nextInt(20) == 0 ? (random.nextBoolean() ? 0.0 : -0.0)
                        : random.nextInt(10) == 0 ? 1e3
                        : (random.nextInt(4) == 0 ? -1 : 1) * Math.exp(4 * random.nextGaussian());
                case PARETO -> Math.rint(Math.pow(1 - random.nextDouble(), -1 / 1.1));
            };
        }
        return key;
    }

    /**
     * The ranks by definition: competition 1 + the number of greater scores, modified competition the number of
     * scores not less, dense 1 + the number of distinct greater scores, ordinal the position in a stable sort by
     * descending score. NaN cells rank 0; {@code -0.0} equals {@code 0.0} (Java's {@code <} and {@code ==}).
     */
    static int[] reference(double[] key, TiePolicy policy) {
        return key.length <= COUNT_UP_TO && policy != TiePolicy.ORDINAL ? byCounting(key, policy)
                : bySortedGroups(key, policy);
    }

    private static int[] byCounting(double[] key, TiePolicy policy) {
        int n = key.length;
        double[] distinct = IntStream.range(0, n).mapToDouble(u -> key[u] + 0.0).filter(v -> v == v).distinct()
                .toArray();
        int[] rank = new int[n];
        for (int u = 0; u < n; u++) {
            double v = key[u];
            if (v != v) {
                continue;
            }
            int r = 0;
            if (policy == TiePolicy.DENSE) {
                for (double w : distinct) {
                    r += w > v ? 1 : 0;
                }
                rank[u] = r + 1;
                continue;
            }
            for (double w : key) {
                r += policy == TiePolicy.MODIFIED_COMPETITION ? (w >= v ? 1 : 0) : (w > v ? 1 : 0);
            }
            rank[u] = policy == TiePolicy.MODIFIED_COMPETITION ? r : r + 1;
        }
        return rank;
    }

    private static int[] bySortedGroups(double[] key, TiePolicy policy) {
        List<Integer> order = new ArrayList<>();
        for (int u = 0; u < key.length; u++) {
            if (key[u] == key[u]) {
                order.add(u);
            }
        }
        order.sort((a, b) -> Double.compare(key[b] + 0.0, key[a] + 0.0));
        int[] rank = new int[key.length];
        int group = 0;
        for (int i = 0; i < order.size(); ) {
            int j = i;
            while (j < order.size() && key[order.get(j)] == key[order.get(i)]) {
                j++;
            }
            group++;
            for (int t = i; t < j; t++) {
                rank[order.get(t)] = switch (policy) {
                    case COMPETITION -> i + 1;
                    case MODIFIED_COMPETITION -> j;
                    case DENSE -> group;
                    case ORDINAL -> t + 1;
                };
            }
            i = j;
        }
        return rank;
    }
}
