package lat.ideal.model.method;

/**
 * What a node does with a child value that is missing for a unit.
 *
 * <p>No policy ever changes an observed value; every imputed cell is flagged in the result.
 *
 * @since 0.1
 */
public enum MissingPolicy {
    /** Leave the child out for that unit and divide by the weights of the children present. */
    EXCLUDE_AND_REWEIGHT,
    /** Impute the mean of the units that have the value. */
    MEAN,
    /** Impute the median of the units that have the value. */
    MEDIAN,
    /** Impute the mean of the units in the same group (e.g. region); the overall mean where the group has none. */
    GROUP_MEAN
}
