package lat.ideal.model.method;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import lat.ideal.model.LocalizedText;

/**
 * A node of a methodology tree: a leaf that reads one indicator, or an inner node that weights and aggregates its
 * children.
 *
 * <p>A leaf carries the indicator's treatment, normalisation and direction; an inner node carries how its children
 * are weighted, how missing child values are handled and how they are aggregated. Both carry their own published
 * rounding and banding, and the weight they have in their parent under {@link WeightingMethod#EXPLICIT}. Trees are
 * built bottom-up from immutable values, so they cannot contain cycles.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param key the node's key, unique in the tree; referenced by weights, results and reports
 * @param labels the node's labels, not null
 * @param weight the node's weight in its parent, finite and not negative (the validator reports others)
 * @param children the children of an inner node; empty for a leaf
 * @param indicator the indicator key a leaf reads; empty for an inner node
 * @param aggregation how an inner node aggregates its children
 * @param weighting how an inner node weights its children
 * @param normalisation how a leaf's values are normalised
 * @param direction whether a leaf is oriented as threat or kept as measured
 * @param treatment a leaf's outlier treatment
 * @param missing an inner node's missing-data policy and availability threshold
 * @param rounding how the node's score is published
 * @param banding how the node's scores are banded
 * @since 0.1
 */
public record MethodNode(String key, LocalizedText labels, double weight, List<MethodNode> children,
                         String indicator, Aggregation aggregation, Weighting weighting, Normalisation normalisation,
                         Direction direction, OutlierTreatment treatment, MissingData missing, Rounding rounding,
                         Banding banding) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Copies the children and checks that the node is either a leaf or an inner node. */
    public MethodNode {
        Specs.notBlank(key, "key");
        Specs.notNull(labels, "labels");
        children = Specs.list(children, "children");
        Specs.notNull(indicator, "indicator");
        Specs.notNull(aggregation, "aggregation");
        Specs.notNull(weighting, "weighting");
        Specs.notNull(normalisation, "normalisation");
        Specs.notNull(direction, "direction");
        Specs.notNull(treatment, "treatment");
        Specs.notNull(missing, "missing");
        Specs.notNull(rounding, "rounding");
        Specs.notNull(banding, "banding");
        if (children.isEmpty() == indicator.isEmpty()) {
            throw new IllegalArgumentException("node '" + key + "' must have either children or an indicator,"
                    + " not both and not neither");
        }
    }

    /**
     * Returns a leaf reading the indicator of the same key, with weight 1, identity normalisation, threat direction,
     * no treatment, rounding half-up to 2 places and no banding.
     *
     * @param indicatorKey the indicator key, also the node's key
     * @return the leaf
     */
    public static MethodNode leaf(String indicatorKey) {
        return new MethodNode(indicatorKey, LocalizedText.same(indicatorKey), 1.0, List.of(), indicatorKey,
                Aggregation.of(AggregationMethod.NONE), Weighting.explicit(), Normalisation.identity(),
                Direction.THREAT, OutlierTreatment.none(), MissingData.excludeAndReweight(), Rounding.halfUp(2),
                Banding.none());
    }

    /**
     * Returns an inner node with weight 1, equal weights, exclude-and-reweight, rounding half-up to 2 places and no
     * banding.
     *
     * @param key the node's key
     * @param aggregation how it aggregates its children
     * @param children the children, at least one
     * @return the node
     */
    public static MethodNode node(String key, Aggregation aggregation, List<MethodNode> children) {
        return new MethodNode(key, LocalizedText.same(key), 1.0, children, "", aggregation, Weighting.equal(),
                Normalisation.identity(), Direction.THREAT, OutlierTreatment.none(), MissingData.excludeAndReweight(),
                Rounding.halfUp(2), Banding.none());
    }

    /**
     * Tells whether this node reads an indicator.
     *
     * @return true for a leaf
     */
    public boolean isLeaf() {
        return children.isEmpty();
    }

    /**
     * Finds a node by key in this subtree, depth first.
     *
     * @param nodeKey the key
     * @return the node, or empty
     */
    public Optional<MethodNode> find(String nodeKey) {
        if (key.equals(nodeKey)) {
            return Optional.of(this);
        }
        for (MethodNode child : children) {
            Optional<MethodNode> found = child.find(nodeKey);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * Returns this subtree's nodes in depth-first pre-order.
     *
     * @return the nodes, never null
     */
    public List<MethodNode> nodes() {
        List<MethodNode> out = new ArrayList<>();
        visit(out::add);
        return out;
    }

    /**
     * Returns this subtree's leaves, left to right.
     *
     * @return the leaves, never null
     */
    public List<MethodNode> leaves() {
        List<MethodNode> out = new ArrayList<>();
        visit(n -> {
            if (n.isLeaf()) {
                out.add(n);
            }
        });
        return out;
    }

    private void visit(Consumer<MethodNode> action) {
        action.accept(this);
        for (MethodNode child : children) {
            child.visit(action);
        }
    }

    /**
     * Returns a copy with labels.
     *
     * @param value the labels
     * @return the copy
     */
    public MethodNode withLabels(LocalizedText value) {
        return new MethodNode(key, value, weight, children, indicator, aggregation, weighting, normalisation,
                direction, treatment, missing, rounding, banding);
    }

    /**
     * Returns a copy with a weight in the parent.
     *
     * @param value the weight
     * @return the copy
     */
    public MethodNode withWeight(double value) {
        return new MethodNode(key, labels, value, children, indicator, aggregation, weighting, normalisation,
                direction, treatment, missing, rounding, banding);
    }

    /**
     * Returns a copy with other children.
     *
     * @param value the children
     * @return the copy
     */
    public MethodNode withChildren(List<MethodNode> value) {
        return new MethodNode(key, labels, weight, value, indicator, aggregation, weighting, normalisation,
                direction, treatment, missing, rounding, banding);
    }

    /**
     * Returns a copy with another aggregation.
     *
     * @param value the aggregation
     * @return the copy
     */
    public MethodNode withAggregation(Aggregation value) {
        return new MethodNode(key, labels, weight, children, indicator, value, weighting, normalisation, direction,
                treatment, missing, rounding, banding);
    }

    /**
     * Returns a copy with another weighting.
     *
     * @param value the weighting
     * @return the copy
     */
    public MethodNode withWeighting(Weighting value) {
        return new MethodNode(key, labels, weight, children, indicator, aggregation, value, normalisation, direction,
                treatment, missing, rounding, banding);
    }

    /**
     * Returns a copy with another normalisation.
     *
     * @param value the normalisation
     * @return the copy
     */
    public MethodNode withNormalisation(Normalisation value) {
        return new MethodNode(key, labels, weight, children, indicator, aggregation, weighting, value, direction,
                treatment, missing, rounding, banding);
    }

    /**
     * Returns a copy with another direction.
     *
     * @param value the direction
     * @return the copy
     */
    public MethodNode withDirection(Direction value) {
        return new MethodNode(key, labels, weight, children, indicator, aggregation, weighting, normalisation, value,
                treatment, missing, rounding, banding);
    }

    /**
     * Returns a copy with another outlier treatment.
     *
     * @param value the treatment
     * @return the copy
     */
    public MethodNode withTreatment(OutlierTreatment value) {
        return new MethodNode(key, labels, weight, children, indicator, aggregation, weighting, normalisation,
                direction, value, missing, rounding, banding);
    }

    /**
     * Returns a copy with another missing-data policy.
     *
     * @param value the policy
     * @return the copy
     */
    public MethodNode withMissing(MissingData value) {
        return new MethodNode(key, labels, weight, children, indicator, aggregation, weighting, normalisation,
                direction, treatment, value, rounding, banding);
    }

    /**
     * Returns a copy with another rounding.
     *
     * @param value the rounding
     * @return the copy
     */
    public MethodNode withRounding(Rounding value) {
        return new MethodNode(key, labels, weight, children, indicator, aggregation, weighting, normalisation,
                direction, treatment, missing, value, banding);
    }

    /**
     * Returns a copy with another banding.
     *
     * @param value the banding
     * @return the copy
     */
    public MethodNode withBanding(Banding value) {
        return new MethodNode(key, labels, weight, children, indicator, aggregation, weighting, normalisation,
                direction, treatment, missing, rounding, value);
    }
}
