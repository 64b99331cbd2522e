package lat.ideal.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import lat.ideal.model.method.Methodology;

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
        Leaves.Scratch scratch = new Leaves.Scratch(n);
        double[][] rawRanges = Leaves.rawRanges(plan, input);
        for (int node = 0; node < plan.nodes.length; node++) {
            if (plan.isLeaf(node)) {
                leaves[node] = Leaves.prepare(plan, node, input, groups, groupCount, w, scratch, rawRanges[node]);
            }
        }
        warnings = List.copyOf(w);
        long cells = 0;
        for (LeafColumn leaf : leaves) {
            cells += leaf == null ? 0 : n;
        }
        if (cells <= MATERIALISED_CELLS) {
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
        checkOverrides(overrides);
        int node = plan.index(nodeKey);
        Run run = Engine.run(this, overrides, node);
        return Ranking.ranks(ScoringResult.basis(this, run, node), scorer.tiePolicy());
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
        checkOverrides(overrides);
        if (nodeKeys.isEmpty()) {
            throw new IllegalArgumentException("no node to rank");
        }
        int[] nodes = new int[nodeKeys.size()];
        int top = plan.index(nodeKeys.get(0));
        for (int j = 0; j < nodes.length; j++) {
            nodes[j] = plan.index(nodeKeys.get(j));
            top = commonAncestor(top, nodes[j]);
        }
        Run run = Engine.run(this, overrides, top);
        int[][] out = new int[nodes.length][];
        for (int j = 0; j < nodes.length; j++) {
            out[j] = Ranking.ranks(ScoringResult.basis(this, run, nodes[j]), scorer.tiePolicy());
        }
        return out;
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
