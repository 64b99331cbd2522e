package lat.ideal.model.method;

import java.io.Serializable;
import java.math.RoundingMode;

/**
 * How a node's score is published: exact decimal rounding of the unrounded value to {@code decimals} places.
 *
 * <p>Rounding is applied to the exact decimal expansion of the unrounded binary value, never to an already rounded
 * value, and never as {@code Math.round(x * 100) / 100}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param decimals decimal places, 0 to 15
 * @param mode the rounding mode, not null
 * @since 0.1
 */
public record Rounding(int decimals, RoundingMode mode) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks the places. */
    public Rounding {
        Specs.notNull(mode, "mode");
        if (decimals < 0 || decimals > 15) {
            throw new IllegalArgumentException("decimals " + decimals + " is not in 0..15");
        }
        if (mode == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("rounding mode UNNECESSARY cannot publish arbitrary values");
        }
    }

    /**
     * Returns half-up rounding to {@code decimals} places (GI-TOC publishes 2).
     *
     * @param decimals the places
     * @return the rounding
     */
    public static Rounding halfUp(int decimals) {
        return new Rounding(decimals, RoundingMode.HALF_UP);
    }
}
