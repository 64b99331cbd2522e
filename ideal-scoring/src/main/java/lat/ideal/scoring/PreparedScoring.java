package lat.ideal.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import lat.ideal.model.method.Aggregation;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Methodology;
import lat.ideal.model.method.MissingPolicy;

/**
 * A scoring stopped after the leaf stage: treated, normalised, oriented and (by the parents' policies) imputed leaf
 * columns, ready to be aggregated any number of times.
 *
 * <p>This is the stage boundary for uncertainty and sensitivity analysis. Everything upstream of aggregation -
 * outlier treatment, normalisation, orientation and imputation of leaf values - is computed once, here. Then
 * {@link #aggregate(Overrides)} or the fast primitive paths {@link #scores(String, Overrides)} and
 * {@link #ranks(String, Overrides)} recompute only the aggregation with other node weights or other aggregation
 * methods; the fast paths compute only the subtree of the requested node and build no per-unit objects. Factors
 * upstream of aggregation (another normaliser, another imputation, excluding an indicator by methodology) need a new
 * {@link Scorer#prepare(ScoringInput)} of a modified methodology; excluding an indicator can also be expressed as a
 * zero weight override.
 *
 * <p>This class is immutable and thread-safe: any number of threads may aggregate the same prepared scoring at once.
 *
 * @since 0.1
 */
public final class PreparedScoring {
    /** Up to this many leaf cells (8 MB of doubles), lazy leaves are normalised once, at preparation. */
    private static final long MATERIALISED_CELLS = 1L << 20;

    private final Scorer scorer;
    private final Plan plan;
    private final ScoringInput input;
    private final LeafColumn[] leaves;
    private final int[] groups;
    private final int groupCount;
    private final List<ScoringWarning> warnings;
    /** Whether every leaf's normalised values are kept (not computed again as they are read). */
    private final boolean materialised;

    PreparedScoring(Scorer scorer, Plan plan, ScoringInput input) {
        this.scorer = scorer;
        this.plan = plan;
        this.input = Objects.requireNonNull(input, "input");
        int n = input.unitCount();
        groups = input.unitGroups();
        groupCount = input.groupLabels().size();
        List<ScoringWarning> w = new ArrayList<>(input.warnings());
        w.addAll(plan.warnings);
        leaves = new LeafColumn[plan.nodes.length];
        int threads = n >= Parallel.UNITS_FROM ? scorer.parallelism() : 1;
        double[][] rawRanges = Leaves.rawRanges(plan, input, threads);
        int[] leafNodes = IntStream.range(0, plan.nodes.length).filter(plan::isLeaf).toArray();
        // Leaves are independent: each thread has its own work arrays, each leaf its own warnings, which are then
        // listed in node order whatever thread prepared them.
        List<List<ScoringWarning>> leafWarnings = new ArrayList<>();
        for (int i = 0; i < leafNodes.length; i++) {
            leafWarnings.add(new ArrayList<>());
        }
        Parallel.run(threads, leafNodes.length, worker -> new Leaves.Scratch(n), (scratch, i) -> {
            int node = leafNodes[i];
            leaves[node] = Leaves.prepare(plan, node, input, groups, groupCount, leafWarnings.get(i), scratch,
                    rawRanges[node]);
        });
        leafWarnings.forEach(w::addAll);
        warnings = List.copyOf(w);
        long cells = 0;
        for (LeafColumn leaf : leaves) {
            cells += leaf == null ? 0 : n;
        }
        materialised = cells <= MATERIALISED_CELLS;
        if (materialised) {
            // Small enough to keep: repeated aggregations (uncertainty and sensitivity analysis) then read normalised
            // values instead of normalising them again on every pass. The values are the same either way.
            for (LeafColumn leaf : leaves) {
                if (leaf != null) {
                    leaf.normalised();
                }
            }
        }
    }

    /**
     * Returns the scorer that prepared this.
     *
     * @return the scorer, never null
     */
    public Scorer scorer() {
        return scorer;
    }

    /**
     * Returns the methodology.
     *
     * @return the methodology, never null
     */
    public Methodology methodology() {
        return plan.methodology;
    }

    /**
     * Returns the input.
     *
     * @return the input, never null
     */
    public ScoringInput input() {
        return input;
    }

    /**
     * Returns what preparing had to report (treated outliers, constant columns, missing indicators).
     *
     * @return the warnings, never null
     */
    public List<ScoringWarning> warnings() {
        return warnings;
    }

    /**
     * Returns a leaf's values as they enter aggregation: treated, normalised and oriented, before imputation.
     *
     * @param leafKey the leaf's node key, not null
     * @return a new array in unit order; NaN where the unit has no value
     * @throws IllegalArgumentException if the key is not a leaf of the methodology
     */
    public double[] leafValues(String leafKey) {
        int node = plan.index(leafKey);
        if (!plan.isLeaf(node)) {
            throw new IllegalArgumentException("'" + leafKey + "' is not a leaf");
        }
        return leaves[node].normalised().clone();
    }

    /**
     * Returns the keys of a node's children, in the order that positional weight overrides use.
     *
     * @param nodeKey the node's key, not null
     * @return the child keys, never null (empty for a leaf)
     * @throws IllegalArgumentException if the methodology has no such node
     */
    public List<String> childKeys(String nodeKey) {
        int node = plan.index(nodeKey);
        List<String> keys = new ArrayList<>();
        for (int c : plan.children[node]) {
            keys.add(plan.keys[c]);
        }
        return keys;
    }

    /**
     * Aggregates with the methodology's own weights and aggregations.
     *
     * @return the full result, never null
     */
    public ScoringResult aggregate() {
        return aggregate(Overrides.none());
    }

    /**
     * Aggregates with some node weights or aggregations replaced.
     *
     * @param overrides the replacements, not null
     * @return the full result, never null
     * @throws IllegalArgumentException if an override names no node of the methodology or gives the wrong number of
     *         weights
     */
    public ScoringResult aggregate(Overrides overrides) {
        checkOverrides(overrides);
        return new ScoringResult(this, overrides, Engine.run(this, overrides, 0));
    }

    /**
     * Recomputes one node's unrounded scores, and nothing outside its subtree.
     *
     * @param nodeKey the node's key, not null
     * @param overrides replacement weights or aggregations, not null
     * @return a new array in unit order; NaN where the unit gets no score (insufficient data, undefined, or a node
     *         without aggregation)
     * @throws IllegalArgumentException if a key is unknown or an override has the wrong number of weights
     */
    public double[] scores(String nodeKey, Overrides overrides) {
        checkOverrides(overrides);
        int node = plan.index(nodeKey);
        Run run = Engine.run(this, overrides, node);
        return run.scores(node).clone();
    }

    /**
     * Recomputes one node's ranks with the scorer's tie policy and rank basis, and nothing outside its subtree.
     *
     * @param nodeKey the node's key, not null
     * @param overrides replacement weights or aggregations, not null
     * @return a new array in unit order; rank 1 for the highest score, 0 where the unit has no score
     * @throws IllegalArgumentException if a key is unknown or an override has the wrong number of weights
     */
    public int[] ranks(String nodeKey, Overrides overrides) {
        return reranker(List.of(nodeKey)).ranks(overrides)[0];
    }

    /**
     * Recomputes several nodes' ranks from one aggregation of the smallest subtree that holds them all, and nothing
     * outside it; each node's ranks are those {@link #ranks(String, Overrides)} gives.
     *
     * @param nodeKeys the nodes' keys, not null, at least one
     * @param overrides replacement weights or aggregations, not null
     * @return one new array per key, in the keys' order, each in unit order; rank 1 for the highest score, 0 where
     *         the unit has no score
     * @throws IllegalArgumentException if no key is given, a key is unknown or an override has the wrong number of
     *         weights
     * @since 0.1
     */
    public int[][] ranks(List<String> nodeKeys, Overrides overrides) {
        return reranker(nodeKeys).ranks(overrides);
    }

    /**
     * Returns a worker that recomputes several nodes' ranks as {@link #ranks(List, Overrides)} does, keeping its
     * working arrays from one call to the next: for many aggregations in a row on one thread, such as the samples of
     * a Monte Carlo analysis.
     *
     * @param nodeKeys the nodes' keys, not null, at least one
     * @return a new reranker, never null
     * @throws IllegalArgumentException if no key is given or a key is unknown
     * @since 0.1
     */
    public Reranker reranker(List<String> nodeKeys) {
        return new Reranker(this, nodeKeys);
    }

    /**
     * Recomputes some nodes' ranks under overrides again and again, as {@link PreparedScoring#ranks(List, Overrides)}
     * does, with working arrays kept between calls.
     *
     * <p>When the nodes are all one inner node whose children are leaves, ranked on unrounded scores, and the
     * overrides leave that node a weighted arithmetic mean with exclude-and-reweight, the node's scores are the fused
     * mean of the engine (the same additions in the same order per unit) written into a kept array, and that array is
     * the ranking key (the mean marks a unit unscored only where its score is NaN). Any other case aggregates the
     * subtree through the engine. Either way the ranks are exactly those of {@link PreparedScoring#ranks(List,
     * Overrides)}.
     *
     * <p>This class is not thread-safe: use one reranker per thread (each is cheap to make).
     *
     * @since 0.1
     */
    public static final class Reranker {
        private final PreparedScoring prepared;
        private final int[] nodes;
        private final int top;
        private final TiePolicy policy;
        /** Whether the fused mean can give every node's ranking key; then the arrays below are set. */
        private final boolean flat;
        private final double[][] values;
        private final LeafColumn[] lazy;
        private final boolean[] complete;
        /** Whether every child's column is kept and has no gaps (then {@link #denseMean} computes the mean). */
        private final boolean dense;
        /** The children with a non-zero weight, in order, for {@link #denseMean}. */
        private final int[] live;
        private final double[] score;
        private final byte[] status;
        private final Engine.Sums sums;
        private final BucketOrder.Workspace order = new BucketOrder.Workspace();

        private Reranker(PreparedScoring prepared, List<String> nodeKeys) {
            this.prepared = prepared;
            if (nodeKeys.isEmpty()) {
                throw new IllegalArgumentException("no node to rank");
            }
            Plan plan = prepared.plan;
            nodes = new int[nodeKeys.size()];
            int common = plan.index(nodeKeys.get(0));
            boolean same = true;
            for (int j = 0; j < nodes.length; j++) {
                nodes[j] = plan.index(nodeKeys.get(j));
                same &= nodes[j] == nodes[0];
                common = prepared.commonAncestor(common, nodes[j]);
            }
            top = common;
            policy = prepared.scorer.tiePolicy();
            int[] kids = plan.children[top];
            boolean leavesOnly = kids.length > 0;
            for (int child : kids) {
                leavesOnly &= plan.isLeaf(child);
            }
            flat = same && leavesOnly && prepared.scorer.rankBasis() == RankBasis.UNROUNDED;
            int n = prepared.input.unitCount();
            int k = kids.length;
            values = flat ? new double[k][] : null;
            lazy = flat ? new LeafColumn[k] : null;
            complete = flat ? new boolean[k] : null;
            // The children's columns as the engine's fused mean takes them: a lazy leaf that its parent does not impute
            // as itself unless its values are kept, any other leaf by its values after imputation. A column without
            // gaps (known from preparation, or found here) takes the fused mean's pass without tests: the same
            // additions per unit as the pass with tests.
            for (int c = 0; flat && c < k; c++) {
                LeafColumn leaf = prepared.leaf(kids[c]);
                if (leaf.isLazy() && !leaf.isFilled() && !prepared.materialised) {
                    lazy[c] = leaf;
                } else {
                    values[c] = leaf.filled();
                }
                complete[c] = leaf.filledComplete || values[c] != null && noNaN(values[c]);
            }
            boolean kept = flat;
            for (int c = 0; kept && c < k; c++) {
                kept = values[c] != null && complete[c];
            }
            dense = kept;
            live = dense ? new int[k] : null;
            score = flat ? new double[n] : null;
            status = flat ? new byte[n] : null;
            sums = flat ? new Engine.Sums(n) : null;
        }

        private static boolean noNaN(double[] column) {
            for (double v : column) {
                if (v != v) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Recomputes the nodes' ranks.
         *
         * @param overrides replacement weights or aggregations, not null
         * @return one new array per node, in the keys' order, each in unit order; rank 1 for the highest score, 0
         *         where the unit has no score
         * @throws IllegalArgumentException if an override names no node or has the wrong number of weights
         */
        public int[][] ranks(Overrides overrides) {
            int[][] out = new int[nodes.length][prepared.input.unitCount()];
            ranks(overrides, out);
            return out;
        }

        /**
         * Recomputes the nodes' ranks into given arrays.
         *
         * @param overrides replacement weights or aggregations, not null
         * @param into one array per node, in the keys' order, each at least as long as the number of units; overwritten
         *     in unit order with rank 1 for the highest score, 0 where the unit has no score
         * @throws IllegalArgumentException if an override names no node or has the wrong number of weights, or there
         *         are too few or too short arrays
         */
        public void ranks(Overrides overrides, int[][] into) {
            prepared.checkOverrides(overrides);
            int n = prepared.input.unitCount();
            if (into.length < nodes.length) {
                throw new IllegalArgumentException(into.length + " arrays for the ranks of " + nodes.length + " nodes");
            }
            for (int j = 0; j < nodes.length; j++) {
                if (into[j].length < n) {
                    throw new IllegalArgumentException("an array of " + into[j].length + " for the ranks of " + n
                            + " units");
                }
            }
            double[] key = flatKey(overrides);
            if (key != null) {
                Ranking.ranks(key, policy, order, into[0]);
                for (int j = 1; j < nodes.length; j++) {
                    System.arraycopy(into[0], 0, into[j], 0, n);
                }
                return;
            }
            Run run = Engine.run(prepared, overrides, top);
            for (int j = 0; j < nodes.length; j++) {
                Ranking.ranks(ScoringResult.basis(prepared, run, nodes[j]), policy, order, into[j]);
            }
        }

        /**
         * Every node's ranking key when the node is the fused mean of its leaves under these overrides: its scores
         * (shared, overwritten by the next call); else null.
         */
        double[] flatKey(Overrides overrides) {
            double[] w = flat ? fusedWeights(overrides) : null;
            if (w == null) {
                return null;
            }
            MethodNode spec = prepared.plan.nodes[top];
            double threshold = spec.missing().availabilityThreshold();
            if (dense) {
                denseMean(Engine.renormalised(spec, w), threshold);
            } else {
                Engine.fusedArithmetic(score.length, values.length, threshold, values, lazy, complete,
                        Engine.renormalised(spec, w), score, status, sums);
            }
            return score;
        }

        /**
         * The engine's fused mean ({@link Engine#fusedArithmetic}) over kept columns without gaps, into
         * {@link #score}: per unit, the children with a non-zero weight in order, each weighted value added to a sum
         * that starts at 0, divided by the sum of those weights added in the same order; NaN for every unit if the
         * availability threshold exceeds 1 or no weight is positive. Up to four columns per pass over the units: a sum
         * of products in a row is added left to right, so the additions are the same, in the same order, as one
         * column per pass.
         */
        private void denseMean(double[] w, double threshold) {
            double[] num = score;
            int n = num.length;
            int k = values.length;
            int count = 0;
            double den = 0;
            for (int c = 0; c < k; c++) {
                if (w[c] != 0) {
                    den += w[c];
                    live[count++] = c;
                }
            }
            if (!((double) k / k >= threshold) || !(den > 0)) {
                Arrays.fill(num, Double.NaN);
                return;
            }
            Arrays.fill(num, 0);
            int t = 0;
            for (; t + 4 <= count; t += 4) {
                double[] a = values[live[t]];
                double[] b = values[live[t + 1]];
                double[] c = values[live[t + 2]];
                double[] d = values[live[t + 3]];
                double wa = w[live[t]];
                double wb = w[live[t + 1]];
                double wc = w[live[t + 2]];
                double wd = w[live[t + 3]];
                for (int u = 0; u < n; u++) {
                    num[u] = num[u] + wa * a[u] + wb * b[u] + wc * c[u] + wd * d[u];
                }
            }
            for (; t + 2 <= count; t += 2) {
                double[] a = values[live[t]];
                double[] b = values[live[t + 1]];
                double wa = w[live[t]];
                double wb = w[live[t + 1]];
                for (int u = 0; u < n; u++) {
                    num[u] = num[u] + wa * a[u] + wb * b[u];
                }
            }
            if (t < count) {
                double[] a = values[live[t]];
                double wa = w[live[t]];
                for (int u = 0; u < n; u++) {
                    num[u] = num[u] + wa * a[u];
                }
            }
            for (int u = 0; u < n; u++) {
                num[u] = num[u] / den;
            }
        }

        /** The weights of the node when the overrides leave it the engine's fused mean, else null. */
        private double[] fusedWeights(Overrides overrides) {
            Plan plan = prepared.plan;
            MethodNode spec = plan.nodes[top];
            String key = plan.keys[top];
            Aggregation agg = overrides.allAggregations().get(key);
            if (agg == null) {
                agg = spec.aggregation();
            }
            boolean linearMean = agg.method() == AggregationMethod.ARITHMETIC_MEAN
                    || (agg.method() == AggregationMethod.GENERALISED_MEAN && agg.parameter("p", 1) == 1);
            if (!linearMean || spec.missing().policy() != MissingPolicy.EXCLUDE_AND_REWEIGHT) {
                return null;
            }
            double[] w = overrides.weightsOrNull(key);
            return w != null ? w : plan.baseWeights[top];
        }
    }

    /** The deepest node that is an ancestor of (or equal to) both; nodes are numbered in pre-order. */
    private int commonAncestor(int a, int b) {
        while (a != b) {
            if (a > b) {
                a = plan.parent[a];
            } else {
                b = plan.parent[b];
            }
        }
        return a;
    }

    private void checkOverrides(Overrides overrides) {
        Objects.requireNonNull(overrides, "overrides");
        for (String key : overrides.allWeights().keySet()) {
            int node = plan.index(key);
            int k = plan.children[node].length;
            double[] w = overrides.weightsOrNull(key);
            if (w.length != k) {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                        "override gives %d weights for '%s', which has %d children %s", w.length, key, k,
                        childKeys(key)));
            }
        }
        for (String key : overrides.allAggregations().keySet()) {
            if (plan.isLeaf(plan.index(key))) {
                throw new IllegalArgumentException("'" + key + "' is a leaf; only inner nodes aggregate");
            }
        }
    }

    Plan plan() {
        return plan;
    }

    LeafColumn[] leaves() {
        return leaves;
    }

    LeafColumn leaf(int node) {
        return leaves[node];
    }

    int[] groups() {
        return groups;
    }

    int groupCount() {
        return groupCount;
    }

    @Override
    public String toString() {
        return "PreparedScoring[" + plan.methodology.id() + ", " + input.unitCount() + " units, "
                + Arrays.stream(leaves).filter(Objects::nonNull).count() + " leaves]";
    }
}
