package lat.ideal.scoring;

/**
 * Whether a unit got a score at a node, and if not, why.
 *
 * @since 0.1
 */
public enum ScoreStatus {
    /** The unit has a score. */
    SCORED,
    /**
     * The unit has too little data under the node: no child value, a share of children with data below the node's
     * availability threshold, or (for a product) a missing factor.
     */
    INSUFFICIENT_DATA,
    /**
     * The formula is undefined for the unit's values: non-positive values under a geometric, harmonic or power mean,
     * or only zero-weight children present. The warnings say which.
     */
    UNDEFINED,
    /** The node has aggregation {@code NONE}: it groups its children and has no score of its own. */
    NOT_AGGREGATED
}
