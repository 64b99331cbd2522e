package lat.ideal.model;

import java.util.Locale;

/**
 * A Traffic Light Protocol 2.0 handling marking, ordered from the least to the most restricted.
 *
 * <p>{@link #parse(CharSequence)} accepts {@code TLP:AMBER+STRICT}, {@code AMBER+STRICT}, {@code amber_strict} and
 * the like; {@link #toString()} writes the standard form {@code TLP:AMBER+STRICT}.
 *
 * @since 0.1
 */
public enum Tlp {
    /** Disclosure is not limited. */
    CLEAR("TLP:CLEAR"),
    /** Limited disclosure: the recipient's community. */
    GREEN("TLP:GREEN"),
    /** Limited disclosure: the recipient's organisation and its clients on a need-to-know basis. */
    AMBER("TLP:AMBER"),
    /** Limited disclosure: the recipient's organisation only. */
    AMBER_STRICT("TLP:AMBER+STRICT"),
    /** For the eyes and ears of individual recipients only. */
    RED("TLP:RED");

    private final String label;

    Tlp(String label) {
        this.label = label;
    }

    /**
     * Parses a marking.
     *
     * @param text the text, not null
     * @return the marking, never null
     * @throws IllegalArgumentException if the text is no TLP 2.0 marking
     */
    public static Tlp parse(CharSequence text) {
        String s = Checks.notNull(text, "text").toString().trim().toUpperCase(Locale.ROOT);
        if (s.startsWith("TLP:")) {
            s = s.substring(4);
        }
        s = s.replace('+', '_').replace('-', '_').replace(' ', '_');
        for (Tlp tlp : values()) {
            if (tlp.name().equals(s)) {
                return tlp;
            }
        }
        throw new IllegalArgumentException("'" + text
                + "' is not a TLP 2.0 marking: use CLEAR, GREEN, AMBER, AMBER+STRICT or RED");
    }

    /**
     * Tells whether an audience cleared to {@code clearance} may receive data with this marking.
     *
     * @param clearance the audience's clearance, not null
     * @return true if this marking is no more restricted than the clearance
     */
    public boolean releasableTo(Tlp clearance) {
        return compareTo(clearance) <= 0;
    }

    /**
     * Returns the more restricted of two markings.
     *
     * @param other the other marking, not null
     * @return the more restricted one
     */
    public Tlp max(Tlp other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * Returns the standard form, e.g. {@code TLP:AMBER+STRICT}, which {@link #parse(CharSequence)} reads back.
     *
     * @return the label, never null
     */
    @Override
    public String toString() {
        return label;
    }
}
