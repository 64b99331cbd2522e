/**
 * The IDEAL domain model: countries, crime areas, criminal groups, indicators, graded observations with handling
 * markings, assessment cycles, methodology specifications as data, CLASI priorities and action plans, and the
 * validator that reports every problem in a dataset.
 *
 * @since 0.1
 */
module lat.ideal.model {
    requires transitive jakarta.validation;
    requires org.hibernate.validator;

    exports lat.ideal.model;
    exports lat.ideal.model.method;
    exports lat.ideal.model.validation;

    opens lat.ideal.model to org.hibernate.validator;
    opens lat.ideal.model.method to org.hibernate.validator;
}
