package lat.ideal.model.validation;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import lat.ideal.model.Dataset;
import lat.ideal.model.method.Methodology;

/**
 * Checks a dataset, a methodology, or a methodology against a dataset, and reports every problem found.
 *
 * <p>Validation never throws on invalid data and never stops at the first problem: the {@link ValidationReport}
 * lists each one with its severity, a stable {@linkplain Rules rule identifier}, a path, the offending value as text,
 * and a message in Spanish, English and Portuguese that says what is allowed, for example {@code 11 is outside the
 * scale 1..10 of indicator 'cocaine-trade'}. Numbers in messages are written as by
 * {@link lat.ideal.model.Doubles#format(double)}. Exceptions are thrown only for programming errors (a null
 * argument, a threshold outside [0, 1]).
 *
 * <h2>Paths</h2>
 * A path names a place in the document as its JSON form spells it, with the record component names as property
 * names: {@code .name} for a property, {@code [i]} for the i-th element (0-based) of a list, {@code .key} for an
 * entry of a map; the crime-area catalogue is written as its list of areas, as the JSON document holds it.
 * Dataset paths start at the dataset ({@code countries[1]}, {@code crimeAreas[2].parent},
 * {@code indicators[3].key}, {@code indicators[3].scale.levels[0].code}, {@code groups[2].links[0].group},
 * {@code observations[12].measurement}); methodology paths start at {@code methodology}
 * ({@code methodology.root.children[1].weight},
 * {@code methodology.root.children[0].weighting.pairwise[2][1]},
 * {@code methodology.root.weighting.allocations[0].violence}), so both can share one report. Problems of a whole
 * element point at the element ({@code observations[12]}, {@code indicators[3]}); coverage of a country x crime
 * area cell points at the country ({@code countries[1]}) with the cell ({@code BO/drug-trafficking}) as value.
 * Readers of files (the io module) map these paths to file, line and column.
 *
 * <h2>Dataset rules</h2>
 * <ul>
 *   <li>Annotations on the records, checked with Hibernate Validator: {@link Rules#MALFORMED_KEY} (indicator keys
 *       and blocks, crime-area codes, group ids), {@link Rules#BLANK_TEXT} (a group's name, an indicator's unit),
 *       and {@code constraint-*} for any other constraint.</li>
 *   <li>Identity and references, errors: {@link Rules#DUPLICATE_KEY}, {@link Rules#UNKNOWN_INDICATOR},
 *       {@link Rules#UNKNOWN_COUNTRY} (an observation's target or contributor outside the participating countries;
 *       a group's presence may name any country), {@link Rules#UNKNOWN_CRIME_AREA}, {@link Rules#CRIME_AREA_CYCLE},
 *       {@link Rules#UNKNOWN_GROUP}, {@link Rules#SELF_LINK}, {@link Rules#TARGET_KIND_MISMATCH}. Region codes
 *       are not checked: a dataset has no list of regions.</li>
 *   <li>Values, errors: {@link Rules#VALUE_OFF_SCALE}, {@link Rules#VALUE_OFF_STEP}, {@link Rules#NON_FINITE_VALUE},
 *       {@link Rules#UNKNOWN_NOT_ALLOWED}, {@link Rules#LEVEL_UNKNOWN}, {@link Rules#MEASUREMENT_KIND_MISMATCH},
 *       {@link Rules#DUPLICATE_OBSERVATION}, {@link Rules#MALFORMED_GRADE}, {@link Rules#RESERVED_LEVEL_CODE};
 *       warnings: {@link Rules#LEVELS_NOT_ASCENDING}, {@link Rules#PERIOD_OUTSIDE_CYCLE}.</li>
 *   <li>Data quality, warnings: {@link Rules#LOW_COVERAGE} and {@link Rules#POOR_SOURCES_ONLY}.</li>
 * </ul>
 *
 * <h2>Coverage</h2>
 * A cell is covered when it has at least one observation of the indicator in any period (an UNKNOWN counts: it is a
 * recorded answer, which scoring reports as an intelligence gap), with a known target of the indicator's kind. The
 * expected cells of an indicator are: participating countries x catalogue areas for {@code COUNTRY_CRIME_AREA}
 * indicators, participating countries for {@code COUNTRY} indicators, defined groups for {@code CRIMINAL_GROUP}
 * indicators; {@code REGION} indicators expect nothing. A warning is reported for each indicator, and for each
 * country x crime area cell over the {@code COUNTRY_CRIME_AREA} indicators, whose covered share is below the
 * threshold; where nothing is expected, nothing is reported. The default threshold,
 * {@value #DEFAULT_COVERAGE_THRESHOLD}, is this library's choice (no published method fixes one): below half of the
 * expected cells, a score rests more on imputation or reweighting than on data. A threshold of 0 turns the warning
 * off.
 *
 * <h2>Methodology rules</h2>
 * <ul>
 *   <li>Tree: {@link Rules#DUPLICATE_NODE_KEY}, {@link Rules#UNSCORED_CHILD}; warning
 *       {@link Rules#INDICATOR_USED_TWICE}.</li>
 *   <li>Weights: {@link Rules#NEGATIVE_WEIGHT}, {@link Rules#NON_FINITE_WEIGHT}, {@link Rules#ALL_WEIGHTS_ZERO}
 *       (explicit weights or budget allocations), {@link Rules#UNKNOWN_CHILD} (an order or allocation naming a key
 *       that is not a child), {@link Rules#INCOMPLETE_ORDER}, {@link Rules#DUPLICATE_KEY} (a key twice in an order),
 *       {@link Rules#PAIRWISE_NOT_SQUARE}, {@link Rules#PAIRWISE_NOT_POSITIVE},
 *       {@link Rules#PAIRWISE_NOT_RECIPROCAL}, {@link Rules#MISSING_ALLOCATIONS}.</li>
 *   <li>Parameters: {@link Rules#MISSING_PARAMETER} (a generalised mean without {@code p}, distance to a target
 *       without {@code target}), {@link Rules#NON_FINITE_PARAMETER}, {@link Rules#INVALID_RANGE},
 *       {@link Rules#MISSING_REFERENCE}; warning {@link Rules#UNKNOWN_PARAMETER}.</li>
 *   <li>Settings without effect, warnings: {@link Rules#UNUSED_SETTING}.</li>
 *   <li>Against a dataset: {@link Rules#UNDEFINED_INDICATOR}, {@link Rules#UNKNOWN_REFERENCE_UNIT},
 *       {@link Rules#MISSING_PARAMETER} (goalposts over a scale without maximum); warnings
 *       {@link Rules#UNIT_KIND_MISMATCH}, {@link Rules#LOG_DOMAIN}. A leaf that reads an ordinal indicator under
 *       a normaliser that needs numbers is fine: the levels' values are numbers.</li>
 * </ul>
 *
 * <h2>What is not checked here</h2>
 * A methodology tree cannot contain cycles: it is built bottom-up from immutable nodes. The scoring module's flat
 * preset format, whose nodes name their parents, can; its reader reports such cycles. A TLP marking cannot be
 * malformed once in the model ({@link lat.ideal.model.Tlp} is an enum); the io readers report malformed markings
 * as they read them. Invariants that no input may break (a null, a reversed period, a scale with min above max) are
 * enforced by the records' constructors.
 *
 * <h2>Performance</h2>
 * Validation is linear in the number of observations, plus countries x crime areas x indicators for coverage; a
 * dataset of 100,000 observations is checked in milliseconds (see the {@code ValidationBenchmark} in the
 * benchmarks module), fast enough to run on every load. Hibernate Validator is started once per class loader, on
 * first use.
 *
 * <p>Usage:
 * <pre>{@code
 * ValidationReport report = DatasetValidator.withDefaults().validate(dataset);
 * report.errors().forEach(p -> System.out.println(p.path() + ": " + p.message(Language.ES)));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DatasetValidator implements Serializable {

    /** The default coverage threshold: half of the expected cells. */
    public static final double DEFAULT_COVERAGE_THRESHOLD = 0.5;

    private static final long serialVersionUID = 1L;
    private static final DatasetValidator DEFAULTS = new DatasetValidator(DEFAULT_COVERAGE_THRESHOLD);

    private final double coverageThreshold;

    private DatasetValidator(double coverageThreshold) {
        this.coverageThreshold = coverageThreshold;
    }

    /**
     * Returns a validator with the default settings: coverage threshold {@value #DEFAULT_COVERAGE_THRESHOLD}.
     *
     * @return the validator, never null
     */
    public static DatasetValidator withDefaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy that warns about coverage below another threshold.
     *
     * @param share the least share of expected cells with observations, in [0, 1]; 0 turns coverage warnings off
     * @return the copy, never null
     * @throws IllegalArgumentException if the share is not in [0, 1]
     */
    public DatasetValidator withCoverageThreshold(double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "coverage threshold %s is not a share in [0, 1]", share));
        }
        return new DatasetValidator(share);
    }

    /**
     * Returns the coverage threshold.
     *
     * @return the least share of expected cells with observations, in [0, 1]
     */
    public double coverageThreshold() {
        return coverageThreshold;
    }

    /**
     * Checks a dataset against every dataset rule.
     *
     * @param dataset the dataset, not null
     * @return every problem found, in document order (declarations, then observations, then coverage); never null
     */
    public ValidationReport validate(Dataset dataset) {
        Objects.requireNonNull(dataset, "dataset");
        Problems out = new Problems();
        new DatasetRules(dataset, coverageThreshold, out).run();
        return out.report();
    }

    /**
     * Checks a methodology on its own: the rules that need no data.
     *
     * @param methodology the methodology, not null
     * @return every problem found, in depth-first order of the tree; never null
     */
    public ValidationReport validate(Methodology methodology) {
        Objects.requireNonNull(methodology, "methodology");
        Problems out = new Problems();
        new MethodologyRules(methodology, Optional.empty(), out).run();
        return out.report();
    }

    /**
     * Checks a methodology against the dataset it will score: the rules of {@link #validate(Methodology)} and those
     * that need the dataset's indicators, units and scales.
     *
     * <p>The dataset itself is not checked here; to check both, combine the reports:
     * {@code validator.validate(dataset).plus(validator.validate(methodology, dataset))}.
     *
     * @param methodology the methodology, not null
     * @param dataset the dataset, not null
     * @return every problem of the methodology, in depth-first order of the tree; never null
     */
    public ValidationReport validate(Methodology methodology, Dataset dataset) {
        Objects.requireNonNull(methodology, "methodology");
        Objects.requireNonNull(dataset, "dataset");
        Problems out = new Problems();
        new MethodologyRules(methodology, Optional.of(dataset), out).run();
        return out.report();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DatasetValidator
                && Double.compare(coverageThreshold, ((DatasetValidator) o).coverageThreshold) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(coverageThreshold);
    }

    @Override
    public String toString() {
        return "DatasetValidator[coverageThreshold=" + coverageThreshold + "]";
    }
}
