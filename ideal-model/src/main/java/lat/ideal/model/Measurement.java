package lat.ideal.model;

import java.util.Locale;

/**
 * What an observation measured: a number, an ordinal level, or UNKNOWN (no information, an intelligence gap).
 *
 * <p>Text forms: a decimal number with a point ({@code 7.5}), a level code ({@code high}), or {@code UNKNOWN};
 * {@link #parse(CharSequence)} reads what {@code toString()} writes.
 *
 * @since 0.1
 */
public sealed interface Measurement permits Measurement.Numeric, Measurement.Ordinal, Measurement.Unknown {

    /** The single UNKNOWN value. */
    Unknown UNKNOWN = new Unknown();

    /**
     * Returns a number.
     *
     * @param value the value (NaN and infinities are kept so the validator can report them)
     * @return the measurement
     */
    static Numeric of(double value) {
        return new Numeric(value);
    }

    /**
     * Returns a level.
     *
     * @param levelCode the level's code, not blank
     * @return the measurement
     */
    static Ordinal level(String levelCode) {
        return new Ordinal(levelCode);
    }

    /**
     * Parses a number, {@code UNKNOWN} (any case) or a level code.
     *
     * <p>A text that starts like a number must be one: {@code 7,5} is rejected rather than read as a level.
     *
     * @param text the text, not null
     * @return the measurement, never null
     * @throws IllegalArgumentException if the text is blank or a malformed number
     */
    static Measurement parse(CharSequence text) {
        String s = Checks.notNull(text, "text").toString().trim();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("a measurement must not be blank");
        }
        if (s.equalsIgnoreCase("UNKNOWN")) {
            return UNKNOWN;
        }
        if (s.equals("NaN") || s.equals("Infinity") || s.equals("-Infinity")) {
            return of(Double.parseDouble(s));
        }
        char c = s.charAt(0);
        if (Character.isDigit(c) || c == '-' || c == '+' || c == '.') {
            if (s.indexOf(',') >= 0) {
                throw new IllegalArgumentException("'" + s + "' uses a decimal comma: write numbers with a point");
            }
            try {
                return of(Double.parseDouble(s));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + s + "' is not a number", e);
            }
        }
        return level(s.toLowerCase(Locale.ROOT));
    }

    /**
     * A number.
     *
     * @param value the value; {@code -0.0} is kept as {@code 0.0}, so that equal numbers are equal measurements
     */
    record Numeric(double value) implements Measurement {

        /** Turns {@code -0.0} into {@code 0.0} (the text form has no negative zero). */
        public Numeric {
            value = value + 0.0;
        }

        @Override
        public String toString() {
            return Doubles.format(value);
        }
    }

    /**
     * An ordinal level, named by its code.
     *
     * <p>Codes are kept trimmed and in lower case, the form {@link Measurement#parse(CharSequence)} reads, since
     * scales look levels up ignoring case. A level whose code reads as {@code UNKNOWN} or as a number cannot be
     * written as text; the validator reports such codes on scales.
     *
     * @param level the level code, not blank; trimmed and lower-cased
     */
    record Ordinal(String level) implements Measurement {

        /** Checks the code and puts it in lower case. */
        public Ordinal {
            level = Checks.notBlank(level, "level").trim().toLowerCase(Locale.ROOT);
        }

        @Override
        public String toString() {
            return level;
        }
    }

    /** No information: an intelligence gap, distinct from a level meaning "none". */
    record Unknown() implements Measurement {
        @Override
        public String toString() {
            return "UNKNOWN";
        }
    }
}
