package lat.ideal.scoring.evidence;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lat.ideal.model.Doubles;

/**
 * The rule that turns coverage and evidence strength into a {@link Confidence} level.
 *
 * <p>A result is {@link Confidence#HIGH} if its coverage is at least {@code highCoverage} and its mean strength at
 * least {@code highStrength}; otherwise {@link Confidence#MODERATE} if coverage is at least {@code moderateCoverage}
 * and mean strength at least {@code moderateStrength}; otherwise {@link Confidence#LOW}. Coverage is the share of
 * the cells expected under the result that have a value; mean strength is the mean {@link CellEvidence#strength()}
 * of those cells.
 *
 * <p>The defaults are the library's choice, made to fit {@link EvidenceWeights#defaults()}: high needs 80 %
 * coverage and strength 0.6 (every cell backed by a {@code B2} source or better, or by two ungraded sources), moderate
 * needs 50 % coverage and strength 0.35 (a single {@code C3} source, or an ungraded one at 0.5); so a fully covered,
 * ungraded dataset such as a published index is of moderate confidence.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param highCoverage the least coverage for high confidence, in [0, 1]
 * @param highStrength the least mean strength for high confidence, in [0, 1]
 * @param moderateCoverage the least coverage for moderate confidence, in [0, {@code highCoverage}]
 * @param moderateStrength the least mean strength for moderate confidence, in [0, {@code highStrength}]
 * @since 0.1
 */
public record ConfidenceRule(double highCoverage, double highStrength, double moderateCoverage,
                             double moderateStrength) implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final ConfidenceRule DEFAULTS = new ConfidenceRule(0.8, 0.6, 0.5, 0.35);

    /** Checks that every threshold is a share and that high asks at least as much as moderate. */
    public ConfidenceRule {
        share(highCoverage, "high coverage");
        share(highStrength, "high strength");
        share(moderateCoverage, "moderate coverage");
        share(moderateStrength, "moderate strength");
        if (moderateCoverage > highCoverage || moderateStrength > highStrength) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "moderate thresholds (coverage %s, strength %s) must not exceed high ones (%s, %s)",
                    Doubles.format(moderateCoverage), Doubles.format(moderateStrength), Doubles.format(highCoverage),
                    Doubles.format(highStrength)));
        }
    }

    /**
     * Returns the default rule: high at coverage 0.8 and strength 0.6, moderate at 0.5 and 0.35.
     *
     * @return the default rule, never null
     */
    public static ConfidenceRule withDefaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with other thresholds for high confidence.
     *
     * @param coverage the least coverage, in [0, 1]
     * @param strength the least mean strength, in [0, 1]
     * @return the copy, never null
     */
    public ConfidenceRule withHigh(double coverage, double strength) {
        return new ConfidenceRule(coverage, strength, moderateCoverage, moderateStrength);
    }

    /**
     * Returns a copy with other thresholds for moderate confidence.
     *
     * @param coverage the least coverage, in [0, 1]
     * @param strength the least mean strength, in [0, 1]
     * @return the copy, never null
     */
    public ConfidenceRule withModerate(double coverage, double strength) {
        return new ConfidenceRule(highCoverage, highStrength, coverage, strength);
    }

    /**
     * Returns the level of a coverage and a mean strength.
     *
     * @param coverage the share of cells with a value, in [0, 1]
     * @param meanStrength the mean strength of those cells, in [0, 1]
     * @return the level, never null
     * @throws IllegalArgumentException if either is not in [0, 1]
     */
    public Confidence assess(double coverage, double meanStrength) {
        share(coverage, "coverage");
        share(meanStrength, "mean strength");
        if (coverage >= highCoverage && meanStrength >= highStrength) {
            return Confidence.HIGH;
        }
        if (coverage >= moderateCoverage && meanStrength >= moderateStrength) {
            return Confidence.MODERATE;
        }
        return Confidence.LOW;
    }

    /**
     * Summarises the evidence of the cells expected under one result.
     *
     * @param cells every expected cell by key, in presentation order; a cell that no observation covers is
     *     {@link CellEvidence#missing()}; not null. No cell gives coverage 0 and low confidence.
     * @return the summary, never null
     */
    public EvidenceSummary summarise(Map<String, CellEvidence> cells) {
        int covered = 0;
        double strength = 0;
        List<String> poor = new ArrayList<>();
        for (Map.Entry<String, CellEvidence> e : cells.entrySet()) {
            CellEvidence c = e.getValue();
            if (c.hasValue()) {
                covered++;
                strength += c.strength();
            }
            if (c.poorlyGradedOnly()) {
                poor.add(e.getKey());
            }
        }
        double coverage = cells.isEmpty() ? 0 : (double) covered / cells.size();
        double meanStrength = covered == 0 ? 0 : Math.min(1, strength / covered);
        return new EvidenceSummary(assess(coverage, meanStrength), coverage, meanStrength, cells.size(), covered,
                poor);
    }

    private static void share(double value, String what) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s %s is not in [0, 1]", what,
                    Doubles.format(value)));
        }
    }
}
