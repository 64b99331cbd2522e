package lat.ideal.scoring.uncertainty;

import java.io.Serializable;
import java.util.Objects;

/**
 * The output whose variance a sensitivity analysis apportions among the factors.
 *
 * <p>{@link Metric#MEAN_ABSOLUTE_RANK_SHIFT} is COINr's convention: the mean over units of
 * {@code |rank in the sample - nominal rank|} at a node, over the units ranked both nominally and in the sample (a
 * sample in which no unit is ranked both ways has no value, and the analysis reports it).
 * {@link Metric#UNIT_SCORE} is one unit's unrounded score at a node, which must exist in every sample.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param metric the metric, not null
 * @param node the node's key, not null
 * @param unit the unit's key for {@link Metric#UNIT_SCORE}, empty for the rank shift; not null
 * @since 0.1
 */
public record SensitivityTarget(Metric metric, String node, String unit) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What is measured. */
    public enum Metric {
        /** The mean absolute rank shift of the units against the nominal ranks. */
        MEAN_ABSOLUTE_RANK_SHIFT,
        /** One unit's unrounded score. */
        UNIT_SCORE
    }

    /** Checks that no part is null. */
    public SensitivityTarget {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(unit, "unit");
    }

    /**
     * Returns the mean absolute rank shift at a node.
     *
     * @param nodeKey the node's key, not null
     * @return the target, never null
     */
    public static SensitivityTarget meanAbsoluteRankShift(String nodeKey) {
        return new SensitivityTarget(Metric.MEAN_ABSOLUTE_RANK_SHIFT, nodeKey, "");
    }

    /**
     * Returns one unit's score at a node.
     *
     * @param nodeKey the node's key, not null
     * @param unitKey the unit's key, not null
     * @return the target, never null
     */
    public static SensitivityTarget unitScore(String nodeKey, String unitKey) {
        return new SensitivityTarget(Metric.UNIT_SCORE, nodeKey, unitKey);
    }

    @Override
    public String toString() {
        return metric == Metric.UNIT_SCORE ? "score of " + unit + " at " + node
                : "mean absolute rank shift at " + node;
    }
}
