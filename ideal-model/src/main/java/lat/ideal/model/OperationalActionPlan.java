package lat.ideal.model;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An operational action plan (PAO, the analogue of an EMPACT OAP) that implements a priority: a lead country,
 * participating countries and institutions, and actions with owners, deadlines and status.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the plan's id, not blank
 * @param priorityId the priority it implements, not blank
 * @param status draft, adopted, in progress or closed, not null
 * @param period the period of the plan, not null
 * @param leadCountry the lead country, not null
 * @param participants the participating countries, not null
 * @param institutions the participating institutions, not null
 * @param actions the actions, not null
 * @since 0.1
 */
public record OperationalActionPlan(@NotBlank String id, String priorityId, Status status, ReportingPeriod period,
                                    Country leadCountry, List<Country> participants, List<Institution> institutions,
                                    List<Action> actions) {

    /** The state of a plan. */
    public enum Status {
        /** Proposed, not adopted: what this library produces. */
        DRAFT,
        /** Adopted by the deciding body. */
        ADOPTED,
        /** Being carried out. */
        IN_PROGRESS,
        /** Finished. */
        CLOSED
    }

    /** The kind of an institution taking part in a plan. */
    public enum InstitutionType {
        /** A police force. */
        POLICE,
        /** A public prosecutor's office. */
        PROSECUTION,
        /** A specialised multidisciplinary team of police and prosecutors. */
        MULTIDISCIPLINARY_TEAM,
        /** A customs service. */
        CUSTOMS,
        /** A financial intelligence unit. */
        FINANCIAL_INTELLIGENCE,
        /** Any other institution. */
        OTHER
    }

    /** The state of an action. */
    public enum ActionStatus {
        /** Not started. */
        PLANNED,
        /** Under way. */
        IN_PROGRESS,
        /** Done. */
        DONE,
        /** Dropped. */
        CANCELLED
    }

    /**
     * An institution taking part in a plan.
     *
     * @param country its country, not null
     * @param name its name, not blank
     * @param type its kind, not null
     */
    public record Institution(Country country, String name, InstitutionType type) {
        /** Checks that no part is null. */
        public Institution {
            Checks.notNull(country, "country");
            Checks.notBlank(name, "name");
            Checks.notNull(type, "type");
        }
    }

    /**
     * One action of a plan.
     *
     * @param id the action's id, not blank
     * @param description what is to be done, not blank
     * @param owner who owns it (a country, an institution), not blank
     * @param deadline by when, if set
     * @param status its state, not null
     */
    public record Action(String id, String description, String owner, Optional<LocalDate> deadline,
                         ActionStatus status) {
        /** Checks that no part is null. */
        public Action {
            Checks.notBlank(id, "id");
            Checks.notBlank(description, "description");
            Checks.notBlank(owner, "owner");
            Checks.notNull(deadline, "deadline");
            Checks.notNull(status, "status");
        }
    }

    /** Copies the lists and checks that no part is null. */
    public OperationalActionPlan {
        Checks.notNull(id, "id");
        Checks.notBlank(priorityId, "priorityId");
        Checks.notNull(status, "status");
        Checks.notNull(period, "period");
        Checks.notNull(leadCountry, "leadCountry");
        participants = Checks.list(participants, "participants");
        institutions = Checks.list(institutions, "institutions");
        actions = Checks.list(actions, "actions");
    }
}
