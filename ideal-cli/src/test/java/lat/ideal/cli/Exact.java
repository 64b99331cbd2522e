package lat.ideal.cli;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** An exact rational number, for reference values computed without floating point. */
record Exact(BigInteger num, BigInteger den) implements Comparable<Exact> {
    static final Exact ZERO = of(0);

    Exact {
        if (den.signum() == 0) {
            throw new ArithmeticException("zero denominator");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
            num = num.divide(g);
            den = den.divide(g);
        }
    }

    static Exact of(long n) {
        return new Exact(BigInteger.valueOf(n), BigInteger.ONE);
    }

    /** Reads a decimal as written, e.g. {@code 7.5} or {@code 0.25}. */
    static Exact parse(String decimal) {
        BigDecimal d = new BigDecimal(decimal);
        return d.scale() > 0 ? new Exact(d.unscaledValue(), BigInteger.TEN.pow(d.scale()))
                : new Exact(d.toBigIntegerExact(), BigInteger.ONE);
    }

    Exact plus(Exact o) {
        return new Exact(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Exact minus(Exact o) {
        return plus(new Exact(o.num.negate(), o.den));
    }

    Exact times(Exact o) {
        return new Exact(num.multiply(o.num), den.multiply(o.den));
    }

    Exact over(Exact o) {
        return new Exact(num.multiply(o.den), den.multiply(o.num));
    }

    /** Rounds half-up (away from zero on a tie) to {@code scale} decimals. */
    BigDecimal roundHalfUp(int scale) {
        return new BigDecimal(num).divide(new BigDecimal(den), scale, RoundingMode.HALF_UP);
    }

    double toDouble() {
        return new BigDecimal(num).divide(new BigDecimal(den), 30, RoundingMode.HALF_EVEN).doubleValue();
    }

    @Override
    public int compareTo(Exact o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }
}
