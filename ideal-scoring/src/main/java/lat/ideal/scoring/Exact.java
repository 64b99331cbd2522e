package lat.ideal.scoring;

import lat.ideal.model.method.AggregationMethod;

/**
 * Recomputes one unit's score at one node as an exact rational, for deciding published rounding at a boundary.
 *
 * <p>Covered: leaves with identity, ordinal, min-max, goalposts, distance to a reference or a target (with or
 * without winsorisation, not log-transformed, not imputed) and orientation; nodes with the arithmetic mean (and the
 * generalised mean of order 1), weighted sum, minimum, maximum and the product with unit weights, over children that
 * were not imputed. Anything else returns null, and the caller rounds the double.
 */
final class Exact {
    private final PreparedScoring prepared;
    private final Run run;

    Exact(PreparedScoring prepared, Run run) {
        this.prepared = prepared;
        this.run = run;
    }

    Fraction node(int node, int u) {
        Plan plan = prepared.plan();
        if (plan.isLeaf(node)) {
            return leaf(prepared.leaf(node), u);
        }
        if (run.status(node, u) != Run.SCORED) {
            return null;
        }
        AggregationMethod m = run.method[node];
        double[] w = run.weights[node];
        int[] kids = plan.children[node];
        double[] vu = new double[plan.children[node].length];
        for (int c = 0; c < vu.length; c++) {
            vu[c] = run.childValue(node, c, u);
        }
        boolean[][] imp = run.imputed[node];
        Fraction sum = Fraction.ZERO;
        Fraction present = Fraction.ZERO;
        Fraction total = Fraction.ZERO;
        Fraction best = null;
        for (int c = 0; c < kids.length; c++) {
            total = total.plus(Fraction.of(w[c]));
            double v = vu[c];
            if (w[c] == 0 || v != v) {
                continue;
            }
            if (imp[c] != null && imp[c][u]) {
                return null;
            }
            Fraction x = node(kids[c], u);
            if (x == null) {
                return null;
            }
            Fraction fw = Fraction.of(w[c]);
            switch (m) {
                case ARITHMETIC_MEAN:
                case GENERALISED_MEAN:
                case WEIGHTED_SUM:
                    sum = sum.plus(fw.times(x));
                    present = present.plus(fw);
                    break;
                case MINIMUM:
                    best = best == null || x.compareTo(best) < 0 ? x : best;
                    break;
                case MAXIMUM:
                    best = best == null || x.compareTo(best) > 0 ? x : best;
                    break;
                case PRODUCT:
                    if (w[c] != 1) {
                        return null;
                    }
                    sum = (present.signum() == 0 ? Fraction.ONE : sum).times(x);
                    present = Fraction.ONE;
                    break;
                default:
                    return null;
            }
        }
        switch (m) {
            case ARITHMETIC_MEAN:
                return present.signum() > 0 ? sum.over(present) : null;
            case GENERALISED_MEAN:
                return run.aggregation[node].parameter("p", 1) == 1 && present.signum() > 0
                        ? sum.over(present) : null;
            case WEIGHTED_SUM:
                if (total.signum() == 0) {
                    return Fraction.ZERO;
                }
                if (present.signum() > 0 && present.compareTo(total) != 0
                        && run.aggregation[node].parameter("rescale", 1) != 0) {
                    return sum.times(total).over(present);
                }
                return present.signum() > 0 ? sum : null;
            case MINIMUM:
            case MAXIMUM:
                return best;
            default:
                return present.signum() > 0 ? sum : null;
        }
    }

    static Fraction leaf(LeafColumn leaf, int u) {
        if (leaf.treatment == LeafColumn.LOG_TRANSFORMED || leaf.isImputed(u)) {
            return null;
        }
        double x = leaf.treatedValue(u);
        if (x != x || leaf.value(u) != leaf.value(u)) {
            return null;
        }
        Fraction fx = Fraction.of(x);
        Fraction v;
        switch (leaf.method) {
            case IDENTITY:
            case ORDINAL:
                v = fx;
                break;
            case MIN_MAX:
            case GOALPOSTS:
                Fraction low = Fraction.of(leaf.low);
                Fraction high = Fraction.of(leaf.high);
                if (!(leaf.to > leaf.from)) {
                    v = low.plus(high).over(Fraction.of(2, 1));
                } else {
                    double clamped = leaf.clamp ? Math.max(leaf.from, Math.min(leaf.to, x)) : x;
                    v = low.plus(Fraction.of(clamped).minus(Fraction.of(leaf.from))
                            .over(Fraction.of(leaf.to).minus(Fraction.of(leaf.from))).times(high.minus(low)));
                }
                break;
            case DISTANCE_TO_REFERENCE:
                v = fx.over(Fraction.of(leaf.reference));
                break;
            case DISTANCE_TO_TARGET:
                if (leaf.worst == 0) {
                    v = Fraction.ONE;
                } else {
                    Fraction target = Fraction.of(leaf.target);
                    Fraction worst = target.minus(Fraction.of(leaf.treatedValue(leaf.worstUnit))).abs();
                    v = Fraction.ONE.minus(target.minus(fx).abs().over(worst));
                }
                break;
            default:
                return null;
        }
        if (leaf.orientation == LeafColumn.REFLECT) {
            v = Fraction.of(leaf.orientLow).plus(Fraction.of(leaf.orientHigh)).minus(v);
        } else if (leaf.orientation == LeafColumn.NEGATE) {
            v = v.negate();
        }
        return v;
    }
}
