package lat.ideal.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An assessment cycle's data: participating countries, crime-area catalogue, indicator definitions, criminal groups
 * and observations.
 *
 * <p>Observations are indexed on construction, so {@link #observationsOf(String)} and {@link #observationsFor(Target)}
 * do not scan every observation. The dataset holds whatever it was given, valid or not: check it with
 * {@link lat.ideal.model.validation.DatasetValidator}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Dataset {
    private final String id;
    private final String title;
    private final ReportingPeriod period;
    private final List<Country> countries;
    private final CrimeAreaCatalogue crimeAreas;
    private final List<IndicatorDefinition> indicators;
    private final List<CriminalGroup> groups;
    private final List<Observation> observations;
    private final Map<String, IndicatorDefinition> indicatorsByKey;
    private final Map<String, CriminalGroup> groupsById;
    private final Map<String, List<Observation>> byIndicator;
    /**
     * The observations by target, built on first use (scoring reads observations by indicator only); a race builds
     * equal maps, so any one of them may be kept.
     */
    private volatile Map<Target, List<Observation>> byTarget;

    private Dataset(Builder b) {
        this.id = Checks.notBlank(b.id, "id");
        this.title = Checks.notNull(b.title, "title");
        this.period = Checks.notNull(b.period, "period");
        this.countries = List.copyOf(b.countries);
        this.crimeAreas = Checks.notNull(b.crimeAreas, "crimeAreas");
        this.indicators = List.copyOf(b.indicators);
        this.groups = List.copyOf(b.groups);
        this.observations = List.copyOf(b.observations);
        Map<String, IndicatorDefinition> ind = new LinkedHashMap<>();
        for (IndicatorDefinition d : indicators) {
            ind.putIfAbsent(d.key(), d);
        }
        this.indicatorsByKey = Collections.unmodifiableMap(ind);
        Map<String, CriminalGroup> grp = new LinkedHashMap<>();
        for (CriminalGroup g : groups) {
            grp.putIfAbsent(g.id(), g);
        }
        this.groupsById = Collections.unmodifiableMap(grp);
        Map<String, List<Observation>> bi = new LinkedHashMap<>();
        for (Observation o : observations) {
            bi.computeIfAbsent(o.indicator(), k -> new ArrayList<>()).add(o);
        }
        bi.replaceAll((k, v) -> List.copyOf(v));
        this.byIndicator = Collections.unmodifiableMap(bi);
    }

    private Map<Target, List<Observation>> byTarget() {
        Map<Target, List<Observation>> m = byTarget;
        if (m == null) {
            Map<Target, List<Observation>> bt = new LinkedHashMap<>();
            for (Observation o : observations) {
                bt.computeIfAbsent(o.target(), k -> new ArrayList<>()).add(o);
            }
            bt.replaceAll((k, v) -> List.copyOf(v));
            m = Collections.unmodifiableMap(bt);
            byTarget = m;
        }
        return m;
    }

    /**
     * Starts a builder.
     *
     * @param id the cycle's id (e.g. {@code IDEAL-2.0}), not blank
     * @return the builder, never null
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Returns a builder holding this dataset's parts, to derive a modified copy.
     *
     * @return the builder, never null
     */
    public Builder toBuilder() {
        Builder b = new Builder(id).title(title).period(period).crimeAreas(crimeAreas);
        b.countries.addAll(countries);
        b.indicators.addAll(indicators);
        b.groups.addAll(groups);
        b.observations.addAll(observations);
        return b;
    }

    /**
     * Returns the cycle's id.
     *
     * @return the id, never null
     */
    public String id() {
        return id;
    }

    /**
     * Returns the title.
     *
     * @return the title, never null (may be empty)
     */
    public String title() {
        return title;
    }

    /**
     * Returns the period the cycle covers.
     *
     * @return the period, never null
     */
    public ReportingPeriod period() {
        return period;
    }

    /**
     * Returns the participating countries, in the order given.
     *
     * @return the countries, never null
     */
    public List<Country> countries() {
        return countries;
    }

    /**
     * Returns the crime-area catalogue.
     *
     * @return the catalogue, never null
     */
    public CrimeAreaCatalogue crimeAreas() {
        return crimeAreas;
    }

    /**
     * Returns the indicator definitions, in the order given.
     *
     * @return the definitions, never null
     */
    public List<IndicatorDefinition> indicators() {
        return indicators;
    }

    /**
     * Returns the criminal groups, in the order given.
     *
     * @return the groups, never null
     */
    public List<CriminalGroup> groups() {
        return groups;
    }

    /**
     * Returns all observations, in the order given.
     *
     * @return the observations, never null
     */
    public List<Observation> observations() {
        return observations;
    }

    /**
     * Looks up an indicator definition.
     *
     * @param key the indicator key, not null
     * @return the first definition with that key, or empty
     */
    public Optional<IndicatorDefinition> indicator(String key) {
        return Optional.ofNullable(indicatorsByKey.get(key));
    }

    /**
     * Looks up a criminal group.
     *
     * @param groupId the group id, not null
     * @return the first group with that id, or empty
     */
    public Optional<CriminalGroup> group(String groupId) {
        return Optional.ofNullable(groupsById.get(groupId));
    }

    /**
     * Returns the observations of one indicator, in the order given.
     *
     * @param indicatorKey the key, not null
     * @return the observations, never null
     */
    public List<Observation> observationsOf(String indicatorKey) {
        return byIndicator.getOrDefault(indicatorKey, List.of());
    }

    /**
     * Returns the observations about one target, in the order given.
     *
     * @param target the target, not null
     * @return the observations, never null
     */
    public List<Observation> observationsFor(Target target) {
        return byTarget().getOrDefault(target, List.of());
    }

    /**
     * Returns the targets that have at least one observation, in order of first appearance.
     *
     * @return the targets, never null
     */
    public List<Target> targets() {
        return List.copyOf(byTarget().keySet());
    }

    /**
     * Returns the most restricted handling marking among the observations ({@code TLP:CLEAR} if there are none).
     *
     * @return the marking, never null
     */
    public Tlp highestMarking() {
        Tlp max = Tlp.CLEAR;
        for (Observation o : observations) {
            max = max.max(o.handling());
        }
        return max;
    }

    /**
     * Returns a copy holding only the observations an audience cleared to {@code clearance} may receive.
     *
     * @param clearance the audience's clearance, not null
     * @return the filtered copy, never null
     */
    public Dataset releasableTo(Tlp clearance) {
        Builder b = toBuilder();
        b.observations.clear();
        for (Observation o : observations) {
            if (o.handling().releasableTo(clearance)) {
                b.observations.add(o);
            }
        }
        return b.build();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Dataset)) {
            return false;
        }
        Dataset d = (Dataset) o;
        return id.equals(d.id) && title.equals(d.title) && period.equals(d.period) && countries.equals(d.countries)
                && crimeAreas.equals(d.crimeAreas) && indicators.equals(d.indicators) && groups.equals(d.groups)
                && observations.equals(d.observations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, period, countries, crimeAreas, indicators, groups, observations);
    }

    @Override
    public String toString() {
        return "Dataset[" + id + ", " + countries.size() + " countries, " + indicators.size() + " indicators, "
                + groups.size() + " groups, " + observations.size() + " observations]";
    }

    /** Builds a {@link Dataset}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private String title = "";
        private ReportingPeriod period;
        private final List<Country> countries = new ArrayList<>();
        private CrimeAreaCatalogue crimeAreas = CrimeAreaCatalogue.ideal();
        private final List<IndicatorDefinition> indicators = new ArrayList<>();
        private final List<CriminalGroup> groups = new ArrayList<>();
        private final List<Observation> observations = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Sets the title.
         *
         * @param value the title, not null
         * @return this builder
         */
        public Builder title(String value) {
            title = value;
            return this;
        }

        /**
         * Sets the period (required).
         *
         * @param value the period, not null
         * @return this builder
         */
        public Builder period(ReportingPeriod value) {
            period = value;
            return this;
        }

        /**
         * Adds participating countries.
         *
         * @param values the countries
         * @return this builder
         */
        public Builder countries(List<Country> values) {
            countries.addAll(values);
            return this;
        }

        /**
         * Adds participating countries.
         *
         * @param values the countries
         * @return this builder
         */
        public Builder country(Country... values) {
            return countries(List.of(values));
        }

        /**
         * Sets the crime-area catalogue (default: {@link CrimeAreaCatalogue#ideal()}).
         *
         * @param value the catalogue, not null
         * @return this builder
         */
        public Builder crimeAreas(CrimeAreaCatalogue value) {
            crimeAreas = value;
            return this;
        }

        /**
         * Adds indicator definitions.
         *
         * @param values the definitions
         * @return this builder
         */
        public Builder indicators(List<IndicatorDefinition> values) {
            indicators.addAll(values);
            return this;
        }

        /**
         * Adds an indicator definition.
         *
         * @param value the definition
         * @return this builder
         */
        public Builder indicator(IndicatorDefinition value) {
            indicators.add(Checks.notNull(value, "indicator"));
            return this;
        }

        /**
         * Adds criminal groups.
         *
         * @param values the groups
         * @return this builder
         */
        public Builder groups(List<CriminalGroup> values) {
            groups.addAll(values);
            return this;
        }

        /**
         * Adds a criminal group.
         *
         * @param value the group
         * @return this builder
         */
        public Builder group(CriminalGroup value) {
            groups.add(Checks.notNull(value, "group"));
            return this;
        }

        /**
         * Adds observations.
         *
         * @param values the observations
         * @return this builder
         */
        public Builder observations(List<Observation> values) {
            observations.addAll(values);
            return this;
        }

        /**
         * Adds an observation.
         *
         * @param value the observation
         * @return this builder
         */
        public Builder observation(Observation value) {
            observations.add(Checks.notNull(value, "observation"));
            return this;
        }

        /**
         * Builds the dataset.
         *
         * @return the dataset, never null
         * @throws NullPointerException if the period was not set
         */
        public Dataset build() {
            return new Dataset(this);
        }
    }
}
