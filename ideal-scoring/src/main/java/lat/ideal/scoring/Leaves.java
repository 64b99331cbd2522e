package lat.ideal.scoring;

import java.util.Arrays;
import java.util.List;
import lat.ideal.model.Polarity;
import lat.ideal.model.Scale;
import lat.ideal.model.method.Aggregation;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.Direction;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.MissingPolicy;
import lat.ideal.model.method.Normalisation;
import lat.ideal.model.method.NormalisationMethod;
import lat.ideal.model.method.OutlierTreatment;

/** Prepares leaf columns: outlier treatment, then normalisation, then orientation, then the parent's imputation. */
final class Leaves {
    private Leaves() {
    }

    /**
     * Work arrays that the leaves of one preparation share, one leaf after another: reused, they stay in the cache
     * instead of each leaf writing fresh memory. Never shared between threads.
     */
    static final class Scratch {
        private final int n;
        private double[] values;
        private int[] positions;

        Scratch(int n) {
            this.n = n;
        }

        /** n doubles, allocated on first use. */
        double[] values() {
            if (values == null) {
                values = new double[n];
            }
            return values;
        }

        /** n ints, allocated on first use. */
        int[] positions() {
            if (positions == null) {
                positions = new int[n];
            }
            return positions;
        }
    }

    /**
     * The range and missing count, {min, max, missing}, of the input column of every leaf that normalises its raw
     * values by a map that needs them (min-max, goalposts without both posts, and the lazy linear maps), by node;
     * null for the other nodes. A leaf whose parent's TOPSIS squares its raw values ({@link #squaredByTopsis}) gets
     * {min, max, missing, sum of squares} from one pass ({@link Stats#rangeMissingAndSquares}), so that TOPSIS need
     * not read the column again. Those columns are read two at a time ({@link Stats#rangeMissingAndSquares(double[],
     * int, double[], int, int)}; on 30 columns of 10^6 cells about a tenth faster than one at a time on JDK 17 and 25).
     * The others are read two at a time too ({@link Stats#rangeAndMissing(double[], int, double[], int, int)}), or one
     * at a time where {@link Stats#VECTOR_MIN_MAX} holds and {@link Stats#KERNEL} is absent. Columns and pairs are
     * independent, so they run on up to {@code threads} threads.
     */
    static double[][] rawRanges(Plan plan, ScoringInput input, int threads) {
        int n = input.unitCount();
        double[][] ranges = new double[plan.nodes.length][];
        int[] squared = new int[plan.nodes.length];
        int[] plain = new int[plan.nodes.length];
        int squaredCount = 0;
        int plainCount = 0;
        for (int node = 0; node < plan.nodes.length; node++) {
            if (plan.isLeaf(node) && readsRawRange(plan.nodes[node], input)) {
                if (squaredByTopsis(plan, node, input)) {
                    squared[squaredCount++] = node;
                } else {
                    plain[plainCount++] = node;
                }
            }
        }
        // Squared columns two at a time on every JDK. The others column by column where Math.min and Math.max are
        // vector code (a pair gains nothing there), unless the Vector API's kernel takes them, two at a time.
        boolean pairs = Stats.KERNEL != null || !Stats.VECTOR_MIN_MAX;
        int first = (squaredCount + 1) / 2;
        int leaves = plainCount;
        int tasks = first + (pairs ? (leaves + 1) / 2 : leaves);
        int squares = squaredCount;
        Parallel.run(threads, tasks, (none, task) -> {
            if (task < first) {
                if (2 * task + 1 == squares) {
                    int node = squared[2 * task];
                    ranges[node] = Stats.rangeMissingAndSquares(column(plan, input, node), 0, n);
                    return;
                }
                int one = squared[2 * task];
                int other = squared[2 * task + 1];
                double[] both = Stats.rangeMissingAndSquares(column(plan, input, one), 0, column(plan, input, other),
                        0, n);
                ranges[one] = Arrays.copyOfRange(both, 0, 4);
                ranges[other] = Arrays.copyOfRange(both, 4, 8);
                return;
            }
            int t = task - first;
            if (!pairs) {
                ranges[plain[t]] = Stats.rangeAndMissing(column(plan, input, plain[t]), 0, n, true);
                return;
            }
            // Pair t reads leaves 2t and 2t + 1.
            int one = plain[2 * t];
            double[] x = column(plan, input, one);
            if (2 * t + 1 == leaves) {
                ranges[one] = Stats.rangeAndMissing(x, 0, n, true);
                return;
            }
            int other = plain[2 * t + 1];
            double[] y = column(plan, input, other);
            double[] both = Stats.rangeAndMissing(x, 0, y, 0, n);
            ranges[one] = Arrays.copyOfRange(both, 0, 3);
            ranges[other] = Arrays.copyOfRange(both, 3, 6);
        });
        return ranges;
    }

    /**
     * Whether the leaf's parent is TOPSIS with vector normalisation and the leaf gives it its raw values as they are
     * (a linear map without reflection or negation: {@link Engine} then sums the squares of the input column itself).
     * The caller has checked {@link #readsRawRange}.
     */
    private static boolean squaredByTopsis(Plan plan, int node, ScoringInput input) {
        int parent = plan.parent[node];
        if (parent < 0) {
            return false;
        }
        Aggregation agg = plan.nodes[parent].aggregation();
        if (agg.method() != AggregationMethod.TOPSIS || agg.parameter("vector", 1) == 0) {
            return false;
        }
        MethodNode leaf = plan.nodes[node];
        NormalisationMethod method = leaf.normalisation().method();
        if (method == NormalisationMethod.MIN_MAX || method == NormalisationMethod.GOALPOSTS || !isLinear(method)) {
            return false;
        }
        int column = input.indicatorIndex(leaf.indicator()).orElseThrow();
        // As normalise() orients a linear leaf: reversed only in the threat direction of a negative indicator.
        return !(leaf.direction() == Direction.THREAT && input.indicators().get(column).polarity() == Polarity.NEGATIVE);
    }

    /** The input column a leaf reads (the input's own array). */
    private static double[] column(Plan plan, ScoringInput input, int leaf) {
        return input.columnValues(input.indicatorIndex(plan.nodes[leaf].indicator()).orElseThrow());
    }

    /** Whether {@link #prepare} reads the range of the leaf's raw input column (see {@link #rawRanges}). */
    private static boolean readsRawRange(MethodNode leaf, ScoringInput input) {
        int column = input.indicatorIndex(leaf.indicator()).orElse(-1);
        if (column < 0 || leaf.treatment().enabled()) {
            return false;
        }
        Normalisation norm = leaf.normalisation();
        NormalisationMethod method = norm.method();
        if (method == NormalisationMethod.GOALPOSTS) {
            Scale scale = input.indicators().get(column).scale();
            return !Double.isFinite(norm.parameter("min", scale.min()))
                    || !Double.isFinite(norm.parameter("max", scale.max()));
        }
        return method == NormalisationMethod.MIN_MAX || isLinear(method);
    }

    /**
     * Prepares one leaf. {@code rawRange} is {min, max, missing} of the leaf's input column when
     * {@link #rawRanges} has read it, else null.
     */
    static LeafColumn prepare(Plan plan, int node, ScoringInput input, int[] groups, int groupCount,
                              List<ScoringWarning> warnings, Scratch scratch, double[] rawRange) {
        MethodNode leaf = plan.nodes[node];
        int n = input.unitCount();
        LeafColumn.Builder b = new LeafColumn.Builder();
        b.node = node;
        int column = input.indicatorIndex(leaf.indicator()).orElse(-1);
        b.column = column;
        Scale scale = Scale.Continuous.of(0, 1);
        Polarity polarity = Polarity.POSITIVE;
        double[] x;
        if (column < 0) {
            warnings.add(ScoringWarning.of(ScoringWarning.Kind.MISSING_INDICATOR, leaf.key(), leaf.indicator(),
                    "leaf '%s' reads indicator '%s', which the input does not have; every unit misses it",
                    leaf.key(), leaf.indicator()));
            x = new double[n];
            Arrays.fill(x, Double.NaN);
        } else {
            b.raw = input.columnValues(column);
            if (rawRange != null) {
                b.sourceMin = rawRange[0];
                b.sourceMax = rawRange[1];
                b.missing = (int) rawRange[2];
                if (rawRange.length > 3 && b.missing == 0) {
                    b.sourceSquares = rawRange[3];
                    b.hasSquares = true;
                }
            }
            scale = input.indicators().get(column).scale();
            polarity = input.indicators().get(column).polarity();
            x = b.raw;
            if (leaf.treatment().enabled()) {
                double[] t = treat(leaf, b.raw, 0, n, b, warnings, scratch.values());
                if (t != null) {
                    b.treated = t;
                    x = t;
                }
            }
        }
        b.normalised = normalise(leaf, x, n, scale, polarity, input, b, warnings);
        LeafColumn col = new LeafColumn(b, n);
        int parent = plan.parent[node];
        MissingPolicy policy = parent < 0 ? MissingPolicy.EXCLUDE_AND_REWEIGHT : plan.nodes[parent].missing().policy();
        // A lazy leaf knows its missing count: one without a missing cell, or without any value, has nothing to fill.
        if (policy != MissingPolicy.EXCLUDE_AND_REWEIGHT && (!col.isLazy() || (col.missing > 0 && col.missing < n))) {
            boolean[] imputed = new boolean[n];
            double[] filled = null;
            if (col.isLazy()) {
                // The leaf stays lazy: its values are written once, into the array that is then filled.
                double[] values = new double[n];
                col.copyValues(0, n, values, 0);
                if (Imputer.imputeInPlace(values, n, policy, groups, groupCount, imputed, scratch.positions())) {
                    filled = values;
                }
            } else {
                double[] normalised = col.normalised();
                double[] f = Imputer.impute(normalised, n, policy, groups, groupCount, null, imputed);
                filled = f != normalised ? f : null;
            }
            if (filled != null) {
                b.filled = filled;
                b.imputed = imputed;
                // Filled for every unit (no eligibility mask): a missing cell stays missing only in a column without
                // any value, which the imputer returns unchanged.
                b.filledComplete = true;
                col = new LeafColumn(b, n);
            }
        }
        return col;
    }

    /** Makes the leaf lazy: its normalised values are computed from {@code src} as they are read. */
    private static double[] lazy(LeafColumn.Builder b, int kind, double[] src, int n) {
        b.kind = kind;
        b.source = src;
        if (kind == LeafColumn.LINEAR) {
            range(b, src, n);
        } else if (b.missing < 0) {
            b.missing = Stats.countMissing(src, 0, n);
        }
        return null;
    }

    /**
     * Sets the smallest and largest of the {@code n} values of {@code src} and their missing count, unless
     * {@link #rawRanges} or {@link #treat} has already found them.
     */
    private static void range(LeafColumn.Builder b, double[] src, int n) {
        if (b.sourceMin == b.sourceMin && b.missing >= 0) {
            return;
        }
        double[] range = Stats.rangeAndMissing(src, 0, n, b.missing < 0);
        b.sourceMin = range[0];
        b.sourceMax = range[1];
        if (b.missing < 0) {
            b.missing = (int) range[2];
        }
    }

    /**
     * Winsorises or log-transforms the column {@code src[off .. off + n)}; returns the treated column (a new array of
     * n values, NaN where the unit has no value), or null when nothing changed.
     *
     * <p>Winsorising takes, round by round, every point equal to the most extreme value to the next value inward, in
     * a compact copy of the present values. After any number of rounds the column is therefore the original one held
     * within bounds {@code [lo, hi]}: each round lowers hi (or raises lo) to the next value inward, and the treated
     * column is written once at the end from the input and those bounds ({@link Stats#bounded}). {@code work} holds
     * at least n doubles; its contents are overwritten.
     */
    static double[] treat(MethodNode leaf, double[] src, int off, int n, LeafColumn.Builder b,
                          List<ScoringWarning> warnings, double[] work) {
        OutlierTreatment t = leaf.treatment();
        if (!t.enabled()) {
            return null;
        }
        // The present values in unit order, their range (of equal values the first, as Stats.rangeAndMissing) and
        // their count, in one pass without a branch on which are missing.
        double[] w = work;
        int m = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int u = 0; u < n; u++) {
            double x = src[off + u];
            w[m] = x;
            m += x == x ? 1 : 0;
            if (x < min) {
                min = x;
            }
            if (x > max) {
                max = x;
            }
        }
        b.missing = n - m;
        b.sourceMin = min;
        b.sourceMax = max;
        if (m < 4) {
            return null;
        }
        double[] before = Stats.skewnessKurtosis(w, m);
        if (!outside(before, t)) {
            return null;
        }
        double[] moments = before;
        double lo = Double.NEGATIVE_INFINITY;
        double hi = Double.POSITIVE_INFINITY;
        int done = 0;
        // Each round takes every point equal to the most extreme value (tied extremes together, as COINr does) to
        // the next value inward; every point moved counts towards maxWinsorised, and a tied group that would exceed
        // it is left alone (the log fallback then applies if the limits are still exceeded).
        while (done < t.maxWinsorised() && outside(moments, t)) {
            boolean high = moments[0] > 0;
            // One pass: the extreme, how many points hold it, and the next value inward.
            double extreme = w[0];
            double next = high ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            int tied = 1;
            for (int i = 1; i < m; i++) {
                double x = w[i];
                if (x == extreme) {
                    tied++;
                } else if (high ? x > extreme : x < extreme) {
                    next = extreme;
                    extreme = x;
                    tied = 1;
                } else if (high ? x > next : x < next) {
                    next = x;
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
            if (high) {
                hi = next;
            } else {
                lo = next;
            }
            done += tied;
            moments = Stats.skewnessKurtosis(w, m);
        }
        double[] out = null;
        int changed = 0;
        byte kind = LeafColumn.WINSORISED;
        if (outside(moments, t) && t.logFallback()) {
            out = logCt(src, off, n, before[0] >= 0);
            kind = LeafColumn.LOG_TRANSFORMED;
            int k = 0;
            for (int u = 0; u < n; u++) {
                double x = out[u];
                w[k] = x;
                k += x == x ? 1 : 0;
                changed += Double.compare(src[off + u], x) != 0 ? 1 : 0;
            }
            moments = Stats.skewnessKurtosis(w, k);
            b.sourceMin = Double.NaN;
            b.sourceMax = Double.NaN;
        } else if (done > 0) {
            b.sourceMin = Stats.bounded(min, lo, hi);
            b.sourceMax = Stats.bounded(max, lo, hi);
            out = new double[n];
            for (int u = 0; u < n; u++) {
                double x = src[off + u];
                out[u] = Stats.bounded(x, lo, hi);
                changed += x < lo || x > hi ? 1 : 0;
            }
        }
        if (outside(moments, t)) {
            warnings.add(ScoringWarning.of(ScoringWarning.Kind.OUTLIERS_REMAIN, leaf.key(), leaf.indicator(),
                    "after treatment '%s' still has skewness %.3f and kurtosis %.3f (limits %s and %s)",
                    leaf.indicator(), moments[0], moments[1], t.maxSkewness(), t.maxKurtosis()));
        }
        if (changed == 0) {
            b.sourceMin = min;
            b.sourceMax = max;
            return null;
        }
        b.treatment = kind;
        warnings.add(ScoringWarning.of(ScoringWarning.Kind.OUTLIERS_TREATED, leaf.key(), leaf.indicator(),
                "%s %d values of '%s' (skewness %.3f, kurtosis %.3f before treatment)",
                kind == LeafColumn.WINSORISED ? "winsorised" : "log-transformed", changed, leaf.indicator(),
                before[0], before[1]));
        return out;
    }

    /** Whether skewness and kurtosis ({@link Stats#skewnessKurtosis}) both exceed the treatment's limits. */
    private static boolean outside(double[] moments, OutlierTreatment t) {
        return Math.abs(moments[0]) > t.maxSkewness() && moments[1] > t.maxKurtosis();
    }

    /**
     * COINr's skew-corrected "COIN Tool" log of the column {@code src[off .. off + n)}, as a new array (NaN where a
     * value is missing): with a = 0.01 (max - min) over the present values, {@code ln(x - min + a)} for a positively
     * skewed column and {@code -ln(max + a - x)} otherwise.
     */
    static double[] logCt(double[] src, int off, int n, boolean positive) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int u = off; u < off + n; u++) {
            double d = src[u];
            if (d == d) {
                min = Math.min(min, d);
                max = Math.max(max, d);
            }
        }
        double a = 0.01 * (max - min);
        double[] out = new double[n];
        for (int u = 0; u < n; u++) {
            double v = src[off + u];
            out[u] = positive ? Math.log(v - min + a) : -Math.log(max + a - v);
        }
        return out;
    }

    /**
     * Normalises and orients the {@code n} values of {@code src} (the input's column or the treated values); returns
     * a new array of n values, or null when the leaf is made lazy ({@link LeafColumn#isLazy()}).
     */
    static double[] normalise(MethodNode leaf, double[] src, int n, Scale scale, Polarity polarity,
                              ScoringInput input, LeafColumn.Builder b, List<ScoringWarning> warnings) {
        Normalisation norm = leaf.normalisation();
        NormalisationMethod method = norm.method();
        if (method == NormalisationMethod.MIN_MAX || method == NormalisationMethod.GOALPOSTS) {
            return normaliseAffine(leaf, src, n, scale, polarity, b, warnings);
        }
        b.method = method;
        boolean reverse = leaf.direction() == Direction.THREAT && polarity == Polarity.NEGATIVE;
        if (isLinear(method)) {
            double lo = scale.min();
            double hi = scale.max();
            if (Double.isFinite(lo) && Double.isFinite(hi)) {
                orient(b, reverse, LeafColumn.REFLECT, lo, hi);
            } else {
                orient(b, reverse, LeafColumn.NEGATE, 0, 0);
            }
            return lazy(b, LeafColumn.LINEAR, src, n);
        }
        double[] x = src;
        double[] out = new double[n];
        switch (method) {
            case Z_SCORE: {
                double[] ms = Stats.meanSd(x, n);
                boolean flat = !(ms[1] > 0);
                if (flat && ms[2] > 0) {
                    constant(leaf, warnings, "z-scores are 0");
                }
                for (int u = 0; u < n; u++) {
                    double v = x[u];
                    out[u] = v != v ? Double.NaN : flat ? 0 : (v - ms[0]) / ms[1];
                }
                orient(b, reverse, LeafColumn.NEGATE, 0, 0);
                break;
            }
            case RANK:
            case PERCENTILE_RANK: {
                double[] r = Stats.midRanks(x, n);
                int m = Stats.presentIndices(x, n).length;
                for (int u = 0; u < n; u++) {
                    double v = r[u];
                    out[u] = method == NormalisationMethod.RANK ? v : v != v ? Double.NaN
                            : m == 1 ? 0.5 : (v - 1) / (m - 1);
                }
                if (method == NormalisationMethod.RANK) {
                    orient(b, reverse, LeafColumn.REFLECT, 1, m);
                } else {
                    orient(b, reverse, LeafColumn.REFLECT, 0, 1);
                }
                break;
            }
            case DISTANCE_TO_REFERENCE: {
                String ref = norm.referenceUnit();
                int at = input.unitIndex(ref).orElse(-1);
                double xr = at < 0 ? Double.NaN : x[at];
                b.reference = xr;
                if (!(xr == xr) || xr == 0) {
                    warnings.add(ScoringWarning.of(ScoringWarning.Kind.REFERENCE_UNAVAILABLE, leaf.key(), ref,
                            "reference unit '%s' of '%s' has %s; every unit misses this leaf", ref, leaf.key(),
                            at < 0 ? "no such unit" : xr == 0 ? "value 0" : "no value"));
                    Arrays.fill(out, Double.NaN);
                } else {
                    for (int u = 0; u < n; u++) {
                        out[u] = x[u] / xr;
                    }
                }
                orient(b, reverse, LeafColumn.NEGATE, 0, 0);
                break;
            }
            case DISTANCE_TO_TARGET: {
                double target = norm.parameter("target", 0);
                double worst = 0;
                for (int u = 0; u < n; u++) {
                    if (x[u] == x[u] && Math.abs(target - x[u]) > worst) {
                        worst = Math.abs(target - x[u]);
                        b.worstUnit = u;
                    }
                }
                b.target = target;
                b.worst = worst;
                for (int u = 0; u < n; u++) {
                    double v = x[u];
                    out[u] = v != v ? Double.NaN : worst == 0 ? 1 : 1 - Math.abs(target - v) / worst;
                }
                orient(b, reverse, LeafColumn.REFLECT, 0, 1);
                break;
            }
            default: {
                // LOG (the linear methods returned above)
                double shift = norm.parameter("shift", 0);
                b.from = shift;
                int bad = 0;
                for (int u = 0; u < n; u++) {
                    double v = x[u] + shift;
                    if (v > 0) {
                        out[u] = Math.log(v);
                    } else {
                        out[u] = Double.NaN;
                        bad += v == v ? 1 : 0;
                    }
                }
                if (bad > 0) {
                    warnings.add(ScoringWarning.of(ScoringWarning.Kind.NON_POSITIVE_VALUE, leaf.key(),
                            leaf.indicator(), "%d values of '%s' plus shift %s are not positive; the log leaves them"
                                    + " missing", bad, leaf.indicator(), shift));
                }
                orient(b, reverse, LeafColumn.NEGATE, 0, 0);
                break;
            }
        }
        if (b.orientation == LeafColumn.REFLECT) {
            double s = b.orientLow + b.orientHigh;
            for (int u = 0; u < n; u++) {
                out[u] = s - out[u];
            }
        } else if (b.orientation == LeafColumn.NEGATE) {
            for (int u = 0; u < n; u++) {
                out[u] = -out[u];
            }
        }
        return out;
    }

    /** Whether {@link #normalise} makes a leaf of this method {@link LeafColumn#LINEAR} (the switch's default). */
    private static boolean isLinear(NormalisationMethod method) {
        switch (method) {
            case Z_SCORE:
            case RANK:
            case PERCENTILE_RANK:
            case DISTANCE_TO_REFERENCE:
            case DISTANCE_TO_TARGET:
            case LOG:
                return false;
            default:
                return true;
        }
    }

    /** Min-max or goalposts straight from the input array (the hot path): one pass for the range, one to write. */
    private static double[] normaliseAffine(MethodNode leaf, double[] src, int n, Scale scale, Polarity polarity,
                                            LeafColumn.Builder b, List<ScoringWarning> warnings) {
        Normalisation norm = leaf.normalisation();
        boolean goalposts = norm.method() == NormalisationMethod.GOALPOSTS;
        b.method = norm.method();
        double low = norm.parameter("low", 0);
        double high = norm.parameter("high", 1);
        b.low = low;
        b.high = high;
        double from = goalposts ? norm.parameter("min", scale.min()) : Double.NaN;
        double to = goalposts ? norm.parameter("max", scale.max()) : Double.NaN;
        if (!goalposts || !Double.isFinite(from) || !Double.isFinite(to)) {
            range(b, src, n);
            double min = b.sourceMin;
            double max = b.sourceMax;
            if (goalposts) {
                warnings.add(ScoringWarning.of(ScoringWarning.Kind.UNBOUNDED_SCALE, leaf.key(), leaf.indicator(),
                        "scale %s of '%s' is unbounded; goalposts use the observed range", scale.describe(),
                        leaf.indicator()));
            }
            from = Double.isFinite(from) ? from : min;
            to = Double.isFinite(to) ? to : max;
        }
        b.from = from;
        b.to = to;
        b.clamp = goalposts;
        boolean reverse = leaf.direction() == Direction.THREAT && polarity == Polarity.NEGATIVE;
        orient(b, reverse, LeafColumn.REFLECT, low, high);
        if (!(to > from)) {
            double[] out = new double[n];
            if (to == from) {
                constant(leaf, warnings, "every unit gets the middle of the target range");
            }
            double mid = (low + high) / 2;
            for (int u = 0; u < n; u++) {
                out[u] = src[u] == src[u] ? mid : Double.NaN;
            }
            return out;
        }
        return lazy(b, LeafColumn.AFFINE, src, n);
    }

    private static void orient(LeafColumn.Builder b, boolean reverse, int how, double lo, double hi) {
        if (reverse) {
            b.orientation = how;
            b.orientLow = lo;
            b.orientHigh = hi;
        }
    }

    private static void constant(MethodNode leaf, List<ScoringWarning> warnings, String rule) {
        warnings.add(ScoringWarning.of(ScoringWarning.Kind.CONSTANT_COLUMN, leaf.key(), leaf.indicator(),
                "indicator '%s' has the same value for every unit (max = min); %s", leaf.indicator(), rule));
    }
}
