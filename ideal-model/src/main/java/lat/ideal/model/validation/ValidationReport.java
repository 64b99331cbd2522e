package lat.ideal.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every problem found by a validation, in the order found.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param problems the problems, not null
 * @since 0.1
 */
public record ValidationReport(List<Problem> problems) {

    private static final ValidationReport EMPTY = new ValidationReport(List.of());

    /** Copies the list. */
    public ValidationReport {
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    }

    /**
     * Returns a report without problems.
     *
     * @return the empty report
     */
    public static ValidationReport empty() {
        return EMPTY;
    }

    /**
     * Returns a report of these problems.
     *
     * @param problems the problems, not null
     * @return the report
     */
    public static ValidationReport of(List<Problem> problems) {
        return new ValidationReport(problems);
    }

    /**
     * Tells whether there is no error (warnings are allowed).
     *
     * @return true if no problem is an error
     */
    public boolean isValid() {
        return errors().isEmpty();
    }

    /**
     * Returns the errors.
     *
     * @return the errors, in order found
     */
    public List<Problem> errors() {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
    }

    /**
     * Returns the warnings.
     *
     * @return the warnings, in order found
     */
    public List<Problem> warnings() {
        return problems.stream().filter(p -> p.severity() == Severity.WARNING).toList();
    }

    /**
     * Returns a report with the problems of both.
     *
     * @param other the other report, not null
     * @return the combined report
     */
    public ValidationReport plus(ValidationReport other) {
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(other.problems);
        return new ValidationReport(all);
    }
}
