package lat.ideal.scoring;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import lat.ideal.model.method.Aggregation;

/**
 * Replacement weights and aggregations for some nodes, applied when re-aggregating a {@link PreparedScoring}
 * without recomputing treatment, imputation of leaves and normalisation.
 *
 * <p>Replacement weights of a node stand where the node's weighting method would have produced its weights: they
 * are renormalised to sum to one exactly when the node's {@code Weighting.renormalise()} says so, and mean-type
 * aggregations divide by the weights of the children present as always. This is what a Monte Carlo run varies: draw
 * {@link ScoringResult#effectiveWeights(String)} with noise, re-aggregate, repeat.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Overrides {
    private static final Overrides NONE = new Overrides(Map.of(), Map.of());
    private final Map<String, double[]> weights;
    private final Map<String, Aggregation> aggregations;

    private Overrides(Map<String, double[]> weights, Map<String, Aggregation> aggregations) {
        this.weights = weights;
        this.aggregations = aggregations;
    }

    /**
     * Returns no overrides: re-aggregation gives the methodology's own result.
     *
     * @return the empty overrides, never null
     */
    public static Overrides none() {
        return NONE;
    }

    /**
     * Returns a copy in which a node's children weigh {@code childWeights}, one per child in the node's child order.
     *
     * <p>This positional form exists for speed in sampling loops; the weights are checked against the node's
     * number of children when used.
     *
     * @param nodeKey the inner node's key, not null
     * @param childWeights finite, not negative weights, one per child; copied
     * @return the copy, never null
     * @throws IllegalArgumentException if a weight is negative or not finite
     */
    public Overrides withWeights(String nodeKey, double... childWeights) {
        Objects.requireNonNull(nodeKey, "nodeKey");
        double[] copy = childWeights.clone();
        for (double w : copy) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weight " + w + " for a child of '" + nodeKey
                        + "' is not a finite number >= 0");
            }
        }
        Map<String, double[]> w = new TreeMap<>(weights);
        w.put(nodeKey, copy);
        return new Overrides(Collections.unmodifiableMap(w), aggregations);
    }

    /**
     * Returns a copy in which a node aggregates its children with another method.
     *
     * @param nodeKey the inner node's key, not null
     * @param aggregation the aggregation, not null
     * @return the copy, never null
     */
    public Overrides withAggregation(String nodeKey, Aggregation aggregation) {
        Objects.requireNonNull(nodeKey, "nodeKey");
        Objects.requireNonNull(aggregation, "aggregation");
        Map<String, Aggregation> a = new TreeMap<>(aggregations);
        a.put(nodeKey, aggregation);
        return new Overrides(weights, Collections.unmodifiableMap(a));
    }

    /**
     * Returns the replacement weights of a node.
     *
     * @param nodeKey the node's key, not null
     * @return a copy of the weights in child order, or empty
     */
    public Optional<double[]> weights(String nodeKey) {
        double[] w = weights.get(nodeKey);
        return w == null ? Optional.empty() : Optional.of(w.clone());
    }

    /**
     * Returns the replacement aggregation of a node.
     *
     * @param nodeKey the node's key, not null
     * @return the aggregation, or empty
     */
    public Optional<Aggregation> aggregation(String nodeKey) {
        return Optional.ofNullable(aggregations.get(nodeKey));
    }

    /**
     * Tells whether nothing is overridden.
     *
     * @return true for {@link #none()}
     */
    public boolean isEmpty() {
        return weights.isEmpty() && aggregations.isEmpty();
    }

    /** Direct access for the engine (never handed out). */
    double[] weightsOrNull(String nodeKey) {
        return weights.get(nodeKey);
    }

    Map<String, double[]> allWeights() {
        return weights;
    }

    Map<String, Aggregation> allAggregations() {
        return aggregations;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Overrides[");
        weights.forEach((k, v) -> b.append(k).append(" weights ").append(java.util.Arrays.toString(v)).append("; "));
        aggregations.forEach((k, v) -> b.append(k).append(' ').append(v.method()).append("; "));
        return b.append(']').toString();
    }
}
