package lat.ideal.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** An exact rational number num / den with den > 0, over exact decimals. */
final class Fraction implements Comparable<Fraction> {
    static final Fraction ZERO = new Fraction(BigDecimal.ZERO, BigDecimal.ONE);
    static final Fraction ONE = new Fraction(BigDecimal.ONE, BigDecimal.ONE);

    /** Every decimal with this many significant digits survives a round trip through a double. */
    private static final int DECIMAL_DIGITS = 15;
    /** Every double is identified by this many significant digits. */
    private static final int MAX_DIGITS = 17;

    final BigDecimal num;
    final BigDecimal den;

    private Fraction(BigDecimal num, BigDecimal den) {
        if (den.signum() < 0) {
            this.num = num.negate();
            this.den = den.negate();
        } else {
            this.num = num;
            this.den = den;
        }
    }

    /**
     * Returns the decimal a double was written as: the exact binary value rounded to 15 significant digits if that
     * reads back as the same double (every decimal of up to 15 digits does), else to 16, else 17. So an input typed
     * as {@code 1.005} counts as the decimal 1.005, not as the binary value just below it. Deterministic on every JDK
     * (BigDecimal arithmetic only).
     */
    static Fraction of(double x) {
        if (x == 0) {
            return ZERO;
        }
        BigDecimal exact = new BigDecimal(x);
        for (int digits = DECIMAL_DIGITS; digits <= MAX_DIGITS; digits++) {
            BigDecimal d = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (d.doubleValue() == x) {
                return new Fraction(d.stripTrailingZeros(), BigDecimal.ONE);
            }
        }
        return new Fraction(exact, BigDecimal.ONE);
    }

    static Fraction of(long num, long den) {
        return new Fraction(BigDecimal.valueOf(num), BigDecimal.valueOf(den));
    }

    Fraction plus(Fraction o) {
        if (den.equals(o.den)) {
            return new Fraction(num.add(o.num), den);
        }
        return new Fraction(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Fraction minus(Fraction o) {
        return plus(o.negate());
    }

    Fraction times(Fraction o) {
        return new Fraction(num.multiply(o.num), den.multiply(o.den));
    }

    /** Divides; the divisor must not be zero. */
    Fraction over(Fraction o) {
        return new Fraction(num.multiply(o.den), den.multiply(o.num));
    }

    Fraction negate() {
        return new Fraction(num.negate(), den);
    }

    Fraction abs() {
        return num.signum() < 0 ? negate() : this;
    }

    int signum() {
        return num.signum();
    }

    /** Rounds the exact quotient to {@code scale} places (BigDecimal division rounds exactly). */
    BigDecimal round(int scale, RoundingMode mode) {
        return num.divide(den, scale, mode);
    }

    @Override
    public int compareTo(Fraction o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fraction && compareTo((Fraction) o) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(num.doubleValue() / den.doubleValue());
    }

    @Override
    public String toString() {
        return num.toPlainString() + "/" + den.toPlainString();
    }
}
