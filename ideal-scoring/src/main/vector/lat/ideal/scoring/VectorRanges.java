package lat.ideal.scoring;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link RangeKernel} by the Vector API: four cells per instruction in 256-bit registers. Loaded by
 * {@link RangeKernel#load()} only; compiled apart from the rest of the module, as the only class that uses the
 * incubator module.
 *
 * <p>Why the results are those of {@link Stats}, bit for bit:
 * <ul>
 *   <li>A lane-wise minimum or maximum is {@link Math#min(double, double)} or {@link Math#max(double, double)}, and
 *       so is the reduction of the lanes. Over cells without NaN they give the least and greatest value, which is what
 *       the plain passes give, except on zeros: among equal extremes the plain passes keep the first cell, while
 *       Math.min prefers -0.0 and Math.max 0.0. So a minimum of -0.0 or a maximum of 0.0 is replaced by the first
 *       zero cell ({@link Stats#firstOfEqualExtremes}, shared with {@link Stats#completeRange}).</li>
 *   <li>A NaN makes every later minimum of its lane NaN, so testing the minima finds it, and the kernel gives up
 *       (null). They are tested after the first {@value #HEAD} cells, where a column with missing cells scattered
 *       through it shows one, and at the end.</li>
 *   <li>The sum of squares: lane j of the vector loaded at {@code off + i} (i a multiple of four) holds cell
 *       {@code off + i + j}, which is the cell the plain pass adds to its partial sum j; each lane adds the product
 *       {@code x * x} (rounded, then added and rounded: no fused multiply-add) in the same order. The last
 *       {@code n mod 4} cells and the final {@code (s0 + s1) + (s2 + s3)} are left to {@link Stats#addSquares} and
 *       {@link Stats#sumOfSquares}, as in the plain pass. The species is 256 bits whatever the processor prefers,
 *       so that there are exactly four partial sums.</li>
 * </ul>
 *
 * <p>Each pass is one plain loop in a method of its own, its running lanes loaded from and stored to an array around
 * it: C2 of JDK 17 keeps the vectors in registers in such a loop, but in a loop nested in another (blocks with a NaN
 * test between them) it allocated them on the heap, and the pass ran about seven times slower.
 */
final class VectorRanges implements RangeKernel {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_256;
    private static final int L = 4;
    /** Cells read before the first NaN test. */
    private static final int HEAD = 1 << 12;
    /**
     * Offsets of the running lanes in an accumulator: minima, maxima and squares of the first column, then of the
     * second.
     */
    private static final int LO = 0;
    private static final int HI = L;
    private static final int SQ = 2 * L;
    private static final int LO2 = 3 * L;
    private static final int HI2 = 4 * L;
    private static final int SQ2 = 5 * L;

    @Override
    public boolean usable() {
        return DoubleVector.SPECIES_PREFERRED.vectorBitSize() >= S.vectorBitSize();
    }

    @Override
    public double[] rangeAndMissing(double[] x, int a, double[] y, int b, int n) {
        int whole = n & ~3;
        int head = Math.min(whole, HEAD);
        double[] acc = start();
        pairRange(x, a, y, b, 0, head, acc);
        if (nan(acc, LO) || nan(acc, LO2)) {
            return null;
        }
        pairRange(x, a, y, b, head, whole, acc);
        double[] first = finish(x, a, n, whole, acc, LO, HI);
        double[] second = finish(y, b, n, whole, acc, LO2, HI2);
        if (first == null || second == null) {
            return null;
        }
        return new double[] {first[0], first[1], 0, second[0], second[1], 0};
    }

    @Override
    public double[] rangeMissingAndSquares(double[] x, int a, double[] y, int b, int n) {
        int whole = n & ~3;
        int head = Math.min(whole, HEAD);
        double[] acc = start();
        pairSquares(x, a, y, b, 0, head, acc);
        if (nan(acc, LO) || nan(acc, LO2)) {
            return null;
        }
        pairSquares(x, a, y, b, head, whole, acc);
        double[] first = finish(x, a, n, whole, acc, LO, HI);
        double[] second = finish(y, b, n, whole, acc, LO2, HI2);
        if (first == null || second == null) {
            return null;
        }
        return new double[] {first[0], first[1], 0, squares(x, a, n, whole, acc, SQ), second[0], second[1], 0,
            squares(y, b, n, whole, acc, SQ2)};
    }

    @Override
    public double[] rangeAndMissing(double[] x, int off, int n) {
        int whole = n & ~3;
        int head = Math.min(whole, HEAD);
        double[] acc = start();
        range(x, off, 0, head, acc);
        if (nan(acc, LO)) {
            return null;
        }
        range(x, off, head, whole, acc);
        return finish(x, off, n, whole, acc, LO, HI);
    }

    /** Running lanes before the first cell: minima +Inf, maxima -Inf, squares 0. */
    private static double[] start() {
        double[] acc = new double[6 * L];
        for (int i = 0; i < L; i++) {
            acc[LO + i] = Double.POSITIVE_INFINITY;
            acc[LO2 + i] = Double.POSITIVE_INFINITY;
            acc[HI + i] = Double.NEGATIVE_INFINITY;
            acc[HI2 + i] = Double.NEGATIVE_INFINITY;
        }
        return acc;
    }

    /** Adds cells {@code [from, to)} (multiples of four apart) of one column to the running range lanes. */
    private static void range(double[] x, int off, int from, int to, double[] acc) {
        DoubleVector lo = DoubleVector.fromArray(S, acc, LO);
        DoubleVector hi = DoubleVector.fromArray(S, acc, HI);
        for (int i = from; i < to; i += L) {
            DoubleVector v = DoubleVector.fromArray(S, x, off + i);
            lo = lo.min(v);
            hi = hi.max(v);
        }
        lo.intoArray(acc, LO);
        hi.intoArray(acc, HI);
    }

    /** Adds cells {@code [from, to)} of two columns to the running range lanes of each. */
    private static void pairRange(double[] x, int a, double[] y, int b, int from, int to, double[] acc) {
        DoubleVector lo = DoubleVector.fromArray(S, acc, LO);
        DoubleVector hi = DoubleVector.fromArray(S, acc, HI);
        DoubleVector lo2 = DoubleVector.fromArray(S, acc, LO2);
        DoubleVector hi2 = DoubleVector.fromArray(S, acc, HI2);
        for (int i = from; i < to; i += L) {
            DoubleVector v = DoubleVector.fromArray(S, x, a + i);
            DoubleVector w = DoubleVector.fromArray(S, y, b + i);
            lo = lo.min(v);
            hi = hi.max(v);
            lo2 = lo2.min(w);
            hi2 = hi2.max(w);
        }
        lo.intoArray(acc, LO);
        hi.intoArray(acc, HI);
        lo2.intoArray(acc, LO2);
        hi2.intoArray(acc, HI2);
    }

    /** Adds cells {@code [from, to)} of two columns to the running range and square lanes of each. */
    private static void pairSquares(double[] x, int a, double[] y, int b, int from, int to, double[] acc) {
        DoubleVector lo = DoubleVector.fromArray(S, acc, LO);
        DoubleVector hi = DoubleVector.fromArray(S, acc, HI);
        DoubleVector sum = DoubleVector.fromArray(S, acc, SQ);
        DoubleVector lo2 = DoubleVector.fromArray(S, acc, LO2);
        DoubleVector hi2 = DoubleVector.fromArray(S, acc, HI2);
        DoubleVector sum2 = DoubleVector.fromArray(S, acc, SQ2);
        for (int i = from; i < to; i += L) {
            DoubleVector v = DoubleVector.fromArray(S, x, a + i);
            DoubleVector w = DoubleVector.fromArray(S, y, b + i);
            lo = lo.min(v);
            hi = hi.max(v);
            sum = sum.add(v.mul(v));
            lo2 = lo2.min(w);
            hi2 = hi2.max(w);
            sum2 = sum2.add(w.mul(w));
        }
        lo.intoArray(acc, LO);
        hi.intoArray(acc, HI);
        sum.intoArray(acc, SQ);
        lo2.intoArray(acc, LO2);
        hi2.intoArray(acc, HI2);
        sum2.intoArray(acc, SQ2);
    }

    /** Whether one of the four running minima from {@code at} is NaN. */
    private static boolean nan(double[] acc, int at) {
        for (int i = at; i < at + L; i++) {
            if (acc[i] != acc[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The column's {min, max, 0} from its running lanes and the last {@code n - whole} cells, with the zero rule of the
     * type's description; null if a lane or one of those cells is NaN.
     */
    private static double[] finish(double[] x, int off, int n, int whole, double[] acc, int lanesLo, int lanesHi) {
        if (nan(acc, lanesLo)) {
            return null;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < L; i++) {
            lo = Math.min(lo, acc[lanesLo + i]);
            hi = Math.max(hi, acc[lanesHi + i]);
        }
        for (int i = whole; i < n; i++) {
            double v = x[off + i];
            if (v != v) {
                return null;
            }
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return Stats.firstOfEqualExtremes(x, off, off + n, lo, hi);
    }

    /** The sum of squares from the four running lanes at {@code at} and the last {@code n - whole} cells. */
    private static double squares(double[] x, int off, int n, int whole, double[] acc, int at) {
        double[] sums = {0, 0, acc[at], acc[at + 1], acc[at + 2], acc[at + 3]};
        Stats.addSquares(x, off + whole, n - whole, sums);
        return Stats.sumOfSquares(sums);
    }
}
