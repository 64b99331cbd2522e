package lat.ideal.scoring.uncertainty;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The points at which a model is evaluated to estimate Sobol indices: two independent base matrices {@code A} and
 * {@code B} of {@code N} rows in the unit hypercube {@code [0, 1)^d}, and for each factor {@code i} the matrix
 * {@code A_B^i}, equal to {@code A} except for column {@code i}, taken from {@code B} (Saltelli et al. 2010).
 *
 * <p>Points are numbered {@code 0 .. N(d + 2) - 1}: first the rows of {@code A}, then those of {@code B}, then the
 * rows of {@code A_B^1}, {@code A_B^2} and so on. The base matrices are pseudo-random: row {@code j} of {@code A}
 * and {@code B} takes {@code 2d} uniform draws from a {@link SplittableRandom} seeded with
 * {@link SampleRunner#sampleSeed(long, long) sampleSeed(seed, j)}, the first {@code d} for {@code A}. (A
 * quasi-random Sobol sequence converges faster; pseudo-random draws keep the design free of tabulated direction
 * numbers and let the bootstrap resample rows as independent.) The caller maps each coordinate {@code u} in
 * {@code [0, 1)} to its factor, e.g. {@code -pi + 2 pi u} for a uniform factor on {@code [-pi, pi]} or
 * {@code floor(k u)} for a choice among {@code k} options.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SaltelliDesign {
    private final int samples;
    private final int factors;
    private final long seed;
    private final double[] a;
    private final double[] b;

    private SaltelliDesign(int samples, int factors, long seed) {
        this.samples = samples;
        this.factors = factors;
        this.seed = seed;
        this.a = new double[samples * factors];
        this.b = new double[samples * factors];
        for (int j = 0; j < samples; j++) {
            SplittableRandom random = new SplittableRandom(SampleRunner.sampleSeed(seed, j));
            for (int c = 0; c < factors; c++) {
                a[j * factors + c] = random.nextDouble();
            }
            for (int c = 0; c < factors; c++) {
                b[j * factors + c] = random.nextDouble();
            }
        }
    }

    /**
     * Generates a design.
     *
     * @param samples the base sample size {@code N}, at least 2
     * @param factors the number of factors {@code d}, at least 1
     * @param seed the seed
     * @return the design, never null
     * @throws IllegalArgumentException if a size is too small or {@code N(d + 2)} exceeds {@code Integer.MAX_VALUE}
     */
    public static SaltelliDesign generate(int samples, int factors, long seed) {
        if (samples < 2 || factors < 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a Saltelli design needs at least 2 samples and 1 factor, not %d and %d", samples, factors));
        }
        if ((long) samples * (factors + 2) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%d samples x (%d factors + 2) is more points than an array holds", samples, factors));
        }
        return new SaltelliDesign(samples, factors, seed);
    }

    /**
     * Returns the base sample size {@code N}.
     *
     * @return at least 2
     */
    public int samples() {
        return samples;
    }

    /**
     * Returns the number of factors {@code d}.
     *
     * @return at least 1
     */
    public int factors() {
        return factors;
    }

    /**
     * Returns the seed.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Returns the number of points, {@code N(d + 2)}.
     *
     * @return the number of model evaluations the design needs
     */
    public int evaluations() {
        return samples * (factors + 2);
    }

    /**
     * Writes point {@code k} into {@code out}.
     *
     * @param k the point's number, in {@code 0 .. evaluations() - 1}
     * @param out the array to fill, of length {@link #factors()}
     * @throws IndexOutOfBoundsException if {@code k} is out of range
     */
    public void point(int k, double[] out) {
        if (k < 0 || k >= evaluations()) {
            throw new IndexOutOfBoundsException("point " + k + " is not in 0.." + (evaluations() - 1));
        }
        int block = k / samples;
        int row = k % samples;
        int offset = row * factors;
        if (block == 1) {
            System.arraycopy(b, offset, out, 0, factors);
            return;
        }
        System.arraycopy(a, offset, out, 0, factors);
        if (block >= 2) {
            int column = block - 2;
            out[column] = b[offset + column];
        }
    }

    /**
     * Returns point {@code k}.
     *
     * @param k the point's number, in {@code 0 .. evaluations() - 1}
     * @return a new array of length {@link #factors()}
     */
    public double[] point(int k) {
        double[] out = new double[factors];
        point(k, out);
        return out;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SaltelliDesign[N %d, %d factors, %d points, seed %d]", samples, factors,
                evaluations(), seed);
    }
}
