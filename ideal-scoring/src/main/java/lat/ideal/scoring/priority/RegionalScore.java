package lat.ideal.scoring.priority;

import lat.ideal.model.LocalizedText;

/**
 * How a crime area's country scores become its regional score. Countries without a score for the area (too little
 * data) take no part.
 *
 * @since 0.1
 */
public enum RegionalScore {
    /** The mean of the countries' unrounded scores (the default). */
    MEAN(LocalizedText.of("media", "mean", "média")),
    /** The highest country score: the area is as serious as where it is worst. */
    MAX(LocalizedText.of("máxima", "maximum", "máxima")),
    /** The mean weighted by each country's population, {@code sum(p_c s_c) / sum(p_c)}. */
    POPULATION_WEIGHTED(LocalizedText.of("ponderada por población", "population-weighted",
            "ponderada pela população"));

    private final LocalizedText label;

    RegionalScore(LocalizedText label) {
        this.label = label;
    }

    /**
     * Returns how the rationale names the method (e.g. "regional mean score").
     *
     * @return the label, never null
     */
    public LocalizedText label() {
        return label;
    }
}
