package lat.ideal.model.method;

import java.io.Serializable;

/**
 * A node's missing-data policy and availability threshold.
 *
 * <p>A unit whose share of children with an observed (not imputed) value is below {@code availabilityThreshold}
 * gets "insufficient data" at this node, not a number. The threshold is a share in [0, 1]; 0 accepts any unit with
 * at least one child value.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param policy the policy, not null
 * @param availabilityThreshold the least share of children with data, in [0, 1]
 * @since 0.1
 */
public record MissingData(MissingPolicy policy, double availabilityThreshold) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks the threshold. */
    public MissingData {
        Specs.notNull(policy, "policy");
        if (!(availabilityThreshold >= 0 && availabilityThreshold <= 1)) {
            throw new IllegalArgumentException("availability threshold " + availabilityThreshold
                    + " is not a share in [0, 1]");
        }
    }

    /**
     * Returns exclude-and-reweight with no threshold: the default.
     *
     * @return the policy
     */
    public static MissingData excludeAndReweight() {
        return new MissingData(MissingPolicy.EXCLUDE_AND_REWEIGHT, 0);
    }

    /**
     * Returns a copy with another threshold.
     *
     * @param threshold the share in [0, 1]
     * @return the copy
     */
    public MissingData withThreshold(double threshold) {
        return new MissingData(policy, threshold);
    }
}
