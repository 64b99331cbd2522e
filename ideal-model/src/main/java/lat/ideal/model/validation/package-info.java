/**
 * Validation of datasets and methodologies: a report that lists every problem, never an exception.
 *
 * @since 0.1
 */
package lat.ideal.model.validation;
