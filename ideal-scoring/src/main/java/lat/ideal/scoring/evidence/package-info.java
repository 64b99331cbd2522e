/**
 * Graded evidence: how a source grade becomes an evidence weight, how several observations of one cell are combined,
 * and how evidence and coverage give every result a confidence level.
 *
 * <p>No published source fixes numeric weights for NATO Admiralty or UK 3x5x2 grades: every number here is the
 * library's documented choice and can be replaced ({@link lat.ideal.scoring.evidence.EvidenceWeights},
 * {@link lat.ideal.scoring.evidence.ConfidenceRule}).
 *
 * @since 0.1
 */
package lat.ideal.scoring.evidence;
