package lat.ideal.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.Banding;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Methodology;
import lat.ideal.model.method.Rounding;

/**
 * The result of scoring: every unit at every node, with unrounded and published scores, ranks, bands, coverage,
 * treated and imputed cells, intelligence gaps, effective weights, warnings and explanations.
 *
 * <p>Published values are rounded from the exact unrounded value, never from a rounded one. Ranks and bands follow
 * the scorer's {@link TiePolicy} and {@link RankBasis}. Per-unit objects are built when asked for, from the
 * primitive arrays the engine produced; ranks of a node are computed on first use. The result carries the
 * methodology and a SHA-256 {@link #fingerprint()} of methodology, scorer options, overrides and input, so anyone
 * can re-run and verify it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ScoringResult {
    private static final int TOP_IN_TEXT = 10;

    private final PreparedScoring prepared;
    private final Overrides overrides;
    private final Run run;
    private final Plan plan;
    private final List<ScoringWarning> warnings;
    private final Map<Integer, NodeRanks> ranks = new ConcurrentHashMap<>();
    private volatile String fingerprint;

    /** Ranks and bands of one node. */
    static final class NodeRanks {
        final int[] rank;
        /** Each unit's band, -1 for none; null without banding. */
        final int[] band;

        NodeRanks(int[] rank, int[] band) {
            this.rank = rank;
            this.band = band;
        }
    }

    ScoringResult(PreparedScoring prepared, Overrides overrides, Run run) {
        this.prepared = prepared;
        this.overrides = overrides;
        this.run = run;
        this.plan = prepared.plan();
        List<ScoringWarning> w = new ArrayList<>(prepared.warnings());
        w.addAll(run.warnings);
        this.warnings = List.copyOf(w);
    }

    /**
     * The values ranks and bands are computed from: published or unrounded scores, NaN without a score; callers only
     * read it. The unrounded basis of a node where every unit with a value is scored ({@link Run#scoredWhereValued})
     * is the node's scores themselves, not a copy. Units are independent: from {@link Parallel#UNITS_FROM} on they go
     * in one chunk per thread of the scorer's parallelism.
     */
    static double[] basis(PreparedScoring prepared, Run run, int node) {
        double[] score = run.scores(node);
        if (prepared.scorer().rankBasis() == RankBasis.UNROUNDED && run.scoredWhereValued(node)) {
            return score;
        }
        int n = score.length;
        double[] key = new double[n];
        int threads = prepared.scorer().parallelism();
        int chunks = Parallel.chunks(n, threads, 1);
        Parallel.run(threads, chunks, (none, c) -> basis(prepared, run, node, score, key,
                Parallel.chunkStart(c, chunks, n, 1), Parallel.chunkStart(c + 1, chunks, n, 1)));
        return key;
    }

    /** {@link #basis(PreparedScoring, Run, int)} of units {@code [from, to)}, into {@code key}. */
    private static void basis(PreparedScoring prepared, Run run, int node, double[] score, double[] key, int from,
                              int to) {
        if (prepared.scorer().rankBasis() == RankBasis.UNROUNDED) {
            for (int u = from; u < to; u++) {
                key[u] = run.status(node, u) == Run.SCORED ? score[u] : Double.NaN;
            }
            return;
        }
        Rounding r = prepared.plan().nodes[node].rounding();
        Exact exact = null;
        for (int u = from; u < to; u++) {
            double x = score[u];
            if (run.status(node, u) != Run.SCORED || x != x) {
                key[u] = Double.NaN;
            } else if (!Decimals.nearBoundary(x, r)) {
                key[u] = Decimals.fast(x, r);
            } else {
                if (exact == null) {
                    exact = new Exact(prepared, run);
                }
                key[u] = publish(exact, node, u, x, r).doubleValue();
            }
        }
    }

    private static BigDecimal publish(Exact exact, int node, int u, double x, Rounding r) {
        if (Decimals.nearBoundary(x, r)) {
            Fraction f = exact.node(node, u);
            if (f != null) {
                return f.round(r.decimals(), r.mode());
            }
        }
        return Decimals.published(x, r);
    }

    private NodeRanks ranks(int node) {
        return ranks.computeIfAbsent(node, k -> {
            double[] key = basis(prepared, run, k);
            int[] band = Ranking.bands(key, plan.nodes[k].banding());
            return new NodeRanks(Ranking.ranks(key, prepared.scorer().tiePolicy(), prepared.scorer().parallelism()),
                    band);
        });
    }

    /**
     * Returns the methodology that produced this result.
     *
     * @return the methodology, never null
     */
    public Methodology methodology() {
        return plan.methodology;
    }

    /**
     * Returns the scorer that produced this result (its tie policy, rank basis and cell combiner).
     *
     * @return the scorer, never null
     */
    public Scorer scorer() {
        return prepared.scorer();
    }

    /**
     * Returns the weights and aggregations that replaced the methodology's own, if any.
     *
     * @return the overrides, never null
     */
    public Overrides overrides() {
        return overrides;
    }

    /**
     * Returns the input that was scored.
     *
     * @return the input, never null
     */
    public ScoringInput input() {
        return prepared.input();
    }

    /**
     * Returns the SHA-256 fingerprint of methodology, scorer options, overrides and input (without display names), as
     * lower-case hex.
     *
     * <p>Two runs with equal fingerprints read the same numbers with the same methodology and options, and give
     * bit-identical results. Computed on first use.
     *
     * @return 64 hex digits, never null
     */
    public String fingerprint() {
        String f = fingerprint;
        if (f == null) {
            f = Fingerprint.of(prepared, overrides);
            fingerprint = f;
        }
        return f;
    }

    /**
     * Returns the scored units, in input order.
     *
     * @return the units, never null
     */
    public List<ScoringInput.Unit> units() {
        return prepared.input().units();
    }

    /**
     * Returns the keys of every node, depth first in methodology order.
     *
     * @return the keys, never null
     */
    public List<String> nodeKeys() {
        return List.of(plan.keys);
    }

    /**
     * Returns the results of one node.
     *
     * @param nodeKey the node's key, not null
     * @return the node's results, never null
     * @throws IllegalArgumentException if the methodology has no such node
     */
    public NodeResult node(String nodeKey) {
        return new NodeResult(this, plan.index(nodeKey));
    }

    /**
     * Returns the {@code k} best-ranked units at a node, by rank then input order; units without a score are left
     * out.
     *
     * @param nodeKey the node's key, not null
     * @param k how many, zero or more
     * @return at most {@code k} scores, never null
     * @throws IllegalArgumentException if the methodology has no such node or {@code k} is negative
     */
    public List<UnitScore> top(String nodeKey, int k) {
        return node(nodeKey).top(k);
    }

    /**
     * Explains a unit's score at the methodology's root.
     *
     * @param unitKey the unit's key, not null
     * @return the explanation, never null
     * @throws IllegalArgumentException if there is no such unit
     * @see #explain(String, String)
     */
    public Explanation explain(String unitKey) {
        return explain(unitKey, plan.keys[0]);
    }

    /**
     * Explains a unit's score at a node: every leaf below it with raw, treated and normalised value, effective weight,
     * contribution and flags.
     *
     * <p>Where every aggregation from the node down is linear (arithmetic mean, weighted sum, minimum, maximum), the
     * contributions add up to the unrounded score. Where the node is a geometric mean or a product of leaves, they
     * are log-space contributions that add up to the logarithm of the score. Otherwise they are left empty.
     *
     * @param unitKey the unit's key, not null
     * @param nodeKey the node's key, not null
     * @return the explanation, never null
     * @throws IllegalArgumentException if there is no such unit or node
     */
    public Explanation explain(String unitKey, String nodeKey) {
        int u = unit(unitKey);
        int node = plan.index(nodeKey);
        Explanation.Kind kind = kind(node);
        List<Contribution> lines = new ArrayList<>();
        if (plan.isLeaf(node)) {
            lines.add(line(node, u, 1, kind, prepared.leaf(node).value(u), false));
        } else {
            walk(node, u, 1, kind, lines);
        }
        return new Explanation(unitScore(node, u), run.method[node] == null ? AggregationMethod.NONE
                : run.method[node], kind, lines);
    }

    private Explanation.Kind kind(int node) {
        if (plan.isLeaf(node)) {
            return Explanation.Kind.LINEAR;
        }
        AggregationMethod m = run.method[node];
        if (m == AggregationMethod.GEOMETRIC_MEAN || m == AggregationMethod.PRODUCT
                || (m == AggregationMethod.GENERALISED_MEAN && run.aggregation[node].parameter("p", 1) == 0)) {
            for (int c : plan.children[node]) {
                if (!plan.isLeaf(c)) {
                    return Explanation.Kind.NONE;
                }
            }
            return Explanation.Kind.LOG;
        }
        return linearBelow(node) ? Explanation.Kind.LINEAR : Explanation.Kind.NONE;
    }

    private boolean linearBelow(int node) {
        if (plan.isLeaf(node)) {
            return true;
        }
        if (!isLinear(node)) {
            return false;
        }
        for (int c : plan.children[node]) {
            if (!linearBelow(c)) {
                return false;
            }
        }
        return true;
    }

    private boolean isLinear(int node) {
        AggregationMethod m = run.method[node];
        return m == AggregationMethod.ARITHMETIC_MEAN || m == AggregationMethod.WEIGHTED_SUM
                || m == AggregationMethod.MINIMUM || m == AggregationMethod.MAXIMUM
                || (m == AggregationMethod.GENERALISED_MEAN && generalisedOrder(node) == 1);
    }

    private double generalisedOrder(int node) {
        return run.aggregation[node].parameter("p", 1);
    }

    /** Lists the leaves below {@code node}, with factor = the product of weight shares from the explained node. */
    private void walk(int node, int u, double factor, Explanation.Kind kind, List<Contribution> lines) {
        int[] kids = plan.children[node];
        double[] share = shares(node, u, kind);
        for (int c = 0; c < kids.length; c++) {
            int child = kids[c];
            boolean imputed = run.imputed[node] != null && run.imputed[node][c] != null && run.imputed[node][c][u];
            double entered = run.hasChildValues(node) ? run.childValue(node, c, u) : Double.NaN;
            double f = factor * share[c];
            if (plan.isLeaf(child)) {
                double v = run.hasChildValues(node) ? entered : prepared.leaf(child).value(u);
                lines.add(line(child, u, f, kind, v, imputed));
            } else if (imputed) {
                Set<Contribution.Flag> flags = EnumSet.of(Contribution.Flag.IMPUTED);
                OptionalDouble contribution = kind == Explanation.Kind.LINEAR ? OptionalDouble.of(f * entered)
                        : OptionalDouble.empty();
                lines.add(new Contribution(plan.keys[child], "", OptionalDouble.empty(), OptionalDouble.empty(),
                        OptionalDouble.of(entered), f, contribution, flags));
            } else {
                walk(child, u, f, kind, lines);
            }
        }
    }

    /**
     * Each child's share of the node's score for one unit: w / (sum of present weights) for means, w scaled for
     * missing children for a weighted sum, 1 for the child that decides a minimum or maximum; 1 for every child of a
     * node without aggregation (lines are then relative to their child's score).
     */
    private double[] shares(int node, int u, Explanation.Kind kind) {
        int k = plan.children[node].length;
        double[] share = new double[k];
        AggregationMethod m = run.method[node];
        if (m == AggregationMethod.NONE || !run.hasChildValues(node)) {
            java.util.Arrays.fill(share, 1);
            return share;
        }
        double[] w = run.weights[node];
        double[] vu = new double[plan.children[node].length];
        for (int c = 0; c < vu.length; c++) {
            vu[c] = run.childValue(node, c, u);
        }
        double present = 0;
        double total = 0;
        int extreme = -1;
        for (int c = 0; c < k; c++) {
            total += w[c];
            double v = vu[c];
            if (w[c] > 0 && v == v) {
                present += w[c];
                if (extreme < 0 || (m == AggregationMethod.MAXIMUM ? v > vu[extreme] : v < vu[extreme])) {
                    extreme = c;
                }
            }
        }
        for (int c = 0; c < k; c++) {
            double v = vu[c];
            if (!(w[c] > 0) || v != v || run.status(node, u) != Run.SCORED) {
                continue;
            }
            switch (m) {
                case WEIGHTED_SUM:
                    share[c] = present == total || run.aggregation[node].parameter("rescale", 1) == 0 ? w[c]
                            : w[c] * (total / present);
                    break;
                case MINIMUM:
                case MAXIMUM:
                    share[c] = c == extreme ? 1 : 0;
                    break;
                case PRODUCT:
                    share[c] = w[c];
                    break;
                default:
                    share[c] = w[c] / present;
                    break;
            }
        }
        return share;
    }

    private Contribution line(int leafNode, int u, double weight, Explanation.Kind kind, double entered,
                              boolean imputed) {
        LeafColumn leaf = prepared.leaf(leafNode);
        Set<Contribution.Flag> flags = EnumSet.noneOf(Contribution.Flag.class);
        double raw = leaf.rawValue(u);
        boolean unknown = leaf.column >= 0 && prepared.input().isUnknown(u, leaf.column);
        if (unknown) {
            flags.add(Contribution.Flag.UNKNOWN);
        } else if (raw == raw) {
            flags.add(Contribution.Flag.OBSERVED);
        } else {
            flags.add(Contribution.Flag.MISSING);
        }
        OptionalDouble treated = OptionalDouble.empty();
        if (leaf.isTreated(u)) {
            treated = OptionalDouble.of(leaf.treatedValue(u));
            flags.add(leaf.treatment == LeafColumn.LOG_TRANSFORMED ? Contribution.Flag.LOG_TRANSFORMED
                    : Contribution.Flag.WINSORISED);
        }
        if (imputed) {
            flags.add(Contribution.Flag.IMPUTED);
        }
        boolean used = entered == entered && weight > 0;
        if (!used) {
            flags.add(Contribution.Flag.EXCLUDED);
        }
        OptionalDouble contribution = OptionalDouble.empty();
        if (used && kind == Explanation.Kind.LINEAR) {
            contribution = OptionalDouble.of(weight * entered);
        } else if (used && kind == Explanation.Kind.LOG && entered > 0) {
            contribution = OptionalDouble.of(weight * Math.log(entered));
        }
        return new Contribution(plan.keys[leafNode], plan.nodes[leafNode].indicator(),
                raw == raw ? OptionalDouble.of(raw) : OptionalDouble.empty(), treated,
                entered == entered ? OptionalDouble.of(entered) : OptionalDouble.empty(), used ? weight : 0,
                contribution, flags);
    }

    /**
     * Returns the weights a node used for its children, by child key: after the weighting method (entropy and
     * CRITIC computed from the data), any override, and renormalisation if the node asks for it.
     *
     * <p>Mean-type aggregations divide by the sum of the weights of the children a unit has, so these weights need
     * not sum to one; {@link Explanation} shows each unit's effective shares.
     *
     * @param nodeKey an inner node's key, not null
     * @return the weights in child order, never null (empty for a leaf)
     * @throws IllegalArgumentException if the methodology has no such node
     */
    public Map<String, Double> effectiveWeights(String nodeKey) {
        int node = plan.index(nodeKey);
        Map<String, Double> out = new LinkedHashMap<>();
        double[] w = run.weights[node];
        int[] kids = plan.children[node];
        for (int c = 0; c < kids.length; c++) {
            out.put(plan.keys[kids[c]], w == null ? Double.NaN : w[c]);
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Returns the AHP consistency ratio of a node weighted by AHP.
     *
     * @param nodeKey the node's key, not null
     * @return the consistency ratio (0 for two or fewer criteria), or empty when the node is not weighted by AHP
     * @throws IllegalArgumentException if the methodology has no such node
     */
    public OptionalDouble consistencyRatio(String nodeKey) {
        double cr = plan.consistencyRatio[plan.index(nodeKey)];
        return cr == cr ? OptionalDouble.of(cr) : OptionalDouble.empty();
    }

    /**
     * Returns everything the run had to report: input problems, specification issues, degenerate columns, AHP
     * inconsistency, undefined formulas.
     *
     * @return the warnings, never null
     */
    public List<ScoringWarning> warnings() {
        return warnings;
    }

    /**
     * Returns every UNKNOWN cell the methodology reads, unit by unit.
     *
     * @return the gaps, never null
     */
    public List<IntelligenceGap> intelligenceGaps() {
        ScoringInput in = prepared.input();
        List<IntelligenceGap> gaps = new ArrayList<>();
        if (!in.hasUnknown()) {
            return gaps;
        }
        List<Integer> columns = new ArrayList<>();
        for (String key : plan.indicatorKeys) {
            in.indicatorIndex(key).ifPresent(columns::add);
        }
        for (int u = 0; u < in.unitCount(); u++) {
            for (int i : columns) {
                if (in.isUnknown(u, i)) {
                    double v = in.value(u, i);
                    gaps.add(new IntelligenceGap(in.units().get(u).key(), in.indicators().get(i).key(),
                            v == v ? OptionalDouble.of(v) : OptionalDouble.empty()));
                }
            }
        }
        return gaps;
    }

    /**
     * Returns every value outlier treatment changed.
     *
     * @return the cells, leaf by leaf, never null
     */
    public List<TreatedCell> treatedCells() {
        List<TreatedCell> cells = new ArrayList<>();
        for (int node = 0; node < plan.nodes.length; node++) {
            LeafColumn leaf = plan.isLeaf(node) ? prepared.leaf(node) : null;
            if (leaf == null || leaf.treated == null) {
                continue;
            }
            for (int u = 0; u < leaf.treated.length; u++) {
                if (leaf.isTreated(u)) {
                    cells.add(new TreatedCell(unitKey(u), plan.keys[node], plan.nodes[node].indicator(),
                            leaf.rawValue(u), leaf.treatedValue(u), leaf.treatment == LeafColumn.LOG_TRANSFORMED
                            ? TreatedCell.Method.LOG_TRANSFORMED : TreatedCell.Method.WINSORISED));
                }
            }
        }
        return cells;
    }

    /**
     * Returns every child value a node imputed for a unit that it scored.
     *
     * @return the cells, node by node, never null
     */
    public List<ImputedCell> imputedCells() {
        List<ImputedCell> cells = new ArrayList<>();
        for (int node = 0; node < plan.nodes.length; node++) {
            boolean[][] imp = run.imputed[node];
            if (imp == null) {
                continue;
            }
            int[] kids = plan.children[node];
            for (int c = 0; c < kids.length; c++) {
                if (imp[c] == null) {
                    continue;
                }
                for (int u = 0; u < imp[c].length; u++) {
                    if (imp[c][u]) {
                        cells.add(new ImputedCell(unitKey(u), plan.keys[node], plan.keys[kids[c]],
                                run.childValue(node, c, u), plan.nodes[node].missing().policy()));
                    }
                }
            }
        }
        return cells;
    }

    int unit(String unitKey) {
        return prepared.input().unitIndex(unitKey).orElseThrow(() -> new IllegalArgumentException(
                "no unit '" + unitKey + "' in this result"));
    }

    String unitKey(int u) {
        return prepared.input().unitKey(u);
    }

    Plan plan() {
        return plan;
    }

    Run run() {
        return run;
    }

    UnitScore unitScore(int node, int u) {
        ScoringInput.Unit unit = prepared.input().units().get(u);
        byte s = run.status(node, u);
        double coverage = coverage(node, u);
        if (s != Run.SCORED) {
            ScoreStatus status = s == Run.INSUFFICIENT ? ScoreStatus.INSUFFICIENT_DATA
                    : s == Run.UNDEFINED ? ScoreStatus.UNDEFINED : ScoreStatus.NOT_AGGREGATED;
            return new UnitScore(unit.key(), unit.name(), plan.keys[node], status, OptionalDouble.empty(),
                    Optional.empty(), OptionalInt.empty(), Optional.empty(), coverage);
        }
        double x = run.score(node, u);
        Rounding r = plan.nodes[node].rounding();
        BigDecimal published = publish(new Exact(prepared, run), node, u, x, r);
        NodeRanks nr = ranks(node);
        Banding banding = plan.nodes[node].banding();
        Optional<String> band = nr.band == null || nr.band[u] < 0 ? Optional.empty()
                : Optional.of(banding.labels().get(nr.band[u]));
        return new UnitScore(unit.key(), unit.name(), plan.keys[node], ScoreStatus.SCORED, OptionalDouble.of(x),
                Optional.of(published), nr.rank[u] > 0 ? OptionalInt.of(nr.rank[u]) : OptionalInt.empty(), band,
                coverage);
    }

    int[] rankArray(int node) {
        return ranks(node).rank;
    }

    private double coverage(int node, int u) {
        int[] leaves = plan.leavesUnder(node);
        int observed = 0;
        for (int leaf : leaves) {
            double v = prepared.leaf(leaf).value(u);
            if (v == v) {
                observed++;
            }
        }
        return leaves.length == 0 ? 0 : (double) observed / leaves.length;
    }

    /**
     * Returns a summary: methodology, units, warnings count and the top ten of the headline node (the
     * root, or the root's first child with scores when the root only groups).
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append("ScoringResult[").append(plan.methodology.id()).append(' ').append(plan.methodology.version())
                .append(", ").append(units().size()).append(" units, ").append(warnings.size())
                .append(" warnings]\n");
        int headline = 0;
        if (run.method[0] == AggregationMethod.NONE && plan.children[0].length > 0) {
            headline = plan.children[0][0];
        }
        b.append(new NodeResult(this, headline).table(TOP_IN_TEXT));
        return b.toString();
    }

    MethodNode spec(int node) {
        return plan.nodes[node];
    }
}
