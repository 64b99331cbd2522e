package lat.ideal.scoring;

import java.util.List;

/** The arrays one aggregation produced: per node scores and statuses, per inner node the weights it used. */
final class Run {
    static final byte SCORED = 0;
    static final byte INSUFFICIENT = 1;
    static final byte UNDEFINED = 2;
    static final byte NOT_AGGREGATED = 3;

    final double[][] score;
    final byte[][] status;
    final double[][] weights;
    final lat.ideal.model.method.AggregationMethod[] method;
    /** Per inner node, the aggregation used (after overrides), with its parameters. */
    final lat.ideal.model.method.Aggregation[] aggregation;
    /** Per inner node, per child: the child's values as aggregated (after this node's imputation). */
    final double[][][] childValues;
    /** Per inner node, per child: cells this node imputed, or null. */
    final boolean[][][] imputed;
    final List<ScoringWarning> warnings;

    /** A unit's status at a node; leaves have no status array and are scored exactly where they have a value. */
    byte status(int node, int u) {
        byte[] st = status[node];
        if (st != null) {
            return st[u];
        }
        return score[node][u] == score[node][u] ? SCORED : INSUFFICIENT;
    }

    Run(double[][] score, byte[][] status, double[][] weights, lat.ideal.model.method.Aggregation[] aggregation,
        double[][][] childValues, boolean[][][] imputed, List<ScoringWarning> warnings) {
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
