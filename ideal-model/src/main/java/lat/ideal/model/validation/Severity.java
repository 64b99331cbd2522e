package lat.ideal.model.validation;

/**
 * How serious a problem is.
 *
 * @since 0.1
 */
public enum Severity {
    /** The data cannot be scored as it is. */
    ERROR,
    /** The data can be scored, but a reader of the results should know. */
    WARNING
}
