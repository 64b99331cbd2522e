package lat.ideal.scoring.uncertainty;

import java.io.Serializable;
import java.util.Objects;

/**
 * One factor's Sobol indices with their bootstrap confidence intervals.
 *
 * <p>The first-order index {@code S_i} is the share of the output variance due to the factor alone; the total-effect
 * index {@code ST_i} adds its interactions with every other factor. Estimates are not clipped: sampling error can
 * put them slightly below 0 or above 1, which says how far they can be trusted.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param factor the factor's name, not null
 * @param firstOrder the first-order index estimate
 * @param firstOrderLow the lower end of its bootstrap interval
 * @param firstOrderHigh the upper end of its bootstrap interval
 * @param totalEffect the total-effect index estimate
 * @param totalEffectLow the lower end of its bootstrap interval
 * @param totalEffectHigh the upper end of its bootstrap interval
 * @since 0.1
 */
public record SobolIndex(String factor, double firstOrder, double firstOrderLow, double firstOrderHigh,
                         double totalEffect, double totalEffectLow, double totalEffectHigh) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks that the name is present. */
    public SobolIndex {
        Objects.requireNonNull(factor, "factor");
    }

    /**
     * Returns the interaction share, {@code ST_i - S_i}.
     *
     * @return the estimate of the variance share due to the factor's interactions
     */
    public double interactions() {
        return totalEffect - firstOrder;
    }
}
