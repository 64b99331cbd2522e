/**
 * The IDEAL scoring engine: outlier treatment, imputation, normalisation, weighting, hierarchical aggregation,
 * exact published rounding, ranks, bands and explanations, with methodology presets shipped as data.
 *
 * @since 0.1
 */
module lat.ideal.scoring {
    requires transitive lat.ideal.model;

    exports lat.ideal.scoring;
}
