package lat.ideal.scoring;

/**
 * How units with equal scores are ranked. Rank 1 is the highest score; units without a score get no rank.
 *
 * @since 0.1
 */
public enum TiePolicy {
    /** Standard competition ranking, "1, 2, 2, 4": tied units share the best rank of their group (the default). */
    COMPETITION,
    /** Modified competition ranking, "1, 3, 3, 4": tied units share the worst rank of their group. */
    MODIFIED_COMPETITION,
    /** Dense ranking, "1, 2, 2, 3": tied units share a rank and the next rank follows without a gap. */
    DENSE,
    /** Ordinal ranking, "1, 2, 3, 4": ties are broken by unit order in the input. */
    ORDINAL
}
