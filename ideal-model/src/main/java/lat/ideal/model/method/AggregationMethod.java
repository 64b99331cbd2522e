package lat.ideal.model.method;

/**
 * How a node combines its children's scores.
 *
 * @since 0.1
 */
public enum AggregationMethod {
    /** No score of its own: the node only groups its children (e.g. an index reported as separate pillars). */
    NONE,
    /** Weighted arithmetic mean, {@code sum(w_i x_i) / sum(w_i)}. */
    ARITHMETIC_MEAN,
    /** Weighted geometric mean, {@code prod(x_i ^ (w_i / sum w))}; needs positive values. */
    GEOMETRIC_MEAN,
    /** Weighted harmonic mean, {@code sum(w_i) / sum(w_i / x_i)}; needs positive values. */
    HARMONIC_MEAN,
    /** Weighted generalised (power) mean of order {@code p} (parameter {@code p}). */
    GENERALISED_MEAN,
    /** Weighted sum without division, {@code sum(w_i x_i)} (Sleipnir, crime harm index). */
    WEIGHTED_SUM,
    /** The smallest child score (non-compensatory). */
    MINIMUM,
    /** The largest child score (non-compensatory). */
    MAXIMUM,
    /** Copeland's method: weighted pairwise wins minus losses against every other unit. */
    COPELAND,
    /** TOPSIS relative closeness to the ideal point. */
    TOPSIS,
    /** The product of the children's scores (harm x likelihood, a risk matrix). */
    PRODUCT
}
