package lat.ideal.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An exact rational number num / den with den > 0, over exact decimals (every finite double is one). */
final class Fraction implements Comparable<Fraction> {
    static final Fraction ZERO = new Fraction(BigDecimal.ZERO, BigDecimal.ONE);
    static final Fraction ONE = new Fraction(BigDecimal.ONE, BigDecimal.ONE);

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

    static Fraction of(double x) {
        return new Fraction(new BigDecimal(x), BigDecimal.ONE);
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
