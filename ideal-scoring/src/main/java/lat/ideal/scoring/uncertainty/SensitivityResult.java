package lat.ideal.scoring.uncertainty;

import java.io.Serializable;
import java.util.Objects;

/**
 * The Sobol indices of the uncertain factors of a scoring, for one target.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param target what was measured, not null
 * @param indices the indices, one per factor in the specification's order, named as {@link UncertainFactor#name()}
 * @since 0.1
 */
public record SensitivityResult(SensitivityTarget target, SobolResult indices) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks that no part is null. */
    public SensitivityResult {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(indices, "indices");
    }

    @Override
    public String toString() {
        return "Sensitivity of the " + target + "\n" + indices;
    }
}
