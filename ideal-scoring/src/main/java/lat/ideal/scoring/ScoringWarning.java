package lat.ideal.scoring;

import java.util.Locale;
import java.util.Objects;

/**
 * Something a scoring run had to decide about degenerate or doubtful input, with where it happened.
 *
 * <p>Warnings never stop a run: every degenerate case has a defined, documented result, and the warning says which
 * one was used. {@link #kind()} is stable and can be used to localise the message.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind what happened, not null
 * @param node the node or leaf key concerned, empty if none
 * @param subject the unit, indicator or child concerned, empty if none
 * @param message an English explanation naming the values and the rule applied, not null
 * @since 0.1
 */
public record ScoringWarning(Kind kind, String node, String subject, String message) {

    /** What a warning is about. */
    public enum Kind {
        /** An indicator column has one distinct value (max = min): it cannot discriminate between units. */
        CONSTANT_COLUMN,
        /** All weights of a node (or of the children a unit has) are zero. */
        ZERO_WEIGHTS,
        /** An AHP matrix has a consistency ratio above 0.1. */
        AHP_INCONSISTENT,
        /** A value is not positive where the aggregation or transform needs positive values. */
        NON_POSITIVE_VALUE,
        /** The methodology reads an indicator that the input does not have. */
        MISSING_INDICATOR,
        /** A measurement has no number on its indicator's scale and was left out. */
        UNUSABLE_MEASUREMENT,
        /** The reference unit of a distance-to-reference normalisation has no usable value. */
        REFERENCE_UNAVAILABLE,
        /** A weighting names a child the node does not have, or leaves out one it has. */
        WEIGHT_KEY_MISMATCH,
        /** TOPSIS found the ideal and the anti-ideal point identical. */
        TOPSIS_DEGENERATE,
        /** Entropy or CRITIC weights could not discriminate and equal weights were used. */
        OBJECTIVE_WEIGHTS_DEGENERATE,
        /** A scale is unbounded where bounds were needed; the observed range was used instead. */
        UNBOUNDED_SCALE,
        /** Outlier treatment changed values of an indicator (every treated cell is in the result). */
        OUTLIERS_TREATED,
        /** Outlier treatment could not bring an indicator within the limits. */
        OUTLIERS_REMAIN,
        /** Observations were ignored because they are about units outside the scored set. */
        UNSCORED_TARGET
    }

    /** Checks that no part is null. */
    public ScoringWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
    }

    static ScoringWarning of(Kind kind, String node, String subject, String format, Object... args) {
        return new ScoringWarning(kind, node, subject, String.format(Locale.ROOT, format, args));
    }

    /**
     * Returns {@code KIND node: message}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return kind + (node.isEmpty() ? "" : " " + node) + ": " + message;
    }
}
