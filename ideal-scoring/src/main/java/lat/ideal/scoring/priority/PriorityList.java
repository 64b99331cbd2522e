package lat.ideal.scoring.priority;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import lat.ideal.model.Country;
import lat.ideal.model.Language;
import lat.ideal.model.OperationalActionPlan;
import lat.ideal.model.Priority;
import lat.ideal.model.ReportingPeriod;

/**
 * A ranked regional priority list, with the model records it recommends: {@link Priority} records and draft
 * {@link OperationalActionPlan}s.
 *
 * <p>Everything here is a recommendation. Adopting, amending or rejecting a priority is a separate act of the deciding
 * body (CLASI), recorded as a {@link lat.ideal.model.PriorityDecision}; this class never produces one.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PriorityList {
    private final String node;
    private final RegionalScore method;
    private final List<RegionalPriority> priorities;
    private final List<String> unassessed;

    PriorityList(String node, RegionalScore method, List<RegionalPriority> priorities, List<String> unassessed) {
        this.node = node;
        this.method = method;
        this.priorities = List.copyOf(priorities);
        this.unassessed = List.copyOf(unassessed);
    }

    /**
     * Returns the node whose scores were prioritised.
     *
     * @return the node's key, never null
     */
    public String node() {
        return node;
    }

    /**
     * Returns how regional scores were computed.
     *
     * @return the method, never null
     */
    public RegionalScore method() {
        return method;
    }

    /**
     * Returns the priorities, first priority first.
     *
     * @return the priorities, never null
     */
    public List<RegionalPriority> priorities() {
        return priorities;
    }

    /**
     * Returns the crime areas that no country has a score for at the node: they cannot be ranked.
     *
     * @return the codes, in the result's order, never null
     */
    public List<String> unassessed() {
        return unassessed;
    }

    /**
     * Looks up a crime area's priority.
     *
     * @param crimeArea the crime area's code, not null
     * @return the priority, or empty if the area was not assessed
     */
    public Optional<RegionalPriority> priority(String crimeArea) {
        return priorities.stream().filter(p -> p.crimeArea().equals(crimeArea)).findFirst();
    }

    /**
     * Returns the id a priority gets in {@link #toPriorities}: {@code assessmentId/P<rank>}.
     *
     * @param assessmentId the recommending assessment's id, not blank
     * @param priority the priority, not null
     * @return the id, never null
     */
    public static String priorityId(String assessmentId, RegionalPriority priority) {
        return assessmentId + "/P" + priority.rank();
    }

    /**
     * Returns the recommendations as model records: one regional {@link Priority} per crime area, in rank order,
     * concerning its participating countries (every assessed country where none is in the top band and there is no
     * lead).
     *
     * @param assessmentId the recommending assessment's id (e.g. {@code IDEAL-2.0}), not blank
     * @param period the period the priorities are for, not null
     * @return the priorities, never null
     */
    public List<Priority> toPriorities(String assessmentId, ReportingPeriod period) {
        checkId(assessmentId);
        Objects.requireNonNull(period, "period");
        List<Priority> out = new ArrayList<>();
        for (RegionalPriority p : priorities) {
            List<Country> countries = p.participants().isEmpty() ? p.assessed() : p.participants();
            out.add(new Priority(priorityId(assessmentId, p), p.crimeArea(), Priority.Scope.REGIONAL, countries,
                    period, p.rationale(), assessmentId));
        }
        return out;
    }

    /**
     * Returns draft operational action plans, one per priority that has a lead country: status
     * {@link OperationalActionPlan.Status#DRAFT}, the lead, the other participating countries, and no institutions
     * or actions yet (the countries add them). A priority without a lead gets no plan ({@link #withoutLead()}).
     *
     * @param assessmentId the recommending assessment's id, not blank
     * @param period the period of the plans, not null
     * @return the plans, in priority order, never null
     */
    public List<OperationalActionPlan> draftActionPlans(String assessmentId, ReportingPeriod period) {
        checkId(assessmentId);
        Objects.requireNonNull(period, "period");
        List<OperationalActionPlan> out = new ArrayList<>();
        for (RegionalPriority p : priorities) {
            if (p.lead().isEmpty()) {
                continue;
            }
            Country lead = p.lead().get();
            List<Country> others = new ArrayList<>(p.participants());
            others.remove(lead);
            String id = priorityId(assessmentId, p);
            out.add(new OperationalActionPlan(id + "/PAO", id, OperationalActionPlan.Status.DRAFT, period, lead,
                    others, List.of(), List.of()));
        }
        return out;
    }

    /**
     * Returns the priorities for which no country is affected with adequate confidence, so no plan is drafted.
     *
     * @return the priorities, never null
     */
    public List<RegionalPriority> withoutLead() {
        return priorities.stream().filter(p -> p.lead().isEmpty()).toList();
    }

    private static void checkId(String assessmentId) {
        if (Objects.requireNonNull(assessmentId, "assessmentId").isBlank()) {
            throw new IllegalArgumentException("assessment id must not be blank");
        }
    }

    /**
     * Returns the list as a table with each rationale in English.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "Regional priorities at %s (%s score)%n",
                node, method.label().en()));
        for (RegionalPriority p : priorities) {
            b.append(String.format(Locale.ROOT, "%d. %s: %.2f, reach %d, %s confidence, lead %s%n   %s%n",
                    p.rank(), p.label().in(Language.EN), p.regionalScore(), p.reach(), p.confidence().label().en(),
                    p.lead().map(Country::code).orElse("none"), p.rationale().en()));
        }
        if (!unassessed.isEmpty()) {
            b.append("not assessed: ").append(String.join(", ", unassessed)).append('\n');
        }
        return b.toString();
    }
}
