/**
 * Validation of datasets and methodologies: a report that lists every problem, never an exception.
 *
 * <p>{@link lat.ideal.model.validation.DatasetValidator} is the entry point; {@link lat.ideal.model.validation.Rules}
 * lists the stable rule identifiers; each {@link lat.ideal.model.validation.Problem} carries its severity, rule,
 * path into the document, offending value and a message in Spanish, English and Portuguese.
 *
 * @since 0.1
 */
package lat.ideal.model.validation;
