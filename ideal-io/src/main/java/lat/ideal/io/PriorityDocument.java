package lat.ideal.io;

import java.util.List;
import java.util.Objects;
import lat.ideal.model.Priority;
import lat.ideal.model.PriorityDecision;

/**
 * The content of a priorities document: recommended priorities and, kept apart, the decisions taken on them.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param priorities the recommended priorities, not null
 * @param decisions the decisions of the deciding body, not null (empty while none is taken)
 * @since 0.1
 */
public record PriorityDocument(List<Priority> priorities, List<PriorityDecision> decisions) {

    /** Copies the lists. */
    public PriorityDocument {
        priorities = List.copyOf(Objects.requireNonNull(priorities, "priorities"));
        decisions = List.copyOf(Objects.requireNonNull(decisions, "decisions"));
    }

    /**
     * Returns a document of recommendations without decisions.
     *
     * @param priorities the recommended priorities, not null
     * @return the document, never null
     */
    public static PriorityDocument of(List<Priority> priorities) {
        return new PriorityDocument(priorities, List.of());
    }
}
