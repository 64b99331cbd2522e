package lat.ideal.model;

import java.util.Comparator;
import java.util.Optional;

/**
 * What an observation describes: a country, a country in one crime area, a criminal group, or a region.
 *
 * <p>The text form is {@code BO} (country), {@code BO/drug-trafficking} (country x crime area),
 * {@code group:<id>} (criminal group) and {@code region:<code>} (region); {@link #parse(CharSequence)} reads what
 * {@link #toString()} writes.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind the kind, not null
 * @param country the country, present for {@code COUNTRY} and {@code COUNTRY_CRIME_AREA} only
 * @param crimeArea the crime area code, present for {@code COUNTRY_CRIME_AREA} only
 * @param id the group id for {@code CRIMINAL_GROUP}, the region code for {@code REGION}; absent otherwise
 * @since 0.1
 */
public record Target(TargetKind kind, Optional<Country> country, Optional<String> crimeArea, Optional<String> id)
        implements Comparable<Target> {

    private static final Comparator<Target> ORDER = Comparator.comparing(Target::kind)
            .thenComparing(Target::toString);

    /** Checks that exactly the parts of the kind are present. */
    public Target {
        Checks.notNull(kind, "kind");
        Checks.notNull(country, "country");
        Checks.notNull(crimeArea, "crimeArea");
        Checks.notNull(id, "id");
        boolean wantsCountry = kind == TargetKind.COUNTRY || kind == TargetKind.COUNTRY_CRIME_AREA;
        boolean wantsArea = kind == TargetKind.COUNTRY_CRIME_AREA;
        boolean wantsId = kind == TargetKind.CRIMINAL_GROUP || kind == TargetKind.REGION;
        if (country.isPresent() != wantsCountry || crimeArea.isPresent() != wantsArea || id.isPresent() != wantsId) {
            throw new IllegalArgumentException("a " + kind + " target takes "
                    + (wantsCountry ? "a country" : "no country") + ", "
                    + (wantsArea ? "a crime area" : "no crime area") + " and " + (wantsId ? "an id" : "no id"));
        }
        id.ifPresent(v -> Checks.notBlank(v, "id"));
        crimeArea.ifPresent(v -> Checks.notBlank(v, "crimeArea"));
    }

    /**
     * Returns a country target.
     *
     * @param country the country, not null
     * @return the target, never null
     */
    public static Target country(Country country) {
        return new Target(TargetKind.COUNTRY, Optional.of(country), Optional.empty(), Optional.empty());
    }

    /**
     * Returns a country x crime area target.
     *
     * @param country the country, not null
     * @param crimeArea the crime area code, not blank
     * @return the target, never null
     */
    public static Target countryArea(Country country, String crimeArea) {
        return new Target(TargetKind.COUNTRY_CRIME_AREA, Optional.of(country), Optional.of(crimeArea),
                Optional.empty());
    }

    /**
     * Returns a criminal group target.
     *
     * @param groupId the group id, not blank
     * @return the target, never null
     */
    public static Target group(String groupId) {
        return new Target(TargetKind.CRIMINAL_GROUP, Optional.empty(), Optional.empty(), Optional.of(groupId));
    }

    /**
     * Returns a region target.
     *
     * @param regionCode the region code, not blank
     * @return the target, never null
     */
    public static Target region(String regionCode) {
        return new Target(TargetKind.REGION, Optional.empty(), Optional.empty(), Optional.of(regionCode));
    }

    /**
     * Parses the text form written by {@link #toString()}.
     *
     * @param text the text, not null
     * @return the target, never null
     * @throws IllegalArgumentException if the text is not a target
     */
    public static Target parse(CharSequence text) {
        String s = Checks.notNull(text, "text").toString().trim();
        if (s.startsWith("group:") && s.length() > 6) {
            return group(s.substring(6));
        }
        if (s.startsWith("region:") && s.length() > 7) {
            return region(s.substring(7));
        }
        int slash = s.indexOf('/');
        if (slash > 0 && slash < s.length() - 1) {
            return countryArea(Country.parse(s.substring(0, slash)), s.substring(slash + 1));
        }
        if (slash < 0 && !s.isEmpty()) {
            return country(Country.parse(s));
        }
        throw new IllegalArgumentException("'" + text
                + "' is not a target: write CC, CC/crime-area, group:<id> or region:<code>");
    }

    /**
     * Returns the unit key under which scoring identifies this target: the country code, {@code CC/area}, the group
     * id or the region code.
     *
     * @return the key, never null
     */
    public String unitKey() {
        switch (kind) {
            case COUNTRY:
                return country.orElseThrow().code();
            case COUNTRY_CRIME_AREA:
                return country.orElseThrow().code() + "/" + crimeArea.orElseThrow();
            default:
                return id.orElseThrow();
        }
    }

    /**
     * Returns the text form, {@code BO}, {@code BO/drug-trafficking}, {@code group:<id>} or {@code region:<code>};
     * {@link #parse(CharSequence)} reads it back as an equal target when the id or crime area has no leading or
     * trailing white space (keys never have).
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        switch (kind) {
            case CRIMINAL_GROUP:
                return "group:" + id.orElseThrow();
            case REGION:
                return "region:" + id.orElseThrow();
            default:
                return unitKey();
        }
    }

    @Override
    public int compareTo(Target other) {
        return ORDER.compare(this, other);
    }
}
