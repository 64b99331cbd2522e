package lat.ideal.benchmarks;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import lat.ideal.model.Polarity;
import lat.ideal.model.Scale;
import lat.ideal.scoring.ScoringInput;

/**
 * A seeded synthetic units x indicators matrix, column-major like {@link ScoringInput}: cell {@code (u, c)} is at
 * {@code values[c * units + u]}.
 *
 * <p>Column {@code c} holds {@code 1 + 9 u^(1 + c mod 3)} for uniform {@code u} in [0, 1): continuous values in
 * [1, 10), skewed to the right by one of three degrees, so that no two units tie by accident. Indicator {@code c} has
 * negative polarity when {@code c mod 4 == 3} (a resilience-like indicator: higher means less threat) and weight
 * {@code 1 + c mod 5}. Optionally, each cell is missing (NaN) with a given probability, and every sixth column has one
 * planted outlier (500 at unit {@code (7919 c) mod units}), far enough out that the COINr rule (|skewness| > 2 and
 * kurtosis > 3.5) treats the column at every size from 1,000 units. The same seed and shape always give the same
 * numbers: the Java and the numpy side of {@code compare.sh} read one binary copy of them.
 */
final class IndicatorMatrix {
    /** The value planted as an outlier. */
    static final double OUTLIER = 500;
    /** Every how many columns one holds an outlier (columns 0, 6, 12, ...). */
    static final int OUTLIER_EVERY = 6;
    /** The scale every indicator is declared on (wide enough to hold the outliers). */
    static final Scale SCALE = Scale.Continuous.of(0, 1000);

    final int units;
    final int indicators;
    final double[] values;

    private IndicatorMatrix(int units, int indicators, double[] values) {
        this.units = units;
        this.indicators = indicators;
        this.values = values;
    }

    /**
     * Wraps given values (for hand-calculated cases).
     *
     * @param units the number of units
     * @param indicators the number of indicators
     * @param values {@code units * indicators} values, column-major; not copied
     * @return the matrix
     */
    static IndicatorMatrix of(int units, int indicators, double... values) {
        if (values.length != units * indicators) {
            throw new IllegalArgumentException(values.length + " values for " + units + " x " + indicators);
        }
        return new IndicatorMatrix(units, indicators, values);
    }

    /**
     * Generates a complete matrix without outliers.
     *
     * @param units the number of units, at least 1
     * @param indicators the number of indicators, at least 1
     * @param seed the seed
     * @return the matrix
     */
    static IndicatorMatrix complete(int units, int indicators, long seed) {
        return generate(units, indicators, seed, 0, false);
    }

    /**
     * Generates a matrix.
     *
     * @param units the number of units, at least 1
     * @param indicators the number of indicators, at least 1
     * @param seed the seed
     * @param missingShare the probability that a cell is missing, in [0, 1)
     * @param outliers whether every sixth column gets one planted outlier
     * @return the matrix
     */
    static IndicatorMatrix generate(int units, int indicators, long seed, double missingShare, boolean outliers) {
        if (units < 1 || indicators < 1 || (long) units * indicators > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(units + " x " + indicators + " is not a usable matrix size");
        }
        if (!(missingShare >= 0 && missingShare < 1)) {
            throw new IllegalArgumentException("missing share " + missingShare + " is not in [0, 1)");
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[units * indicators];
        for (int c = 0; c < indicators; c++) {
            int power = 1 + c % 3;
            int base = c * units;
            for (int u = 0; u < units; u++) {
                double x = random.nextDouble();
                double v = 1 + 9 * (power == 1 ? x : power == 2 ? x * x : x * x * x);
                values[base + u] = missingShare > 0 && random.nextDouble() < missingShare ? Double.NaN : v;
            }
            if (outliers && c % OUTLIER_EVERY == 0) {
                values[base + outlierUnit(c, units)] = OUTLIER;
            }
        }
        return new IndicatorMatrix(units, indicators, values);
    }

    /** The unit that holds column {@code c}'s planted outlier. */
    static int outlierUnit(int c, int units) {
        return (int) ((7919L * c) % units);
    }

    /** Tells whether indicator {@code c} has negative polarity. */
    static boolean negative(int c) {
        return c % 4 == 3;
    }

    /** The weight of indicator {@code c}. */
    static double weight(int c) {
        return 1 + c % 5;
    }

    /** The key of indicator {@code c}. */
    static String key(int c) {
        return "i" + c;
    }

    /** Returns the value of a cell. */
    double value(int unit, int indicator) {
        return values[indicator * units + unit];
    }

    /**
     * Builds the scoring input (which copies the values).
     *
     * @return the input, units {@code u0, u1, ...}
     */
    ScoringInput input() {
        // Generated on demand: the input stores the units compactly, so a list of a million unit records held
        // only to be copied would be the largest transient object of building.
        List<ScoringInput.Unit> unitList = new AbstractList<>() {
            @Override
            public ScoringInput.Unit get(int index) {
                return ScoringInput.Unit.of("u" + Objects.checkIndex(index, units));
            }

            @Override
            public int size() {
                return units;
            }
        };
        List<ScoringInput.Indicator> columns = new ArrayList<>(indicators);
        for (int c = 0; c < indicators; c++) {
            columns.add(new ScoringInput.Indicator(key(c), SCALE, negative(c) ? Polarity.NEGATIVE : Polarity.POSITIVE));
        }
        return ScoringInput.of(unitList, columns, values);
    }
}
