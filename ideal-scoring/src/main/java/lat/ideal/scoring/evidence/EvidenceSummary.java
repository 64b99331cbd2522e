package lat.ideal.scoring.evidence;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The evidence behind one result (a unit at a node): its confidence level, coverage, mean evidence strength, and the
 * cells backed only by poorly graded sources.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param confidence the confidence level, not null
 * @param coverage the share of the expected cells that have a value, in [0, 1] (0 if no cell is expected)
 * @param meanStrength the mean {@link CellEvidence#strength()} of the cells that have a value, in [0, 1] (0 if none)
 * @param cells the number of cells expected
 * @param covered the number of cells that have a value
 * @param poorlyGradedCells the keys of the cells backed only by poorly graded sources, in the order given; not null
 * @since 0.1
 */
public record EvidenceSummary(Confidence confidence, double coverage, double meanStrength, int cells, int covered,
                              List<String> poorlyGradedCells) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Copies the list and checks the ranges. */
    public EvidenceSummary {
        Objects.requireNonNull(confidence, "confidence");
        poorlyGradedCells = List.copyOf(poorlyGradedCells);
        if (!(coverage >= 0 && coverage <= 1) || !(meanStrength >= 0 && meanStrength <= 1)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "coverage %s and mean strength %s must be in [0, 1]", coverage, meanStrength));
        }
        if (covered < 0 || covered > cells) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "covered cells %d must be in 0..%d", covered, cells));
        }
    }

    /**
     * Returns e.g. {@code moderate (coverage 0.9, strength 0.5, 1 poorly graded cell)}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        int poor = poorlyGradedCells.size();
        return String.format(Locale.ROOT, "%s (coverage %.2f, strength %.2f, %d poorly graded cell%s)",
                confidence.label().en(), coverage, meanStrength, poor, poor == 1 ? "" : "s");
    }
}
