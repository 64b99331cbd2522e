package lat.ideal.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Methodology;
import lat.ideal.model.method.NormalisationMethod;
import lat.ideal.model.method.WeightingMethod;
import lat.ideal.model.validation.Problem;
import lat.ideal.model.validation.Severity;
import lat.ideal.model.validation.ValidationReport;

/**
 * A methodology compiled to arrays: nodes in depth-first pre-order, with parents, children, leaf columns and the
 * weights that do not depend on the data. Immutable once built.
 */
final class Plan {
    final Methodology methodology;
    final MethodNode[] nodes;
    final String[] keys;
    final int[] parent;
    final int[][] children;
    final int[] postOrderInner;
    final int[] leafIndicator;
    final List<String> indicatorKeys;
    /** Data-independent raw weights per inner node (before renormalisation); null for leaves and objective methods. */
    final double[][] baseWeights;
    final double[] consistencyRatio;
    final List<ScoringWarning> warnings;
    private final Map<String, Integer> index;
    /** Per node, the leaves of its subtree in order, and the inner nodes of its subtree in post-order. */
    private final int[][] leavesUnder;
    private final int[][] innerPostOrder;

    private Plan(Methodology methodology) {
        this.methodology = methodology;
        List<MethodNode> list = methodology.root().nodes();
        int count = list.size();
        nodes = list.toArray(new MethodNode[0]);
        keys = new String[count];
        parent = new int[count];
        children = new int[count][];
        index = new HashMap<>();
        for (int i = 0; i < count; i++) {
            keys[i] = nodes[i].key();
            index.putIfAbsent(keys[i], i);
        }
        parent[0] = -1;
        int[] cursor = {0};
        link(0, cursor);
        List<Integer> post = new ArrayList<>();
        postOrder(0, post);
        postOrderInner = post.stream().mapToInt(Integer::intValue).toArray();
        indicatorKeys = methodology.indicatorKeys();
        leafIndicator = new int[count];
        for (int i = 0; i < count; i++) {
            leafIndicator[i] = nodes[i].isLeaf() ? indicatorKeys.indexOf(nodes[i].indicator()) : -1;
        }
        baseWeights = new double[count][];
        consistencyRatio = new double[count];
        List<ScoringWarning> w = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            consistencyRatio[i] = Double.NaN;
            if (!nodes[i].isLeaf()) {
                baseWeights[i] = Weights.base(this, i, w);
            }
        }
        warnings = List.copyOf(w);
        leavesUnder = new int[count][];
        innerPostOrder = new int[count][];
        for (int i = 0; i < count; i++) {
            List<Integer> leaves = new ArrayList<>();
            collectLeaves(i, leaves);
            leavesUnder[i] = leaves.stream().mapToInt(Integer::intValue).toArray();
            List<Integer> inner = new ArrayList<>();
            postOrder(i, inner);
            innerPostOrder[i] = inner.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private void link(int node, int[] cursor) {
        List<MethodNode> kids = nodes[node].children();
        children[node] = new int[kids.size()];
        for (int c = 0; c < kids.size(); c++) {
            cursor[0]++;
            int child = cursor[0];
            parent[child] = node;
            children[node][c] = child;
            link(child, cursor);
        }
    }

    private void postOrder(int node, List<Integer> out) {
        for (int c : children[node]) {
            postOrder(c, out);
        }
        if (!nodes[node].isLeaf()) {
            out.add(node);
        }
    }

    /**
     * Compiles a methodology, throwing if it has errors.
     *
     * @throws IllegalArgumentException listing every error
     */
    static Plan compile(Methodology methodology) {
        ValidationReport report = check(methodology);
        if (!report.isValid()) {
            StringBuilder b = new StringBuilder("methodology '" + methodology.id() + "' cannot be scored:");
            for (Problem p : report.errors()) {
                b.append("\n  ").append(p.path()).append(": ").append(p.message().en());
            }
            throw new IllegalArgumentException(b.toString());
        }
        return new Plan(methodology);
    }

    int index(String key) {
        Integer i = index.get(key);
        if (i == null) {
            throw new IllegalArgumentException("methodology '" + methodology.id() + "' has no node '" + key + "'");
        }
        return i;
    }

    boolean has(String key) {
        return index.containsKey(key);
    }

    boolean isLeaf(int node) {
        return children[node].length == 0;
    }

    AggregationMethod aggregation(int node) {
        return nodes[node].aggregation().method();
    }

    /** Leaves under a node (the node itself if it is a leaf), left to right; shared, never modify it. */
    int[] leavesUnder(int node) {
        return leavesUnder[node];
    }

    private void collectLeaves(int node, List<Integer> out) {
        if (isLeaf(node)) {
            out.add(node);
            return;
        }
        for (int c : children[node]) {
            collectLeaves(c, out);
        }
    }

    /** Inner nodes of a subtree in post-order (children first); shared, never modify it. */
    int[] innerPostOrder(int root) {
        return innerPostOrder[root];
    }

    /** Checks a methodology for everything that would make it unscorable. */
    static ValidationReport check(Methodology m) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        List<MethodNode> all = m.root().nodes();
        for (MethodNode n : all) {
            String path = "node '" + n.key() + "'";
            if (seen.put(n.key(), n.key()) != null) {
                problems.add(error("duplicate-node-key", path, n.key(), "node key '%s' appears more than once",
                        n.key()));
            }
            if (!(n.weight() >= 0) || Double.isInfinite(n.weight())) {
                problems.add(error("weight-range", path + ".weight", String.valueOf(n.weight()),
                        "weight %s of '%s' is not a finite number >= 0", n.weight(), n.key()));
            }
            if (n.isLeaf()) {
                checkLeaf(n, path, problems);
            } else {
                checkInner(n, path, problems);
            }
        }
        checkNone(m.root(), true, problems);
        return ValidationReport.of(problems);
    }

    private static void checkNone(MethodNode node, boolean root, List<Problem> problems) {
        for (MethodNode c : node.children()) {
            if (!c.isLeaf() && c.aggregation().method() == AggregationMethod.NONE
                    && node.aggregation().method() != AggregationMethod.NONE) {
                problems.add(error("none-aggregated", "node '" + c.key() + "'", c.key(),
                        "node '%s' has aggregation NONE (no score) but its parent '%s' aggregates it", c.key(),
                        node.key()));
            }
            checkNone(c, false, problems);
        }
    }

    private static void checkLeaf(MethodNode n, String path, List<Problem> problems) {
        NormalisationMethod method = n.normalisation().method();
        Map<String, Double> p = n.normalisation().parameters();
        for (Map.Entry<String, Double> e : p.entrySet()) {
            if (!Double.isFinite(e.getValue())) {
                problems.add(error("parameter-range", path + ".normalisation." + e.getKey(),
                        String.valueOf(e.getValue()), "normalisation parameter '%s' of '%s' is not finite",
                        e.getKey(), n.key()));
            }
        }
        if ((method == NormalisationMethod.MIN_MAX || method == NormalisationMethod.GOALPOSTS)
                && n.normalisation().parameter("low", 0) >= n.normalisation().parameter("high", 1)) {
            problems.add(error("range-order", path + ".normalisation", p.toString(),
                    "target range low %s must be below high %s", n.normalisation().parameter("low", 0),
                    n.normalisation().parameter("high", 1)));
        }
        if (method == NormalisationMethod.GOALPOSTS && p.containsKey("min") && p.containsKey("max")
                && !(p.get("min") < p.get("max"))) {
            problems.add(error("range-order", path + ".normalisation", p.toString(),
                    "goalpost min %s must be below max %s", p.get("min"), p.get("max")));
        }
        if (method == NormalisationMethod.DISTANCE_TO_REFERENCE && n.normalisation().reference().isEmpty()) {
            problems.add(error("reference-missing", path + ".normalisation", "",
                    "distance to a reference needs a reference unit"));
        }
        if (method == NormalisationMethod.DISTANCE_TO_TARGET && !p.containsKey("target")) {
            problems.add(error("target-missing", path + ".normalisation", "",
                    "distance to a target needs parameter 'target'"));
        }
    }

    private static void checkInner(MethodNode n, String path, List<Problem> problems) {
        AggregationMethod a = n.aggregation().method();
        if (a == AggregationMethod.GENERALISED_MEAN) {
            double p = n.aggregation().parameter("p", 1);
            if (!Double.isFinite(p)) {
                problems.add(error("parameter-range", path + ".aggregation.p", String.valueOf(p),
                        "generalised mean order p = %s is not finite", p));
            }
        }
        LinkedHashSet<String> childKeys = new LinkedHashSet<>();
        for (MethodNode c : n.children()) {
            childKeys.add(c.key());
        }
        WeightingMethod wm = n.weighting().method();
        List<String> order = n.weighting().order();
        boolean rankOrder = wm == WeightingMethod.RANK_SUM || wm == WeightingMethod.RANK_RECIPROCAL
                || wm == WeightingMethod.RANK_ORDER_CENTROID || wm == WeightingMethod.AHP;
        if (rankOrder) {
            if (order.isEmpty()) {
                problems.add(error("order-missing", path + ".weighting.order", "",
                        "%s weights need the children's order", wm));
            }
            LinkedHashSet<String> distinct = new LinkedHashSet<>(order);
            if (distinct.size() != order.size()) {
                problems.add(error("order-duplicate", path + ".weighting.order", order.toString(),
                        "the order %s names a child twice", order));
            }
            for (String k : order) {
                if (!childKeys.contains(k)) {
                    problems.add(error("order-unknown", path + ".weighting.order", k,
                            "the order names '%s', which is not a child of '%s' (children: %s)", k, n.key(),
                            childKeys));
                }
            }
        }
        if (wm == WeightingMethod.AHP) {
            checkAhp(n, path, problems);
        }
        if (wm == WeightingMethod.BUDGET) {
            if (n.weighting().allocations().isEmpty()) {
                problems.add(error("allocations-missing", path + ".weighting.allocations", "",
                        "budget allocation needs at least one expert's allocation"));
            }
            for (Map<String, Double> alloc : n.weighting().allocations()) {
                for (Map.Entry<String, Double> e : alloc.entrySet()) {
                    if (!childKeys.contains(e.getKey())) {
                        problems.add(error("allocation-unknown", path + ".weighting.allocations", e.getKey(),
                                "an allocation names '%s', which is not a child of '%s'", e.getKey(), n.key()));
                    }
                    if (!(e.getValue() >= 0) || Double.isInfinite(e.getValue())) {
                        problems.add(error("allocation-range", path + ".weighting.allocations",
                                String.valueOf(e.getValue()), "allocation %s to '%s' is not a finite number >= 0",
                                e.getValue(), e.getKey()));
                    }
                }
            }
        }
    }

    private static void checkAhp(MethodNode n, String path, List<Problem> problems) {
        List<String> order = n.weighting().order();
        List<List<Double>> matrix = n.weighting().pairwise();
        int size = order.size();
        if (matrix.size() != size) {
            problems.add(error("ahp-shape", path + ".weighting.pairwise", String.valueOf(matrix.size()),
                    "the pairwise matrix has %d rows; the order names %d children", matrix.size(), size));
            return;
        }
        for (int i = 0; i < size; i++) {
            if (matrix.get(i).size() != size) {
                problems.add(error("ahp-shape", path + ".weighting.pairwise[" + i + "]",
                        String.valueOf(matrix.get(i).size()), "row %d has %d entries; expected %d", i,
                        matrix.get(i).size(), size));
                return;
            }
        }
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                double a = matrix.get(i).get(j);
                double b = matrix.get(j).get(i);
                String at = path + ".weighting.pairwise[" + i + "][" + j + "]";
                if (!(a > 0) || Double.isInfinite(a)) {
                    problems.add(error("ahp-positive", at, String.valueOf(a),
                            "pairwise entry %s is not a finite positive number", a));
                } else if (i == j && a != 1) {
                    problems.add(error("ahp-diagonal", at, String.valueOf(a),
                            "diagonal entry %s must be 1", a));
                } else if (i < j && b > 0 && Math.abs(a * b - 1) > AHP_RECIPROCAL_TOLERANCE) {
                    problems.add(error("ahp-reciprocal", at, String.valueOf(a), "entries [%d][%d] = %s and"
                            + " [%d][%d] = %s are not reciprocal (their product must be 1 within %s)", i, j, a, j, i,
                            b, AHP_RECIPROCAL_TOLERANCE));
                }
            }
        }
    }

    /** How far a_ij * a_ji may be from 1: allows judgements written with two decimals, such as 0.33 for 1/3. */
    static final double AHP_RECIPROCAL_TOLERANCE = 0.02;

    private static Problem error(String rule, String path, String value, String format, Object... args) {
        return new Problem(Severity.ERROR, rule, path, value, Messages.format(format, args));
    }
}
