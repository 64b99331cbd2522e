package lat.ideal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ranking with a kept workspace ({@link Ranking#ranks(double[], TiePolicy, BucketOrder.Workspace, int[])}, sorted by
 * {@link BucketOrder#descendingShort}) against the definitions of the tie policies and against the sort of
 * {@link BucketOrder#descending(double[])}, on the awkward columns of {@link RankingPropertyTest} (ties, signed zeros,
 * infinities, NaN, subnormals, clumped values that send the short sort to the general one), with one workspace
 * reused from column to column and output arrays that come in dirty.
 */
final class RankingWorkspaceTest {
    /** Garbage that every output cell must be overwritten with a rank. */
    private static final int DIRTY = -7;

    static Stream<Long> seeds() {
        return LongStream.range(1, 41).boxed();
    }

    /**
     * The columns of {@link RankingPropertyTest#columns()} up to a few thousand cells (past 4,096 the short sort is
     * the general one, which that test covers).
     */
    static Stream<Arguments> columns() {
        return RankingPropertyTest.columns().filter(a -> (int) a.get()[2] <= 4 * Ranking.RADIX_FROM);
    }

    @ParameterizedTest(name = "seed {0}, {1}, n = {2}")
    @MethodSource("columns")
    void ranksWithAWorkspace_equalTheDefinitionOfEveryTiePolicy(long seed, RankingPropertyTest.Column column, int n) {
        double[] key = RankingPropertyTest.column(new SplittableRandom(seed), column, n);
        double[] before = key.clone();
        BucketOrder.Workspace workspace = new BucketOrder.Workspace();
        for (TiePolicy policy : TiePolicy.values()) {
            int[] rank = new int[n + 3];
            Arrays.fill(rank, DIRTY);
            Ranking.ranks(key, policy, workspace, rank);
            int[] expected = RankingPropertyTest.reference(key, policy);
            int at = Arrays.mismatch(Arrays.copyOf(rank, n), expected);
            assertThat(at).as("%s: first wrong cell (value %s, rank %s instead of %s)", policy,
                    at < 0 ? "" : key[at], at < 0 ? "" : rank[at], at < 0 ? "" : expected[at]).isEqualTo(-1);
            assertThat(Arrays.copyOfRange(rank, n, n + 3)).as("cells past the column").containsOnly(DIRTY);
        }
        assertThat(Arrays.equals(key, before)).as("the column is left unchanged").isTrue();
    }

    /**
     * One workspace sorts a run of columns of random kinds and lengths (growing and shrinking, around the short
     * sort's limit): each sorted order, values and cells, equals the general sort's.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shortSort_withAReusedWorkspace_equalsTheGeneralSort(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        RankingPropertyTest.Column[] kinds = RankingPropertyTest.Column.values();
        int[] lengths = {0, 1, 2, 7, BucketOrder.SMALL, 200, 201, 1_000, 4_096, 4_097};
        BucketOrder.Workspace workspace = new BucketOrder.Workspace();
        for (int i = 0; i < 12; i++) {
            RankingPropertyTest.Column kind = kinds[random.nextInt(kinds.length)];
            int n = lengths[random.nextInt(lengths.length)];
            double[] key = RankingPropertyTest.column(random, kind, n);
            BucketOrder expected = BucketOrder.descending(key);
            int m = BucketOrder.descendingShort(key, workspace);
            assertThat(m).as("column %d (%s, n = %d): non-NaN cells", i, kind, n).isEqualTo(expected.size);
            assertThat(Arrays.copyOf(workspace.index, m)).as("column %d (%s, n = %d): cells in order", i, kind, n)
                    .isEqualTo(Arrays.copyOf(expected.index, m));
            for (int t = 0; t < m; t++) {
                assertThat(Double.doubleToRawLongBits(workspace.value[t])).as("column %d: value %d", i, t)
                        .isEqualTo(Double.doubleToRawLongBits(key[workspace.index[t]]));
            }
        }
    }

    /**
     * Mean-like scores under weight noise, as a Monte Carlo analysis ranks them sample after sample (the case the
     * short sort is for), with exact ties planted: every tie policy's ranks equal the one-off ranking's.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void samplesOfNoisyMeans_rankAsTheOneOffRanking(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 1 + random.nextInt(400);
        int k = 1 + random.nextInt(30);
        double[][] x = new double[k][n];
        for (double[] col : x) {
            for (int u = 0; u < n; u++) {
                col[u] = random.nextInt(8) == 0 ? Math.round(random.nextDouble() * 4) / 4.0 : random.nextDouble();
            }
        }
        BucketOrder.Workspace workspace = new BucketOrder.Workspace();
        int[] rank = new int[n];
        for (int sample = 0; sample < 50; sample++) {
            double[] key = new double[n];
            for (double[] col : x) {
                double w = 1 + 0.25 * (2 * random.nextDouble() - 1);
                for (int u = 0; u < n; u++) {
                    key[u] += w * col[u];
                }
            }
            if (n > 3) {
                key[random.nextInt(n)] = key[random.nextInt(n)];
                key[random.nextInt(n)] = Double.NaN;
            }
            for (TiePolicy policy : TiePolicy.values()) {
                Ranking.ranks(key, policy, workspace, rank);
                assertThat(rank).as("sample %d, %s", sample, policy).isEqualTo(Ranking.ranks(key, policy));
            }
        }
    }
}
