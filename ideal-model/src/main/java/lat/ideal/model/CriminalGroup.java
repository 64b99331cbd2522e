package lat.ideal.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A criminal group or network, with where it is present, what it does and how it links to other groups.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the group's key, referenced by observations and links
 * @param name the name it is known by, not blank
 * @param aliases other names, not null
 * @param presence countries where it is present, not null; kept in code order
 * @param mainCrimeArea its main crime area code, if known
 * @param secondaryCrimeAreas its other crime area codes, not null
 * @param structure its structure, not null
 * @param links typed links to other groups, not null
 * @since 0.1
 */
public record CriminalGroup(@Pattern(regexp = Keys.KEY_PATTERN, message = Keys.KEY_MESSAGE) String id,
                            @NotBlank String name, List<String> aliases, Set<Country> presence,
                            Optional<String> mainCrimeArea, List<String> secondaryCrimeAreas, Structure structure,
                            List<Link> links) {

    /** How a group is organised. */
    public enum Structure {
        /** A standard hierarchy with a single leader. */
        HIERARCHICAL,
        /** Regional hierarchies under loose central control. */
        REGIONAL_HIERARCHY,
        /** A set of groups under a common leadership. */
        CLUSTERED_HIERARCHY,
        /** A core group surrounded by a loose network. */
        CORE_GROUP,
        /** A loose network of individuals. */
        NETWORK,
        /** Not known. */
        UNKNOWN
    }

    /** The kind of a link between two groups. */
    public enum LinkType {
        /** The groups cooperate. */
        ALLIANCE,
        /** The groups compete or fight. */
        RIVALRY,
        /** This group supplies the other. */
        SUPPLIER,
        /** This group buys from the other. */
        CUSTOMER,
        /** This group split off from the other. */
        SPLINTER,
        /** This group is a cell or branch of the other. */
        SUBSIDIARY
    }

    /**
     * A typed link to another group.
     *
     * @param type the kind of link, not null
     * @param group the other group's id, not blank
     */
    public record Link(LinkType type, String group) {
        /** Checks that no part is null. */
        public Link {
            Checks.notNull(type, "type");
            Checks.notBlank(group, "group");
        }
    }

    /** Copies the collections and checks that no part is null. */
    public CriminalGroup {
        Checks.notBlank(id, "id");
        Checks.notNull(name, "name");
        aliases = Checks.list(aliases, "aliases");
        presence = Collections.unmodifiableSet(new TreeSet<>(Checks.notNull(presence, "presence")));
        Checks.notNull(mainCrimeArea, "mainCrimeArea");
        secondaryCrimeAreas = Checks.list(secondaryCrimeAreas, "secondaryCrimeAreas");
        Checks.notNull(structure, "structure");
        links = Checks.list(links, "links");
    }

    /**
     * Starts a builder.
     *
     * @param id the group's id, not blank
     * @param name the group's name, not blank
     * @return the builder, never null
     */
    public static Builder builder(String id, String name) {
        return new Builder(id, name);
    }

    /**
     * Returns a builder holding this group's parts.
     *
     * @return the builder, never null
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, name);
        b.aliases.addAll(aliases);
        b.presence.addAll(presence);
        b.mainCrimeArea = mainCrimeArea.orElse(null);
        b.secondary.addAll(secondaryCrimeAreas);
        b.structure = structure;
        b.links.addAll(links);
        return b;
    }

    /** Builds a {@link CriminalGroup}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private final String name;
        private final List<String> aliases = new ArrayList<>();
        private final Set<Country> presence = new LinkedHashSet<>();
        private String mainCrimeArea;
        private final List<String> secondary = new ArrayList<>();
        private Structure structure = Structure.UNKNOWN;
        private final List<Link> links = new ArrayList<>();

        private Builder(String id, String name) {
            this.id = id;
            this.name = name;
        }

        /**
         * Adds aliases.
         *
         * @param names the aliases
         * @return this builder
         */
        public Builder alias(String... names) {
            aliases.addAll(List.of(names));
            return this;
        }

        /**
         * Adds countries of presence.
         *
         * @param countries the countries
         * @return this builder
         */
        public Builder presentIn(Country... countries) {
            presence.addAll(List.of(countries));
            return this;
        }

        /**
         * Sets the main crime area.
         *
         * @param code the crime area code
         * @return this builder
         */
        public Builder mainCrimeArea(String code) {
            mainCrimeArea = code;
            return this;
        }

        /**
         * Adds secondary crime areas.
         *
         * @param codes the crime area codes
         * @return this builder
         */
        public Builder secondaryCrimeArea(String... codes) {
            secondary.addAll(List.of(codes));
            return this;
        }

        /**
         * Sets the structure.
         *
         * @param value the structure
         * @return this builder
         */
        public Builder structure(Structure value) {
            structure = value;
            return this;
        }

        /**
         * Adds a link to another group.
         *
         * @param type the kind of link
         * @param group the other group's id
         * @return this builder
         */
        public Builder link(LinkType type, String group) {
            links.add(new Link(type, group));
            return this;
        }

        /**
         * Builds the group.
         *
         * @return the group, never null
         */
        public CriminalGroup build() {
            return new CriminalGroup(id, name, aliases, presence, Optional.ofNullable(mainCrimeArea), secondary,
                    structure, links);
        }
    }
}
