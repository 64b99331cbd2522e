package lat.ideal.scoring;

import java.util.List;
import java.util.Map;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Weighting;
import lat.ideal.model.method.WeightingMethod;

/** Weight computations: rank-order, AHP, budget, entropy and CRITIC; all keyed by child key, never by position. */
final class Weights {
    /** Saaty's random consistency index for matrices of order 1 to 15 (Saaty 1980; index 0 unused). */
    static final double[] RANDOM_INDEX = {0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56,
        1.57, 1.59};
    /** The consistency ratio above which AHP judgements are reported as inconsistent (Saaty). */
    static final double AHP_CR_LIMIT = 0.1;
    private static final int POWER_ITERATIONS = 10_000;
    private static final double POWER_TOLERANCE = 1e-15;

    private Weights() {
    }

    /** Raw weights of a node's children that do not depend on data; null for entropy and CRITIC. */
    static double[] base(Plan plan, int node, List<ScoringWarning> warnings) {
        MethodNode n = plan.nodes[node];
        Weighting w = n.weighting();
        List<MethodNode> kids = n.children();
        int k = kids.size();
        double[] out = new double[k];
        switch (w.method()) {
            case EXPLICIT:
                for (int c = 0; c < k; c++) {
                    out[c] = kids.get(c).weight();
                }
                return out;
            case EQUAL:
                java.util.Arrays.fill(out, 1.0);
                return out;
            case RANK_SUM:
            case RANK_RECIPROCAL:
            case RANK_ORDER_CENTROID:
                double[] byRank = rankOrder(w.method(), w.order().size());
                return byKey(n, w.order(), byRank, warnings);
            case AHP:
                Ahp ahp = ahp(matrix(w.pairwise()));
                plan.consistencyRatio[node] = ahp.consistencyRatio;
                if (ahp.consistencyRatio > AHP_CR_LIMIT) {
                    warnings.add(ScoringWarning.of(ScoringWarning.Kind.AHP_INCONSISTENT, n.key(), "",
                            "AHP consistency ratio %.4f of '%s' is above %.1f (lambda max %.4f, %d criteria):"
                                    + " revise the pairwise judgements", ahp.consistencyRatio, n.key(), AHP_CR_LIMIT,
                            ahp.lambdaMax, ahp.weights.length));
                }
                return byKey(n, w.order(), ahp.weights, warnings);
            case BUDGET:
                for (int c = 0; c < k; c++) {
                    double sum = 0;
                    boolean named = false;
                    for (Map<String, Double> alloc : w.allocations()) {
                        Double points = alloc.get(kids.get(c).key());
                        named |= points != null;
                        sum += points == null ? 0 : points;
                    }
                    out[c] = sum / w.allocations().size();
                    if (!named) {
                        warnings.add(ScoringWarning.of(ScoringWarning.Kind.WEIGHT_KEY_MISMATCH, n.key(),
                                kids.get(c).key(), "no allocation names child '%s' of '%s'; it weighs 0",
                                kids.get(c).key(), n.key()));
                    }
                }
                return out;
            default:
                return null;
        }
    }

    private static double[] byKey(MethodNode n, List<String> order, double[] values, List<ScoringWarning> warnings) {
        double[] out = new double[n.children().size()];
        for (int c = 0; c < out.length; c++) {
            int at = order.indexOf(n.children().get(c).key());
            if (at < 0) {
                warnings.add(ScoringWarning.of(ScoringWarning.Kind.WEIGHT_KEY_MISMATCH, n.key(),
                        n.children().get(c).key(), "child '%s' of '%s' is not in the weighting order %s; it weighs 0",
                        n.children().get(c).key(), n.key(), order));
            } else {
                out[c] = values[at];
            }
        }
        return out;
    }

    /** Weights by 1-based rank i of n: rank-sum n - i + 1, reciprocal 1/i, centroid (1/n) sum_{k=i..n} 1/k. */
    static double[] rankOrder(WeightingMethod method, int n) {
        double[] w = new double[n];
        for (int i = 1; i <= n; i++) {
            switch (method) {
                case RANK_SUM:
                    w[i - 1] = n - i + 1;
                    break;
                case RANK_RECIPROCAL:
                    w[i - 1] = 1.0 / i;
                    break;
                default:
                    double s = 0;
                    for (int k = n; k >= i; k--) {
                        s += 1.0 / k;
                    }
                    w[i - 1] = s / n;
                    break;
            }
        }
        return w;
    }

    static double[][] matrix(List<List<Double>> rows) {
        double[][] a = new double[rows.size()][];
        for (int i = 0; i < a.length; i++) {
            a[i] = rows.get(i).stream().mapToDouble(Double::doubleValue).toArray();
        }
        return a;
    }

    /** AHP result: principal eigenvector (sum 1), lambda max, consistency index and ratio. */
    static final class Ahp {
        final double[] weights;
        final double lambdaMax;
        final double consistencyIndex;
        final double consistencyRatio;

        Ahp(double[] weights, double lambdaMax, double ci, double cr) {
            this.weights = weights;
            this.lambdaMax = lambdaMax;
            this.consistencyIndex = ci;
            this.consistencyRatio = cr;
        }
    }

    /**
     * Principal right eigenvector by power iteration (a positive matrix has a unique positive one, Perron-Frobenius),
     * lambda max as the mean of (Aw)_i / w_i, CI = (lambda - n) / (n - 1), CR = CI / RI(n); CR is 0 for n <= 2.
     */
    static Ahp ahp(double[][] a) {
        int n = a.length;
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0 / n);
        double[] next = new double[n];
        for (int it = 0; it < POWER_ITERATIONS; it++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s += a[i][j] * w[j];
                }
                next[i] = s;
                sum += s;
            }
            double change = 0;
            for (int i = 0; i < n; i++) {
                next[i] /= sum;
                change = Math.max(change, Math.abs(next[i] - w[i]));
            }
            double[] t = w;
            w = next;
            next = t;
            if (change < POWER_TOLERANCE) {
                break;
            }
        }
        double lambda = 0;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += a[i][j] * w[j];
            }
            lambda += s / w[i];
        }
        lambda /= n;
        double ci = n > 1 ? (lambda - n) / (n - 1) : 0;
        double ri = n < RANDOM_INDEX.length ? RANDOM_INDEX[n] : RANDOM_INDEX[RANDOM_INDEX.length - 1];
        double cr = n <= 2 ? 0 : ci / ri;
        return new Ahp(w, lambda, ci, Math.max(0, cr));
    }

    /**
     * Shannon entropy weights over units that have a value: p_ij = x_ij / sum_i x_ij, e_j = -sum p ln p / ln m,
     * w_j = (1 - e_j) / sum (1 - e). Returns null (use equal weights) when values are negative, fewer than two units
     * have a value, or no column discriminates.
     */
    static double[] entropy(double[][] cols, int n) {
        int k = cols.length;
        double[] d = new double[k];
        double total = 0;
        for (int j = 0; j < k; j++) {
            double[] x = cols[j];
            double sum = 0;
            int m = 0;
            for (int u = 0; u < n; u++) {
                double v = x[u];
                if (v == v) {
                    if (v < 0) {
                        return null;
                    }
                    sum += v;
                    m++;
                }
            }
            if (m < 2) {
                return null;
            }
            double e = 0;
            if (sum > 0) {
                for (int u = 0; u < n; u++) {
                    double v = x[u];
                    if (v == v && v > 0) {
                        double p = v / sum;
                        e -= p * Math.log(p);
                    }
                }
                e /= Math.log(m);
            } else {
                e = 1;
            }
            d[j] = Math.max(0, 1 - e);
            total += d[j];
        }
        if (!(total > 0)) {
            return null;
        }
        for (int j = 0; j < k; j++) {
            d[j] /= total;
        }
        return d;
    }

    /**
     * CRITIC weights (Diakoulaki, Mavrotas and Papayannakis 1995): c_j = sd_j * sum_k (1 - r_jk), w = c / sum c,
     * with the population standard deviation and Pearson correlations over units that have both values. A column
     * without spread has c = 0 and correlation 0 with the others. Returns null (use equal weights) when all c are 0.
     */
    static double[] critic(double[][] cols, int n) {
        int k = cols.length;
        double[] sd = new double[k];
        for (int j = 0; j < k; j++) {
            double[] ms = Stats.meanSd(cols[j], n);
            sd[j] = ms[1];
        }
        double[] c = new double[k];
        double total = 0;
        for (int j = 0; j < k; j++) {
            double conflict = 0;
            for (int l = 0; l < k; l++) {
                if (l != j) {
                    conflict += 1 - Stats.pearson(cols[j], cols[l], n);
                }
            }
            c[j] = sd[j] * conflict;
            total += c[j];
        }
        if (!(total > 0)) {
            return null;
        }
        for (int j = 0; j < k; j++) {
            c[j] /= total;
        }
        return c;
    }
}
