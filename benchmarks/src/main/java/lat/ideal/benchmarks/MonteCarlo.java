package lat.ideal.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lat.ideal.scoring.Overrides;
import lat.ideal.scoring.PreparedScoring;

/**
 * Workload (e): Monte Carlo uncertainty of the flat pipeline's ranks under +/-25% weight noise, through
 * {@link PreparedScoring#ranks(String, Overrides)}: the leaf stage is prepared once, each draw re-aggregates the root
 * with noisy weights and ranks it.
 *
 * <p>Draw {@code d} multiplies indicator {@code c}'s weight by the factor {@code factors[d * k + c]}, uniform in
 * [0.75, 1.25) from a seeded generator; the factors are an input (not drawn inside the run) so that the numpy side
 * can use the very same draws. The summary per unit is the median rank and the 5th-95th percentile rank interval
 * over the draws, type-7 quantiles (linear interpolation between order statistics, as R, COINr and numpy's default
 * compute them).
 */
final class MonteCarlo {
    /** The relative weight noise: each weight is multiplied by a factor in [1 - NOISE, 1 + NOISE). */
    static final double NOISE = 0.25;
    /** The quantiles reported per unit, in this order. */
    static final double[] QUANTILES = {0.05, 0.5, 0.95};
    /** How many units one summary block gathers at a time (keeps the gather in cache). */
    private static final int BLOCK = 1024;

    private MonteCarlo() {
    }

    /**
     * Draws the weight factors.
     *
     * @param draws the number of draws
     * @param indicators the number of weights per draw
     * @param seed the seed
     * @return {@code draws * indicators} factors, draw-major
     */
    static double[] factors(int draws, int indicators, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] f = new double[draws * indicators];
        for (int i = 0; i < f.length; i++) {
            f[i] = 1 - NOISE + 2 * NOISE * random.nextDouble();
        }
        return f;
    }

    /**
     * Ranks the root under every draw.
     *
     * @param prepared the prepared flat pipeline
     * @param factors the weight factors, draw-major
     * @param draws the number of draws
     * @param threads how many threads share the draws (contiguous blocks of draws each)
     * @return the ranks, {@code ranks[d][u]}
     */
    static int[][] ranks(PreparedScoring prepared, double[] factors, int draws, int threads) {
        int k = factors.length / draws;
        int[][] ranks = new int[draws][];
        if (threads <= 1) {
            rankDraws(prepared, factors, k, 0, draws, ranks);
            return ranks;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int from = (int) ((long) draws * t / threads);
                int to = (int) ((long) draws * (t + 1) / threads);
                done.add(pool.submit(() -> rankDraws(prepared, factors, k, from, to, ranks)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return ranks;
    }

    private static void rankDraws(PreparedScoring prepared, double[] factors, int k, int from, int to,
                                  int[][] ranks) {
        double[] w = new double[k];
        for (int d = from; d < to; d++) {
            for (int c = 0; c < k; c++) {
                w[c] = IndicatorMatrix.weight(c) * factors[d * k + c];
            }
            ranks[d] = prepared.ranks(Workload.ROOT, Overrides.none().withWeights(Workload.ROOT, w));
        }
    }

    /**
     * Summarises the ranks per unit.
     *
     * @param ranks the ranks, {@code ranks[d][u]}
     * @return {@code QUANTILES.length * n} values: the 5th percentiles of all units, then the medians, then the 95th
     *         percentiles
     */
    static double[] summary(int[][] ranks) {
        int draws = ranks.length;
        int n = ranks[0].length;
        double[] out = new double[QUANTILES.length * n];
        int[] block = new int[BLOCK * draws];
        int[] one = new int[draws];
        for (int from = 0; from < n; from += BLOCK) {
            int size = Math.min(BLOCK, n - from);
            for (int d = 0; d < draws; d++) {
                int[] row = ranks[d];
                for (int i = 0; i < size; i++) {
                    block[i * draws + d] = row[from + i];
                }
            }
            for (int i = 0; i < size; i++) {
                System.arraycopy(block, i * draws, one, 0, draws);
                Arrays.sort(one);
                for (int q = 0; q < QUANTILES.length; q++) {
                    out[q * n + from + i] = quantile(one, QUANTILES[q]);
                }
            }
        }
        return out;
    }

    /** Type-7 quantile of sorted values. */
    static double quantile(int[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
