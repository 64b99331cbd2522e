package lat.ideal.model.method;

/**
 * Whether an indicator enters scoring oriented as threat or as measured.
 *
 * <p>Orientation happens after normalisation: a normalised value {@code v} of a negative-polarity indicator becomes
 * {@code low + high - v} within the normaliser's output range (for {@code MIN_MAX} and {@code GOALPOSTS}), within the
 * scale's bounds for {@code IDENTITY} and {@code ORDINAL}, and {@code -v} for unbounded normalisers ({@code Z_SCORE},
 * {@code LOG}); ranks are taken in descending order.
 *
 * @since 0.1
 */
public enum Direction {
    /** Orient so that higher means more threat: negative-polarity indicators are reversed (the default). */
    THREAT,
    /** Keep the measured direction (e.g. GI-TOC resilience, published with higher meaning more resilient). */
    AS_MEASURED
}
