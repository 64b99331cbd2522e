package lat.ideal.scoring.uncertainty;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Variance-based sensitivity analysis: first-order and total-effect Sobol indices from a Saltelli design with
 * Jansen's estimators, and percentile bootstrap confidence intervals.
 *
 * <p>With {@code f(A)}, {@code f(B)} and {@code f(A_B^i)} the model outputs at the rows of a {@link SaltelliDesign}
 * and {@code V} the variance of the {@code 2N} outputs at {@code A} and {@code B} (population form), the estimators
 * are those of Saltelli et al. (2010), table 2, after Jansen (1999):
 * <pre>
 *   S_i  = (V - 1/(2N) sum_j (f(B)_j - f(A_B^i)_j)^2) / V
 *   ST_i = 1/(2N) sum_j (f(A)_j - f(A_B^i)_j)^2 / V
 * </pre>
 * A model whose output does not vary ({@code V = 0}) gets every index 0: no factor moves it. The intervals come
 * from {@code resamples} bootstrap resamples of the {@code N} rows (each row keeps its {@code f(A)}, {@code f(B)}
 * and {@code f(A_B^i)} together), each drawn from its own generator seeded from the analysis seed and the resample's
 * number, and are the type-7 quantiles at {@code (1 - level)/2} and {@code (1 + level)/2}. The whole result depends
 * only on the seed, never on the number of threads.
 *
 * <p>References: A. Saltelli et al., "Variance based sensitivity analysis of model output. Design and estimator for
 * the total sensitivity index", Computer Physics Communications 181 (2010) 259-270; M.J.W. Jansen, "Analysis of
 * variance designs for model output", Computer Physics Communications 117 (1999) 35-43.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param samples the base sample size {@code N}, at least 2; the model is evaluated {@code N(d + 2)} times
 * @param seed the seed of the design and the bootstrap
 * @param resamples the number of bootstrap resamples, at least 1
 * @param level the confidence level of the intervals, in (0, 1)
 * @since 0.1
 */
public record SobolAnalysis(int samples, long seed, int resamples, double level) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Separates the bootstrap's generators from the design's. */
    private static final long BOOTSTRAP_STREAM = 0x5eedb007L;

    /** Checks the sizes and the level. */
    public SobolAnalysis {
        if (samples < 2) {
            throw new IllegalArgumentException("base sample size " + samples + " must be at least 2");
        }
        if (resamples < 1) {
            throw new IllegalArgumentException("bootstrap resamples " + resamples + " must be at least 1");
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level " + level + " is not in (0, 1)");
        }
    }

    /**
     * Returns an analysis with 1,000 bootstrap resamples and 95 % intervals.
     *
     * @param samples the base sample size {@code N}, at least 2
     * @param seed the seed
     * @return the analysis, never null
     */
    public static SobolAnalysis of(int samples, long seed) {
        return new SobolAnalysis(samples, seed, 1000, 0.95);
    }

    /**
     * Returns a copy with another bootstrap.
     *
     * @param count the number of resamples, at least 1
     * @param confidenceLevel the level of the intervals, in (0, 1)
     * @return the copy, never null
     */
    public SobolAnalysis withBootstrap(int count, double confidenceLevel) {
        return new SobolAnalysis(samples, seed, count, confidenceLevel);
    }

    /**
     * Returns the design for a number of factors.
     *
     * @param factors the number of factors, at least 1
     * @return the design, never null
     */
    public SaltelliDesign design(int factors) {
        return SaltelliDesign.generate(samples, factors, seed);
    }

    /**
     * Evaluates a model on the design, in parallel, and estimates the indices.
     *
     * @param factors the factors' names, unique, at least one; coordinate {@code i} of a point is factor {@code i}
     * @param model the model of a point in {@code [0, 1)^d}; called from several threads, with an array it must
     *     not keep; must return a finite number
     * @param runner the runner that evaluates the points, not null
     * @return the indices, never null
     * @throws IllegalArgumentException if the names are not unique or the model returns a number that is not finite
     * @throws java.util.concurrent.CancellationException if the runner's token is cancelled
     */
    public SobolResult analyse(List<String> factors, ToDoubleFunction<double[]> model, SampleRunner runner) {
        Objects.requireNonNull(model, "model");
        SaltelliDesign design = design(checkedNames(factors).size());
        int d = design.factors();
        double[] outputs = runner.evaluate(design.evaluations(), () -> new double[d], (point, k) -> {
            design.point(k, point);
            return model.applyAsDouble(point);
        });
        return estimate(factors, design, outputs);
    }

    /**
     * Estimates the indices from outputs already computed at a design's points.
     *
     * @param factors the factors' names, unique, one per design factor
     * @param design the design, not null; it must come from {@link #design(int)} (same sample size and seed)
     * @param outputs the model's output at each point, in point order, all finite
     * @return the indices, never null
     * @throws IllegalArgumentException if the sizes disagree or an output is not finite
     */
    public SobolResult estimate(List<String> factors, SaltelliDesign design, double[] outputs) {
        List<String> names = checkedNames(factors);
        int n = design.samples();
        int d = design.factors();
        if (n != samples || design.seed() != seed || names.size() != d) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s does not fit this analysis (N %d, seed %d) with %d factor names", design, samples, seed,
                    names.size()));
        }
        if (outputs.length != design.evaluations()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%d outputs for %d points",
                    outputs.length, design.evaluations()));
        }
        for (int k = 0; k < outputs.length; k++) {
            if (!Double.isFinite(outputs[k])) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "output %s at point %d %s is not finite: a Sobol target must be a number at every point",
                        outputs[k], k, Arrays.toString(design.point(k))));
            }
        }
        double[] first = new double[d];
        double[] total = new double[d];
        double[] moments = jansen(outputs, n, d, null, first, total);
        double[][] bootFirst = new double[d][resamples];
        double[][] bootTotal = new double[d][resamples];
        int[] rows = new int[n];
        double[] bf = new double[d];
        double[] bt = new double[d];
        for (int r = 0; r < resamples; r++) {
            SplittableRandom random = new SplittableRandom(SampleRunner.sampleSeed(seed ^ BOOTSTRAP_STREAM, r));
            for (int j = 0; j < n; j++) {
                rows[j] = random.nextInt(n);
            }
            jansen(outputs, n, d, rows, bf, bt);
            for (int i = 0; i < d; i++) {
                bootFirst[i][r] = bf[i];
                bootTotal[i][r] = bt[i];
            }
        }
        double pLow = (1 - level) / 2;
        double pHigh = (1 + level) / 2;
        List<SobolIndex> indices = new ArrayList<>(d);
        for (int i = 0; i < d; i++) {
            Arrays.sort(bootFirst[i]);
            Arrays.sort(bootTotal[i]);
            indices.add(new SobolIndex(names.get(i), first[i], Quantiles.type7(bootFirst[i], pLow),
                    Quantiles.type7(bootFirst[i], pHigh), total[i], Quantiles.type7(bootTotal[i], pLow),
                    Quantiles.type7(bootTotal[i], pHigh)));
        }
        return new SobolResult(indices, moments[0], moments[1], n, outputs.length, resamples, level, seed);
    }

    /**
     * Computes Jansen's estimators over the given rows (all rows in order if {@code rows} is null).
     *
     * @return the output mean and variance over A and B
     */
    private static double[] jansen(double[] y, int n, int d, int[] rows, double[] first, double[] total) {
        double sum = 0;
        for (int j = 0; j < n; j++) {
            int row = rows == null ? j : rows[j];
            sum += y[row] + y[n + row];
        }
        double mean = sum / (2.0 * n);
        double ss = 0;
        for (int j = 0; j < n; j++) {
            int row = rows == null ? j : rows[j];
            double da = y[row] - mean;
            double db = y[n + row] - mean;
            ss += da * da + db * db;
        }
        double variance = ss / (2.0 * n);
        for (int i = 0; i < d; i++) {
            int offset = (2 + i) * n;
            double sumFirst = 0;
            double sumTotal = 0;
            for (int j = 0; j < n; j++) {
                int row = rows == null ? j : rows[j];
                double ab = y[offset + row];
                double fb = y[n + row] - ab;
                double fa = y[row] - ab;
                sumFirst += fb * fb;
                sumTotal += fa * fa;
            }
            if (variance == 0) {
                first[i] = 0;
                total[i] = 0;
            } else {
                first[i] = (variance - sumFirst / (2.0 * n)) / variance;
                total[i] = sumTotal / (2.0 * n) / variance;
            }
        }
        return new double[] {mean, variance};
    }

    private static List<String> checkedNames(List<String> factors) {
        List<String> names = List.copyOf(factors);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a sensitivity analysis needs at least one factor");
        }
        if (new HashSet<>(names).size() != names.size()) {
            throw new IllegalArgumentException("factor names " + names + " are not unique");
        }
        return names;
    }
}
