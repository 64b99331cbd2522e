package lat.ideal.scoring;

import java.util.Arrays;

/** Descriptive statistics over primitive columns; NaN cells are missing and skipped. */
final class Stats {
    private Stats() {
    }

    /** Returns {mean, population sd, count} of the non-NaN cells; {NaN, NaN, 0} when there are none. */
    static double[] meanSd(double[] x, int n) {
        double[] sumCount = sumCount(x, n);
        double m = sumCount[1];
        if (m == 0) {
            return new double[] {Double.NaN, Double.NaN, 0};
        }
        double mean = sumCount[0] / m;
        double ss = 0;
        for (int u = 0; u < n; u++) {
            double v = x[u];
            if (v == v) {
                ss += (v - mean) * (v - mean);
            }
        }
        return new double[] {mean, Math.sqrt(ss / m), m};
    }

    /** Pearson correlation over units where both are present; 0 when either has no spread or fewer than 2 pairs. */
    static double pearson(double[] x, double[] y, int n) {
        double sx = 0;
        double sy = 0;
        int m = 0;
        for (int u = 0; u < n; u++) {
            if (x[u] == x[u] && y[u] == y[u]) {
                sx += x[u];
                sy += y[u];
                m++;
            }
        }
        if (m < 2) {
            return 0;
        }
        double mx = sx / m;
        double my = sy / m;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int u = 0; u < n; u++) {
            if (x[u] == x[u] && y[u] == y[u]) {
                double dx = x[u] - mx;
                double dy = y[u] - my;
                sxy += dx * dy;
                sxx += dx * dx;
                syy += dy * dy;
            }
        }
        if (!(sxx > 0) || !(syy > 0)) {
            return 0;
        }
        return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
    }

    /** The non-NaN cells, sorted ascending. */
    static double[] sortedPresent(double[] x, int n) {
        double[] out = new double[n];
        int m = 0;
        for (int u = 0; u < n; u++) {
            if (x[u] == x[u]) {
                out[m++] = x[u];
            }
        }
        out = Arrays.copyOf(out, m);
        Arrays.sort(out);
        return out;
    }

    /** The median of sorted values (mean of the two middle ones for an even count); NaN when empty. */
    static double median(double[] sorted) {
        int m = sorted.length;
        if (m == 0) {
            return Double.NaN;
        }
        return m % 2 == 1 ? sorted[m / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2;
    }

    /** Quantile of sorted values by linear interpolation between order statistics (Hyndman and Fan type 7). */
    static double quantile(double[] sorted, double p) {
        int m = sorted.length;
        if (m == 0) {
            return Double.NaN;
        }
        double h = (m - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, m - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /**
     * Sample skewness as in Excel's SKEW and COINr's skew: n / ((n-1)(n-2)) * sum(((x - mean) / s)^3) with the
     * sample standard deviation s; 0 when n < 3 or s = 0. Computed as {@link #skewnessKurtosis(double[])} does.
     */
    static double skewness(double[] x) {
        return skewnessKurtosis(x)[0];
    }

    /**
     * Sample excess kurtosis as in Excel's KURT and COINr's kurt:
     * n(n+1) / ((n-1)(n-2)(n-3)) * sum(((x - mean) / s)^4) - 3(n-1)^2 / ((n-2)(n-3)); 0 when n < 4 or s = 0.
     * Computed as {@link #skewnessKurtosis(double[])} does.
     */
    static double kurtosis(double[] x) {
        return skewnessKurtosis(x)[1];
    }

    /** How many partial sums {@link #skewnessKurtosis(double[], int)} keeps per power. */
    static final int MOMENT_LANES = 256;

    /**
     * Returns {@link #skewness(double[])} and {@link #kurtosis(double[])} of the same values:
     * {@link #skewnessKurtosis(double[], int)} of the whole array.
     */
    static double[] skewnessKurtosis(double[] x) {
        return skewnessKurtosis(x, x.length);
    }

    /**
     * Returns the skewness and kurtosis ({@link #skewness(double[])}, {@link #kurtosis(double[])}) of
     * {@code x[0 .. n)}, none of them NaN, as {skewness, kurtosis}.
     *
     * <p>Two passes: the mean, then the sums of the second, third and fourth powers of the deviations d = x - mean.
     * Each pass adds cell i into partial sum i mod {@value #MOMENT_LANES} of its power, block by block, so that the
     * compiler turns the additions into vector instructions (the block is copied to a buffer first, which lets it see
     * that the loop's reads and writes do not overlap); the partial sums and the cells past the last whole block are
     * added at the end. With s^2 = sum(d^2) / (n - 1), sum(((x - mean) / s)^3) = sum(d^3) / s^3 and the fourth power
     * likewise.
     */
    static double[] skewnessKurtosis(double[] x, int n) {
        if (n < 3) {
            return new double[] {0, 0};
        }
        int lanes = MOMENT_LANES;
        int whole = n - n % lanes;
        double mean = laneSum(x, n) / n;
        double[] buffer = new double[lanes];
        double[] q = new double[lanes];
        double[] c = new double[lanes];
        double[] f = new double[lanes];
        for (int i = 0; i < whole; i += lanes) {
            System.arraycopy(x, i, buffer, 0, lanes);
            for (int l = 0; l < lanes; l++) {
                double d = buffer[l] - mean;
                double e = d * d;
                q[l] += e;
                c[l] += e * d;
                f[l] += e * e;
            }
        }
        double tq = 0;
        double tc = 0;
        double tf = 0;
        for (int i = whole; i < n; i++) {
            double d = x[i] - mean;
            double e = d * d;
            tq += e;
            tc += e * d;
            tf += e * e;
        }
        double var = (total(q) + tq) / (n - 1);
        double s = Math.sqrt(var);
        if (!(s > 0)) {
            return new double[] {0, 0};
        }
        double sum3 = (total(c) + tc) / (var * s);
        double sum4 = (total(f) + tf) / (var * var);
        double nn = n;
        double skew = sum3 == 0 ? 0 : nn / ((nn - 1.0) * (nn - 2.0)) * sum3;
        double kurt = n < 4 || sum4 == 0 ? 0 : nn * (nn + 1) / ((nn - 1) * (nn - 2) * (nn - 3)) * sum4
                - 3 * (nn - 1) * (nn - 1) / ((nn - 2) * (nn - 3));
        return new double[] {skew, kurt};
    }

    /**
     * The sum of {@code x[0 .. n)}, none of them NaN, as {@link #skewnessKurtosis(double[], int)} adds them: cell i
     * into partial sum i mod {@value #MOMENT_LANES}, block by block through a buffer, so that the additions are
     * vector instructions; then the partial sums, and the cells past the last whole block.
     */
    static double laneSum(double[] x, int n) {
        int lanes = MOMENT_LANES;
        int whole = n - n % lanes;
        double[] buffer = new double[lanes];
        double[] sum = new double[lanes];
        for (int i = 0; i < whole; i += lanes) {
            System.arraycopy(x, i, buffer, 0, lanes);
            for (int l = 0; l < lanes; l++) {
                sum[l] += buffer[l];
            }
        }
        double tail = 0;
        for (int i = whole; i < n; i++) {
            tail += x[i];
        }
        return total(sum) + tail;
    }

    /** The sum of {@value #MOMENT_LANES} partial sums, in four interleaved running sums. */
    private static double total(double[] lanes) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        for (int l = 0; l < lanes.length; l += 4) {
            s0 += lanes[l];
            s1 += lanes[l + 1];
            s2 += lanes[l + 2];
            s3 += lanes[l + 3];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** {@code v} held within {@code [lo, hi]}: lo below it, hi above it; NaN stays NaN. */
    static double bounded(double v, double lo, double hi) {
        return v < lo ? lo : v > hi ? hi : v;
    }

    /** 1 if {@code v} is NaN, else 0, without a branch (a NaN's magnitude bits exceed those of infinity). */
    static int nanBit(double v) {
        return (int) ((0x7ff0000000000000L - (Double.doubleToRawLongBits(v) & Long.MAX_VALUE)) >>> 63);
    }

    /** The mean of the non-NaN cells, exactly as {@link #meanSd(double[], int)} computes it; NaN when none. */
    static double mean(double[] x, int n) {
        double[] sumCount = sumCount(x, n);
        return sumCount[1] == 0 ? Double.NaN : sumCount[0] / sumCount[1];
    }

    /**
     * {sum, count} of the non-NaN cells, in four interleaved running sums (cell u into sum u mod 4, added as
     * (s0 + s1) + (s2 + s3)) so that the pass does not wait on one chain of additions. A NaN cell adds -0.0, which
     * leaves any sum as it is, so the loop does not branch on which cells are missing.
     */
    static double[] sumCount(double[] x, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int m0 = 0;
        int m1 = 0;
        int u = 0;
        for (; u + 3 < n; u += 4) {
            double a = x[u];
            double b = x[u + 1];
            double c = x[u + 2];
            double d = x[u + 3];
            s0 += a == a ? a : -0.0;
            s1 += b == b ? b : -0.0;
            s2 += c == c ? c : -0.0;
            s3 += d == d ? d : -0.0;
            m0 += (a == a ? 1 : 0) + (b == b ? 1 : 0);
            m1 += (c == c ? 1 : 0) + (d == d ? 1 : 0);
        }
        for (; u < n; u++) {
            double a = x[u];
            s0 += a == a ? a : -0.0;
            m0 += a == a ? 1 : 0;
        }
        return new double[] {(s0 + s1) + (s2 + s3), m0 + m1};
    }

    /**
     * The number of NaN cells in {@code x[off .. off + n)}. Four running sums of the cells show in one cheap pass that
     * a column has none (the sums stay finite); only a column whose sums are not finite is counted cell by cell.
     */
    static int countMissing(double[] x, int off, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int u = off;
        int end = off + n;
        for (; u + 3 < end; u += 4) {
            s0 += x[u];
            s1 += x[u + 1];
            s2 += x[u + 2];
            s3 += x[u + 3];
        }
        for (; u < end; u++) {
            s0 += x[u];
        }
        if (Double.isFinite((s0 + s1) + (s2 + s3))) {
            return 0;
        }
        int missing = 0;
        for (u = off; u < end; u++) {
            missing += x[u] != x[u] ? 1 : 0;
        }
        return missing;
    }

    /**
     * The smallest and largest non-NaN value of {@code x[off .. off + n)} ({+Inf, -Inf} when there is none; of equal
     * values the first) and the number of NaN cells (0 when not asked to count), as {min, max, missing}. One pass,
     * unrolled by four. The minimum's test is written {@code !(v >= lo)}: a NaN fails every comparison, so it takes
     * that rarely taken branch, where it is told from a new minimum and counted; the common path is two comparisons
     * per cell and nothing else. A column without NaN takes {@link #KERNEL} instead where it is present (from
     * {@link RangeKernel#FROM} cells on), else {@link #completeRange} where {@link #VECTOR_MIN_MAX} holds; both give
     * the same result.
     */
    static double[] rangeAndMissing(double[] x, int off, int n, boolean countMissing) {
        if (KERNEL != null && n >= RangeKernel.FROM) {
            double[] complete = KERNEL.rangeAndMissing(x, off, n);
            if (complete != null) {
                return complete;
            }
        } else if (VECTOR_MIN_MAX) {
            double[] complete = completeRange(x, off, n);
            if (complete != null) {
                return complete;
            }
        }
        double[] r = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0};
        addRange(x, off, n, r);
        if (!countMissing) {
            r[2] = 0;
        }
        return r;
    }

    /**
     * {@link #rangeAndMissing} of two columns of the same length, {@code x[a .. a + n)} and {@code y[b .. b + n)}, in
     * one loop that reads both: two streams from memory at once keep more reads in flight than one, which makes the
     * pair about a fifth faster than two passes where the columns do not fit in the cache. Returns {min, max,
     * missing} of the first, then of the second; each is what {@link #rangeAndMissing} returns for it.
     */
    static double[] rangeAndMissing(double[] x, int a, double[] y, int b, int n) {
        if (KERNEL != null && n >= RangeKernel.FROM) {
            double[] complete = KERNEL.rangeAndMissing(x, a, y, b, n);
            if (complete != null) {
                return complete;
            }
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double lo2 = Double.POSITIVE_INFINITY;
        double hi2 = Double.NEGATIVE_INFINITY;
        int missing = 0;
        int missing2 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            int u = a + i;
            double p = x[u];
            double q = x[u + 1];
            double r = x[u + 2];
            double z = x[u + 3];
            if (!(p >= lo)) {
                if (p < lo) {
                    lo = p;
                } else {
                    missing++;
                }
            }
            if (!(q >= lo)) {
                if (q < lo) {
                    lo = q;
                } else {
                    missing++;
                }
            }
            if (!(r >= lo)) {
                if (r < lo) {
                    lo = r;
                } else {
                    missing++;
                }
            }
            if (!(z >= lo)) {
                if (z < lo) {
                    lo = z;
                } else {
                    missing++;
                }
            }
            if (p > hi) {
                hi = p;
            }
            if (q > hi) {
                hi = q;
            }
            if (r > hi) {
                hi = r;
            }
            if (z > hi) {
                hi = z;
            }
            int v = b + i;
            p = y[v];
            q = y[v + 1];
            r = y[v + 2];
            z = y[v + 3];
            if (!(p >= lo2)) {
                if (p < lo2) {
                    lo2 = p;
                } else {
                    missing2++;
                }
            }
            if (!(q >= lo2)) {
                if (q < lo2) {
                    lo2 = q;
                } else {
                    missing2++;
                }
            }
            if (!(r >= lo2)) {
                if (r < lo2) {
                    lo2 = r;
                } else {
                    missing2++;
                }
            }
            if (!(z >= lo2)) {
                if (z < lo2) {
                    lo2 = z;
                } else {
                    missing2++;
                }
            }
            if (p > hi2) {
                hi2 = p;
            }
            if (q > hi2) {
                hi2 = q;
            }
            if (r > hi2) {
                hi2 = r;
            }
            if (z > hi2) {
                hi2 = z;
            }
        }
        double[] first = {lo, hi, missing};
        double[] second = {lo2, hi2, missing2};
        addRange(x, a + i, n - i, first);
        addRange(y, b + i, n - i, second);
        return new double[] {first[0], first[1], first[2], second[0], second[1], second[2]};
    }

    /**
     * Whether this JVM's compiler turns a loop of {@link Math#min(double, double)} and {@link Math#max(double, double)}
     * over an array into vector instructions, so that {@link #completeRange} is the faster way to a column's range.
     * Measured on the machine of {@code benchmarks/RESULTS.md}, on 10^6-cell columns: C2 of JDK 25 does (0.52 ns per
     * cell, the memory's rate, against 0.70 for the comparisons of {@link #addRange}); C2 of JDK 17 does not (0.99 ns).
     * Releases between them were not measured and keep the comparisons. Either way the range is the same, bit for bit.
     */
    static final boolean VECTOR_MIN_MAX = Runtime.version().feature() >= 25;

    /**
     * The Vector API's range passes where the host has added the incubator module ({@link RangeKernel}), else null.
     * Where it is present, columns of at least {@link RangeKernel#FROM} cells without NaN take it, in pairs, on every
     * JDK; its results are those of the plain passes, bit for bit.
     */
    static final RangeKernel KERNEL = RangeKernel.load();

    /** Cells per block of {@link #completeRange}, which gives up at the end of the first block that holds a NaN. */
    private static final int RANGE_BLOCK = 1 << 12;

    /**
     * {@link #rangeAndMissing} of a column without NaN cells, by {@link Math#min(double, double)} and
     * {@link Math#max(double, double)}: {min, max, 0}; null when the column holds a NaN (found at the end of the block
     * of {@value #RANGE_BLOCK} cells it is in). Math.min and Math.max agree with the definition except on zeros:
     * among equal extremes the definition keeps the first cell, while Math.min prefers -0.0 and Math.max 0.0. So a
     * minimum of -0.0 or a maximum of 0.0, which may hide a first zero of the other sign, is replaced by the first zero
     * cell itself. A NaN makes both results NaN, so testing the minimum finds it.
     */
    static double[] completeRange(double[] x, int off, int n) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int end = off + n;
        for (int start = off; start < end; ) {
            int stop = end - start > RANGE_BLOCK ? start + RANGE_BLOCK : end;
            // A plain reduction loop, which C2 vectorises where VECTOR_MIN_MAX says so.
            for (int u = start; u < stop; u++) {
                double v = x[u];
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            if (lo != lo) {
                return null;
            }
            start = stop;
        }
        return firstOfEqualExtremes(x, off, end, lo, hi);
    }

    /**
     * {min, max, 0} of {@code x[from .. to)}, a range without NaN, from its least and greatest values as
     * {@link Math#min(double, double)} and {@link Math#max(double, double)} give them: a minimum of -0.0 or a maximum
     * of 0.0 becomes the first zero cell, so that of equal extremes the first is kept, as the plain passes keep it.
     */
    static double[] firstOfEqualExtremes(double[] x, int from, int to, double lo, double hi) {
        if (lo == 0 && Double.doubleToRawLongBits(lo) != 0) {
            lo = firstZero(x, from, to);
        }
        if (hi == 0 && Double.doubleToRawLongBits(hi) == 0) {
            hi = firstZero(x, from, to);
        }
        return new double[] {lo, hi, 0};
    }

    /** The first cell of {@code x[from .. to)} equal to zero (0.0 or -0.0), which the caller knows is there. */
    private static double firstZero(double[] x, int from, int to) {
        for (int u = from; u < to; u++) {
            if (x[u] == 0) {
                return x[u];
            }
        }
        throw new AssertionError("no zero cell in [" + from + ", " + to + ")");
    }

    /**
     * Adds {@code x[off .. off + n)} to a running {min, max, missing} (start from {+Inf, -Inf, 0}): as
     * {@link #rangeAndMissing}, four cells per step.
     */
    private static void addRange(double[] x, int off, int n, double[] range) {
        double lo = range[0];
        double hi = range[1];
        int missing = 0;
        int u = off;
        int end = off + n;
        for (; u + 3 < end; u += 4) {
            double a = x[u];
            double b = x[u + 1];
            double c = x[u + 2];
            double d = x[u + 3];
            if (!(a >= lo)) {
                if (a < lo) {
                    lo = a;
                } else {
                    missing++;
                }
            }
            if (!(b >= lo)) {
                if (b < lo) {
                    lo = b;
                } else {
                    missing++;
                }
            }
            if (!(c >= lo)) {
                if (c < lo) {
                    lo = c;
                } else {
                    missing++;
                }
            }
            if (!(d >= lo)) {
                if (d < lo) {
                    lo = d;
                } else {
                    missing++;
                }
            }
            if (a > hi) {
                hi = a;
            }
            if (b > hi) {
                hi = b;
            }
            if (c > hi) {
                hi = c;
            }
            if (d > hi) {
                hi = d;
            }
        }
        for (; u < end; u++) {
            double a = x[u];
            if (!(a >= lo)) {
                if (a < lo) {
                    lo = a;
                } else {
                    missing++;
                }
            }
            if (a > hi) {
                hi = a;
            }
        }
        range[0] = lo;
        range[1] = hi;
        range[2] += missing;
    }

    /**
     * Adds cells {@code x[at .. at + count)} to a running range and sum of squares {@code acc} = {min, max, s0, s1,
     * s2, s3} (start from {+Inf, -Inf, 0, 0, 0, 0}): the smallest and largest value (of equal values such as -0.0 and
     * 0.0, the first) and the sum of squares of the cells with {@code eligible[unit + i]} that are not NaN
     * ({@code eligible} null: every cell, none of them NaN). Squares go to four interleaved partial sums, cell i into
     * sum i mod 4, so that calls over consecutive runs whose lengths are multiples of four give the same sums as one
     * call; {@link #sumOfSquares(double[])} adds them as (s0 + s1) + (s2 + s3). The result is the same with and
     * without a mask that lets every cell through.
     */
    static void addRangeAndSquares(double[] x, int at, int count, boolean[] eligible, int unit, double[] acc) {
        double lo = acc[0];
        double hi = acc[1];
        double s0 = acc[2];
        double s1 = acc[3];
        double s2 = acc[4];
        double s3 = acc[5];
        int i = 0;
        if (eligible == null) {
            addSquares(x, at, count, acc);
            s0 = acc[2];
            s1 = acc[3];
            s2 = acc[4];
            s3 = acc[5];
            for (; i < count; i++) {
                double a = x[at + i];
                if (a < lo) {
                    lo = a;
                }
                if (a > hi) {
                    hi = a;
                }
            }
        } else {
            double[] lane = {s0, s1, s2, s3};
            for (; i < count; i++) {
                double a = x[at + i];
                if (eligible[unit + i] && a == a) {
                    lane[i & 3] += a * a;
                    if (a < lo) {
                        lo = a;
                    }
                    if (a > hi) {
                        hi = a;
                    }
                }
            }
            s0 = lane[0];
            s1 = lane[1];
            s2 = lane[2];
            s3 = lane[3];
        }
        acc[0] = lo;
        acc[1] = hi;
        acc[2] = s0;
        acc[3] = s1;
        acc[4] = s2;
        acc[5] = s3;
    }

    /**
     * Adds the squares of cells {@code x[at .. at + count)}, none of them NaN, to a running accumulator as
     * {@link #addRangeAndSquares} does, leaving its range alone.
     */
    static void addSquares(double[] x, int at, int count, double[] acc) {
        double s0 = acc[2];
        double s1 = acc[3];
        double s2 = acc[4];
        double s3 = acc[5];
        int i = 0;
        for (; i + 3 < count; i += 4) {
            double a = x[at + i];
            double b = x[at + i + 1];
            double c = x[at + i + 2];
            double d = x[at + i + 3];
            s0 += a * a;
            s1 += b * b;
            s2 += c * c;
            s3 += d * d;
        }
        for (; i < count; i++) {
            double a = x[at + i];
            if ((i & 3) == 0) {
                s0 += a * a;
            } else if ((i & 3) == 1) {
                s1 += a * a;
            } else {
                s2 += a * a;
            }
        }
        acc[2] = s0;
        acc[3] = s1;
        acc[4] = s2;
        acc[5] = s3;
    }

    /**
     * {@link #rangeAndMissing} of {@code x[off .. off + n)} with the missing cells counted, and in the same pass the
     * sum of squares that {@link #addSquares} from an empty accumulator and then {@link #sumOfSquares} give (cell
     * {@code off + i} into sum {@code i mod 4}): {min, max, missing, sum of squares}, each bit for bit what those give.
     * For a column that TOPSIS vector-normalises as it is: one read of the column from memory instead of two (its
     * range when the leaf is prepared, its squares when TOPSIS runs). A NaN cell makes the sum NaN; a column with
     * missing cells has no use for it. The loop repeats {@link #addRange}'s tests next to the squares on purpose: the
     * two loops called block by block (the second reading from the cache) took about half as long again as this one
     * on 10^6-cell columns, on JDK 17 and 25 alike.
     */
    static double[] rangeMissingAndSquares(double[] x, int off, int n) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int missing = 0;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            int u = off + i;
            double a = x[u];
            double b = x[u + 1];
            double c = x[u + 2];
            double d = x[u + 3];
            s0 += a * a;
            s1 += b * b;
            s2 += c * c;
            s3 += d * d;
            if (!(a >= lo)) {
                if (a < lo) {
                    lo = a;
                } else {
                    missing++;
                }
            }
            if (!(b >= lo)) {
                if (b < lo) {
                    lo = b;
                } else {
                    missing++;
                }
            }
            if (!(c >= lo)) {
                if (c < lo) {
                    lo = c;
                } else {
                    missing++;
                }
            }
            if (!(d >= lo)) {
                if (d < lo) {
                    lo = d;
                } else {
                    missing++;
                }
            }
            if (a > hi) {
                hi = a;
            }
            if (b > hi) {
                hi = b;
            }
            if (c > hi) {
                hi = c;
            }
            if (d > hi) {
                hi = d;
            }
        }
        // The last n mod 4 cells: i is a multiple of 4 here, so each goes to the same partial sum as in one addSquares.
        double[] r = {lo, hi, missing};
        addRange(x, off + i, n - i, r);
        double[] acc = {0, 0, s0, s1, s2, s3};
        addSquares(x, off + i, n - i, acc);
        return new double[] {r[0], r[1], r[2], sumOfSquares(acc)};
    }

    /**
     * {@link #rangeMissingAndSquares(double[], int, int)} of two columns of the same length, {@code x[a .. a + n)} and
     * {@code y[b .. b + n)}, in one loop that reads both, as {@link #rangeAndMissing(double[], int, double[], int,
     * int)} does for ranges alone: the first's {min, max, missing, sum of squares}, then the second's, each bit for bit
     * what the one-column form gives (the same tests, and each cell into the same one of four partial sums).
     */
    static double[] rangeMissingAndSquares(double[] x, int a, double[] y, int b, int n) {
        if (KERNEL != null && n >= RangeKernel.FROM) {
            double[] complete = KERNEL.rangeMissingAndSquares(x, a, y, b, n);
            if (complete != null) {
                return complete;
            }
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double lo2 = Double.POSITIVE_INFINITY;
        double hi2 = Double.NEGATIVE_INFINITY;
        int missing = 0;
        int missing2 = 0;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double t0 = 0;
        double t1 = 0;
        double t2 = 0;
        double t3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            int u = a + i;
            int v = b + i;
            double p;
            double q;
            double r;
            double z;
            p = x[u];
            q = x[u + 1];
            r = x[u + 2];
            z = x[u + 3];
            s0 += p * p;
            s1 += q * q;
            s2 += r * r;
            s3 += z * z;
            if (!(p >= lo)) {
                if (p < lo) {
                    lo = p;
                } else {
                    missing++;
                }
            }
            if (p > hi) {
                hi = p;
            }
            if (!(q >= lo)) {
                if (q < lo) {
                    lo = q;
                } else {
                    missing++;
                }
            }
            if (q > hi) {
                hi = q;
            }
            if (!(r >= lo)) {
                if (r < lo) {
                    lo = r;
                } else {
                    missing++;
                }
            }
            if (r > hi) {
                hi = r;
            }
            if (!(z >= lo)) {
                if (z < lo) {
                    lo = z;
                } else {
                    missing++;
                }
            }
            if (z > hi) {
                hi = z;
            }
            p = y[v];
            q = y[v + 1];
            r = y[v + 2];
            z = y[v + 3];
            t0 += p * p;
            t1 += q * q;
            t2 += r * r;
            t3 += z * z;
            if (!(p >= lo2)) {
                if (p < lo2) {
                    lo2 = p;
                } else {
                    missing2++;
                }
            }
            if (p > hi2) {
                hi2 = p;
            }
            if (!(q >= lo2)) {
                if (q < lo2) {
                    lo2 = q;
                } else {
                    missing2++;
                }
            }
            if (q > hi2) {
                hi2 = q;
            }
            if (!(r >= lo2)) {
                if (r < lo2) {
                    lo2 = r;
                } else {
                    missing2++;
                }
            }
            if (r > hi2) {
                hi2 = r;
            }
            if (!(z >= lo2)) {
                if (z < lo2) {
                    lo2 = z;
                } else {
                    missing2++;
                }
            }
            if (z > hi2) {
                hi2 = z;
            }
        }
        double[] first = {lo, hi, missing};
        double[] second = {lo2, hi2, missing2};
        addRange(x, a + i, n - i, first);
        addRange(y, b + i, n - i, second);
        double[] acc = {0, 0, s0, s1, s2, s3};
        double[] acc2 = {0, 0, t0, t1, t2, t3};
        addSquares(x, a + i, n - i, acc);
        addSquares(y, b + i, n - i, acc2);
        return new double[] {first[0], first[1], first[2], sumOfSquares(acc), second[0], second[1], second[2],
            sumOfSquares(acc2)};
    }

    /** The sum of squares of a running {@link #addRangeAndSquares} accumulator: (s0 + s1) + (s2 + s3). */
    static double sumOfSquares(double[] acc) {
        return (acc[2] + acc[3]) + (acc[4] + acc[5]);
    }

    /**
     * Mid-ranks (1 for the smallest, ties get the mean of their ranks) of the non-NaN cells, NaN elsewhere.
     * O(m log m) with a primitive index sort.
     */
    static double[] midRanks(double[] x, int n) {
        int[] idx = presentIndices(x, n);
        int m = idx.length;
        sortIndices(idx, x);
        double[] r = new double[n];
        Arrays.fill(r, Double.NaN);
        int i = 0;
        while (i < m) {
            int j = i;
            while (j + 1 < m && x[idx[j + 1]] == x[idx[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                r[idx[t]] = rank;
            }
            i = j + 1;
        }
        return r;
    }

    static int[] presentIndices(double[] x, int n) {
        int[] idx = new int[n];
        int m = 0;
        for (int u = 0; u < n; u++) {
            if (x[u] == x[u]) {
                idx[m++] = u;
            }
        }
        return Arrays.copyOf(idx, m);
    }

    /** Sorts indices by ascending key, stable (ties keep index order); merge sort without boxing. */
    static void sortIndices(int[] idx, double[] key) {
        int[] tmp = new int[idx.length];
        mergeSort(idx, tmp, 0, idx.length, key);
    }

    private static void mergeSort(int[] a, int[] tmp, int from, int to, double[] key) {
        if (to - from < 16) {
            for (int i = from + 1; i < to; i++) {
                int v = a[i];
                int j = i - 1;
                while (j >= from && key[a[j]] > key[v]) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid, key);
        mergeSort(a, tmp, mid, to, key);
        if (key[a[mid - 1]] <= key[a[mid]]) {
            return;
        }
        System.arraycopy(a, from, tmp, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && key[tmp[i]] <= key[tmp[j]])) {
                a[k] = tmp[i++];
            } else {
                a[k] = tmp[j++];
            }
        }
    }
}
