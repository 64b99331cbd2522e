package lat.ideal.model;

import java.math.BigDecimal;

/**
 * Formats numbers for messages and text forms: the shortest decimal that reads back as the same double.
 *
 * @since 0.1
 */
public final class Doubles {
    private Doubles() {
    }

    /**
     * Formats a double without exponent or trailing zeros ({@code 10}, {@code 0.5}, {@code 11}); NaN and infinities
     * as Java writes them.
     *
     * @param value the value
     * @return the text, never null
     */
    public static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
