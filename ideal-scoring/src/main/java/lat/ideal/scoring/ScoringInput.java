package lat.ideal.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import lat.ideal.model.Country;
import lat.ideal.model.CrimeArea;
import lat.ideal.model.CriminalGroup;
import lat.ideal.model.Dataset;
import lat.ideal.model.IndicatorDefinition;
import lat.ideal.model.Language;
import lat.ideal.model.Measurement;
import lat.ideal.model.Observation;
import lat.ideal.model.Polarity;
import lat.ideal.model.Scale;
import lat.ideal.model.Target;
import lat.ideal.model.TargetKind;
import lat.ideal.model.method.Methodology;

/**
 * The numbers a scorer reads: units x indicators as a column-major {@code double[]}, with NaN for a missing cell and
 * a flag for every UNKNOWN cell (an intelligence gap).
 *
 * <p>Cell {@code (u, i)} is at {@code values[i * unitCount + u]}. A cell flagged UNKNOWN holds the number its
 * scale gives UNKNOWN (Sleipnir scores it like Medium) or NaN when the scale gives none. Every array handed in is
 * copied, every array handed out is a copy: the input cannot change after it is built. This is the form in which
 * a host (a Spark partition, a benchmark) feeds the engine directly; {@link #from(Dataset, Methodology)} builds it
 * from a dataset.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ScoringInput {
    private final List<Unit> units;
    private final List<Indicator> indicators;
    private final double[] values;
    private final boolean[] unknown;
    private final double[] dispersion;
    private final List<ScoringWarning> warnings;
    private final Map<String, Integer> unitIndex;
    private final Map<String, Integer> indicatorIndex;

    /**
     * A scored unit: its key, a display name and an optional group label (used by group-mean imputation).
     *
     * @param key the unit's key (a country code, {@code CC/crime-area}, a group id), not blank
     * @param name the display name, not null
     * @param group the group label (e.g. a region or a crime area), empty for none, not null
     * @since 0.1
     */
    public record Unit(String key, String name, String group) {

        /** Checks that no part is null and the key is not blank. */
        public Unit {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(group, "group");
            if (key.isBlank()) {
                throw new IllegalArgumentException("unit key must not be blank");
            }
        }

        /**
         * Returns a unit named by its key, without a group.
         *
         * @param key the key, not blank
         * @return the unit, never null
         */
        public static Unit of(String key) {
            return new Unit(key, key, "");
        }
    }

    /**
     * An indicator column: its key, its scale and its polarity.
     *
     * @param key the indicator key, not blank
     * @param scale the scale (its bounds serve goalposts and orientation), not null
     * @param polarity whether higher means more threat, not null
     * @since 0.1
     */
    public record Indicator(String key, Scale scale, Polarity polarity) {

        /** Checks that no part is null and the key is not blank. */
        public Indicator {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(scale, "scale");
            Objects.requireNonNull(polarity, "polarity");
            if (key.isBlank()) {
                throw new IllegalArgumentException("indicator key must not be blank");
            }
        }

        /**
         * Returns the column of an indicator definition.
         *
         * @param definition the definition, not null
         * @return the indicator, never null
         */
        public static Indicator of(IndicatorDefinition definition) {
            return new Indicator(definition.key(), definition.scale(), definition.polarity());
        }
    }

    private ScoringInput(List<Unit> units, List<Indicator> indicators, double[] values, boolean[] unknown,
                         double[] dispersion, List<ScoringWarning> warnings) {
        this.units = List.copyOf(units);
        this.indicators = List.copyOf(indicators);
        this.unitIndex = index(this.units.stream().map(Unit::key).toList(), "unit");
        this.indicatorIndex = index(this.indicators.stream().map(Indicator::key).toList(), "indicator");
        long cells = (long) this.units.size() * this.indicators.size();
        check(values.length == cells, "values has %d cells, units x indicators is %d", values.length, cells);
        check(unknown == null || unknown.length == cells, "unknown has %d flags, units x indicators is %d",
                unknown == null ? 0 : unknown.length, cells);
        check(dispersion == null || dispersion.length == cells, "dispersion has %d cells, units x indicators is %d",
                dispersion == null ? 0 : dispersion.length, cells);
        this.values = values;
        this.unknown = unknown;
        this.dispersion = dispersion;
        this.warnings = List.copyOf(warnings);
    }

    private static Map<String, Integer> index(List<String> keys, String what) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            if (map.putIfAbsent(keys.get(i), i) != null) {
                throw new IllegalArgumentException(what + " key '" + keys.get(i) + "' appears twice");
            }
        }
        return map;
    }

    private static void check(boolean ok, String format, Object... args) {
        if (!ok) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, format, args));
        }
    }

    /**
     * Returns an input from column-major values, without UNKNOWN cells.
     *
     * @param units the units, keys unique, not null
     * @param indicators the indicator columns, keys unique, not null
     * @param values {@code units.size() * indicators.size()} values, column-major, NaN for missing; copied
     * @return the input, never null
     * @throws IllegalArgumentException if the sizes do not match or a key repeats
     */
    public static ScoringInput of(List<Unit> units, List<Indicator> indicators, double[] values) {
        return new ScoringInput(units, indicators, values.clone(), null, null, List.of());
    }

    /**
     * Returns an input from column-major values with UNKNOWN flags.
     *
     * @param units the units, keys unique, not null
     * @param indicators the indicator columns, keys unique, not null
     * @param values {@code units.size() * indicators.size()} values, column-major, NaN for missing; copied
     * @param unknown one flag per cell, column-major, true where the cell is UNKNOWN; copied
     * @return the input, never null
     * @throws IllegalArgumentException if the sizes do not match or a key repeats
     */
    public static ScoringInput of(List<Unit> units, List<Indicator> indicators, double[] values, boolean[] unknown) {
        return new ScoringInput(units, indicators, values.clone(), unknown.clone(), null, List.of());
    }

    /**
     * Builds the input of a methodology from a dataset, combining several observations of a cell by their mean.
     *
     * @param dataset the dataset, not null
     * @param methodology the methodology, not null
     * @return the input, never null
     * @see #from(Dataset, Methodology, CellCombiner)
     */
    public static ScoringInput from(Dataset dataset, Methodology methodology) {
        return from(dataset, methodology, CellCombiner.mean());
    }

    /**
     * Builds the input of a methodology from a dataset.
     *
     * <p>Units follow the methodology's unit kind: {@code COUNTRY} - the participating countries in dataset order
     * (key: ISO alpha-2 code); {@code COUNTRY_CRIME_AREA} - every participating country x every catalogue area the
     * dataset's observations or groups mention, in catalogue order (key {@code CC/area}, group label: the area), and a
     * COUNTRY-level observation applies to every crime area of its country; {@code CRIMINAL_GROUP} - the dataset's
     * groups (group label: the main crime area); {@code REGION} - the regions observed. Columns are the methodology's
     * indicators in leaf order; an indicator the dataset does not define gives an empty column and a warning.
     * Measurements become numbers through {@link Scale#numericValue(Measurement)}; a cell whose only observations
     * are UNKNOWN is flagged UNKNOWN; other observations that have no number on the scale are left out with a
     * warning. The observations of one cell are combined by {@code combiner}.
     *
     * @param dataset the dataset, not null
     * @param methodology the methodology, not null
     * @param combiner how several observations of a cell become one value, not null
     * @return the input, never null
     */
    public static ScoringInput from(Dataset dataset, Methodology methodology, CellCombiner combiner) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(methodology, "methodology");
        Objects.requireNonNull(combiner, "combiner");
        List<ScoringWarning> warnings = new ArrayList<>();
        TargetKind kind = methodology.unitKind();
        List<Unit> units = units(dataset, kind);
        Map<String, Integer> unitIndex = new HashMap<>();
        Map<String, List<Integer>> byCountry = new HashMap<>();
        for (int u = 0; u < units.size(); u++) {
            String key = units.get(u).key();
            unitIndex.putIfAbsent(key, u);
            int slash = key.indexOf('/');
            if (kind == TargetKind.COUNTRY_CRIME_AREA && slash > 0) {
                byCountry.computeIfAbsent(key.substring(0, slash), k -> new ArrayList<>()).add(u);
            }
        }
        List<String> keys = methodology.indicatorKeys();
        List<Indicator> indicators = new ArrayList<>();
        int n = units.size();
        double[] values = new double[n * keys.size()];
        Arrays.fill(values, Double.NaN);
        boolean[] unknown = new boolean[values.length];
        double[] dispersion = new double[values.length];
        int ignored = 0;
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            IndicatorDefinition def = dataset.indicator(key).orElse(null);
            if (def == null) {
                indicators.add(new Indicator(key, Scale.Continuous.of(0, 1), Polarity.POSITIVE));
                warnings.add(ScoringWarning.of(ScoringWarning.Kind.MISSING_INDICATOR, key, key,
                        "indicator '%s' is not defined in dataset '%s'; its column is empty", key, dataset.id()));
                continue;
            }
            indicators.add(Indicator.of(def));
            Map<Integer, List<Observation>> cells = new LinkedHashMap<>();
            for (Observation o : dataset.observationsOf(key)) {
                List<Integer> targets = unitsOf(o.target(), kind, unitIndex, byCountry);
                if (targets.isEmpty()) {
                    ignored++;
                }
                for (int u : targets) {
                    cells.computeIfAbsent(u, k -> new ArrayList<>()).add(o);
                }
            }
            for (Map.Entry<Integer, List<Observation>> cell : cells.entrySet()) {
                int at = i * n + cell.getKey();
                fill(def, cell.getValue(), combiner, values, unknown, dispersion, at, units.get(cell.getKey()).key(),
                        warnings);
            }
        }
        if (ignored > 0) {
            warnings.add(ScoringWarning.of(ScoringWarning.Kind.UNSCORED_TARGET, "", "",
                    "%d observations are about targets that are not %s units of this dataset and were ignored",
                    ignored, kind));
        }
        return new ScoringInput(units, indicators, values, unknown, dispersion, warnings);
    }

    private static void fill(IndicatorDefinition def, List<Observation> obs, CellCombiner combiner, double[] values,
                             boolean[] unknown, double[] dispersion, int at, String unit,
                             List<ScoringWarning> warnings) {
        List<Observation> known = new ArrayList<>();
        List<Double> numbers = new ArrayList<>();
        boolean sawUnknown = false;
        for (Observation o : obs) {
            if (o.measurement() instanceof Measurement.Unknown) {
                sawUnknown = true;
                continue;
            }
            OptionalDouble v = def.scale().numericValue(o.measurement());
            if (v.isPresent() && Double.isFinite(v.getAsDouble())) {
                known.add(o);
                numbers.add(v.getAsDouble());
            } else {
                warnings.add(ScoringWarning.of(ScoringWarning.Kind.UNUSABLE_MEASUREMENT, def.key(), unit,
                        "measurement '%s' of '%s' for %s has no number on scale %s and was left out",
                        o.measurement(), def.key(), unit, def.scale().describe()));
            }
        }
        if (!known.isEmpty()) {
            double[] v = new double[numbers.size()];
            for (int k = 0; k < v.length; k++) {
                v[k] = numbers.get(k);
            }
            CellCombiner.Combined c = combiner.combine(def, Collections.unmodifiableList(known), v);
            values[at] = c.value();
            dispersion[at] = c.dispersion();
        } else if (sawUnknown) {
            unknown[at] = true;
            OptionalDouble v = def.scale().numericValue(Measurement.UNKNOWN);
            values[at] = v.isPresent() ? v.getAsDouble() : Double.NaN;
        }
    }

    private static List<Unit> units(Dataset dataset, TargetKind kind) {
        List<Unit> units = new ArrayList<>();
        switch (kind) {
            case COUNTRY:
                for (Country c : new LinkedHashSet<>(dataset.countries())) {
                    units.add(new Unit(c.code(), c.displayName(Language.EN), ""));
                }
                break;
            case COUNTRY_CRIME_AREA:
                Set<String> mentioned = new LinkedHashSet<>();
                for (Target t : dataset.targets()) {
                    t.crimeArea().ifPresent(mentioned::add);
                }
                for (CriminalGroup g : dataset.groups()) {
                    g.mainCrimeArea().ifPresent(mentioned::add);
                    mentioned.addAll(g.secondaryCrimeAreas());
                }
                for (Country c : new LinkedHashSet<>(dataset.countries())) {
                    for (CrimeArea a : dataset.crimeAreas().byCode().values()) {
                        if (mentioned.contains(a.code())) {
                            units.add(new Unit(c.code() + "/" + a.code(),
                                    c.displayName(Language.EN) + " - " + a.labels().en(), a.code()));
                        }
                    }
                }
                break;
            case CRIMINAL_GROUP:
                for (CriminalGroup g : dataset.groups()) {
                    units.add(new Unit(g.id(), g.name(), g.mainCrimeArea().orElse("")));
                }
                break;
            default:
                Set<String> regions = new LinkedHashSet<>();
                for (Target t : dataset.targets()) {
                    if (t.kind() == TargetKind.REGION) {
                        regions.add(t.unitKey());
                    }
                }
                for (String r : regions) {
                    units.add(Unit.of(r));
                }
                break;
        }
        Set<String> seen = new LinkedHashSet<>();
        units.removeIf(u -> !seen.add(u.key()));
        return units;
    }

    private static List<Integer> unitsOf(Target target, TargetKind kind, Map<String, Integer> index,
                                         Map<String, List<Integer>> byCountry) {
        if (target.kind() == kind) {
            Integer u = index.get(target.unitKey());
            return u == null ? List.of() : List.of(u);
        }
        if (kind == TargetKind.COUNTRY_CRIME_AREA && target.kind() == TargetKind.COUNTRY) {
            return byCountry.getOrDefault(target.unitKey(), List.of());
        }
        return List.of();
    }

    /**
     * Returns a copy with other unit descriptions (names, group labels), same keys in the same order.
     *
     * @param newUnits the units, same size and keys as {@link #units()}
     * @return the copy, never null
     * @throws IllegalArgumentException if a key differs
     */
    public ScoringInput withUnits(List<Unit> newUnits) {
        check(newUnits.size() == units.size(), "%d units given, the input has %d", newUnits.size(), units.size());
        for (int u = 0; u < units.size(); u++) {
            check(newUnits.get(u).key().equals(units.get(u).key()), "unit %d is '%s', expected '%s'", u,
                    newUnits.get(u).key(), units.get(u).key());
        }
        return new ScoringInput(newUnits, indicators, values, unknown, dispersion, warnings);
    }

    /**
     * Returns the units, in column order.
     *
     * @return the units, never null
     */
    public List<Unit> units() {
        return units;
    }

    /**
     * Returns the indicator columns, in order.
     *
     * @return the indicators, never null
     */
    public List<Indicator> indicators() {
        return indicators;
    }

    /**
     * Returns the number of units.
     *
     * @return the count
     */
    public int unitCount() {
        return units.size();
    }

    /**
     * Returns the number of indicator columns.
     *
     * @return the count
     */
    public int indicatorCount() {
        return indicators.size();
    }

    /**
     * Returns the position of a unit.
     *
     * @param key the unit's key, not null
     * @return its index, or empty
     */
    public OptionalInt unitIndex(String key) {
        Integer i = unitIndex.get(key);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /**
     * Returns the position of an indicator column.
     *
     * @param key the indicator key, not null
     * @return its index, or empty
     */
    public OptionalInt indicatorIndex(String key) {
        Integer i = indicatorIndex.get(key);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /**
     * Returns one cell's value.
     *
     * @param unit the unit's index
     * @param indicator the indicator's index
     * @return the value; NaN when missing
     */
    public double value(int unit, int indicator) {
        return values[cell(unit, indicator)];
    }

    /**
     * Tells whether a cell is UNKNOWN (an intelligence gap).
     *
     * @param unit the unit's index
     * @param indicator the indicator's index
     * @return true if UNKNOWN
     */
    public boolean isUnknown(int unit, int indicator) {
        return unknown != null && unknown[cell(unit, indicator)];
    }

    /**
     * Returns the dispersion of a cell's observations, as reported by the cell combiner.
     *
     * @param unit the unit's index
     * @param indicator the indicator's index
     * @return the dispersion; 0 for single observations and inputs built from arrays
     */
    public double dispersion(int unit, int indicator) {
        return dispersion == null ? 0 : dispersion[cell(unit, indicator)];
    }

    /**
     * Returns a copy of one indicator's column.
     *
     * @param indicator the indicator's index
     * @return the values in unit order, NaN for missing; a new array
     */
    public double[] column(int indicator) {
        Objects.checkIndex(indicator, indicators.size());
        int n = units.size();
        return Arrays.copyOfRange(values, indicator * n, indicator * n + n);
    }

    /**
     * Returns what building the input from a dataset had to report (undefined indicators, unusable measurements).
     *
     * @return the warnings, never null
     */
    public List<ScoringWarning> warnings() {
        return warnings;
    }

    private int cell(int unit, int indicator) {
        Objects.checkIndex(unit, units.size());
        Objects.checkIndex(indicator, indicators.size());
        return indicator * units.size() + unit;
    }

    /** Gives the engine direct, read-only access to the backing arrays (never handed to callers). */
    double[] values() {
        return values;
    }

    boolean hasUnknown() {
        if (unknown == null) {
            return false;
        }
        for (boolean b : unknown) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    boolean unknownAt(int index) {
        return unknown != null && unknown[index];
    }

    @Override
    public String toString() {
        return "ScoringInput[" + units.size() + " units x " + indicators.size() + " indicators]";
    }
}
