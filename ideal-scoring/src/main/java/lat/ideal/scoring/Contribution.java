package lat.ideal.scoring;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One line of an {@link Explanation}: a leaf (or an imputed inner node) with its raw, treated and normalised value,
 * its effective weight for this unit and its contribution to the explained score.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param node the leaf's key, or an inner node's key when that node's value was imputed, not null
 * @param indicator the indicator key; empty for an imputed inner node, not null
 * @param raw the input value, empty when the cell is missing
 * @param treated the value after outlier treatment, present only when treatment changed it
 * @param value the value that entered aggregation (normalised, oriented, possibly imputed), empty when excluded
 * @param weight the effective weight for this unit: the product down the path of each level's weight share (for a
 *        linear aggregation, contribution = weight x value); 0 when excluded
 * @param contribution the part of the explained score (linear) or of its logarithm (geometric) due to this line,
 *        empty when the aggregation does not decompose or the line is excluded
 * @param flags what happened to the cell, not null
 * @since 0.1
 */
public record Contribution(String node, String indicator, OptionalDouble raw, OptionalDouble treated,
                           OptionalDouble value, double weight, OptionalDouble contribution, Set<Flag> flags) {

    /** What happened to a cell. */
    public enum Flag {
        /** The cell was observed. */
        OBSERVED,
        /** The cell was measured as UNKNOWN (an intelligence gap). */
        UNKNOWN,
        /** The cell was missing. */
        MISSING,
        /** The value was imputed by the parent node's policy. */
        IMPUTED,
        /** The value was winsorised. */
        WINSORISED,
        /** The indicator was log-transformed. */
        LOG_TRANSFORMED,
        /** The line did not enter the score (missing and not imputed, or a zero weight). */
        EXCLUDED
    }

    /** Copies the flags and checks that no part is null. */
    public Contribution {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(treated, "treated");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(contribution, "contribution");
        flags = Set.copyOf(flags);
    }
}
