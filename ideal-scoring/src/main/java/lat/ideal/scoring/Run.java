package lat.ideal.scoring;

import java.util.List;

/** The arrays one aggregation produced: per node scores and statuses, per inner node the weights it used. */
final class Run {
    static final byte SCORED = 0;
    static final byte INSUFFICIENT = 1;
    static final byte UNDEFINED = 2;
    static final byte NOT_AGGREGATED = 3;

    /** Per inner node its scores; null for a leaf (read {@link #score(int, int)} or {@link #scores(int)}). */
    private final double[][] score;
    /** The prepared leaves, by node; null for inner nodes. */
    private final LeafColumn[] leaves;
    final byte[][] status;
    final double[][] weights;
    final lat.ideal.model.method.AggregationMethod[] method;
    /** Per inner node, the aggregation used (after overrides), with its parameters. */
    final lat.ideal.model.method.Aggregation[] aggregation;
    /**
     * Per inner node, per child: the child's values as aggregated (after this node's imputation); null for a leaf
     * child aggregated as prepared (read {@link #childValue(int, int, int)}).
     */
    private final double[][][] childValues;
    /** Per inner node, per child: cells this node imputed, or null. */
    final boolean[][][] imputed;
    final List<ScoringWarning> warnings;
    private final Plan plan;

    /**
     * Whether every unit that has a value at {@code node} is {@link #SCORED} there, so that the unrounded ranking
     * basis (the score of a scored unit, NaN for any other) is the scores themselves.
     */
    boolean scoredWhereValued(int node) {
        byte[] st = status[node];
        if (st == null) {
            return true;
        }
        double[] s = scores(node);
        for (int u = 0; u < st.length; u++) {
            if (st[u] != SCORED && s[u] == s[u]) {
                return false;
            }
        }
        return true;
    }

    /** A unit's status at a node; leaves have no status array and are scored exactly where they have a value. */
    byte status(int node, int u) {
        byte[] st = status[node];
        if (st != null) {
            return st[u];
        }
        double v = score(node, u);
        return v == v ? SCORED : INSUFFICIENT;
    }

    /** A unit's unrounded score at a node (a leaf's normalised value); NaN without one. */
    double score(int node, int u) {
        double[] s = score[node];
        return s != null ? s[u] : leaves[node].value(u);
    }

    /** A node's unrounded scores (a leaf's normalised values); shared, never modify it. */
    double[] scores(int node) {
        double[] s = score[node];
        return s != null ? s : leaves[node].normalised();
    }

    /** Whether an inner node aggregated its children (and so has child values). */
    boolean hasChildValues(int node) {
        return childValues[node] != null;
    }

    /** The value child {@code c} of an aggregated inner node entered its aggregation with, for unit {@code u}. */
    double childValue(int node, int c, int u) {
        double[] v = childValues[node][c];
        return v != null ? v[u] : leaves[plan.children[node][c]].filledValue(u);
    }

    /** The values every child of an aggregated inner node entered its aggregation with (materialised). */
    double[][] childValues(int node) {
        double[][] val = childValues[node].clone();
        for (int c = 0; c < val.length; c++) {
            if (val[c] == null) {
                val[c] = leaves[plan.children[node][c]].filled();
            }
        }
        return val;
    }

    Run(Plan plan, LeafColumn[] leaves, double[][] score, byte[][] status, double[][] weights,
        lat.ideal.model.method.Aggregation[] aggregation, double[][][] childValues, boolean[][][] imputed, List<ScoringWarning> warnings) {
        this.plan = plan;
        this.leaves = leaves;
        this.score = score;
        this.status = status;
        this.weights = weights;
        this.aggregation = aggregation;
        this.method = new lat.ideal.model.method.AggregationMethod[aggregation.length];
        for (int i = 0; i < aggregation.length; i++) {
            this.method[i] = aggregation[i] == null ? null : aggregation[i].method();
        }
        this.childValues = childValues;
        this.imputed = imputed;
        this.warnings = List.copyOf(warnings);
    }
}
