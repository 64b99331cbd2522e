package lat.ideal.scoring.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

final class SobolAnalysisTest {

    /** Ishigami parameters used throughout the literature (Ishigami and Homma 1990; Saltelli et al. 2010). */
    private static final double A = 7;
    private static final double B = 0.1;

    /**
     * Base sample size: N (d + 2) = 16384 x 5 = 81920 evaluations of a function that costs nanoseconds. With
     * pseudo-random base matrices the estimators' standard error at this N is about 0.01 for the Ishigami function
     * (seen as the width of the bootstrap intervals below).
     */
    private static final int N = 16384;

    /** Tolerance on every index against its analytic value: between two and three standard errors at {@link #N}. */
    private static final double ISHIGAMI_TOLERANCE = 0.03;

    private static final List<String> FACTORS = List.of("x1", "x2", "x3");

    /** The Ishigami function of u in [0, 1)^3, each x_i = -pi + 2 pi u_i uniform on [-pi, pi]. */
    private static final ToDoubleFunction<double[]> ISHIGAMI = u -> {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + A * Math.sin(x2) * Math.sin(x2) + B * Math.pow(x3, 4) * Math.sin(x1);
    };

    /**
     * Analytic variances of the Ishigami function (Homma and Saltelli 1996; Sobol and Levitan 1999):
     * V = a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2, V1 = 1/2 (1 + b pi^4/5)^2 = 1/2 + b pi^4/5 + b^2 pi^8/50,
     * V2 = a^2/8, V3 = 0, V13 = b^2 pi^8/18 - b^2 pi^8/50 = 8 b^2 pi^8/225, all other terms 0.
     * With a = 7, b = 0.1: V = 13.8446, S1 = V1/V = 0.3139, S2 = 0.4424, S3 = 0, ST1 = (V1 + V13)/V = 0.5576,
     * ST2 = 0.4424, ST3 = V13/V = 0.2437 (the values quoted in the literature).
     */
    private static double[][] analytic() {
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = Math.pow(Math.PI, 8);
        double v = A * A / 8 + B * pi4 / 5 + B * B * pi8 / 18 + 0.5;
        double v1 = 0.5 + B * pi4 / 5 + B * B * pi8 / 50;
        double v2 = A * A / 8;
        double v13 = 8 * B * B * pi8 / 225;
        return new double[][] {{v1 / v, v2 / v, 0}, {(v1 + v13) / v, v2 / v, v13 / v}, {v}};
    }

    @Test
    void analyticValues_matchThePublishedOnes() {
        double[][] exact = analytic();
        // Published to 4 decimals: S = (0.3139, 0.4424, 0), ST = (0.5576, 0.4424, 0.2437).
        double published = 5e-5;
        assertThat(exact[0][0]).isCloseTo(0.3139, within(published));
        assertThat(exact[0][1]).isCloseTo(0.4424, within(published));
        assertThat(exact[1][0]).isCloseTo(0.5576, within(published));
        assertThat(exact[1][2]).isCloseTo(0.2437, within(published));
    }

    @Test
    void ishigami_indicesWithinToleranceOfAnalyticValues() {
        SobolResult r = SobolAnalysis.of(N, 20_240_601L).withBootstrap(200, 0.95)
                .analyse(FACTORS, ISHIGAMI, SampleRunner.withDefaults());
        double[][] exact = analytic();
        for (int i = 0; i < 3; i++) {
            SobolIndex index = r.indices().get(i);
            assertThat(index.factor()).isEqualTo(FACTORS.get(i));
            assertThat(index.firstOrder()).as("S%d", i + 1).isCloseTo(exact[0][i], within(ISHIGAMI_TOLERANCE));
            assertThat(index.totalEffect()).as("ST%d", i + 1).isCloseTo(exact[1][i], within(ISHIGAMI_TOLERANCE));
            assertThat(index.firstOrderLow()).isLessThanOrEqualTo(index.firstOrderHigh());
            assertThat(index.totalEffectLow()).isLessThanOrEqualTo(index.totalEffectHigh());
            assertThat(index.firstOrderHigh() - index.firstOrderLow()).as("S%d interval width", i + 1)
                    .isLessThan(2 * ISHIGAMI_TOLERANCE);
        }
        assertThat(r.variance()).isCloseTo(exact[2][0], within(exact[2][0] * 0.05));
        assertThat(r.evaluations()).isEqualTo(N * 5);
    }

    @Test
    void sameSeed_sameResult_whateverTheThreads() {
        SobolAnalysis a = SobolAnalysis.of(512, 7).withBootstrap(50, 0.9);
        SobolResult one = a.analyse(FACTORS, ISHIGAMI, SampleRunner.withDefaults().withParallelism(1));
        SobolResult four = a.analyse(FACTORS, ISHIGAMI, SampleRunner.withDefaults().withParallelism(4));
        assertThat(four).isEqualTo(one);
        SobolResult other = SobolAnalysis.of(512, 8).withBootstrap(50, 0.9)
                .analyse(FACTORS, ISHIGAMI, SampleRunner.withDefaults());
        assertThat(other).isNotEqualTo(one);
    }

    @Test
    void additiveModel_hasEqualFirstOrderAndTotalIndices() {
        // y = u1 + 2 u2: V1 = 1/12, V2 = 4/12, no interaction; S1 = ST1 = 0.2, S2 = ST2 = 0.8, S3 = ST3 = 0.
        SobolResult r = SobolAnalysis.of(N, 3).withBootstrap(50, 0.95)
                .analyse(FACTORS, u -> u[0] + 2 * u[1], SampleRunner.withDefaults());
        assertThat(r.index("x1").orElseThrow().firstOrder()).isCloseTo(0.2, within(ISHIGAMI_TOLERANCE));
        assertThat(r.index("x2").orElseThrow().totalEffect()).isCloseTo(0.8, within(ISHIGAMI_TOLERANCE));
        // x3 never moves the output: A and A_B^3 give the same values, so the total effect is exactly 0.
        assertThat(r.index("x3").orElseThrow().totalEffect()).isZero();
    }

    @Test
    void constantModel_hasAllIndicesZero() {
        SobolResult r = SobolAnalysis.of(64, 1).withBootstrap(10, 0.9)
                .analyse(FACTORS, u -> 4.5, SampleRunner.withDefaults());
        assertThat(r.variance()).isZero();
        for (SobolIndex i : r.indices()) {
            assertThat(i.firstOrder()).isZero();
            assertThat(i.totalEffect()).isZero();
        }
    }

    @Test
    void nonFiniteOutput_isRejectedWithItsPoint() {
        assertThatThrownBy(() -> SobolAnalysis.of(8, 1).analyse(FACTORS, u -> u[0] > 0.5 ? Double.NaN : 1,
                SampleRunner.withDefaults().withParallelism(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN at point")
                .hasMessageContaining("not finite");
    }

    @Test
    void badArguments_areRejected() {
        assertThatThrownBy(() -> SobolAnalysis.of(1, 1)).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> SobolAnalysis.of(10, 1).withBootstrap(10, 1.0)).hasMessageContaining("(0, 1)");
        assertThatThrownBy(() -> SobolAnalysis.of(10, 1).analyse(List.of("a", "a"), u -> 0,
                SampleRunner.withDefaults())).hasMessageContaining("not unique");
        SobolAnalysis a = SobolAnalysis.of(10, 1);
        assertThatThrownBy(() -> a.estimate(FACTORS, a.design(3), new double[7]))
                .hasMessageContaining("7 outputs for 50 points");
        assertThatThrownBy(() -> a.estimate(FACTORS, SobolAnalysis.of(10, 2).design(3), new double[50]))
                .hasMessageContaining("does not fit");
    }

    @Test
    void toString_isATable() {
        SobolResult r = SobolAnalysis.of(64, 1).withBootstrap(10, 0.9)
                .analyse(FACTORS, u -> u[0], SampleRunner.withDefaults());
        assertThat(r.toString()).contains("N 64, 320 evaluations, 90% bootstrap intervals of 10 resamples, seed 1")
                .contains("x1").contains("x3");
        assertThat(r.toString().lines()).hasSize(5);
    }
}
