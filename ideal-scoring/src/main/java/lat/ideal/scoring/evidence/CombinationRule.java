package lat.ideal.scoring.evidence;

/**
 * How the values of several observations of one cell (several contributing countries or sources) become the cell's
 * value.
 *
 * <p>Under every rule, observations whose evidence weight is 0 are left out of the value; if none is left the cell
 * has no value.
 *
 * @since 0.1
 */
public enum CombinationRule {
    /** The evidence-weighted mean {@code sum(w_i x_i) / sum(w_i)}: the default. */
    WEIGHTED_MEAN,
    /** The plain mean: every source counts the same whatever its grade. */
    MEAN,
    /** The median; with an even number of values the mean of the two middle ones. */
    MEDIAN,
    /** The value of the best-graded observation; where several share the highest weight, the mean of their values. */
    BEST_GRADED
}
