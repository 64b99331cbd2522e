package lat.ideal.model.method;

/**
 * How an indicator's values are brought to a common scale before aggregation.
 *
 * <p>Parameters (in {@link Normalisation#parameters()}) are named per method below; absent ones take the stated
 * default.
 *
 * @since 0.1
 */
public enum NormalisationMethod {
    /** The value as measured. */
    IDENTITY,
    /** {@code low + (x - min) / (max - min) * (high - low)} over the units' values; {@code low}=0, {@code high}=1. */
    MIN_MAX,
    /**
     * Like {@link #MIN_MAX} with fixed bounds {@code min} and {@code max} (default: the indicator's scale), values
     * outside clamped; {@code low}=0, {@code high}=1.
     */
    GOALPOSTS,
    /** {@code (x - mean) / sd} over the units' values (population standard deviation). */
    Z_SCORE,
    /** The value's rank among the units, 1 for the smallest, ties get the mean of their ranks. */
    RANK,
    /** {@code (rank - 1) / (n - 1)} in [0, 1], ties get the mean of their ranks. */
    PERCENTILE_RANK,
    /** {@code x / x_ref}, the ratio to a reference unit's value ({@link Normalisation#referenceUnit()}). */
    DISTANCE_TO_REFERENCE,
    /** {@code 1 - |target - x| / |target - worst|}, distance to parameter {@code target}, in [0, 1]. */
    DISTANCE_TO_TARGET,
    /** The ordinal level's numeric value, as defined by the indicator's scale. */
    ORDINAL,
    /** {@code ln(x + shift)}, parameter {@code shift} (default 0); needs {@code x + shift > 0}. */
    LOG
}
