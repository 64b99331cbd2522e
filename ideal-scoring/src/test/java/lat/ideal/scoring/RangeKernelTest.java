package lat.ideal.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Vector API's range passes ({@link RangeKernel}) give bit for bit what the plain definitions give, or nothing
 * where a column holds a NaN. The module's POM runs the suite twice: on the module path with
 * {@code --add-modules jdk.incubator.vector} (system property {@code ideal.test.vectorKernel=expected}: the kernel is
 * loaded, and every test of this class runs, calling it directly on short and long columns), and on the class path
 * without it ({@code absent}: the kernel is not loaded, and the engine takes the plain passes). The tests of
 * {@link BlockedPassesTest} call {@link Stats} itself, which takes the kernel for columns of {@link RangeKernel#FROM}
 * cells or more in the first run.
 */
final class RangeKernelTest {
    private static final String EXPECTATION = "ideal.test.vectorKernel";

    /**
     * Each run of the suite has the kernel it is configured for; run elsewhere (no property), the kernel is there
     * exactly when the incubator module is.
     */
    @Test
    void kernel_isLoadedExactlyWhereTheModuleIsAdded() {
        String expected = System.getProperty(EXPECTATION, "");
        boolean module = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        if (expected.equals("expected")) {
            assertThat(module).as("jdk.incubator.vector in the boot layer").isTrue();
            assertThat(Stats.KERNEL).as("kernel (this run adds jdk.incubator.vector; the processor needs AVX2)")
                    .isNotNull();
            assertThat(Stats.KERNEL.getClass().getSimpleName()).isEqualTo("VectorRanges");
        } else if (expected.equals("absent")) {
            assertThat(module).as("jdk.incubator.vector in the boot layer").isFalse();
            assertThat(Stats.KERNEL).isNull();
        } else if (!module) {
            assertThat(Stats.KERNEL).isNull();
        }
    }

    /**
     * Both range passes and the one with squares, against the definitions: {min, max, 0} cell by cell (of equal
     * extremes the first, so signed zeros show the order) and the sum of squares with cell {@code off + i} in partial
     * sum {@code i mod 4}, added as (s0 + s1) + (s2 + s3); null where either column has a NaN, wherever it lies. 400
     * seeded pairs per seed: lengths 0 to 39 (the lanes' tails) and up to 10,000 (three blocks of 4,096 between NaN
     * tests), offsets 0 to 4, cells of signed zeros only, small integers with signed zeros and infinities, or doubles
     * over 40 binary orders of magnitude.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {71, 72, 73})
    void kernel_isTheDefinitionOrGivesUpOnNaN(long seed) {
        RangeKernel kernel = Stats.KERNEL;
        assumeTrue(kernel != null, "runs where jdk.incubator.vector is added (the module-path run of the build)");
        SplittableRandom random = new SplittableRandom(seed);
        int withNaN = 0;
        int zeroExtremes = 0;
        for (int trial = 0; trial < 400; trial++) {
            int n = trial % 4 == 0 ? random.nextInt(10_001) : trial % 40;
            int a = random.nextInt(5);
            int b = random.nextInt(5);
            double[] x = BlockedPassesTest.seededCells(random, a + n + random.nextInt(5), trial % 3);
            double[] y = BlockedPassesTest.seededCells(random, b + n + random.nextInt(5), (trial + 1) % 3);
            boolean xNaN = n > 0 && random.nextInt(5) == 0;
            boolean yNaN = n > 0 && random.nextInt(5) == 0;
            if (xNaN) {
                x[a + random.nextInt(n)] = Double.NaN;
            }
            if (yNaN) {
                y[b + random.nextInt(n)] = Double.NaN;
            }
            double[] one = kernel.rangeAndMissing(x, a, n);
            double[] pair = kernel.rangeAndMissing(x, a, y, b, n);
            double[] squares = kernel.rangeMissingAndSquares(x, a, y, b, n);
            if (xNaN) {
                withNaN++;
                assertThat(one).as("one column with a NaN, n %d", n).isNull();
            } else {
                assertBits(one, 0, definition(x, a, n), 3, "one column", n);
            }
            if (xNaN || yNaN) {
                assertThat(pair).as("pair with a NaN, n %d", n).isNull();
                assertThat(squares).as("pair with squares and a NaN, n %d", n).isNull();
                continue;
            }
            double[] first = definition(x, a, n);
            double[] second = definition(y, b, n);
            if (first[0] == 0 || first[1] == 0) {
                zeroExtremes++;
            }
            assertThat(pair).hasSize(6);
            assertBits(pair, 0, first, 3, "pair, first", n);
            assertBits(pair, 3, second, 3, "pair, second", n);
            assertThat(squares).hasSize(8);
            assertBits(squares, 0, first, 4, "squares, first", n);
            assertBits(squares, 4, second, 4, "squares, second", n);
        }
        // The cases that can go wrong were there: NaN cells, and zero extremes whose sign depends on the order.
        assertThat(withNaN).isGreaterThan(50);
        assertThat(zeroExtremes).isGreaterThan(60);
    }

    /** Signed zeros by hand, on columns long enough for the lanes (Math.min prefers -0.0, the definition the first). */
    @Test
    void kernel_keepsTheFirstOfSignedZeros() {
        RangeKernel kernel = Stats.KERNEL;
        assumeTrue(kernel != null, "runs where jdk.incubator.vector is added (the module-path run of the build)");
        double[][] columns = {{0.0, -0.0, 1, 1, 1, 1, 1, 1, 1}, {-0.0, 0.0, 1, 1, 1, 1, 1, 1, 1},
            {-1, -1, -1, -1, -1, 0.0, -0.0, -1}, {-1, -1, -1, -1, -1, -0.0, 0.0, -1}, {-0.0, 0.0, 0.0, 0.0, -0.0},
            {0.0, -0.0, -0.0, -0.0, 0.0}};
        double[][] want = {{0.0, 1}, {-0.0, 1}, {-1, 0.0}, {-1, -0.0}, {-0.0, -0.0}, {0.0, 0.0}};
        for (int c = 0; c < columns.length; c++) {
            double[] got = kernel.rangeAndMissing(columns[c], 0, columns[c].length);
            double[] pair = kernel.rangeMissingAndSquares(columns[c], 0, columns[c], 0, columns[c].length);
            for (int i = 0; i < 2; i++) {
                assertThat(Double.doubleToRawLongBits(got[i])).as("column %d, item %d", c, i)
                        .isEqualTo(Double.doubleToRawLongBits(want[c][i]));
                assertThat(Double.doubleToRawLongBits(pair[i])).as("pair, column %d, item %d", c, i)
                        .isEqualTo(Double.doubleToRawLongBits(want[c][i]));
                assertThat(Double.doubleToRawLongBits(pair[4 + i])).as("pair, column %d, item %d", c, i)
                        .isEqualTo(Double.doubleToRawLongBits(want[c][i]));
            }
        }
    }

    /** {min, max, 0, sum of squares} of {@code x[off .. off + n)} without NaN, as the plain passes define them. */
    private static double[] definition(double[] x, int off, int n) {
        double[] range = BlockedPassesTest.plainRange(x, off, n);
        double[] lane = new double[4];
        for (int i = 0; i < n; i++) {
            lane[i % 4] += x[off + i] * x[off + i];
        }
        return new double[] {range[0], range[1], range[2], (lane[0] + lane[1]) + (lane[2] + lane[3])};
    }

    private static void assertBits(double[] got, int from, double[] want, int count, String what, int n) {
        for (int i = 0; i < count; i++) {
            assertThat(Double.doubleToRawLongBits(got[from + i])).as("%s, item %d, n %d", what, i, n)
                    .isEqualTo(Double.doubleToRawLongBits(want[i]));
        }
    }
}
