package lat.ideal.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
 * The numbers a scorer reads: units x indicators, given as a column-major {@code double[]}, with NaN for a missing
 * cell and a flag for every UNKNOWN cell (an intelligence gap).
 *
 * <p>Cell {@code (u, i)} is given at {@code values[i * unitCount + u]}; the input keeps each column in an array of its
 * own, so that the engine reads every column at the unit's own index. A cell flagged UNKNOWN holds the number its
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
    private final UnitTable units;
    private final List<Indicator> indicators;
    /** One array per indicator, each of {@code unitCount} values. */
    private final double[][] columns;
    /** Column-major, as the values are given; null when no cell is UNKNOWN by construction. */
    private final boolean[] unknown;
    private final double[] dispersion;
    private final List<ScoringWarning> warnings;
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

    private ScoringInput(UnitTable units, List<Indicator> indicators, double[][] columns, boolean[] unknown,
                         double[] dispersion, List<ScoringWarning> warnings) {
        this.units = units;
        this.indicators = List.copyOf(indicators);
        this.indicatorIndex = index(this.indicators.stream().map(Indicator::key).toList(), "indicator");
        long cells = (long) this.units.size() * this.indicators.size();
        check(columns.length == this.indicators.size(), "%d columns for %d indicators", columns.length,
                this.indicators.size());
        check(unknown == null || unknown.length == cells, "unknown has %d flags, units x indicators is %d",
                unknown == null ? 0 : unknown.length, cells);
        check(dispersion == null || dispersion.length == cells, "dispersion has %d cells, units x indicators is %d",
                dispersion == null ? 0 : dispersion.length, cells);
        this.columns = columns;
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
        UnitTable table = UnitTable.of(units);
        return new ScoringInput(table, indicators, columns(values, table.size(), indicators.size()), null, null,
                List.of());
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
        UnitTable table = UnitTable.of(units);
        return new ScoringInput(table, indicators, columns(values, table.size(), indicators.size()),
                unknown.clone(), null, List.of());
    }

    /** Copies column-major values into one array per column, after checking that there is one per cell. */
    private static double[][] columns(double[] values, int n, int k) {
        long cells = (long) n * k;
        check(values.length == cells, "values has %d cells, units x indicators is %d", values.length, cells);
        double[][] columns = new double[k][];
        for (int i = 0; i < k; i++) {
            columns[i] = Arrays.copyOfRange(values, i * n, i * n + n);
        }
        return columns;
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
        UnitTable units = UnitTable.of(units(dataset, kind));
        int n = units.size();
        Map<String, int[]> byCountry = kind == TargetKind.COUNTRY_CRIME_AREA ? byCountry(units) : Map.of();
        List<String> keys = methodology.indicatorKeys();
        List<Indicator> indicators = new ArrayList<>();
        double[][] columns = new double[keys.size()][n];
        for (double[] column : columns) {
            Arrays.fill(column, Double.NaN);
        }
        boolean[] unknown = new boolean[n * keys.size()];
        double[] dispersion = new double[unknown.length];
        Cells cells = new Cells(n);
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
            List<Observation> observations = dataset.observationsOf(key);
            cells.expect(observations.size());
            for (int p = 0; p < observations.size(); p++) {
                Observation o = observations.get(p);
                Target t = o.target();
                if (t.kind() == kind) {
                    int u = cells.unitOf(p, t, units);
                    if (u < 0) {
                        ignored++;
                    } else {
                        cells.add(u, o);
                    }
                } else if (kind == TargetKind.COUNTRY_CRIME_AREA && t.kind() == TargetKind.COUNTRY) {
                    int[] areas = byCountry.get(t.unitKey());
                    if (areas == null) {
                        ignored++;
                    } else {
                        for (int u : areas) {
                            cells.add(u, o);
                        }
                    }
                } else {
                    ignored++;
                }
            }
            for (int c = 0; c < cells.count; c++) {
                int u = cells.order[c];
                fill(def, cells, u, combiner, columns[i], unknown, dispersion, i * n + u, units, warnings);
            }
            cells.clear();
        }
        if (ignored > 0) {
            warnings.add(ScoringWarning.of(ScoringWarning.Kind.UNSCORED_TARGET, "", "",
                    "%d observations are about targets that are not %s units of this dataset and were ignored",
                    ignored, kind));
        }
        return new ScoringInput(units, indicators, columns, unknown, dispersion, warnings);
    }

    /** The positions of the country x crime area units of each country code, in unit order. */
    private static Map<String, int[]> byCountry(UnitTable units) {
        Map<String, int[]> byCountry = new HashMap<>();
        for (int u = 0; u < units.size(); u++) {
            String key = units.key(u);
            int slash = key.indexOf('/');
            if (slash > 0) {
                byCountry.merge(key.substring(0, slash), new int[] {u}, (a, b) -> {
                    int[] both = Arrays.copyOf(a, a.length + 1);
                    both[a.length] = b[0];
                    return both;
                });
            }
        }
        return byCountry;
    }

    /**
     * The observations of one indicator grouped by unit without boxing: a chain of observations per unit, in the
     * order given, and the units in the order of their first observation.
     */
    private static final class Cells {
        final int[] head;
        final int[] tail;
        final int[] order;
        int count;
        Observation[] observations = new Observation[16];
        int[] next = new int[16];
        int pairs;
        /**
         * The target of the observation at each position of the previous indicator and its unit: datasets in
         * rows (one target object per row, as importers build them) list every indicator's observations in the same
         * target order, so most lookups are one reference comparison.
         */
        Target[] seenTargets = new Target[0];
        int[] seenUnits = new int[0];

        Cells(int units) {
            head = new int[units];
            tail = new int[units];
            order = new int[units];
            Arrays.fill(head, -1);
        }

        void expect(int observationCount) {
            if (seenTargets.length < observationCount) {
                seenTargets = Arrays.copyOf(seenTargets, observationCount);
                seenUnits = Arrays.copyOf(seenUnits, observationCount);
            }
        }

        int unitOf(int position, Target target, UnitTable units) {
            if (seenTargets[position] != target) {
                seenTargets[position] = target;
                seenUnits[position] = units.indexOf(target.unitKey());
            }
            return seenUnits[position];
        }

        void add(int unit, Observation o) {
            if (pairs == next.length) {
                observations = Arrays.copyOf(observations, 2 * pairs);
                next = Arrays.copyOf(next, 2 * pairs);
            }
            observations[pairs] = o;
            next[pairs] = -1;
            if (head[unit] < 0) {
                head[unit] = pairs;
                order[count++] = unit;
            } else {
                next[tail[unit]] = pairs;
            }
            tail[unit] = pairs++;
        }

        int size(int unit) {
            int size = 0;
            for (int p = head[unit]; p >= 0; p = next[p]) {
                size++;
            }
            return size;
        }

        void clear() {
            for (int c = 0; c < count; c++) {
                head[order[c]] = -1;
            }
            Arrays.fill(observations, 0, pairs, null);
            count = 0;
            pairs = 0;
        }
    }

    /** Sets cell {@code unit} of {@code column}, and flag and dispersion {@code at}, from the unit's observations. */
    private static void fill(IndicatorDefinition def, Cells cells, int unit, CellCombiner combiner, double[] column,
                             boolean[] unknown, double[] dispersion, int at, UnitTable units,
                             List<ScoringWarning> warnings) {
        Scale scale = def.scale();
        int size = cells.size(unit);
        Observation[] known = new Observation[size];
        double[] numbers = new double[size];
        int k = 0;
        boolean sawUnknown = false;
        for (int p = cells.head[unit]; p >= 0; p = cells.next[p]) {
            Observation o = cells.observations[p];
            if (o.measurement() instanceof Measurement.Unknown) {
                sawUnknown = true;
                continue;
            }
            OptionalDouble v = scale.numericValue(o.measurement());
            if (v.isPresent() && Double.isFinite(v.getAsDouble())) {
                known[k] = o;
                numbers[k++] = v.getAsDouble();
            } else {
                String key = units.key(unit);
                warnings.add(ScoringWarning.of(ScoringWarning.Kind.UNUSABLE_MEASUREMENT, def.key(), key,
                        "measurement '%s' of '%s' for %s has no number on scale %s and was left out",
                        o.measurement(), def.key(), key, scale.describe()));
            }
        }
        if (k > 0) {
            List<Observation> used = List.of(k == size ? known : Arrays.copyOf(known, k));
            CellCombiner.Combined c = combiner.combine(def, used, k == size ? numbers : Arrays.copyOf(numbers, k));
            column[unit] = c.value();
            dispersion[at] = c.dispersion();
        } else if (sawUnknown) {
            unknown[at] = true;
            OptionalDouble v = scale.numericValue(Measurement.UNKNOWN);
            column[unit] = v.isPresent() ? v.getAsDouble() : Double.NaN;
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
            String key = newUnits.get(u).key();
            check(units.keyEquals(u, key), "unit %d is '%s', expected '%s'", u, key, units.key(u));
        }
        return new ScoringInput(UnitTable.of(newUnits), indicators, columns, unknown, dispersion, warnings);
    }

    /**
     * Returns the units, in column order.
     *
     * <p>The list is unmodifiable and equal (by {@link List#equals}) to the list the input was built from. The
     * units are stored compactly, so {@code get} builds a new {@link Unit} on every call; to find a unit by its key,
     * use {@link #unitIndex(String)}.
     *
     * @return the units, never null
     */
    public List<Unit> units() {
        return units.list();
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
        int i = units.indexOf(key);
        return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
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
        cell(unit, indicator);
        return columns[indicator][unit];
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
        return columns[indicator].clone();
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

    /** Returns a unit's key without building its {@link Unit}. */
    String unitKey(int unit) {
        return units.key(unit);
    }

    /**
     * Returns every unit's group as a position in {@link #groupLabels()}, -1 for none, or null when no unit has a
     * group; the input's own array, which callers only read.
     */
    int[] unitGroups() {
        return units.groupIndices();
    }

    /** Returns the distinct non-empty group labels of the units, in order of first appearance. */
    List<String> groupLabels() {
        return units.groupLabels();
    }

    /**
     * Gives the engine direct, read-only access to one indicator's column, in unit order (never handed to callers).
     */
    double[] columnValues(int indicator) {
        return columns[indicator];
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
