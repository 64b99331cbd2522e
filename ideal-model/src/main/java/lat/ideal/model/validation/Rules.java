package lat.ideal.model.validation;

import java.util.Set;

/**
 * The stable identifiers of the rules {@link DatasetValidator} checks, as found in {@link Problem#rule()}.
 *
 * <p>Each constant says the rule's severity, where its problems are reported (paths as described in
 * {@link DatasetValidator}) and what it checks. Identifiers never change meaning; new rules may be added.
 *
 * @since 0.1
 */
public final class Rules {

    // ---- Annotations on the records (Jakarta Validation, checked with Hibernate Validator) ----

    /** Error: a key (indicator key or block, crime-area code, group id) does not match {@code Keys.KEY_PATTERN}. */
    public static final String MALFORMED_KEY = "malformed-key";
    /** Error: a text that must have content is blank (a group's name, an indicator's unit). */
    public static final String BLANK_TEXT = "blank-text";
    /**
     * Prefix of the rule of any other Jakarta constraint on a record, followed by the annotation's name in kebab
     * case (e.g. {@code constraint-size}); errors.
     */
    public static final String CONSTRAINT_PREFIX = "constraint-";

    // ---- Dataset: identity and references ----

    /**
     * Error: a key appears twice where keys must be unique: participating countries, crime-area codes, indicator
     * keys, group ids, the level codes of an ordinal scale (ignoring case), or the keys of a weighting order.
     */
    public static final String DUPLICATE_KEY = "duplicate-key";
    /** Error: an observation reads an indicator the dataset does not define. */
    public static final String UNKNOWN_INDICATOR = "unknown-indicator";
    /** Error: an observation's target country, or its contributor, is not a participating country. */
    public static final String UNKNOWN_COUNTRY = "unknown-country";
    /**
     * Error: a crime-area code is not in the dataset's catalogue (an observation's target, a group's main or
     * secondary area, an area's parent).
     */
    public static final String UNKNOWN_CRIME_AREA = "unknown-crime-area";
    /** Error: a crime area is its own ancestor through its parents. */
    public static final String CRIME_AREA_CYCLE = "crime-area-cycle";
    /** Error: an observation's target group, or a group's link, names a group the dataset does not define. */
    public static final String UNKNOWN_GROUP = "unknown-group";
    /** Error: a group links to itself. */
    public static final String SELF_LINK = "self-link";
    /** Error: an observation's target kind differs from the kind its indicator describes. */
    public static final String TARGET_KIND_MISMATCH = "target-kind-mismatch";

    // ---- Dataset: values ----

    /** Error: a number lies outside the range of its indicator's scale. */
    public static final String VALUE_OFF_SCALE = "value-off-scale";
    /** Error: a number lies in range but off the scale's steps (a half on a count, 0.5 on a 0/1 scale). */
    public static final String VALUE_OFF_STEP = "value-off-step";
    /** Error: a number is NaN or infinite (an observation's value, an ordinal scale's value for UNKNOWN). */
    public static final String NON_FINITE_VALUE = "non-finite-value";
    /** Error: UNKNOWN is given where the indicator's scale has no value for it. */
    public static final String UNKNOWN_NOT_ALLOWED = "unknown-not-allowed";
    /** Error: a level code is not one of the ordinal scale's levels. */
    public static final String LEVEL_UNKNOWN = "level-unknown";
    /** Error: a number is given for an ordinal indicator, or a level for a numeric one. */
    public static final String MEASUREMENT_KIND_MISMATCH = "measurement-kind-mismatch";
    /** Error: two observations share target, indicator, period and source (contributor, agency, reference). */
    public static final String DUPLICATE_OBSERVATION = "duplicate-observation";
    /** Error: a source grade is neither an Admiralty grade ({@code B2}) nor a UK 3x5x2 grade ({@code 2BP}). */
    public static final String MALFORMED_GRADE = "malformed-grade";
    /** Error: an ordinal level's code would read back as UNKNOWN or as a number, so it cannot be written. */
    public static final String RESERVED_LEVEL_CODE = "reserved-level-code";
    /** Warning: an ordinal level stands for less than the level before it (levels go up in threat). */
    public static final String LEVELS_NOT_ASCENDING = "levels-not-ascending";
    /** Warning: an observation's period does not overlap the dataset's period. */
    public static final String PERIOD_OUTSIDE_CYCLE = "period-outside-cycle";

    // ---- Dataset: data quality ----

    /**
     * Warning: the share of expected cells that have at least one observation is below the coverage threshold,
     * per indicator and per country x crime area.
     */
    public static final String LOW_COVERAGE = "low-coverage";
    /**
     * Warning: every observation of a cell (target x indicator x period) is graded, and every grade is poor:
     * Admiralty source E/F or credibility 5/6, UK source 3 or intelligence D/E.
     */
    public static final String POOR_SOURCES_ONLY = "poor-sources-only";

    // ---- Methodology ----

    /** Error: two nodes of a methodology tree share a key. */
    public static final String DUPLICATE_NODE_KEY = "duplicate-node-key";
    /** Error: a node's weight, or an expert's allocation, is negative. */
    public static final String NEGATIVE_WEIGHT = "negative-weight";
    /** Error: a node's weight, or an expert's allocation, is NaN or infinite. */
    public static final String NON_FINITE_WEIGHT = "non-finite-weight";
    /** Error: no child of an aggregating node gets a positive weight (explicit weights or budget allocations). */
    public static final String ALL_WEIGHTS_ZERO = "all-weights-zero";
    /** Error: a weighting order or allocation names a key that is not a child of the node. */
    public static final String UNKNOWN_CHILD = "unknown-child";
    /** Error: a rank-order or AHP weighting's order leaves out some of the node's children. */
    public static final String INCOMPLETE_ORDER = "incomplete-order";
    /** Error: an AHP matrix does not have one row and one column per key of its order. */
    public static final String PAIRWISE_NOT_SQUARE = "pairwise-not-square";
    /** Error: an AHP matrix entry is zero, negative, NaN or infinite. */
    public static final String PAIRWISE_NOT_POSITIVE = "pairwise-not-positive";
    /**
     * Error: an AHP matrix is not reciprocal: a diagonal entry is not 1, or {@code a[i][j] * a[j][i]} is more than
     * {@link #RECIPROCAL_TOLERANCE} away from 1.
     */
    public static final String PAIRWISE_NOT_RECIPROCAL = "pairwise-not-reciprocal";
    /** Error: a budget-allocation weighting has no allocations. */
    public static final String MISSING_ALLOCATIONS = "missing-allocations";
    /**
     * Error: a method lacks a parameter it needs: {@code p} of a generalised mean, {@code target} of distance to a
     * target, a finite upper goalpost for an indicator whose scale has no maximum (a count).
     */
    public static final String MISSING_PARAMETER = "missing-parameter";
    /** Error: a method's parameter is NaN or infinite. */
    public static final String NON_FINITE_PARAMETER = "non-finite-parameter";
    /** Warning: a method has a parameter it does not read (a misspelt name is otherwise silently ignored). */
    public static final String UNKNOWN_PARAMETER = "unknown-parameter";
    /**
     * Error: a normaliser's bounds are empty or reversed: min-max {@code low >= high}, goalposts {@code min >= max}.
     */
    public static final String INVALID_RANGE = "invalid-range";
    /** Error: distance-to-reference normalisation names no reference unit. */
    public static final String MISSING_REFERENCE = "missing-reference";
    /** Error: the reference unit is not a unit of the dataset (a participating country, a cell, a group). */
    public static final String UNKNOWN_REFERENCE_UNIT = "unknown-reference-unit";
    /**
     * Warning: a setting has no effect where it is: a child's weight under a weighting other than EXPLICIT, an
     * order, matrix or allocations the weighting method does not read, a reference unit of another normaliser, a
     * normalisation or outlier treatment on an inner node.
     */
    public static final String UNUSED_SETTING = "unused-setting";
    /** Error: an inner node with aggregation NONE (no score of its own) sits under a node that aggregates it. */
    public static final String UNSCORED_CHILD = "unscored-child";
    /** Warning: two leaves read the same indicator, so it weighs twice. */
    public static final String INDICATOR_USED_TWICE = "indicator-used-twice";
    /** Error: a leaf reads an indicator that the dataset does not define. */
    public static final String UNDEFINED_INDICATOR = "undefined-indicator";
    /** Warning: a leaf's indicator describes a kind of target other than the units the methodology scores. */
    public static final String UNIT_KIND_MISMATCH = "unit-kind-mismatch";
    /** Warning: a LOG normaliser's {@code x + shift} can be zero or negative on the indicator's scale. */
    public static final String LOG_DOMAIN = "log-domain";

    /**
     * How far {@code a[i][j] * a[j][i]} may be from 1 in an AHP matrix: 1%, so that a hand-typed {@code 0.333}
     * for 1/3 passes; write reciprocals with three significant digits or more.
     */
    public static final double RECIPROCAL_TOLERANCE = 0.01;

    private static final Set<String> ALL = Set.of(MALFORMED_KEY, BLANK_TEXT, DUPLICATE_KEY, UNKNOWN_INDICATOR,
            UNKNOWN_COUNTRY, UNKNOWN_CRIME_AREA, CRIME_AREA_CYCLE, UNKNOWN_GROUP, SELF_LINK, TARGET_KIND_MISMATCH,
            VALUE_OFF_SCALE, VALUE_OFF_STEP, NON_FINITE_VALUE, UNKNOWN_NOT_ALLOWED, LEVEL_UNKNOWN,
            MEASUREMENT_KIND_MISMATCH, DUPLICATE_OBSERVATION, MALFORMED_GRADE, RESERVED_LEVEL_CODE,
            LEVELS_NOT_ASCENDING, PERIOD_OUTSIDE_CYCLE, LOW_COVERAGE, POOR_SOURCES_ONLY, DUPLICATE_NODE_KEY,
            NEGATIVE_WEIGHT, NON_FINITE_WEIGHT, ALL_WEIGHTS_ZERO, UNKNOWN_CHILD, INCOMPLETE_ORDER,
            PAIRWISE_NOT_SQUARE, PAIRWISE_NOT_POSITIVE, PAIRWISE_NOT_RECIPROCAL, MISSING_ALLOCATIONS,
            MISSING_PARAMETER, NON_FINITE_PARAMETER, UNKNOWN_PARAMETER, INVALID_RANGE, MISSING_REFERENCE,
            UNKNOWN_REFERENCE_UNIT, UNUSED_SETTING, UNSCORED_CHILD, INDICATOR_USED_TWICE, UNDEFINED_INDICATOR,
            UNIT_KIND_MISMATCH, LOG_DOMAIN);

    private Rules() {
    }

    /**
     * Returns every rule identifier above, except the open family of {@link #CONSTRAINT_PREFIX}.
     *
     * @return the identifiers, never null
     */
    public static Set<String> all() {
        return ALL;
    }
}
