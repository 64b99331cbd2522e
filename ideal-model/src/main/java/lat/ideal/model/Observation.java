package lat.ideal.model;

import java.util.Optional;

/**
 * One graded, marked measurement of one indicator about one target in one period.
 *
 * <p>Several observations may cover one cell (target x indicator x period) when several countries or sources
 * contribute; they are distinct as long as their source identity differs ({@link #sourceKey()}). The raw grade is
 * always kept; turning it into an evidence weight is the scoring engine's configurable choice.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param target what is observed, not null
 * @param indicator the indicator key, not blank
 * @param measurement the measured value, level or UNKNOWN, not null
 * @param period the period covered, not null
 * @param grade the source grade, if graded
 * @param source a reference to the source (a report, a dataset, an agency file), if given
 * @param handling the TLP 2.0 handling marking, not null
 * @param contributor the contributing country, if given
 * @param agency the contributing agency, if given
 * @param rationale the analyst's free-text rationale, if given
 * @since 0.1
 */
public record Observation(Target target, String indicator, Measurement measurement, ReportingPeriod period,
                          Optional<SourceGrade> grade, Optional<String> source, Tlp handling,
                          Optional<Country> contributor, Optional<String> agency, Optional<String> rationale) {

    /** Checks that no part is null. */
    public Observation {
        Checks.notNull(target, "target");
        Checks.notBlank(indicator, "indicator");
        Checks.notNull(measurement, "measurement");
        Checks.notNull(period, "period");
        Checks.notNull(grade, "grade");
        Checks.notNull(source, "source");
        Checks.notNull(handling, "handling");
        Checks.notNull(contributor, "contributor");
        Checks.notNull(agency, "agency");
        Checks.notNull(rationale, "rationale");
    }

    /**
     * Returns an ungraded, unmarked ({@code TLP:CLEAR}) observation; add the rest with the {@code withX} methods.
     *
     * @param target the target, not null
     * @param indicator the indicator key, not blank
     * @param measurement the measurement, not null
     * @param period the period, not null
     * @return the observation, never null
     */
    public static Observation of(Target target, String indicator, Measurement measurement, ReportingPeriod period) {
        return new Observation(target, indicator, measurement, period, Optional.empty(), Optional.empty(), Tlp.CLEAR,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Returns a copy with a grade.
     *
     * @param newGrade the grade, not null
     * @return the copy
     */
    public Observation withGrade(SourceGrade newGrade) {
        return new Observation(target, indicator, measurement, period, Optional.of(newGrade), source, handling,
                contributor, agency, rationale);
    }

    /**
     * Returns a copy with a source reference.
     *
     * @param newSource the reference, not null
     * @return the copy
     */
    public Observation withSource(String newSource) {
        return new Observation(target, indicator, measurement, period, grade, Optional.of(newSource), handling,
                contributor, agency, rationale);
    }

    /**
     * Returns a copy with a handling marking.
     *
     * @param newHandling the marking, not null
     * @return the copy
     */
    public Observation withHandling(Tlp newHandling) {
        return new Observation(target, indicator, measurement, period, grade, source, newHandling, contributor,
                agency, rationale);
    }

    /**
     * Returns a copy with a contributing country and agency.
     *
     * @param country the contributing country, not null
     * @param agencyName the agency, or null for none
     * @return the copy
     */
    public Observation withContributor(Country country, String agencyName) {
        return new Observation(target, indicator, measurement, period, grade, source, handling,
                Optional.of(country), Optional.ofNullable(agencyName), rationale);
    }

    /**
     * Returns a copy with a rationale.
     *
     * @param text the rationale, not null
     * @return the copy
     */
    public Observation withRationale(String text) {
        return new Observation(target, indicator, measurement, period, grade, source, handling, contributor, agency,
                Optional.of(text));
    }

    /**
     * Returns a copy with another measurement.
     *
     * @param newMeasurement the measurement, not null
     * @return the copy
     */
    public Observation withMeasurement(Measurement newMeasurement) {
        return new Observation(target, indicator, newMeasurement, period, grade, source, handling, contributor,
                agency, rationale);
    }

    /**
     * Returns the identity of the source: contributor, agency and source reference. Two observations of the same
     * target, indicator and period with the same source key are duplicates.
     *
     * @return the key, never null
     */
    public String sourceKey() {
        return contributor.map(Country::code).orElse("") + "|" + agency.orElse("") + "|" + source.orElse("");
    }
}
