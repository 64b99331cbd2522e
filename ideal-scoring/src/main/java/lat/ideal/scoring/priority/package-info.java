/**
 * Prioritisation for CLASI: from per-country crime-area results, a ranked regional priority list with transnational
 * reach, confidence, trend and a plain-language rationale in es/en/pt, and draft operational action plans.
 *
 * <p>Everything here is a recommendation ({@link lat.ideal.model.Priority}, plans in status
 * {@link lat.ideal.model.OperationalActionPlan.Status#DRAFT}); the decision that adopts, amends or rejects it is a
 * separate act recorded by the deciding body as a {@link lat.ideal.model.PriorityDecision}, which this library never
 * produces.
 *
 * @since 0.1
 */
package lat.ideal.scoring.priority;
