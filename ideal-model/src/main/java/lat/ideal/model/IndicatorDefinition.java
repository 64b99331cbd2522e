package lat.ideal.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * An indicator: what is measured, about what, on which scale and in which direction.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param key the indicator's key (e.g. {@code cocaine-trade}), referenced by observations and methodologies
 * @param labels the labels, not null
 * @param block the indicator block it belongs to (e.g. {@link #CRIMINAL_MARKETS}); users may define their own
 * @param target what the indicator describes, not null
 * @param polarity whether a higher value means more threat or less, not null
 * @param unit the unit (e.g. {@code score}, {@code cases}), not blank
 * @param scale the scale, not null
 * @since 0.1
 */
public record IndicatorDefinition(@Pattern(regexp = Keys.KEY_PATTERN, message = Keys.KEY_MESSAGE) String key,
                                  LocalizedText labels,
                                  @Pattern(regexp = Keys.KEY_PATTERN, message = Keys.KEY_MESSAGE) String block,
                                  TargetKind target, Polarity polarity, @NotBlank String unit, Scale scale) {

    /** Block of criminal-market indicators. */
    public static final String CRIMINAL_MARKETS = "criminal-markets";
    /** Block of criminal-actor indicators. */
    public static final String CRIMINAL_ACTORS = "criminal-actors";
    /** Block of resilience indicators. */
    public static final String RESILIENCE = "resilience";
    /** Block of criminal-group capability indicators. */
    public static final String GROUP_CAPABILITY = "group-capability";
    /** Block of harm indicators. */
    public static final String HARM = "harm";
    /** Block of crime-relevant factors (the environment that enables crime). */
    public static final String CRIME_RELEVANT_FACTORS = "crime-relevant-factors";

    /** Checks that no part is null. */
    public IndicatorDefinition {
        Checks.notBlank(key, "key");
        Checks.notNull(labels, "labels");
        Checks.notBlank(block, "block");
        Checks.notNull(target, "target");
        Checks.notNull(polarity, "polarity");
        Checks.notNull(unit, "unit");
        Checks.notNull(scale, "scale");
    }

    /**
     * Returns a copy with another scale.
     *
     * @param newScale the scale, not null
     * @return the copy, never null
     */
    public IndicatorDefinition withScale(Scale newScale) {
        return new IndicatorDefinition(key, labels, block, target, polarity, unit, newScale);
    }

    /**
     * Returns a copy with another polarity.
     *
     * @param newPolarity the polarity, not null
     * @return the copy, never null
     */
    public IndicatorDefinition withPolarity(Polarity newPolarity) {
        return new IndicatorDefinition(key, labels, block, target, newPolarity, unit, scale);
    }
}
