package lat.ideal.scoring;

import java.util.Objects;

/**
 * A value changed by outlier treatment, with the value before and after.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param unit the unit's key, not null
 * @param leaf the leaf's key, not null
 * @param indicator the indicator key, not null
 * @param original the value before treatment
 * @param treated the value after treatment
 * @param method how it was treated, not null
 * @since 0.1
 */
public record TreatedCell(String unit, String leaf, String indicator, double original, double treated,
                          Method method) {

    /** How a value was treated. */
    public enum Method {
        /** Replaced by the next value inwards (winsorised). */
        WINSORISED,
        /** The whole indicator was log-transformed. */
        LOG_TRANSFORMED
    }

    /** Checks that no part is null. */
    public TreatedCell {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(leaf, "leaf");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(method, "method");
    }
}
