package lat.ideal.scoring.evidence;

import java.io.Serializable;
import java.util.Locale;
import java.util.OptionalDouble;
import lat.ideal.model.Doubles;

/**
 * The combined evidence of one cell (unit x indicator): its value, how many sources back it, how strongly, and how
 * much they disagree.
 *
 * <p>Counts and dispersion follow these rules: {@code sources} counts observations with a finite number on the
 * indicator's scale; {@code gaps} counts the others (UNKNOWN where the scale gives it no number, levels the scale
 * lacks, NaN). The value, the lowest and highest value and the weighted standard deviation are taken over the
 * sources with a positive evidence weight (the <em>used</em> sources); the standard deviation is the
 * evidence-weighted population standard deviation about the weighted mean, whatever the combination rule, and is 0
 * with fewer than two used sources. {@code strength} is {@code 1 - prod(1 - w_i)} over the used sources: 0 without
 * evidence, the single weight for one source, and higher when independent sources agree to back the cell (the
 * library's choice of how corroboration adds up).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the combined value, empty if no source is used
 * @param sources the number of observations with a number, zero or more
 * @param gaps the number of observations without a number, zero or more
 * @param totalWeight the sum of the sources' evidence weights, finite and not negative
 * @param strength the combined evidence strength in [0, 1]
 * @param weightedSd the evidence-weighted standard deviation of the used values, finite and not negative
 * @param lowest the lowest used value, empty if none
 * @param highest the highest used value, empty if none
 * @param poorlyGradedOnly whether there is at least one source and every source is poorly graded
 *     ({@link lat.ideal.model.SourceGrade#isPoor()}; an ungraded source is not poorly graded)
 * @since 0.1
 */
public record CellEvidence(OptionalDouble value, int sources, int gaps, double totalWeight, double strength,
                           double weightedSd, OptionalDouble lowest, OptionalDouble highest, boolean poorlyGradedOnly)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final CellEvidence MISSING = new CellEvidence(OptionalDouble.empty(), 0, 0, 0, 0, 0,
            OptionalDouble.empty(), OptionalDouble.empty(), false);

    /** Checks the counts and ranges. */
    public CellEvidence {
        if (value == null || lowest == null || highest == null) {
            throw new NullPointerException("value, lowest and highest must not be null");
        }
        if (sources < 0 || gaps < 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "sources %d and gaps %d must not be negative", sources, gaps));
        }
        if (!(totalWeight >= 0 && Double.isFinite(totalWeight)) || !(strength >= 0 && strength <= 1)
                || !(weightedSd >= 0 && Double.isFinite(weightedSd))) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "total weight %s and standard deviation %s must be finite and not negative, strength %s in"
                            + " [0, 1]", Doubles.format(totalWeight), Doubles.format(weightedSd),
                    Doubles.format(strength)));
        }
    }

    /**
     * Returns the evidence of a cell that no observation covers.
     *
     * @return the empty evidence: no value, no sources, strength 0
     */
    public static CellEvidence missing() {
        return MISSING;
    }

    /**
     * Tells whether the cell has a value.
     *
     * @return true if {@link #value()} is present
     */
    public boolean hasValue() {
        return value.isPresent();
    }

    /**
     * Returns the spread of the used values, {@code highest - lowest}.
     *
     * @return the range, 0 with fewer than two used values
     */
    public double range() {
        return hasValue() ? highest.getAsDouble() - lowest.getAsDouble() : 0;
    }

    /**
     * Returns the mean evidence weight of the sources, {@code totalWeight / sources}.
     *
     * @return the mean weight, 0 without sources
     */
    public double meanWeight() {
        return sources == 0 ? 0 : totalWeight / sources;
    }
}
