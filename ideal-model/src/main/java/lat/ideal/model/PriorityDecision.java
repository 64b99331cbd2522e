package lat.ideal.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The decision a body (e.g. CLASI) takes on a recommended {@link Priority}, kept apart from the recommendation.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param priorityId the id of the priority decided on, not blank
 * @param outcome what was decided, not null
 * @param decidedBy the deciding body, not blank
 * @param date the date of the decision, not null
 * @param note a note on the decision (e.g. how it was amended), if any
 * @since 0.1
 */
public record PriorityDecision(String priorityId, Outcome outcome, String decidedBy, LocalDate date,
                               Optional<String> note) {

    /** What a body decided on a recommendation. */
    public enum Outcome {
        /** Adopted as recommended. */
        ADOPTED,
        /** Adopted with changes. */
        AMENDED,
        /** Not adopted. */
        REJECTED,
        /** Not yet decided. */
        PENDING
    }

    /** Checks that no part is null. */
    public PriorityDecision {
        Checks.notBlank(priorityId, "priorityId");
        Checks.notNull(outcome, "outcome");
        Checks.notBlank(decidedBy, "decidedBy");
        Checks.notNull(date, "date");
        Checks.notNull(note, "note");
    }
}
