package lat.ideal.scoring.trend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The comparison of two assessments: for every common unit at every common scored node, a {@link UnitTrend}, with
 * the difference of their frameworks.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class TrendResult {
    private final FrameworkDifference framework;
    private final List<String> units;
    private final List<String> onlyBefore;
    private final List<String> onlyAfter;
    private final List<String> nodes;
    private final Map<String, List<UnitTrend>> trends;
    private final Map<String, Integer> unitIndex = new HashMap<>();

    TrendResult(FrameworkDifference framework, List<String> units, List<String> onlyBefore, List<String> onlyAfter,
                List<String> nodes, Map<String, List<UnitTrend>> trends) {
        this.framework = framework;
        this.units = List.copyOf(units);
        this.onlyBefore = List.copyOf(onlyBefore);
        this.onlyAfter = List.copyOf(onlyAfter);
        this.nodes = List.copyOf(nodes);
        this.trends = Map.copyOf(trends);
        for (int u = 0; u < units.size(); u++) {
            unitIndex.put(units.get(u), u);
        }
    }

    /** Returns a copy stating another framework difference (the original one, before restriction). */
    TrendResult withFramework(FrameworkDifference difference) {
        return new TrendResult(difference, units, onlyBefore, onlyAfter, nodes, trends);
    }

    /**
     * Returns how the two frameworks differ and whether they were compared on the common indicators.
     *
     * @return the difference, never null
     */
    public FrameworkDifference framework() {
        return framework;
    }

    /**
     * Returns the units both assessments scored, in the later assessment's order.
     *
     * @return the keys, never null
     */
    public List<String> units() {
        return units;
    }

    /**
     * Returns the units only the earlier assessment has.
     *
     * @return the keys, never null
     */
    public List<String> unitsOnlyBefore() {
        return onlyBefore;
    }

    /**
     * Returns the units only the later assessment has.
     *
     * @return the keys, never null
     */
    public List<String> unitsOnlyAfter() {
        return onlyAfter;
    }

    /**
     * Returns the nodes both assessments score, in the later methodology's order.
     *
     * @return the keys, never null
     */
    public List<String> nodes() {
        return nodes;
    }

    /**
     * Returns every common unit's trend at a node, in unit order.
     *
     * @param nodeKey a compared node's key, not null
     * @return the trends, never null
     * @throws IllegalArgumentException if the node is not compared
     */
    public List<UnitTrend> trends(String nodeKey) {
        List<UnitTrend> t = trends.get(Objects.requireNonNull(nodeKey, "nodeKey"));
        if (t == null) {
            throw new IllegalArgumentException("node '" + nodeKey + "' is not compared; compared: " + nodes);
        }
        return t;
    }

    /**
     * Returns one unit's trend at a node.
     *
     * @param unitKey a common unit's key, not null
     * @param nodeKey a compared node's key, not null
     * @return the trend, never null
     * @throws IllegalArgumentException if the unit or node is not compared
     */
    public UnitTrend trend(String unitKey, String nodeKey) {
        Integer u = unitIndex.get(Objects.requireNonNull(unitKey, "unitKey"));
        if (u == null) {
            throw new IllegalArgumentException("unit '" + unitKey + "' is not in both assessments");
        }
        return trends(nodeKey).get(u);
    }

    /**
     * Returns the emerging threats at a node: units newly in its top band, by later rank.
     *
     * @param nodeKey a compared node's key, not null
     * @return the trends, never null (empty where the node has no bands)
     */
    public List<UnitTrend> emerging(String nodeKey) {
        List<UnitTrend> out = new ArrayList<>();
        for (UnitTrend t : trends(nodeKey)) {
            if (t.emerging()) {
                out.add(t);
            }
        }
        out.sort(Comparator.comparingInt(t -> t.rankAfter().orElse(Integer.MAX_VALUE)));
        return out;
    }

    /**
     * Returns the units whose band changed at a node, in unit order.
     *
     * @param nodeKey a compared node's key, not null
     * @return the trends, never null
     */
    public List<UnitTrend> bandChanges(String nodeKey) {
        List<UnitTrend> out = new ArrayList<>();
        for (UnitTrend t : trends(nodeKey)) {
            if (t.bandChanged()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Returns the framework statement and, for the first compared node, the emerging threats and the five largest
     * score changes.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(framework.statement().en()).append('\n');
        b.append(units.size()).append(" common units");
        if (!onlyBefore.isEmpty() || !onlyAfter.isEmpty()) {
            b.append(" (").append(onlyBefore.size()).append(" only before, ").append(onlyAfter.size())
                    .append(" only after)");
        }
        b.append('\n');
        if (nodes.isEmpty()) {
            return b.append("no common scored node").toString();
        }
        String node = nodes.get(0);
        b.append("emerging at ").append(node).append(": ").append(emerging(node).size()).append('\n');
        emerging(node).forEach(t -> b.append("  ").append(t).append('\n'));
        List<UnitTrend> moves = new ArrayList<>(trends(node));
        moves.removeIf(t -> t.change().isEmpty());
        moves.sort(Comparator.comparingDouble((UnitTrend t) -> -Math.abs(t.change().getAsDouble())));
        b.append("largest changes at ").append(node).append(":\n");
        moves.stream().limit(5).forEach(t -> b.append("  ").append(t).append('\n'));
        return b.toString();
    }
}
