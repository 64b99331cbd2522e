package lat.ideal.scoring.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class NoiseTest {

    /** Sums of a few doubles rescaled by one factor: a few ulps. */
    private static final double SUM = 1e-12;
    /** Monte Carlo mean of 20,000 draws: the standard error of a Dirichlet(20 w) component is below 0.001. */
    private static final double MEAN = 0.005;

    private static final double[] W = {0.5, 0.3, 0.2, 0.0};

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 99, 123_456_789})
    void uniform_keepsTheSumAndStaysWithinTheNoise(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int k = 0; k < 1000; k++) {
            double[] w = Noise.uniform(W, 0.25, random);
            assertThat(w[0] + w[1] + w[2] + w[3]).isCloseTo(1.0, within(SUM));
            assertThat(w[3]).isZero();
            // Before rescaling each weight is within +/- 25 %; the rescaling factor is within [1/1.25, 1/0.75].
            assertThat(w[0]).isBetween(0.5 * 0.75 / 1.25, 0.5 * 1.25 / 0.75);
        }
        assertThat(Noise.uniform(W, 0, random)).containsExactly(W);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {2, 77})
    void dirichlet_isCentredOnTheNominalWeights(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] mean = new double[W.length];
        int draws = 20_000;
        for (int k = 0; k < draws; k++) {
            double[] w = Noise.dirichlet(W, 20, random);
            assertThat(w[0] + w[1] + w[2] + w[3]).isCloseTo(1.0, within(SUM));
            for (int i = 0; i < W.length; i++) {
                mean[i] += w[i] / draws;
            }
        }
        for (int i = 0; i < W.length; i++) {
            assertThat(mean[i]).as("component %d", i).isCloseTo(W[i], within(MEAN));
        }
    }

    @ParameterizedTest(name = "shape {0}")
    @ValueSource(doubles = {0.3, 1.0, 4.5})
    void gamma_hasMeanEqualToItsShape(double shape) {
        SplittableRandom random = new SplittableRandom(31);
        double sum = 0;
        int draws = 40_000;
        for (int k = 0; k < draws; k++) {
            sum += Noise.gamma(shape, random);
        }
        // Standard error sqrt(shape / draws) is at most 0.011 here; four of them.
        assertThat(sum / draws).isCloseTo(shape, within(4 * Math.sqrt(shape / draws)));
    }
}
