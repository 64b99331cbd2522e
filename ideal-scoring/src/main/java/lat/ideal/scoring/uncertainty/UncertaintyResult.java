package lat.ideal.scoring.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The result of a Monte Carlo uncertainty analysis: for every unit at every reported node, how its rank varied.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class UncertaintyResult {
    private final UncertaintySpec spec;
    private final List<String> units;
    private final List<String> nodes;
    private final RankDistribution[][] distributions;
    private final Map<String, Integer> unitIndex = new HashMap<>();
    private final Map<String, Integer> nodeIndex = new HashMap<>();

    UncertaintyResult(UncertaintySpec spec, List<String> units, List<String> nodes,
                      RankDistribution[][] distributions) {
        this.spec = spec;
        this.units = List.copyOf(units);
        this.nodes = List.copyOf(nodes);
        this.distributions = distributions;
        for (int u = 0; u < units.size(); u++) {
            unitIndex.put(units.get(u), u);
        }
        for (int j = 0; j < nodes.size(); j++) {
            nodeIndex.put(nodes.get(j), j);
        }
    }

    /**
     * Returns the specification that produced this result.
     *
     * @return the specification, never null
     */
    public UncertaintySpec spec() {
        return spec;
    }

    /**
     * Returns the unit keys, in input order.
     *
     * @return the keys, never null
     */
    public List<String> units() {
        return units;
    }

    /**
     * Returns the reported node keys.
     *
     * @return the keys, never null
     */
    public List<String> nodes() {
        return nodes;
    }

    /**
     * Returns one unit's rank distribution at one node.
     *
     * @param unitKey the unit's key, not null
     * @param nodeKey a reported node's key, not null
     * @return the distribution, never null
     * @throws IllegalArgumentException if the unit or the node is not in the result
     */
    public RankDistribution distribution(String unitKey, String nodeKey) {
        Integer u = unitIndex.get(Objects.requireNonNull(unitKey, "unitKey"));
        if (u == null) {
            throw new IllegalArgumentException("no unit '" + unitKey + "' in the result");
        }
        return distributions[node(nodeKey)][u];
    }

    /**
     * Returns every unit's rank distribution at one node, in unit order.
     *
     * @param nodeKey a reported node's key, not null
     * @return the distributions, never null
     * @throws IllegalArgumentException if the node is not in the result
     */
    public List<RankDistribution> distributions(String nodeKey) {
        return List.of(distributions[node(nodeKey)]);
    }

    private int node(String nodeKey) {
        Integer j = nodeIndex.get(Objects.requireNonNull(nodeKey, "nodeKey"));
        if (j == null) {
            throw new IllegalArgumentException("node '" + nodeKey + "' is not reported; reported: " + nodes);
        }
        return j;
    }

    /**
     * Returns a node's table, units by nominal rank: nominal, median, mean, 5th and 95th percentile rank, top-k
     * probability and interval width.
     *
     * @param nodeKey a reported node's key, not null
     * @return the text, never null
     */
    public String table(String nodeKey) {
        int j = node(nodeKey);
        List<Integer> order = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            order.add(u);
        }
        order.sort(Comparator.comparingInt((Integer u) -> distributions[j][u].nominal() == 0 ? Integer.MAX_VALUE
                : distributions[j][u].nominal()).thenComparingInt(u -> u));
        int width = 4;
        for (String unit : units) {
            width = Math.max(width, unit.length());
        }
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "%s: %d samples, seed %d, factors %s%n", nodeKey, spec.samples(), spec.seed(),
                spec.factors().stream().map(UncertainFactor::name).toList()));
        b.append(String.format(Locale.ROOT, "%-" + width + "s %7s %7s %7s %7s %7s %9s %7s%n", "unit", "nominal",
                "median", "mean", "p5", "p95", "P(top " + spec.topK() + ")", "width"));
        for (int u : order) {
            RankDistribution d = distributions[j][u];
            b.append(String.format(Locale.ROOT, "%-" + width + "s %7s %7.1f %7.2f %7.1f %7.1f %9.3f %7.1f%n",
                    units.get(u), d.nominal() == 0 ? "-" : Integer.toString(d.nominal()), d.median(), d.mean(),
                    d.p5(), d.p95(), d.topKProbability(), d.intervalWidth()));
        }
        return b.toString();
    }

    /**
     * Returns the table of the first reported node.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return nodes.isEmpty() ? "UncertaintyResult[no node]" : table(nodes.get(0));
    }
}
