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
import lat.ideal.scoring.Scorer;
import lat.ideal.scoring.ScoringInput;
import lat.ideal.scoring.uncertainty.RankDistribution;
import lat.ideal.scoring.uncertainty.SampleRunner;
import lat.ideal.scoring.uncertainty.UncertainFactor;
import lat.ideal.scoring.uncertainty.UncertaintyAnalysis;
import lat.ideal.scoring.uncertainty.UncertaintyResult;
import lat.ideal.scoring.uncertainty.UncertaintySpec;

/**
 * Workload (e): Monte Carlo uncertainty of the flat pipeline's ranks under +/-25% uniform weight noise, N draws, with
 * the median and the 5th-95th percentile rank of every unit.
 *
 * <p>Two implementations of the same analysis. {@link #analysis} is the library's own {@link UncertaintyAnalysis}
 * (weight noise on the root, ranks of the root, on {@code threads} threads). {@link #ranks} re-aggregates the prepared
 * scoring through {@link PreparedScoring#ranks(String, Overrides)} with given weights, one draw after another: the
 * engine's fast path without the analysis's bookkeeping. {@link #weights} reproduces the analysis's draws outside it
 * (sample {@code i} draws from {@code SplittableRandom(SampleRunner.sampleSeed(seed, i))}, whose first
 * {@code nextLong()} seeds the noise generator; weight {@code w_c (1 + 0.25 (2 u_c - 1))}, then all rescaled to the
 * nominal sum), so that the numpy side can use the very same weights; {@code MonteCarloTest} checks that the two
 * implementations give the same rank distributions. Quantiles are type 7 (linear interpolation between order
 * statistics, as R, COINr and numpy's default compute them).
 */
final class MonteCarlo {
    /** The relative weight noise: each weight is multiplied by a factor in [1 - NOISE, 1 + NOISE), then rescaled. */
    static final double NOISE = 0.25;
    /** The quantiles reported per unit, in this order. */
    static final double[] QUANTILES = {0.05, 0.5, 0.95};
    /** How many units one summary block gathers at a time (keeps the gather in cache). */
    private static final int BLOCK = 1024;

    private MonteCarlo() {
    }

    /**
     * Returns the analysis's specification: uniform noise of {@value #NOISE} on the root's weights, ranks of the root.
     *
     * @param draws the number of samples
     * @param seed the seed
     * @return the specification
     */
    static UncertaintySpec spec(int draws, long seed) {
        return UncertaintySpec.of(seed, List.of(UncertainFactor.uniformWeights(NOISE))).withSamples(draws)
                .withNodes(List.of(Workload.ROOT));
    }

    /**
     * Runs the library's uncertainty analysis of the flat pipeline.
     *
     * @param scorer the flat pipeline's scorer
     * @param input the input
     * @param draws the number of samples
     * @param seed the seed
     * @param threads the number of threads
     * @return the result
     */
    static UncertaintyResult analysis(Scorer scorer, ScoringInput input, int draws, long seed, int threads) {
        return UncertaintyAnalysis.run(scorer, input, spec(draws, seed),
                SampleRunner.withDefaults().withParallelism(threads));
    }

    /**
     * Returns the 5th, 50th and 95th percentile ranks of every unit from an analysis.
     *
     * @param result the result
     * @return {@code 3 * n} values laid out as {@link #summary(int[][])} lays them out
     */
    static double[] summary(UncertaintyResult result) {
        List<RankDistribution> d = result.distributions(Workload.ROOT);
        int n = d.size();
        double[] out = new double[QUANTILES.length * n];
        for (int u = 0; u < n; u++) {
            out[u] = d.get(u).p5();
            out[n + u] = d.get(u).median();
            out[2 * n + u] = d.get(u).p95();
        }
        return out;
    }

    /**
     * Reproduces the weights the analysis draws for the flat pipeline's root.
     *
     * @param draws the number of samples
     * @param indicators the number of indicators
     * @param seed the analysis's seed
     * @return {@code draws * indicators} weights, draw-major
     */
    static double[] weights(int draws, int indicators, long seed) {
        double[] out = new double[draws * indicators];
        for (int d = 0; d < draws; d++) {
            SplittableRandom noise = new SplittableRandom(
                    new SplittableRandom(SampleRunner.sampleSeed(seed, d)).nextLong());
            double sum = 0;
            double newSum = 0;
            for (int c = 0; c < indicators; c++) {
                double w = IndicatorMatrix.weight(c);
                double x = w * (1 + NOISE * (2 * noise.nextDouble() - 1));
                out[d * indicators + c] = x;
                sum += w;
                newSum += x;
            }
            if (newSum != sum) {
                double factor = sum / newSum;
                for (int c = 0; c < indicators; c++) {
                    out[d * indicators + c] *= factor;
                }
            }
        }
        return out;
    }

    /**
     * Ranks the root under every draw, through the prepared scoring's fast path.
     *
     * @param prepared the prepared flat pipeline
     * @param weights the root's weights of every draw, draw-major
     * @param draws the number of draws
     * @param threads how many threads share the draws (contiguous blocks of draws each)
     * @return the ranks, {@code ranks[d][u]}
     */
    static int[][] ranks(PreparedScoring prepared, double[] weights, int draws, int threads) {
        int k = weights.length / draws;
        int[][] ranks = new int[draws][];
        if (threads <= 1) {
            rankDraws(prepared, weights, k, 0, draws, ranks);
            return ranks;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int from = (int) ((long) draws * t / threads);
                int to = (int) ((long) draws * (t + 1) / threads);
                done.add(pool.submit(() -> rankDraws(prepared, weights, k, from, to, ranks)));
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

    private static void rankDraws(PreparedScoring prepared, double[] weights, int k, int from, int to,
                                  int[][] ranks) {
        for (int d = from; d < to; d++) {
            ranks[d] = prepared.ranks(Workload.ROOT,
                    Overrides.none().withWeights(Workload.ROOT, Arrays.copyOfRange(weights, d * k, (d + 1) * k)));
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
