package lat.ideal.io;

import lat.ideal.model.LocalizedText;
import lat.ideal.model.Measurement;

/** Reads and writes the text forms shared by the JSON and CSV formats. */
final class Values {
    private Values() {
    }

    /** A measurement read from text, or the rule and message of why it could not be. */
    record Parsed(Measurement value, String rule, LocalizedText message) {
    }

    /** Tells whether a text is a plain decimal number with a point (no comma, no hexadecimal, no NaN). */
    static boolean isDecimal(String s) {
        // [-+]? (digits [. digits?] | . digits) ([eE] [-+]? digits)?
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        int intDigits = digits(s, i);
        i += intDigits;
        int fracDigits = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            fracDigits = digits(s, i);
            i += fracDigits;
        }
        if (intDigits == 0 && fracDigits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            int expDigits = digits(s, i);
            if (expDigits == 0) {
                return false;
            }
            i += expDigits;
        }
        return i == n;
    }

    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    /**
     * Reads a number with a decimal point; {@code null} in {@code value} with a rule when it is not one.
     *
     * @param text the trimmed text
     */
    static Parsed number(String text) {
        if (isDecimal(text)) {
            double v = Double.parseDouble(text);
            if (Double.isFinite(v)) {
                return new Parsed(Measurement.of(v), null, null);
            }
            return new Parsed(null, "non-finite-number", Messages.nonFinite(text));
        }
        if (text.indexOf(',') >= 0 && isDecimal(text.replace(',', '.'))) {
            return new Parsed(null, "decimal-comma", Messages.decimalComma(text));
        }
        if (text.equals("NaN") || text.endsWith("Infinity")) {
            return new Parsed(null, "non-finite-number", Messages.nonFinite(text));
        }
        return new Parsed(null, "bad-number", Messages.badNumber(text));
    }

    /**
     * Reads a measurement: {@code UNKNOWN} in any case, a decimal number, or else a level code as written (trimmed).
     * A text that starts like a number must be one.
     */
    static Parsed measurement(String raw) {
        String s = raw.trim();
        if (s.isEmpty()) {
            return new Parsed(null, "blank", Messages.blank());
        }
        if (s.equalsIgnoreCase("UNKNOWN")) {
            return new Parsed(Measurement.UNKNOWN, null, null);
        }
        char c = s.charAt(0);
        if (Character.isDigit(c) || c == '-' || c == '+' || c == '.' || s.equals("NaN") || s.equals("Infinity")) {
            return number(s);
        }
        return new Parsed(Measurement.level(s), null, null);
    }
}
