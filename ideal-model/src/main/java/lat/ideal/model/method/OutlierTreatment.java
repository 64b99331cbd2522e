package lat.ideal.model.method;

import java.io.Serializable;

/**
 * Outlier treatment of an indicator, following the OECD/JRC convention used by COINr: winsorise the most extreme
 * value, one point at a time, while |skewness| exceeds {@code maxSkewness} and kurtosis exceeds
 * {@code maxKurtosis}, up to {@code maxWinsorised} points; if that does not suffice, undo and log-transform instead
 * (when {@code logFallback}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param enabled whether to treat at all
 * @param maxWinsorised the most points winsorised, zero or more
 * @param maxSkewness the absolute skewness above which a column is treated (2 by convention)
 * @param maxKurtosis the kurtosis above which a column is treated (3.5 by convention)
 * @param logFallback whether to log-transform where winsorising does not suffice
 * @since 0.1
 */
public record OutlierTreatment(boolean enabled, int maxWinsorised, double maxSkewness, double maxKurtosis,
                               boolean logFallback) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks the limits. */
    public OutlierTreatment {
        if (maxWinsorised < 0) {
            throw new IllegalArgumentException("maxWinsorised " + maxWinsorised + " is negative");
        }
        if (!(maxSkewness > 0) || !(maxKurtosis > 0)) {
            throw new IllegalArgumentException("skewness and kurtosis limits must be positive");
        }
    }

    /**
     * Returns no treatment: the default.
     *
     * @return the treatment
     */
    public static OutlierTreatment none() {
        return new OutlierTreatment(false, 0, 2.0, 3.5, false);
    }

    /**
     * Returns the COINr convention: |skewness| 2, kurtosis 3.5, up to {@code maxWinsorised} points, log fallback.
     *
     * @param maxWinsorised the most points winsorised
     * @return the treatment
     */
    public static OutlierTreatment winsorise(int maxWinsorised) {
        return new OutlierTreatment(true, maxWinsorised, 2.0, 3.5, true);
    }
}
