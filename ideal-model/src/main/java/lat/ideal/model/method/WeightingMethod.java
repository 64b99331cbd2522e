package lat.ideal.model.method;

/**
 * How a node's children get their weights.
 *
 * @since 0.1
 */
public enum WeightingMethod {
    /** Each child's own {@link MethodNode#weight()}. */
    EXPLICIT,
    /** Every child weighs the same. */
    EQUAL,
    /** Rank-sum weights from {@link Weighting#order()}: the i-th of n (1-based) weighs {@code n - i + 1}. */
    RANK_SUM,
    /** Rank-reciprocal weights: the i-th weighs {@code 1 / i}. */
    RANK_RECIPROCAL,
    /** Rank-order centroid weights: the i-th weighs {@code (1/n) sum_{k=i..n} 1/k}. */
    RANK_ORDER_CENTROID,
    /** AHP: principal eigenvector of {@link Weighting#pairwise()}, with Saaty's consistency ratio. */
    AHP,
    /** Shannon entropy of the children's normalised values across units (objective weights). */
    ENTROPY,
    /** CRITIC: standard deviation times total conflict (1 - correlation) with the other children. */
    CRITIC,
    /** Budget allocation: the mean of several experts' point allocations ({@link Weighting#allocations()}). */
    BUDGET
}
