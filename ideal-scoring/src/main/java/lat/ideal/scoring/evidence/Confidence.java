package lat.ideal.scoring.evidence;

import lat.ideal.model.Language;
import lat.ideal.model.LocalizedText;

/**
 * How far a result can be relied on, from the evidence weights and coverage of the cells behind it; shown beside
 * every score.
 *
 * <p>Levels are ordered from {@link #HIGH} to {@link #LOW}; {@link #atLeast(Confidence)} compares them.
 * {@link ConfidenceRule} says how a level is reached.
 *
 * @since 0.1
 */
public enum Confidence {
    /** Well covered by well graded evidence. */
    HIGH(LocalizedText.of("alta", "high", "alta")),
    /** Adequately covered, or backed by middling evidence. */
    MODERATE(LocalizedText.of("moderada", "moderate", "moderada")),
    /** Poorly covered or backed by weak evidence. */
    LOW(LocalizedText.of("baja", "low", "baixa"));

    private final LocalizedText label;

    Confidence(LocalizedText label) {
        this.label = label;
    }

    /**
     * Returns the level's label in es/en/pt.
     *
     * @return the label, never null
     */
    public LocalizedText label() {
        return label;
    }

    /**
     * Returns the level's label in one language.
     *
     * @param language the language, not null
     * @return the label, never null
     */
    public String label(Language language) {
        return label.in(language);
    }

    /**
     * Tells whether this level is the other or higher.
     *
     * @param other the level to compare with, not null
     * @return true if this level is at least {@code other}
     */
    public boolean atLeast(Confidence other) {
        return ordinal() <= other.ordinal();
    }

    /**
     * Returns the lower of two levels.
     *
     * @param other the other level, not null
     * @return the lower level
     */
    public Confidence min(Confidence other) {
        return ordinal() >= other.ordinal() ? this : other;
    }
}
