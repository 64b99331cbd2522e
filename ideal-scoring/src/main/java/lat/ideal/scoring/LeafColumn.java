package lat.ideal.scoring;

import lat.ideal.model.method.NormalisationMethod;

/**
 * One leaf's prepared column: treated values, normalised and oriented values, and the values after the parent's
 * imputation, with the parameters the normaliser used (kept so that a published value can be recomputed exactly).
 * Arrays are never modified after preparation.
 *
 * <p>A leaf whose normalisation is an affine map of its (treated) values - min-max, goalposts, identity - is
 * <em>lazy</em>: it keeps the map's parameters and a reference to the values instead of a normalised column, and the
 * aggregation applies the map while it reads the values (one read of the input instead of a read, a write and a
 * second read, and no column of n doubles per leaf). Where the parent imputes, the leaf keeps the filled column only. {@link #value(int)} and
 * {@link #normalised()} compute exactly the same doubles, with the same operations in the same order, as a normalised
 * column would hold; {@link #normalised()} materialises the column on first use (explanations over every unit,
 * non-linear aggregations) and keeps it.
 */
final class LeafColumn {
    static final byte NOT_TREATED = 0;
    static final byte WINSORISED = 1;
    static final byte LOG_TRANSFORMED = 2;

    /** Orientation: none. */
    static final int KEEP = 0;
    /** Orientation: {@code lo + hi - v}. */
    static final int REFLECT = 1;
    /** Orientation: {@code -v}. */
    static final int NEGATE = 2;

    /** Normalised values are held in an array. */
    static final int EAGER = 0;
    /** Normalised values are {@code low + (v - from) / (to - from) * (high - low)}, clamped and reflected if set. */
    static final int AFFINE = 1;
    /** Normalised values are the values, oriented. */
    static final int LINEAR = 2;

    final int node;
    final int column;
    /** The input's column, in unit order; null when the input has no such indicator. */
    final double[] raw;
    /** Treated values in unit order, or null when no value was treated (then read {@code raw}). */
    final double[] treated;
    final byte treatment;
    /** {@link #EAGER}, {@link #AFFINE} or {@link #LINEAR}. */
    final int kind;
    /** The values a lazy leaf normalises (raw or treated), in unit order; null for an eager leaf. */
    final double[] source;
    /** How many of a lazy leaf's n values are missing (NaN); -1 for an eager leaf. */
    final int missing;
    /**
     * Whether {@link #valueMin} and {@link #valueMax} hold the smallest and largest normalised value of a lazy leaf
     * with values (the images of its source's extremes: every lazy map is monotone).
     */
    final boolean hasRange;
    final double valueMin;
    final double valueMax;
    /**
     * Whether {@link #sourceSquares} holds the sum of squares of {@link #source}, which has no missing cell: found
     * with the range when the leaf was prepared ({@link Leaves#rawRanges}), for a TOPSIS parent.
     */
    final boolean hasSquares;
    /** The sum of squares of the source as {@link Stats#rangeMissingAndSquares} gives it; NaN when not known. */
    final double sourceSquares;
    /** Values after the parent's imputation, or null when they are the normalised values. */
    private final double[] filled;
    /** Whether {@link #filled()} has a value for every unit. */
    final boolean filledComplete;
    final boolean[] imputed;
    final NormalisationMethod method;
    final double low;
    final double high;
    final double from;
    final double to;
    final boolean clamp;
    final double target;
    final double worst;
    final int worstUnit;
    final double reference;
    final int orientation;
    final double orientLow;
    final double orientHigh;
    private final int n;
    /** The normalised column, once materialised (set at construction for an eager leaf). */
    private volatile double[] normalised;

    LeafColumn(Builder b, int n) {
        this.n = n;
        kind = b.kind;
        source = b.source;
        missing = b.missing;
        node = b.node;
        column = b.column;
        raw = b.raw;
        treated = b.treated;
        treatment = b.treatment;
        normalised = b.normalised;
        filled = b.filled == b.normalised ? null : b.filled;
        filledComplete = b.filledComplete || (filled == null && missing == 0);
        imputed = b.imputed;
        method = b.method;
        low = b.low;
        high = b.high;
        from = b.from;
        to = b.to;
        clamp = b.clamp;
        target = b.target;
        worst = b.worst;
        worstUnit = b.worstUnit;
        reference = b.reference;
        orientation = b.orientation;
        orientLow = b.orientLow;
        orientHigh = b.orientHigh;
        hasSquares = b.hasSquares;
        sourceSquares = b.hasSquares ? b.sourceSquares : Double.NaN;
        // After every parameter of the map is set.
        hasRange = kind != EAGER && b.sourceMin <= b.sourceMax;
        double a = hasRange ? map(b.sourceMin) : Double.NaN;
        double z = hasRange ? map(b.sourceMax) : Double.NaN;
        valueMin = a < z ? a : z;
        valueMax = a < z ? z : a;
    }

    /** Whether the leaf keeps a map instead of a normalised column. */
    boolean isLazy() {
        return kind != EAGER;
    }

    /** Whether the parent imputed some of this leaf's cells (then {@link #filled()} differs from the values). */
    boolean isFilled() {
        return filled != null;
    }

    /**
     * Returns the normalised and oriented values, before imputation; NaN where the unit has no value.
     *
     * @return the column (shared: never modify it)
     */
    double[] normalised() {
        double[] v = normalised;
        if (v == null) {
            v = new double[n];
            copyValues(0, n, v, 0);
            normalised = v;
        }
        return v;
    }

    /** Returns the values as the parent aggregates them: normalised, then imputed by the parent's policy. */
    double[] filled() {
        return filled != null ? filled : normalised();
    }

    /** Returns one unit's normalised and oriented value; NaN where it has none. */
    double value(int u) {
        double[] v = normalised;
        return v != null ? v[u] : map(source[u]);
    }

    /** Returns one unit's value as the parent aggregates it. */
    double filledValue(int u) {
        return filled != null ? filled[u] : value(u);
    }

    /** The normaliser and orientation of a lazy leaf, applied to one value. */
    private double map(double v) {
        if (kind == AFFINE) {
            double x = clamp ? (v < from ? from : v > to ? to : v) : v;
            double w = low + (x - from) / (to - from) * (high - low);
            return orientation == REFLECT ? (low + high) - w : w;
        }
        return orientation == REFLECT ? (orientLow + orientHigh) - v : orientation == NEGATE ? -v : v;
    }

    /**
     * Writes the normalised values of units {@code [from, from + size)} to {@code dst[at ..]}: the values are copied
     * first and mapped where they lie, so that the map's loop reads and writes one array at one index, which the
     * compiler can vectorise.
     */
    void copyValues(int from, int size, double[] dst, int at) {
        double[] v = normalised;
        if (v != null) {
            System.arraycopy(v, from, dst, at, size);
            return;
        }
        System.arraycopy(source, from, dst, at, size);
        if (kind == AFFINE && !clamp) {
            double lo = low;
            double f = this.from;
            double span = to - this.from;
            double range = high - low;
            if (orientation == REFLECT) {
                double sum = low + high;
                for (int i = at; i < at + size; i++) {
                    dst[i] = sum - (lo + (dst[i] - f) / span * range);
                }
            } else {
                for (int i = at; i < at + size; i++) {
                    dst[i] = lo + (dst[i] - f) / span * range;
                }
            }
        } else if (kind != LINEAR || orientation != KEEP) {
            for (int i = at; i < at + size; i++) {
                dst[i] = map(dst[i]);
            }
        }
    }

    /**
     * Adds {@code w} times the normalised values of units {@code [from, to)} to {@code sum[from .. to)}; the
     * aggregation's hot loop. Values and sums are read at the unit's own index, so the loop vectorises without a copy
     * of the values, and the map's operations are written out as in {@link #copyValues}.
     */
    void addWeighted(double w, double[] sum, int from, int to) {
        double[] held = valuesIfHeld();
        if (held != null) {
            for (int u = from; u < to; u++) {
                sum[u] += w * held[u];
            }
        } else if (kind == AFFINE && !clamp) {
            double[] x = source;
            double lo = low;
            double f = this.from;
            double span = this.to - this.from;
            double range = high - low;
            if (orientation == REFLECT) {
                double both = low + high;
                for (int u = from; u < to; u++) {
                    sum[u] += w * (both - (lo + (x[u] - f) / span * range));
                }
            } else {
                for (int u = from; u < to; u++) {
                    sum[u] += w * (lo + (x[u] - f) / span * range);
                }
            }
        } else {
            double[] x = source;
            for (int u = from; u < to; u++) {
                sum[u] += w * map(x[u]);
            }
        }
    }

    /**
     * Whether {@link #addWeighted(LeafColumn[], double[][], double[], int, int, double[], int, int)} can take this
     * leaf with others: its normalised values are held in an array, or are its source as it is, or an unclamped affine
     * map of it, reflected or not.
     */
    boolean isFusable() {
        return valuesIfHeld() != null || (kind == AFFINE && !clamp);
    }

    /**
     * Adds the weighted values of children {@code c, c + 1} (and {@code c + 2} when {@code count} is 3) to
     * {@code sum[from .. to)}, with one load and one store of each sum: {@code sum[u] = ((sum[u] + w_c v_c) +
     * w_{c+1} v_{c+1}) + w_{c+2} v_{c+2}}, the additions of {@link #addWeighted(double, double[], int, int)} called
     * child by child, in the same order. Reading two or three columns in one loop keeps more reads from memory in
     * flight than one; on 30 columns of 10^6 cells three at a time take about a fifth less time than one at a time.
     * A child is {@code lazy[i]}, which must be {@link #isFusable() fusable}, or the values {@code val[i]} when that is
     * null; each must have no missing cell and a weight other than 0, and {@code sum} must not be one of their arrays.
     *
     * <p>Where every child is held as its values the loop adds {@code w v}. Otherwise each child's term is written in
     * one form, {@code w (c0 + s (lo + (x - f) / span * range))}: an affine leaf keeps its own parameters, with
     * {@code c0 = 0, s = 1} as it is and {@code c0 = low + high, s = -1} reflected ({@code c0 + (-1) y} is
     * {@code c0 - y}, exactly), and a child held as its values takes {@code c0 = lo = f = 0} and {@code s = span =
     * range = 1}, under which every step returns its operand exactly but for {@code 0 + (-0.0)}, which is
     * {@code 0.0}. That one difference cannot change a sum: a sum starting from {@code 0.0} is never {@code -0.0}
     * (rounding to nearest, {@code a + b} is {@code -0.0} only when both are), and adding {@code 0.0} or {@code -0.0}
     * to anything but {@code -0.0} gives the same result. So the sums are the same as child by child, bit for bit.
     *
     * <p>Where every child has {@code lo = 0} and {@code range = 1} (min-max to [0, 1], and a child held as its
     * values), the loop computes {@code w (c0 + s y)} with {@code y = (x - f) / span}, leaving out two of the eight
     * operations per cell: flat scoring of 10^6 x 30 on one thread ran faster in 14 of 15 paired sets on JDK 17, by
     * 1.9 ms at the median (see benchmarks/RESULTS.md). Each term is the same bit for bit: {@code y * 1} is
     * {@code y}, and {@code 0 + y} differs from {@code y} only for {@code y = -0.0}, where {@code c0 + s (+-0.0)} is
     * {@code c0} whether or not the zero is negative, since {@code c0} is {@code 0.0}, or {@code low + high = 1}
     * reflected.
     */
    static void addWeighted(LeafColumn[] lazy, double[][] val, double[] w, int c, int count, double[] sum, int from,
                            int to) {
        // A child's values where an array holds them; null for an affine leaf, whose source the loop maps.
        double[] ha = held(lazy[c], val[c]);
        double[] hb = held(lazy[c + 1], val[c + 1]);
        boolean three = count == 3;
        double[] hd = three ? held(lazy[c + 2], val[c + 2]) : hb;
        double[] xa = ha != null ? ha : lazy[c].source;
        double[] xb = hb != null ? hb : lazy[c + 1].source;
        double[] xd = !three ? xb : hd != null ? hd : lazy[c + 2].source;
        double wa = w[c];
        double wb = w[c + 1];
        double wd = three ? w[c + 2] : 0;
        boolean direct = ha != null && hb != null && hd != null;
        if (direct && three) {
            for (int u = from; u < to; u++) {
                sum[u] = ((sum[u] + wa * xa[u]) + wb * xb[u]) + wd * xd[u];
            }
            return;
        } else if (direct) {
            for (int u = from; u < to; u++) {
                sum[u] = (sum[u] + wa * xa[u]) + wb * xb[u];
            }
            return;
        }
        // Per child: c0, s, lo, f, span, range.
        double[] p = new double[18];
        terms(ha != null ? null : lazy[c], p, 0);
        terms(hb != null ? null : lazy[c + 1], p, 6);
        if (three) {
            terms(hd != null ? null : lazy[c + 2], p, 12);
        }
        double ca = p[0];
        double sa = p[1];
        double la = p[2];
        double fa = p[3];
        double pa = p[4];
        double ra = p[5];
        double cb = p[6];
        double sb = p[7];
        double lb = p[8];
        double fb = p[9];
        double pb = p[10];
        double rb = p[11];
        // lo = 0 and range = 1 for every child (min-max to [0, 1], or held as its values): lo + y * range left out.
        boolean unit = la == 0 && ra == 1 && lb == 0 && rb == 1 && (!three || p[14] == 0 && p[17] == 1);
        if (!three && unit) {
            for (int u = from; u < to; u++) {
                sum[u] = (sum[u] + wa * (ca + sa * ((xa[u] - fa) / pa)))
                        + wb * (cb + sb * ((xb[u] - fb) / pb));
            }
            return;
        } else if (!three) {
            for (int u = from; u < to; u++) {
                sum[u] = (sum[u] + wa * (ca + sa * (la + (xa[u] - fa) / pa * ra)))
                        + wb * (cb + sb * (lb + (xb[u] - fb) / pb * rb));
            }
            return;
        }
        double cd = p[12];
        double sd = p[13];
        double ld = p[14];
        double fd = p[15];
        double pd = p[16];
        double rd = p[17];
        if (unit) {
            for (int u = from; u < to; u++) {
                sum[u] = ((sum[u] + wa * (ca + sa * ((xa[u] - fa) / pa)))
                        + wb * (cb + sb * ((xb[u] - fb) / pb)))
                        + wd * (cd + sd * ((xd[u] - fd) / pd));
            }
            return;
        }
        for (int u = from; u < to; u++) {
            sum[u] = ((sum[u] + wa * (ca + sa * (la + (xa[u] - fa) / pa * ra)))
                    + wb * (cb + sb * (lb + (xb[u] - fb) / pb * rb)))
                    + wd * (cd + sd * (ld + (xd[u] - fd) / pd * rd));
        }
    }

    /** A child's values where an array holds them: {@code values} for a child that is not a lazy leaf. */
    private static double[] held(LeafColumn leaf, double[] values) {
        return leaf == null ? values : leaf.valuesIfHeld();
    }

    /**
     * An affine leaf's c0, s, lo, f, span and range (see {@link #addWeighted(LeafColumn[], double[][], double[], int,
     * int, double[], int, int)}) at {@code p[at ..]}; for null, a child held as its values, the identity's.
     */
    private static void terms(LeafColumn leaf, double[] p, int at) {
        if (leaf == null) {
            p[at] = 0;
            p[at + 1] = 1;
            p[at + 2] = 0;
            p[at + 3] = 0;
            p[at + 4] = 1;
            p[at + 5] = 1;
            return;
        }
        boolean reflect = leaf.orientation == REFLECT;
        p[at] = reflect ? leaf.low + leaf.high : 0;
        p[at + 1] = reflect ? -1 : 1;
        p[at + 2] = leaf.low;
        p[at + 3] = leaf.from;
        p[at + 4] = leaf.to - leaf.from;
        p[at + 5] = leaf.high - leaf.low;
    }

    /**
     * For units {@code [from, to)} of a leaf without missing values, adds {@code (t - ideal)^2} to {@code plus[u]} and
     * {@code (t - antiIdeal)^2} to {@code minus[u]}, with {@code t = wc * (v / norm)} and {@code v} the unit's
     * normalised value: one child's terms of TOPSIS's distances, at each unit's own index, so that the loop vectorises
     * and reads the column straight from memory (a lazy leaf normalises as it reads, as {@link #copyValues} would).
     * The cases are those of {@link #addWeighted}, each loop written out for the same reason: a loop that calls a
     * shared function per cell would not be vector code.
     */
    void addSquaredDistances(double wc, double norm, double ideal, double antiIdeal, double[] plus, double[] minus,
                             int from, int to) {
        double[] held = valuesIfHeld();
        if (held != null) {
            addSquaredDistances(held, wc, norm, ideal, antiIdeal, plus, minus, from, to);
        } else if (kind == AFFINE && !clamp) {
            double[] x = source;
            double lo = low;
            double f = this.from;
            double span = this.to - this.from;
            double range = high - low;
            if (orientation == REFLECT) {
                double both = low + high;
                for (int u = from; u < to; u++) {
                    double t = wc * ((both - (lo + (x[u] - f) / span * range)) / norm);
                    plus[u] += (t - ideal) * (t - ideal);
                    minus[u] += (t - antiIdeal) * (t - antiIdeal);
                }
            } else {
                for (int u = from; u < to; u++) {
                    double t = wc * ((lo + (x[u] - f) / span * range) / norm);
                    plus[u] += (t - ideal) * (t - ideal);
                    minus[u] += (t - antiIdeal) * (t - antiIdeal);
                }
            }
        } else {
            double[] x = source;
            for (int u = from; u < to; u++) {
                double t = wc * (map(x[u]) / norm);
                plus[u] += (t - ideal) * (t - ideal);
                minus[u] += (t - antiIdeal) * (t - antiIdeal);
            }
        }
    }

    /** {@link #addSquaredDistances(double, double, double, double, double[], double[], int, int)} over values x. */
    static void addSquaredDistances(double[] x, double wc, double norm, double ideal, double antiIdeal,
                                    double[] plus, double[] minus, int from, int to) {
        for (int u = from; u < to; u++) {
            double t = wc * (x[u] / norm);
            plus[u] += (t - ideal) * (t - ideal);
            minus[u] += (t - antiIdeal) * (t - antiIdeal);
        }
    }

    /**
     * The normalised values as an array that holds them, without computing any: the materialised column, or the
     * source of a leaf that passes it through as it is; null when the values are only computed as they are read.
     */
    double[] valuesIfHeld() {
        double[] v = normalised;
        return v != null ? v : kind == LINEAR && orientation == KEEP ? source : null;
    }

    /**
     * {@link #addSquaredDistances(double[], double, double, double, double, double[], double[], int, int)} of two
     * children {@code a} and {@code b} in one loop, with values {@code x[a]} and {@code x[b]} and the parameters at
     * the same index: {@code plus[u] = (plus[u] + d_a) + d_b}, and {@code minus} the same way, the additions made
     * child by child, in the same order, so the sums are the same bit for bit; one load and one store of each sum per
     * pair, and two columns read from memory at once. (Three children in one loop were slower on JDK 17: TOPSIS at
     * 10^6 x 30 took a third longer than one child at a time.)
     */
    static void addSquaredDistances(double[][] x, int a, int b, double[] scale, double[] norm, double[] ideal,
                                    double[] antiIdeal, double[] plus, double[] minus, int from, int to) {
        double[] xa = x[a];
        double[] xb = x[b];
        double wa = scale[a];
        double na = norm[a];
        double ia = ideal[a];
        double ja = antiIdeal[a];
        double wb = scale[b];
        double nb = norm[b];
        double ib = ideal[b];
        double jb = antiIdeal[b];
        for (int u = from; u < to; u++) {
            double ta = wa * (xa[u] / na);
            double tb = wb * (xb[u] / nb);
            plus[u] = (plus[u] + (ta - ia) * (ta - ia)) + (tb - ib) * (tb - ib);
            minus[u] = (minus[u] + (ta - ja) * (ta - ja)) + (tb - jb) * (tb - jb);
        }
    }

    double rawValue(int u) {
        return raw == null ? Double.NaN : raw[u];
    }

    double treatedValue(int u) {
        return treated != null ? treated[u] : rawValue(u);
    }

    boolean isTreated(int u) {
        return treated != null && Double.compare(treated[u], rawValue(u)) != 0;
    }

    boolean isImputed(int u) {
        return imputed != null && imputed[u];
    }

    /** Mutable parts collected while preparing a leaf. */
    static final class Builder {
        int node;
        int column = -1;
        double[] raw;
        double[] treated;
        byte treatment = NOT_TREATED;
        int kind = EAGER;
        double[] source;
        int missing = -1;
        double sourceMin = Double.NaN;
        double sourceMax = Double.NaN;
        boolean hasSquares;
        double sourceSquares = Double.NaN;
        double[] normalised;
        double[] filled;
        boolean filledComplete;
        boolean[] imputed;
        NormalisationMethod method = NormalisationMethod.IDENTITY;
        double low;
        double high = 1;
        double from;
        double to;
        boolean clamp;
        double target;
        double worst;
        int worstUnit = -1;
        double reference = Double.NaN;
        int orientation = KEEP;
        double orientLow;
        double orientHigh;
    }
}
