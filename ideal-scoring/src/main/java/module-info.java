/**
 * The IDEAL scoring engine and the analyses built on it: outlier treatment, imputation, normalisation, weighting,
 * hierarchical aggregation, exact published rounding, ranks, bands and explanations, with methodology presets shipped
 * as data; graded evidence and confidence, Monte Carlo uncertainty and Sobol sensitivity, cycle-to-cycle trends and
 * CLASI prioritisation.
 *
 * @since 0.1
 */
module lat.ideal.scoring {
    requires transitive lat.ideal.model;

    exports lat.ideal.scoring;
    exports lat.ideal.scoring.evidence;
    exports lat.ideal.scoring.priority;
    exports lat.ideal.scoring.trend;
    exports lat.ideal.scoring.uncertainty;
}
