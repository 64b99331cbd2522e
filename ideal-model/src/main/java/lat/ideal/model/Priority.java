package lat.ideal.model;

import jakarta.validation.constraints.NotBlank;
import java.util.List;

/**
 * A recommended priority: a crime area that an assessment recommends for common action, regionally or for one
 * country.
 *
 * <p>A priority is a recommendation. Adopting, amending or rejecting it is a separate act, recorded as a
 * {@link PriorityDecision} by the body that decides (CLASI for regional priorities); this library never records a
 * recommendation as a decision.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the priority's id, not blank
 * @param crimeArea the crime area code, not blank
 * @param scope regional or national, not null
 * @param countries the countries concerned (one for a national priority), not null
 * @param period the period the priority is for, not null
 * @param rationale why it is recommended, in es/en/pt, not null
 * @param recommendedBy who recommends it (e.g. the assessment's id), not blank
 * @since 0.1
 */
public record Priority(@NotBlank String id, String crimeArea, Scope scope, List<Country> countries,
                       ReportingPeriod period, LocalizedText rationale, @NotBlank String recommendedBy) {

    /** Whether a priority concerns a region or one country. */
    public enum Scope {
        /** Several countries of the region. */
        REGIONAL,
        /** One country. */
        NATIONAL
    }

    /** Copies the countries and checks that no part is null. */
    public Priority {
        Checks.notNull(id, "id");
        Checks.notBlank(crimeArea, "crimeArea");
        Checks.notNull(scope, "scope");
        countries = Checks.list(countries, "countries");
        Checks.notNull(period, "period");
        Checks.notNull(rationale, "rationale");
        Checks.notNull(recommendedBy, "recommendedBy");
    }
}
