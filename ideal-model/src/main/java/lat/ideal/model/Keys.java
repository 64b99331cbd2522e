package lat.ideal.model;

/**
 * The shape of the keys that name indicators, crime areas, groups and methodology nodes.
 *
 * @since 0.1
 */
public final class Keys {
    /** Lower-case letters and digits, in words joined by single hyphens, dots or underscores. */
    public static final String KEY_PATTERN = "[a-z0-9]+([-_.][a-z0-9]+)*";
    /** The message of a key that does not match {@link #KEY_PATTERN}. */
    public static final String KEY_MESSAGE = "must be lower-case letters and digits in words joined by '-', '_' or '.'";

    private Keys() {
    }

    /**
     * Tells whether a text is a well-formed key.
     *
     * @param text the text, not null
     * @return true if it matches {@link #KEY_PATTERN}
     */
    public static boolean isKey(CharSequence text) {
        return text.toString().matches(KEY_PATTERN);
    }
}
