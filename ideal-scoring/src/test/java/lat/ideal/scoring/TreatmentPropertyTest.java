package lat.ideal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.OutlierTreatment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine's outlier treatment ({@link Leaves#treat}, which reads the column through bounds and writes it once)
 * gives the same treated column, bit for bit, as COINr's procedure written out plainly: gather the present values;
 * while |skewness| and kurtosis exceed the limits and points are left, set every point equal to the most extreme value
 * to the next value inward (a tied group that would exceed the limit stops the rounds); if the limits are still
 * exceeded and the log fallback is on, apply {@code log_CT_plus} to the original values. Moments here are the
 * term-by-term definitions of {@link BlockedPassesTest}. Seeded columns: 4 to 1,200 cells, missing shares up to a
 * fifth, outliers planted on one or both sides (tied or not, 1 to 3 deep), limits of 1 to 8 points, log fallback on
 * or off.
 */
final class TreatmentPropertyTest {
    static Stream<Long> seeds() {
        return LongStream.range(1, 201).map(s -> s * 7_919L + 13).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void treat_equalsThePlainProcedure(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 4 + random.nextInt(random.nextBoolean() ? 60 : 1_200);
        double missingShare = random.nextInt(3) == 0 ? 0 : 0.2 * random.nextDouble();
        double[] column = new double[n];
        for (int u = 0; u < n; u++) {
            column[u] = random.nextDouble() < missingShare ? Double.NaN
                    : Math.rint(100 * Math.exp(2 * random.nextDouble())) / 100;
        }
        int planted = random.nextInt(4);
        for (int p = 0; p < planted; p++) {
            double outlier = random.nextBoolean() ? 50 + random.nextInt(500) : -(20 + random.nextInt(200));
            int copies = 1 + random.nextInt(2);
            for (int c = 0; c < copies; c++) {
                column[random.nextInt(n)] = outlier;
            }
        }
        int maxWinsorised = 1 + random.nextInt(8);
        boolean logFallback = random.nextInt(4) != 0;
        OutlierTreatment t = new OutlierTreatment(true, maxWinsorised, 2.0, 3.5, logFallback);
        MethodNode leaf = Fixtures.leaf("x").withTreatment(t);

        int off = random.nextInt(5);
        double[] src = new double[off + n + random.nextInt(3)];
        Arrays.fill(src, 1e9);
        System.arraycopy(column, 0, src, off, n);
        LeafColumn.Builder b = new LeafColumn.Builder();
        double[] work = new double[n + random.nextInt(3)];
        Arrays.fill(work, -7);
        double[] got = Leaves.treat(leaf, src, off, n, b, new ArrayList<>(), work);
        double[] want = plain(column, t);

        String what = String.format("n %d, %d planted, at most %d points, log fallback %s", n, planted, maxWinsorised,
                logFallback);
        if (want == null) {
            assertThat(got).as(what).isNull();
        } else {
            assertThat(got).as(what).isNotNull();
            for (int u = 0; u < n; u++) {
                assertThat(Double.doubleToLongBits(got[u])).as("%s, unit %d", what, u)
                        .isEqualTo(Double.doubleToLongBits(want[u]));
            }
        }
        // The range and missing count handed to the normaliser are those of the column it normalises.
        double[] range = got == null ? Stats.rangeAndMissing(src, off, n, true) : Stats.rangeAndMissing(got, 0, n, true);
        assertThat(b.missing).as(what).isEqualTo((int) range[2]);
        if (!Double.isNaN(b.sourceMin)) {
            assertThat(new double[] {b.sourceMin, b.sourceMax}).as(what).containsExactly(range[0], range[1]);
        }
    }

    /** COINr's treatment, written out; returns the treated column or null when no value changed. */
    private static double[] plain(double[] column, OutlierTreatment t) {
        List<Integer> at = new ArrayList<>();
        for (int u = 0; u < column.length; u++) {
            if (!Double.isNaN(column[u])) {
                at.add(u);
            }
        }
        int m = at.size();
        if (m < 4) {
            return null;
        }
        double[] v = new double[m];
        for (int i = 0; i < m; i++) {
            v[i] = column[at.get(i)];
        }
        double[] w = v.clone();
        int done = 0;
        while (done < t.maxWinsorised() && outside(w, t)) {
            boolean high = BlockedPassesTest.definedSkewness(w) > 0;
            double extreme = high ? Arrays.stream(w).max().getAsDouble() : Arrays.stream(w).min().getAsDouble();
            int tied = 0;
            double next = high ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            for (double x : w) {
                if (x == extreme) {
                    tied++;
                } else {
                    next = high ? Math.max(next, x) : Math.min(next, x);
                }
            }
            if (tied == m || done + tied > t.maxWinsorised()) {
                break;
            }
            for (int i = 0; i < m; i++) {
                if (w[i] == extreme) {
                    w[i] = next;
                }
            }
            done += tied;
        }
        if (outside(w, t) && t.logFallback()) {
            double min = Arrays.stream(v).min().getAsDouble();
            double max = Arrays.stream(v).max().getAsDouble();
            double a = 0.01 * (max - min);
            boolean positive = BlockedPassesTest.definedSkewness(v) >= 0;
            for (int i = 0; i < m; i++) {
                w[i] = positive ? Math.log(v[i] - min + a) : -Math.log(max + a - v[i]);
            }
        }
        if (Arrays.equals(v, w)) {
            return null;
        }
        double[] out = new double[column.length];
        Arrays.fill(out, Double.NaN);
        for (int i = 0; i < m; i++) {
            out[at.get(i)] = w[i];
        }
        return out;
    }

    private static boolean outside(double[] w, OutlierTreatment t) {
        return Math.abs(BlockedPassesTest.definedSkewness(w)) > t.maxSkewness()
                && BlockedPassesTest.definedKurtosis(w) > t.maxKurtosis();
    }
}
