package lat.ideal.scoring;

/**
 * Which value ranks and bands are computed from.
 *
 * @since 0.1
 */
public enum RankBasis {
    /**
     * The published (rounded) value (the default): units that show the same published score share a rank and a
     * band, so a reader can check every rank against the published table, and rounding noise in the last binary
     * digit can never order two units that publish the same figure.
     */
    PUBLISHED,
    /** The unrounded value: ties only where the unrounded doubles are equal. */
    UNROUNDED
}
