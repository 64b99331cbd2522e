package lat.ideal.model;

/**
 * The direction of an indicator: whether a higher value means more threat or less.
 *
 * @since 0.1
 */
public enum Polarity {
    /** A higher value means more threat (e.g. a criminal market's scale). */
    POSITIVE,
    /** A higher value means less threat (e.g. resilience). */
    NEGATIVE;

    /**
     * Returns the sign that orients a value so that higher means more threat.
     *
     * @return {@code +1} or {@code -1}
     */
    public int sign() {
        return this == POSITIVE ? 1 : -1;
    }
}
