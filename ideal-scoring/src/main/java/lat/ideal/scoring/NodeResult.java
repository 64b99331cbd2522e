package lat.ideal.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.method.AggregationMethod;

/**
 * One node's results for every unit, in unit order.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class NodeResult {
    private final ScoringResult result;
    private final int node;

    NodeResult(ScoringResult result, int node) {
        this.result = result;
        this.node = node;
    }

    /**
     * Returns the node's key.
     *
     * @return the key, never null
     */
    public String key() {
        return result.plan().keys[node];
    }

    /**
     * Returns the node's labels.
     *
     * @return the labels, never null
     */
    public LocalizedText labels() {
        return result.spec(node).labels();
    }

    /**
     * Returns how the node aggregated (after overrides); {@code NONE} for a leaf.
     *
     * @return the method, never null
     */
    public AggregationMethod aggregation() {
        AggregationMethod m = result.run().method[node];
        return m == null ? AggregationMethod.NONE : m;
    }

    /**
     * Returns every unit's result, in unit order.
     *
     * @return the scores, never null
     */
    public List<UnitScore> scores() {
        int n = result.units().size();
        List<UnitScore> out = new ArrayList<>(n);
        for (int u = 0; u < n; u++) {
            out.add(result.unitScore(node, u));
        }
        return out;
    }

    /**
     * Returns one unit's result.
     *
     * @param unitKey the unit's key, not null
     * @return the score, never null
     * @throws IllegalArgumentException if there is no such unit
     */
    public UnitScore score(String unitKey) {
        return result.unitScore(node, result.unit(unitKey));
    }

    /**
     * Returns the {@code k} best-ranked units, by rank then input order; units without a score are left out.
     *
     * @param k how many, zero or more
     * @return at most {@code k} scores, never null
     * @throws IllegalArgumentException if {@code k} is negative
     */
    public List<UnitScore> top(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k " + k + " is negative");
        }
        int[] rank = result.rankArray(node);
        int n = rank.length;
        int[] idx = new int[n];
        int m = 0;
        for (int u = 0; u < n; u++) {
            if (rank[u] > 0) {
                idx[m++] = u;
            }
        }
        idx = Arrays.copyOf(idx, m);
        double[] key = new double[n];
        for (int u = 0; u < n; u++) {
            key[u] = rank[u];
        }
        Stats.sortIndices(idx, key);
        List<UnitScore> out = new ArrayList<>();
        for (int i = 0; i < Math.min(k, m); i++) {
            out.add(result.unitScore(node, idx[i]));
        }
        return out;
    }

    /**
     * Returns the unrounded scores as a primitive array.
     *
     * @return a new array in unit order; NaN where the unit has no score
     */
    public double[] unrounded() {
        return result.run().scores(node).clone();
    }

    /**
     * Returns the ranks as a primitive array.
     *
     * @return a new array in unit order; 0 where the unit has no rank
     */
    public int[] ranks() {
        return result.rankArray(node).clone();
    }

    /**
     * Returns the weights the node used, by child key.
     *
     * @return the weights, never null (empty for a leaf)
     * @see ScoringResult#effectiveWeights(String)
     */
    public Map<String, Double> effectiveWeights() {
        return result.effectiveWeights(key());
    }

    /**
     * Returns a unit's band label.
     *
     * @param unitKey the unit's key, not null
     * @return the band, or empty without a score or banding
     */
    public Optional<String> band(String unitKey) {
        return score(unitKey).band();
    }

    String table(int k) {
        StringBuilder b = new StringBuilder();
        b.append(key()).append(" (").append(labels().en()).append(") - ").append(aggregation()).append(", top ")
                .append(k).append('\n');
        b.append(String.format(Locale.ROOT, "%5s  %-12s %-32s %10s  %s%n", "rank", "unit", "name", "score", "band"));
        for (UnitScore s : top(k)) {
            String name = s.name().length() > 32 ? s.name().substring(0, 31) + "~" : s.name();
            b.append(String.format(Locale.ROOT, "%5d  %-12s %-32s %10s  %s%n", s.rank().orElse(0), s.unit(), name,
                    s.published().orElseThrow().toPlainString(), s.band().orElse("")));
        }
        return b.toString();
    }

    /**
     * Returns the node's top ten as a table.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return table(10);
    }
}
