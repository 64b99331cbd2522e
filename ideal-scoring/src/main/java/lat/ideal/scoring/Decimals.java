package lat.ideal.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import lat.ideal.model.method.Rounding;

/**
 * Published rounding. A value far from a rounding boundary is rounded from its double; a value within
 * {@link #BOUNDARY_TOLERANCE} of one is rounded from its exact rational value when the node's formula has one
 * (see {@link Exact}: the formula evaluated exactly over the decimals the inputs, weights and parameters were
 * written as), else from the exact decimal expansion of the double. Never {@code Math.round(x * 100) / 100}.
 */
final class Decimals {
    /** Relative distance to a rounding boundary below which the exact value decides. */
    static final double BOUNDARY_TOLERANCE = 1e-9;
    private static final double[] POW10 = new double[16];
    private static final double EXACT_INTEGERS = 0x1p52;

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private Decimals() {
    }

    /** Tells whether the double is too close to a boundary of the rounding to be rounded from the double. */
    static boolean nearBoundary(double x, Rounding r) {
        double y = x * POW10[r.decimals()];
        if (!(Math.abs(y) < EXACT_INTEGERS)) {
            return true;
        }
        double f = y - Math.floor(y);
        double tol = BOUNDARY_TOLERANCE * Math.max(1, Math.abs(y));
        if (isHalf(r.mode())) {
            return Math.abs(f - 0.5) <= tol;
        }
        return f <= tol || 1 - f <= tol;
    }

    private static boolean isHalf(RoundingMode mode) {
        return mode == RoundingMode.HALF_UP || mode == RoundingMode.HALF_DOWN || mode == RoundingMode.HALF_EVEN;
    }

    /** Rounds a double that is not near a boundary; the result is the double nearest the published decimal. */
    static double fast(double x, Rounding r) {
        double p = POW10[r.decimals()];
        return units(x * p, r.mode()) / p;
    }

    /**
     * The published decimal of a double: exact, from the double's own expansion. Away from a rounding boundary the
     * integer count of units in the last decimal comes from the rounded product (the same integer: the product's
     * error is far below the boundary's margin), which saves the expansion of the double.
     */
    static BigDecimal published(double x, Rounding r) {
        if (r.mode() != RoundingMode.UNNECESSARY && !nearBoundary(x, r)) {
            return BigDecimal.valueOf((long) units(x * POW10[r.decimals()], r.mode()), r.decimals());
        }
        return ofDouble(x, r);
    }

    /** y rounded to an integer by the mode (half modes: to nearest, the half case being excluded by the caller). */
    private static double units(double y, RoundingMode mode) {
        double k;
        switch (mode) {
            case UP:
                k = y > 0 ? Math.ceil(y) : Math.floor(y);
                break;
            case DOWN:
                k = y > 0 ? Math.floor(y) : Math.ceil(y);
                break;
            case CEILING:
                k = Math.ceil(y);
                break;
            case FLOOR:
                k = Math.floor(y);
                break;
            default:
                k = Math.rint(y);
                break;
        }
        return k;
    }

    /** Rounds the exact decimal expansion of a double. */
    static BigDecimal ofDouble(double x, Rounding r) {
        return new BigDecimal(x).setScale(r.decimals(), r.mode());
    }
}
