package lat.ideal.model;

/**
 * What an indicator describes: a country, a country in one crime area, a criminal group, or a region.
 *
 * @since 0.1
 */
public enum TargetKind {
    /** A country as a whole. */
    COUNTRY,
    /** A country in one crime area (the IDEAL matrix cell). */
    COUNTRY_CRIME_AREA,
    /** A criminal group or network. */
    CRIMINAL_GROUP,
    /** A region (several countries). */
    REGION
}
