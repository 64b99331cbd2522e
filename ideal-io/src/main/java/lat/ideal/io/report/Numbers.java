package lat.ideal.io.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/** Number formatting for reports: decimal point, no grouping, no exponent, whatever the default locale. */
final class Numbers {
    /** Places shown for values that are not published scores (raw values, weights, contributions). */
    static final int DETAIL_DECIMALS = 4;
    /** Shown for an absent number. */
    static final String NONE = "\u2014";

    private Numbers() {
    }

    /**
     * Rounds half-up to at most {@code decimals} places and drops trailing zeros: {@code 0.25}, {@code 7.5},
     * {@code 19}, {@code -0.0001}; zero (also a negative one, or one that rounds to zero) as {@code 0}.
     */
    static String plain(double x, int decimals) {
        if (!Double.isFinite(x)) {
            return NONE;
        }
        BigDecimal shown = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return shown.signum() == 0 ? "0" : shown.toPlainString();
    }

    static String detail(double x) {
        return plain(x, DETAIL_DECIMALS);
    }

    static String detail(OptionalDouble x) {
        return x.isPresent() ? detail(x.getAsDouble()) : NONE;
    }

    /** A share in [0, 1] as a whole percentage, {@code 83%}. */
    static String percent(double share) {
        return plain(share * 100, 0) + "%";
    }
}
