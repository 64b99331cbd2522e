package lat.ideal.scoring;

import java.util.Objects;
import lat.ideal.model.method.MissingPolicy;

/**
 * A child value a node imputed for a unit; the observed values are never changed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param unit the unit's key, not null
 * @param node the key of the node that imputed, not null
 * @param child the key of the child whose value was missing, not null
 * @param value the imputed value (on the child's normalised scale)
 * @param policy the policy that produced it, not null
 * @since 0.1
 */
public record ImputedCell(String unit, String node, String child, double value, MissingPolicy policy) {

    /** Checks that no part is null. */
    public ImputedCell {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(policy, "policy");
    }
}
