package lat.ideal.scoring.uncertainty;

import java.util.SplittableRandom;

/** Weight perturbations: uniform relative noise and Dirichlet draws, both keeping the nominal weight sum. */
final class Noise {
    private Noise() {
    }

    /**
     * Returns {@code w_i (1 + f (2U_i - 1))} rescaled to the sum of {@code w}; zero noise gives {@code w} itself.
     *
     * @param w the nominal weights, finite and not negative
     * @param fraction the relative noise in [0, 1]
     * @param random the generator
     * @return new weights with the same sum
     */
    static double[] uniform(double[] w, double fraction, SplittableRandom random) {
        double[] out = new double[w.length];
        double sum = 0;
        double newSum = 0;
        for (int i = 0; i < w.length; i++) {
            double u = random.nextDouble();
            out[i] = w[i] * (1 + fraction * (2 * u - 1));
            sum += w[i];
            newSum += out[i];
        }
        return rescale(out, sum, newSum);
    }

    /**
     * Returns {@code sum(w) D} with {@code D ~ Dirichlet(c w / sum(w))}; zero weights stay zero.
     *
     * @param w the nominal weights, finite and not negative
     * @param concentration the concentration {@code c}, positive
     * @param random the generator
     * @return new weights with the same sum
     */
    static double[] dirichlet(double[] w, double concentration, SplittableRandom random) {
        double sum = 0;
        for (double x : w) {
            sum += x;
        }
        double[] out = new double[w.length];
        if (sum == 0) {
            return out;
        }
        double newSum = 0;
        for (int i = 0; i < w.length; i++) {
            out[i] = w[i] == 0 ? 0 : gamma(concentration * w[i] / sum, random);
            newSum += out[i];
        }
        if (newSum == 0) {
            return w.clone();
        }
        return rescale(out, sum, newSum);
    }

    private static double[] rescale(double[] out, double sum, double newSum) {
        if (newSum == 0 || newSum == sum) {
            return out;
        }
        double factor = sum / newSum;
        for (int i = 0; i < out.length; i++) {
            out[i] *= factor;
        }
        return out;
    }

    /**
     * Draws from Gamma(shape, 1) by Marsaglia and Tsang's method ("A simple method for generating gamma variables",
     * ACM TOMS 26, 2000), with the boost {@code Gamma(a) = Gamma(a + 1) U^(1/a)} for shapes below 1.
     */
    static double gamma(double shape, SplittableRandom random) {
        if (shape < 1) {
            double u = random.nextDouble();
            return gamma(shape + 1, random) * Math.pow(u, 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }
}
