package lat.ideal.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lat.ideal.model.Polarity;
import lat.ideal.model.method.Aggregation;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.Direction;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.MissingData;
import lat.ideal.model.method.MissingPolicy;
import lat.ideal.model.method.WeightingMethod;

/** Aggregates prepared leaf columns up the tree, one node at a time, over primitive column arrays. */
final class Engine {
    private static final int LISTED_UNITS = 5;
    /**
     * Units per block where a pass sums over children for each unit. The block's sums (128 KB) stay in the 1 MiB L2
     * cache of the machine of {@code benchmarks/RESULTS.md}, and each child's column is read in runs of 128 KB, long
     * enough for the hardware prefetcher: against blocks of 2,048 units (whose sums fit the L1 cache), flat and
     * TOPSIS at 10^6 x 30 were 1 to 3 ms faster and nothing measured was slower.
     */
    static final int BLOCK = 16_384;

    private final PreparedScoring prepared;
    private final Plan plan;
    private final Overrides overrides;
    private final int n;
    /** The threads a step may use: {@link Scorer#parallelism()}, or 1 below {@link Parallel#UNITS_FROM} units. */
    private final int threads;
    private final double[][] score;
    private final byte[][] status;
    private final double[][] weights;
    private final AggregationMethod[] method;
    private final Aggregation[] aggregation;
    private final double[][][] childValues;
    private final boolean[][][] imputed;
    /** Per node: whether every unit has a value there (no NaN), so that passes over it need no missing-value test. */
    private final boolean[] complete;
    private final List<ScoringWarning> warnings = new ArrayList<>();

    private Engine(PreparedScoring prepared, Overrides overrides) {
        this.prepared = prepared;
        this.plan = prepared.plan();
        this.overrides = overrides;
        this.n = prepared.input().unitCount();
        this.threads = n >= Parallel.UNITS_FROM ? prepared.scorer().parallelism() : 1;
        int count = plan.nodes.length;
        score = new double[count][];
        status = new byte[count][];
        weights = new double[count][];
        method = new AggregationMethod[count];
        aggregation = new Aggregation[count];
        childValues = new double[count][][];
        imputed = new boolean[count][][];
        complete = new boolean[count];
    }

    /** Aggregates the subtree under {@code root} (the whole tree for node 0). */
    static Run run(PreparedScoring prepared, Overrides overrides, int root) {
        Engine e = new Engine(prepared, overrides);
        for (int node : e.plan.innerPostOrder(root)) {
            e.node(node);
        }
        return new Run(e.plan, prepared.leaves(), e.score, e.status, e.weights, e.aggregation, e.childValues,
                e.imputed, e.warnings);
    }

    private void node(int a) {
        MethodNode spec = plan.nodes[a];
        int[] kids = plan.children[a];
        int k = kids.length;
        Aggregation agg = overrides.aggregation(spec.key()).orElse(spec.aggregation());
        AggregationMethod m = agg.method();
        method[a] = m;
        aggregation[a] = agg;
        double[] out = new double[n];
        byte[] st = new byte[n];
        score[a] = out;
        status[a] = st;
        weights[a] = baseOrOverride(a);
        if (m == AggregationMethod.NONE) {
            Arrays.fill(out, Double.NaN);
            Arrays.fill(st, Run.NOT_AGGREGATED);
            return;
        }
        MissingData missing = spec.missing();
        double[][] pre = new double[k][];
        double[][] val = new double[k][];
        boolean[][] imp = new boolean[k][];
        // Leaves that stay lazy (their values computed as they are read): pre and val are null for them.
        LeafColumn[] lazy = new LeafColumn[k];
        boolean[] childComplete = new boolean[k];
        // Whether the values the node aggregates (after the leaves' imputation) have no gaps.
        boolean[] filledComplete = new boolean[k];
        boolean linearMean = m == AggregationMethod.ARITHMETIC_MEAN
                || (m == AggregationMethod.GENERALISED_MEAN && agg.parameter("p", 1) == 1);
        boolean fused = linearMean && missing.policy() == MissingPolicy.EXCLUDE_AND_REWEIGHT && weights[a] != null;
        boolean keepLazy = fused || (m == AggregationMethod.TOPSIS && weights[a] != null);
        for (int c = 0; c < k; c++) {
            int child = kids[c];
            if (plan.isLeaf(child)) {
                LeafColumn leaf = prepared.leaf(child);
                imp[c] = leaf.imputed;
                filledComplete[c] = leaf.filledComplete;
                if (leaf.isLazy() && !leaf.isFilled()) {
                    childComplete[c] = leaf.missing == 0;
                    if (keepLazy) {
                        lazy[c] = leaf;
                        continue;
                    }
                }
                val[c] = leaf.filled();
                // A lazy leaf its parent imputed is not materialised: its imputed flags tell which cells it had.
                pre[c] = leaf.isLazy() && leaf.isFilled() ? null : leaf.normalised();
            } else {
                pre[c] = score[child];
                val[c] = pre[c];
                childComplete[c] = complete[child];
                filledComplete[c] = complete[child];
            }
        }
        if (fused) {
            childValues[a] = val;
            imputed[a] = imp;
            weights[a] = renormalised(spec, weights[a]);
            warnIfAllZero(a, m, weights[a]);
            complete[a] = fusedInChunks(k, missing.availabilityThreshold(), val, lazy, childComplete, weights[a], out,
                    st);
            reportUndefined(a, st);
            return;
        }
        boolean[] eligible = new boolean[n];
        double threshold = missing.availabilityThreshold();
        // Whether a unit with values in this many children is eligible, for each count from 0 to k.
        boolean[] enough = new boolean[k + 1];
        for (int count = 0; count <= k; count++) {
            enough[count] = count > 0 && (double) count / k >= threshold;
        }
        int always = 0;
        for (int c = 0; c < k; c++) {
            always += childComplete[c] ? 1 : 0;
        }
        boolean allEligible = true;
        if (always == k) {
            // Every child complete: every unit has values in all k, so all are eligible or none is.
            if (enough[k]) {
                Arrays.fill(eligible, true);
            } else {
                allEligible = n == 0;
            }
        } else {
            int[] available = new int[n];
            for (int c = 0; c < k; c++) {
                if (childComplete[c]) {
                    continue;
                }
                if (lazy[c] != null) {
                    LeafColumn leaf = lazy[c];
                    for (int u = 0; u < n; u++) {
                        available[u] += 1 - Stats.nanBit(leaf.value(u));
                    }
                    continue;
                }
                double[] col = pre[c];
                if (col == null) {
                    boolean[] filledCell = imp[c];
                    double[] filled = val[c];
                    if (filledComplete[c]) {
                        for (int u = 0; u < n; u++) {
                            available[u] += filledCell[u] ? 0 : 1;
                        }
                    } else {
                        for (int u = 0; u < n; u++) {
                            available[u] += filledCell[u] ? 0 : 1 - Stats.nanBit(filled[u]);
                        }
                    }
                    continue;
                }
                for (int u = 0; u < n; u++) {
                    available[u] += 1 - Stats.nanBit(col[u]);
                }
            }
            for (int u = 0; u < n; u++) {
                eligible[u] = enough[available[u] + always];
                allEligible &= eligible[u];
            }
        }
        for (int c = 0; c < k; c++) {
            if (!plan.isLeaf(kids[c])) {
                boolean[] mask = new boolean[n];
                val[c] = Imputer.impute(pre[c], n, missing.policy(), prepared.groups(), prepared.groupCount(),
                        eligible, mask);
                imp[c] = val[c] == pre[c] ? null : mask;
            } else if (imp[c] != null && !allEligible) {
                boolean[] mask = imp[c].clone();
                for (int u = 0; u < n; u++) {
                    mask[u] &= eligible[u];
                }
                imp[c] = mask;
            }
        }
        childValues[a] = val;
        imputed[a] = imp;
        double[] w = weights[a];
        if (w == null) {
            w = objective(a, val, eligible);
        }
        w = renormalised(spec, w);
        weights[a] = w;
        warnIfAllZero(a, m, w);
        if (!allEligible) {
            for (int u = 0; u < n; u++) {
                if (!eligible[u]) {
                    out[u] = Double.NaN;
                    st[u] = Run.INSUFFICIENT;
                }
            }
        }
        switch (m) {
            case ARITHMETIC_MEAN:
                if (allEligible && allTrue(filledComplete)) {
                    // Every unit eligible and every value present: the blocked branch-free pass, with the same
                    // additions in the same order per unit as the general one.
                    fusedInChunks(k, 0, val, new LeafColumn[k], filledComplete, w, out, st);
                } else {
                    arithmetic(val, w, eligible, out, st);
                }
                break;
            case GENERALISED_MEAN:
                double p = agg.parameter("p", 1);
                if (p == 1) {
                    arithmetic(val, w, eligible, out, st);
                } else {
                    power(a, p, val, w, eligible, out, st);
                }
                break;
            case GEOMETRIC_MEAN:
                power(a, 0, val, w, eligible, out, st);
                break;
            case HARMONIC_MEAN:
                power(a, -1, val, w, eligible, out, st);
                break;
            case WEIGHTED_SUM:
                weightedSum(agg.parameter("rescale", 1) != 0, val, w, eligible, out, st);
                break;
            case MINIMUM:
            case MAXIMUM:
                extreme(m == AggregationMethod.MAXIMUM, val, w, eligible, out, st);
                break;
            case PRODUCT:
                product(a, val, w, eligible, out, st);
                break;
            case COPELAND:
                copeland(val, w, eligible, out, st);
                break;
            default:
                topsis(a, agg, val, lazy, childComplete, allEligible, w, eligible, out, st);
                break;
        }
        complete[a] = noneMissing(out);
        reportUndefined(a, st);
    }

    private static boolean allTrue(boolean[] flags) {
        for (boolean f : flags) {
            if (!f) {
                return false;
            }
        }
        return true;
    }

    private static boolean noneMissing(double[] out) {
        for (double v : out) {
            if (v != v) {
                return false;
            }
        }
        return true;
    }

    /** The weights divided by their sum when the node asks for it and the sum is positive; else as given. */
    static double[] renormalised(MethodNode spec, double[] w) {
        if (!spec.weighting().renormalise()) {
            return w;
        }
        double sum = 0;
        for (double x : w) {
            sum += x;
        }
        if (!(sum > 0)) {
            return w;
        }
        double[] out = w.clone();
        for (int c = 0; c < out.length; c++) {
            out[c] /= sum;
        }
        return out;
    }

    private void warnIfAllZero(int a, AggregationMethod m, double[] w) {
        for (double x : w) {
            if (x != 0) {
                return;
            }
        }
        warnings.add(ScoringWarning.of(ScoringWarning.Kind.ZERO_WEIGHTS, plan.keys[a], "",
                "all weights of '%s' are zero: %s", plan.keys[a], m == AggregationMethod.WEIGHTED_SUM
                        ? "its weighted sum is 0 for every unit with data" : "no unit gets a score there"));
    }

    /** The arrays of one block of {@link #fusedArithmetic}: made per aggregation, or kept by a reranker. */
    static final class Sums {
        final double[] den;
        final int[] available;

        /** Arrays for a column of {@code n} units. */
        Sums(int n) {
            int size = Math.min(n, BLOCK);
            den = new double[size];
            available = new int[size];
        }
    }

    /**
     * The hot path: weighted arithmetic mean with exclude-and-reweight, counting available children in the same pass
     * over the columns as the sums. Units go in blocks whose sums stay in the L2 cache; within a block, children in
     * order. The weighted sums are kept in {@code out} itself, at each unit's own index, as every column is: so the
     * loop of a child without missing values vectorises and reads the column straight from memory (a lazy leaf
     * normalises as it reads); up to three such children in a row share one loop ({@link LeafColumn#addWeighted(
     * LeafColumn[], double[][], double[], int, int, double[], int, int)}), the same additions in the same order.
     * While every child so far in the block was complete, the sum of weights and the count of children are one number
     * for the block, and become per-unit arrays (filled with that number: the same additions in the same order) at
     * the first child with missing values. Writes every unit's score and marks a unit's status
     * only where that score is NaN (other entries are left as they came). Returns whether every unit got a score.
     */
    static boolean fusedArithmetic(int n, int k, double threshold, double[][] val, LeafColumn[] lazy, boolean[] full,
                                   double[] w, double[] out, byte[] st, Sums sums) {
        return fusedArithmetic(0, n, k, threshold, val, lazy, full, w, out, st, sums);
    }

    /**
     * {@link #fusedArithmetic(int, int, double, double[][], LeafColumn[], boolean[], double[], double[], byte[], Sums)}
     * on units {@code [start, end)} only (blocks start at {@code start}); returns whether each of them got a score.
     * Each unit's score is the same whatever range it is computed in. {@code out} must not be one of the columns.
     */
    static boolean fusedArithmetic(int start, int end, int k, double threshold, double[][] val, LeafColumn[] lazy,
                                   boolean[] full, double[] w, double[] out, byte[] st, Sums sums) {
        double[] den = sums.den;
        int[] available = sums.available;
        boolean all = true;
        for (int from = start; from < end; from += BLOCK) {
            int size = Math.min(BLOCK, end - from);
            int to = from + size;
            // The sums start at 0 and take the children in order: the same additions as a separate sum array.
            Arrays.fill(out, from, to, 0);
            boolean perUnit = false;
            double denAll = 0;
            int availableAll = 0;
            for (int c = 0; c < k; c++) {
                double wc = w[c];
                LeafColumn leaf = lazy[c];
                if (full[c]) {
                    // Up to three children in a row, complete, weighted and fusable, in one loop over the block.
                    int group = 1;
                    if (wc != 0 && fusable(lazy, c)) {
                        while (group < 3 && c + group < k && full[c + group] && w[c + group] != 0
                                && fusable(lazy, c + group)) {
                            group++;
                        }
                    }
                    if (group > 1) {
                        LeafColumn.addWeighted(lazy, val, w, c, group, out, from, to);
                    } else if (wc != 0) {
                        if (leaf != null) {
                            leaf.addWeighted(wc, out, from, to);
                        } else {
                            double[] col = val[c];
                            for (int u = from; u < to; u++) {
                                out[u] += wc * col[u];
                            }
                        }
                    }
                    for (int g = c; g < c + group; g++) {
                        double wg = w[g];
                        if (!perUnit) {
                            if (wg != 0) {
                                denAll += wg;
                            }
                            availableAll++;
                        } else {
                            for (int i = 0; i < size; i++) {
                                if (wg != 0) {
                                    den[i] += wg;
                                }
                                available[i]++;
                            }
                        }
                    }
                    c += group - 1;
                    continue;
                }
                if (!perUnit) {
                    Arrays.fill(den, 0, size, denAll);
                    Arrays.fill(available, 0, size, availableAll);
                    perUnit = true;
                }
                double[] col = val[c];
                for (int i = 0; i < size; i++) {
                    int u = from + i;
                    double v = leaf != null ? leaf.value(u) : col[u];
                    if (v == v) {
                        if (wc != 0) {
                            out[u] += wc * v;
                            den[i] += wc;
                        }
                        available[i]++;
                    }
                }
            }
            if (!perUnit) {
                boolean enough = availableAll > 0 && (double) availableAll / k >= threshold;
                if (enough && denAll > 0) {
                    for (int u = from; u < to; u++) {
                        out[u] = out[u] / denAll;
                    }
                } else {
                    Arrays.fill(out, from, to, Double.NaN);
                    Arrays.fill(st, from, to, enough ? Run.UNDEFINED : Run.INSUFFICIENT);
                    all = false;
                }
                continue;
            }
            for (int i = 0; i < size; i++) {
                int u = from + i;
                int count = available[i];
                if (count == 0 || (double) count / k < threshold) {
                    out[u] = Double.NaN;
                    st[u] = Run.INSUFFICIENT;
                    all = false;
                } else if (den[i] > 0) {
                    out[u] = out[u] / den[i];
                } else {
                    out[u] = Double.NaN;
                    st[u] = Run.UNDEFINED;
                    all = false;
                }
            }
        }
        return all;
    }

    /** Whether child {@code c} is held as its values or is a {@link LeafColumn#isFusable() fusable} leaf. */
    private static boolean fusable(LeafColumn[] lazy, int c) {
        return lazy[c] == null || lazy[c].isFusable();
    }

    /**
     * {@link #fusedArithmetic} over every unit, in one chunk of units per thread ({@link Parallel#chunks}); returns
     * whether every unit got a score.
     */
    private boolean fusedInChunks(int k, double threshold, double[][] val, LeafColumn[] lazy, boolean[] full,
                                  double[] w, double[] out, byte[] st) {
        int chunks = Parallel.chunks(n, threads, BLOCK);
        boolean[] scored = new boolean[chunks];
        Parallel.run(threads, chunks, worker -> new Sums(n), (sums, c) -> {
            int start = Parallel.chunkStart(c, chunks, n, BLOCK);
            int end = Parallel.chunkStart(c + 1, chunks, n, BLOCK);
            scored[c] = fusedArithmetic(start, end, k, threshold, val, lazy, full, w, out, st, sums);
        });
        return allTrue(scored);
    }

    private double[] baseOrOverride(int a) {
        double[] o = overrides.weightsOrNull(plan.keys[a]);
        if (o != null) {
            if (o.length != plan.children[a].length) {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                        "override gives %d weights for '%s', which has %d children", o.length, plan.keys[a],
                        plan.children[a].length));
            }
            return o;
        }
        return plan.baseWeights[a];
    }

    private double[] objective(int a, double[][] val, boolean[] eligible) {
        int k = val.length;
        double[][] cols = new double[k][];
        for (int c = 0; c < k; c++) {
            cols[c] = val[c].clone();
            for (int u = 0; u < n; u++) {
                if (!eligible[u]) {
                    cols[c][u] = Double.NaN;
                }
            }
        }
        WeightingMethod wm = plan.nodes[a].weighting().method();
        double[] w = wm == WeightingMethod.ENTROPY ? Weights.entropy(cols, n) : Weights.critic(cols, n);
        if (w == null) {
            warnings.add(ScoringWarning.of(ScoringWarning.Kind.OBJECTIVE_WEIGHTS_DEGENERATE, plan.keys[a], "",
                    "%s weights of '%s' are undefined (no spread, fewer than two units, or negative values);"
                            + " equal weights are used", wm, plan.keys[a]));
            w = new double[k];
            Arrays.fill(w, 1.0 / k);
        }
        return w;
    }

    /** Accumulates sum(w v) into {@code num} and sum(w) into {@code den} over the present cells; the hot loop. */
    private void accumulate(double[][] val, double[] w, double[] num, double[] den) {
        for (int c = 0; c < val.length; c++) {
            double wc = w[c];
            if (wc == 0) {
                continue;
            }
            double[] col = val[c];
            for (int u = 0; u < n; u++) {
                double v = col[u];
                if (v == v) {
                    num[u] += wc * v;
                    den[u] += wc;
                }
            }
        }
    }

    private void arithmetic(double[][] val, double[] w, boolean[] eligible, double[] out, byte[] st) {
        double[] num = new double[n];
        double[] den = new double[n];
        accumulate(val, w, num, den);
        for (int u = 0; u < n; u++) {
            if (eligible[u]) {
                if (den[u] > 0) {
                    out[u] = num[u] / den[u];
                } else {
                    out[u] = Double.NaN;
                    st[u] = Run.UNDEFINED;
                }
            }
        }
    }

    /** Weighted power mean of order p (0: geometric, -1: harmonic); p <= 0 needs v > 0, p > 0 needs v >= 0. */
    private void power(int a, double p, double[][] val, double[] w, boolean[] eligible, double[] out, byte[] st) {
        double[] num = new double[n];
        double[] den = new double[n];
        boolean[] bad = new boolean[n];
        for (int c = 0; c < val.length; c++) {
            double wc = w[c];
            if (wc == 0) {
                continue;
            }
            double[] col = val[c];
            for (int u = 0; u < n; u++) {
                double v = col[u];
                if (v == v) {
                    if (p <= 0 ? !(v > 0) : v < 0) {
                        bad[u] = true;
                    } else if (p == 0) {
                        num[u] += wc * Math.log(v);
                    } else if (p == -1) {
                        num[u] += wc / v;
                    } else {
                        num[u] += wc * Math.pow(v, p);
                    }
                    den[u] += wc;
                }
            }
        }
        int badCount = 0;
        StringBuilder listed = new StringBuilder();
        for (int u = 0; u < n; u++) {
            if (!eligible[u]) {
                continue;
            }
            if (bad[u]) {
                out[u] = Double.NaN;
                st[u] = Run.UNDEFINED;
                if (badCount++ < LISTED_UNITS) {
                    listed.append(badCount > 1 ? ", " : "").append(prepared.input().units().get(u).key());
                }
            } else if (den[u] > 0) {
                double mean = num[u] / den[u];
                out[u] = p == 0 ? Math.exp(mean) : p == -1 ? 1 / mean : Math.pow(mean, 1 / p);
            } else {
                out[u] = Double.NaN;
                st[u] = Run.UNDEFINED;
            }
        }
        if (badCount > 0) {
            warnings.add(ScoringWarning.of(ScoringWarning.Kind.NON_POSITIVE_VALUE, plan.keys[a], "",
                    "%d units (%s%s) have child values that are %s under the %s of '%s'; they get no score there:"
                            + " normalise to a positive range such as min-max [1, 100]", badCount, listed,
                    badCount > LISTED_UNITS ? ", ..." : "", p <= 0 ? "not positive" : "negative",
                    p == 0 ? "geometric mean" : p == -1 ? "harmonic mean" : "power mean of order " + p,
                    plan.keys[a]));
        }
    }

    /**
     * Weighted sum over the children present. With {@code rescale} (parameter {@code rescale}, default 1) it is scaled
     * by (sum of all weights) / (sum of the present weights), so that a missing child counts as the present children's
     * weighted mean; without (parameter 0, for counts such as a crime harm index) a missing child adds nothing.
     * 0 when every weight is 0.
     */
    private void weightedSum(boolean rescale, double[][] val, double[] w, boolean[] eligible, double[] out,
                             byte[] st) {
        double[] sum = new double[n];
        double[] present = new double[n];
        double total = 0;
        for (double wc : w) {
            total += wc;
        }
        accumulate(val, w, sum, present);
        for (int u = 0; u < n; u++) {
            if (!eligible[u]) {
                continue;
            }
            if (total == 0) {
                out[u] = 0;
            } else if (present[u] == total || (!rescale && present[u] > 0)) {
                out[u] = sum[u];
            } else if (present[u] > 0) {
                out[u] = sum[u] * (total / present[u]);
            } else {
                out[u] = Double.NaN;
                st[u] = Run.UNDEFINED;
            }
        }
    }

    private void extreme(boolean max, double[][] val, double[] w, boolean[] eligible, double[] out, byte[] st) {
        double[] best = new double[n];
        Arrays.fill(best, Double.NaN);
        for (int c = 0; c < val.length; c++) {
            if (w[c] == 0) {
                continue;
            }
            double[] col = val[c];
            for (int u = 0; u < n; u++) {
                double v = col[u];
                if (v == v && (best[u] != best[u] || (max ? v > best[u] : v < best[u]))) {
                    best[u] = v;
                }
            }
        }
        for (int u = 0; u < n; u++) {
            if (eligible[u]) {
                out[u] = best[u];
                if (best[u] != best[u]) {
                    st[u] = Run.UNDEFINED;
                }
            }
        }
    }

    /** Product of v^w over the children with positive weight; every such child must be present. */
    private void product(int a, double[][] val, double[] w, boolean[] eligible, double[] out, byte[] st) {
        double[] prod = new double[n];
        Arrays.fill(prod, 1);
        boolean[] missing = new boolean[n];
        boolean any = false;
        for (int c = 0; c < val.length; c++) {
            double wc = w[c];
            if (wc == 0) {
                continue;
            }
            any = true;
            double[] col = val[c];
            for (int u = 0; u < n; u++) {
                double v = col[u];
                if (v != v) {
                    missing[u] = true;
                } else {
                    prod[u] *= wc == 1 ? v : Math.pow(v, wc);
                }
            }
        }
        for (int u = 0; u < n; u++) {
            if (!eligible[u]) {
                continue;
            }
            if (missing[u]) {
                out[u] = Double.NaN;
                st[u] = Run.INSUFFICIENT;
            } else if (!any || prod[u] != prod[u]) {
                out[u] = Double.NaN;
                st[u] = Run.UNDEFINED;
            } else {
                out[u] = prod[u];
            }
        }
        if (!any) {
            warnings.add(ScoringWarning.of(ScoringWarning.Kind.ZERO_WEIGHTS, plan.keys[a], "",
                    "product '%s' has no child with a positive weight", plan.keys[a]));
        }
    }

    /**
     * Copeland: for each pair of eligible units, the weight of the children on which one beats the other (half
     * for a tie, over the children both have) decides a win; the score is wins minus losses. O(n^2 k).
     */
    private void copeland(double[][] val, double[] w, boolean[] eligible, double[] out, byte[] st) {
        int k = val.length;
        int[] idx = new int[n];
        int m = 0;
        for (int u = 0; u < n; u++) {
            if (eligible[u]) {
                idx[m++] = u;
                out[u] = 0;
            }
        }
        for (int i = 0; i < m; i++) {
            int a = idx[i];
            for (int j = i + 1; j < m; j++) {
                int b = idx[j];
                double ea = 0;
                double eb = 0;
                for (int c = 0; c < k; c++) {
                    double x = val[c][a];
                    double y = val[c][b];
                    if (w[c] == 0 || x != x || y != y) {
                        continue;
                    }
                    if (x > y) {
                        ea += w[c];
                    } else if (y > x) {
                        eb += w[c];
                    } else {
                        ea += w[c] / 2;
                        eb += w[c] / 2;
                    }
                }
                if (ea > eb) {
                    out[a]++;
                    out[b]--;
                } else if (eb > ea) {
                    out[b]++;
                    out[a]--;
                }
            }
        }
    }

    /**
     * TOPSIS (Hwang and Yoon 1981): optionally vector-normalise each child column (parameter {@code vector}, default
     * 1), weight by w / sum w, take the ideal (best) and anti-ideal (worst) value of each child over the eligible
     * units, and score the relative closeness D- / (D+ + D-). A child leaf kept {@code AS_MEASURED} with negative
     * polarity is a cost criterion (its best value is the smallest). Identical ideal and anti-ideal give 0.5.
     */
    private void topsis(int a, Aggregation agg, double[][] val, LeafColumn[] lazy, boolean[] full,
                        boolean allEligible, double[] w, boolean[] eligible, double[] out, byte[] st) {
        int k = val.length;
        boolean vector = agg.parameter("vector", 1) != 0;
        double wsum = 0;
        for (double x : w) {
            wsum += x;
        }
        double weightSum = wsum;
        int size0 = Math.min(n, BLOCK);
        // Per child: the norm and range over the eligible units (a lazy leaf normalised block by block as it is read);
        // children are independent, so they may be read on several threads.
        double[] scale = new double[k];
        double[] norm = new double[k];
        double[] best = new double[k];
        double[] worst = new double[k];
        boolean[] dense = new boolean[k];
        boolean[] skip = new boolean[k];
        int[] kids = plan.children[a];
        Parallel.run(threads, k, worker -> new double[size0], (buffer, c) -> {
            dense[c] = full[c] && allEligible;
            double[] acc = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0, 0, 0, 0};
            LeafColumn leaf = lazy[c];
            boolean known = dense[c] && leaf != null && leaf.hasRange;
            double ss;
            if (known) {
                // The range is known from preparation: only the squares remain, and only for vector normalisation.
                acc[0] = leaf.valueMin;
                acc[1] = leaf.valueMax;
                boolean asInput = leaf.kind == LeafColumn.LINEAR && leaf.orientation == LeafColumn.KEEP;
                if (!vector) {
                    ss = 0;
                } else if (asInput && leaf.hasSquares) {
                    // Found in the same pass as the range (Leaves.rawRanges): the same sum as addSquares gives.
                    ss = leaf.sourceSquares;
                } else {
                    if (asInput) {
                        Stats.addSquares(leaf.source, 0, n, acc);
                    } else {
                        for (int from = 0; from < n; from += BLOCK) {
                            int size = Math.min(BLOCK, n - from);
                            leaf.copyValues(from, size, buffer, 0);
                            Stats.addSquares(buffer, 0, size, acc);
                        }
                    }
                    ss = Stats.sumOfSquares(acc);
                }
            } else {
                for (int from = 0; from < n; from += BLOCK) {
                    int size = Math.min(BLOCK, n - from);
                    if (val[c] != null) {
                        Stats.addRangeAndSquares(val[c], from, size, dense[c] ? null : eligible, from, acc);
                    } else {
                        lazy[c].copyValues(from, size, buffer, 0);
                        Stats.addRangeAndSquares(buffer, 0, size, dense[c] ? null : eligible, from, acc);
                    }
                }
                ss = Stats.sumOfSquares(acc);
            }
            norm[c] = vector && ss > 0 ? Math.sqrt(ss) : 1;
            scale[c] = weightSum > 0 ? w[c] / weightSum : 0;
            // wc (x / norm) is non-decreasing in x (wc >= 0, norm > 0, rounding is monotone), so its extremes are the
            // images of the column's extremes (up to the sign of a zero, which no squared distance sees).
            double tLo = scale[c] * (acc[0] / norm[c]);
            double tHi = scale[c] * (acc[1] / norm[c]);
            boolean cost = isCost(kids[c]);
            best[c] = cost ? tLo : tHi;
            worst[c] = cost ? tHi : tLo;
            skip[c] = acc[1] < acc[0];
        });
        // Then units in blocks, in one chunk of blocks per thread: each child's squared distances to the ideal and
        // anti-ideal value, children in order (the same additions in the same order per unit as over a matrix of
        // weighted values).
        int chunks = Parallel.chunks(n, threads, BLOCK);
        int[] degenerate = new int[chunks];
        // The squared distances to the ideal point are summed in out itself, those to the anti-ideal point here.
        double[] minus = new double[n];
        Parallel.run(threads, chunks, (none, chunk) -> {
            degenerate[chunk] = closeness(Parallel.chunkStart(chunk, chunks, n, BLOCK),
                    Parallel.chunkStart(chunk + 1, chunks, n, BLOCK), val, lazy, scale, norm, best, worst, dense,
                    skip, allEligible, eligible, out, minus);
        });
        int undecided = 0;
        for (int d : degenerate) {
            undecided += d;
        }
        if (undecided > 0) {
            warnings.add(ScoringWarning.of(ScoringWarning.Kind.TOPSIS_DEGENERATE, plan.keys[a], "",
                    "%d units of '%s' are at both the ideal and the anti-ideal point (no criterion separates them);"
                            + " their closeness is 0.5", undecided, plan.keys[a]));
        }
    }

    /**
     * TOPSIS closeness of units {@code [start, end)} into {@code out}, block by block. Each child's squared distances
     * are added at each unit's own index, to the ideal point in {@code out} and to the anti-ideal point in
     * {@code minus} (n long; only {@code [start, end)} is used), children in order: the same additions in the same
     * order per unit as over a matrix of weighted values. Returns the number of units at both the ideal and the
     * anti-ideal point (closeness 0.5).
     */
    private static int closeness(int start, int end, double[][] val, LeafColumn[] lazy, double[] scale, double[] norm,
                                 double[] best, double[] worst, boolean[] dense, boolean[] skip, boolean allEligible,
                                 boolean[] eligible, double[] out, double[] minus) {
        double[] plus = out;
        int degenerate = 0;
        // The values of each dense child held in an array (null where a lazy leaf computes them as they are read).
        int k = val.length;
        double[][] held = new double[k][];
        for (int c = 0; c < k; c++) {
            if (dense[c] && !skip[c]) {
                held[c] = val[c] != null ? val[c] : lazy[c].valuesIfHeld();
            }
        }
        for (int from = start; from < end; from += BLOCK) {
            int to = Math.min(BLOCK, end - from) + from;
            Arrays.fill(plus, from, to, 0);
            Arrays.fill(minus, from, to, 0);
            for (int c = 0; c < k; c++) {
                if (skip[c]) {
                    continue;
                }
                if (held[c] != null) {
                    // Two held children in a row (skipped ones between add nothing) in one loop over the block.
                    int next = c + 1;
                    while (next < k && skip[next]) {
                        next++;
                    }
                    if (next < k && held[next] != null) {
                        LeafColumn.addSquaredDistances(held, c, next, scale, norm, best, worst, plus, minus, from,
                                to);
                        c = next;
                        continue;
                    }
                }
                double wc = scale[c];
                double nc = norm[c];
                double b = best[c];
                double wst = worst[c];
                double[] col = val[c];
                LeafColumn leaf = lazy[c];
                if (dense[c]) {
                    if (col != null) {
                        LeafColumn.addSquaredDistances(col, wc, nc, b, wst, plus, minus, from, to);
                    } else {
                        leaf.addSquaredDistances(wc, nc, b, wst, plus, minus, from, to);
                    }
                    continue;
                }
                for (int u = from; u < to; u++) {
                    double x = col != null ? col[u] : leaf.value(u);
                    if (eligible[u] && x == x) {
                        double t = wc * (x / nc);
                        plus[u] += (t - b) * (t - b);
                        minus[u] += (t - wst) * (t - wst);
                    }
                }
            }
            if (allEligible) {
                // Branch-free (vectorisable): the closeness, and in minus the sum of the two distances, which is not
                // positive (0, or NaN) exactly where the unit is at both points and 0 / 0 made the closeness NaN.
                for (int u = from; u < to; u++) {
                    double dMinus = Math.sqrt(minus[u]);
                    double sum = Math.sqrt(plus[u]) + dMinus;
                    out[u] = dMinus / sum;
                    minus[u] = sum;
                }
                for (int u = from; u < to; u++) {
                    if (out[u] != out[u] && !(minus[u] > 0)) {
                        out[u] = 0.5;
                        degenerate++;
                    }
                }
                continue;
            }
            for (int u = from; u < to; u++) {
                if (!eligible[u]) {
                    out[u] = Double.NaN;
                    continue;
                }
                double dPlus = Math.sqrt(plus[u]);
                double dMinus = Math.sqrt(minus[u]);
                if (dPlus + dMinus > 0) {
                    out[u] = dMinus / (dPlus + dMinus);
                } else {
                    out[u] = 0.5;
                    degenerate++;
                }
            }
        }
        return degenerate;
    }

    private boolean isCost(int child) {
        if (!plan.isLeaf(child) || plan.nodes[child].direction() != Direction.AS_MEASURED) {
            return false;
        }
        LeafColumn leaf = prepared.leaf(child);
        return leaf.column >= 0
                && prepared.input().indicators().get(leaf.column).polarity() == Polarity.NEGATIVE;
    }

    private void reportUndefined(int a, byte[] st) {
        // An undefined unit has no score: a node where every unit has one has none to report.
        if (complete[a] || method[a] == AggregationMethod.GEOMETRIC_MEAN || method[a] == AggregationMethod.HARMONIC_MEAN
                || method[a] == AggregationMethod.GENERALISED_MEAN || method[a] == AggregationMethod.PRODUCT) {
            return;
        }
        int count = 0;
        for (byte s : st) {
            if (s == Run.UNDEFINED) {
                count++;
            }
        }
        if (count > 0) {
            warnings.add(ScoringWarning.of(ScoringWarning.Kind.ZERO_WEIGHTS, plan.keys[a], "",
                    "%d units of '%s' have data only in children that weigh 0; they get no score there", count,
                    plan.keys[a]));
        }
    }
}
