package lat.ideal.io;

import java.util.Objects;
import lat.ideal.model.Language;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.validation.Problem;
import lat.ideal.model.validation.Severity;

/**
 * One problem found while reading a file, with where it is: file, line, column and path.
 *
 * <p>For JSON, {@code column} is the 1-based character column where the offending value (or token) starts and
 * {@code path} is its JSON path ({@code observations[12].measurement}). For CSV, {@code column} is the 1-based number
 * of the column and {@code path} is the column's name from the header ({@code value}). Problems that the model's
 * validator found carry the validator's rule, value and message, placed where the value was read; it checks what
 * was read, and where some rows or observations could not be read, it still checks the rest (errors only).
 *
 * <p>{@link #toString()} gives the line a command-line tool prints: {@code FILE:LINE:COL: message}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param file the file's name as the caller gave it, not null
 * @param line the 1-based line, at least 1
 * @param column the 1-based column (character for JSON, column number for CSV), at least 1
 * @param path the JSON path or the CSV column's name; empty where none applies (e.g. a syntax error)
 * @param severity error or warning, not null
 * @param rule a stable identifier of the rule broken (e.g. {@code unknown-property}), not blank
 * @param value the offending text as read (empty if none), not null
 * @param message what is wrong and what is allowed, in es/en/pt, not null
 * @since 0.1
 */
public record Located(String file, int line, int column, String path, Severity severity, String rule, String value,
                      LocalizedText message) {

    /** Checks that no part is null and that line and column are 1-based. */
    public Located {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(message, "message");
        if (rule.isBlank()) {
            throw new IllegalArgumentException("rule must not be blank");
        }
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line " + line + " and column " + column + " must be 1 or more");
        }
    }

    /**
     * Places a validator's problem at a position in a file.
     *
     * @param problem the problem, not null
     * @param file the file's name, not null
     * @param line the 1-based line
     * @param column the 1-based column
     * @param path the JSON path or CSV column name where it was read, not null
     * @return the located problem, never null
     */
    public static Located of(Problem problem, String file, int line, int column, String path) {
        return new Located(file, line, column, path, problem.severity(), problem.rule(), problem.value(),
                problem.message());
    }

    /**
     * Tells whether this problem is an error (not a warning).
     *
     * @return true for an error
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * Formats the problem as {@code FILE:LINE:COL: message} in a working language; the message starts with the path
     * (where there is one) and, for a warning, with {@code warning:}.
     *
     * @param language the language, not null
     * @return the line of text, never null
     */
    public String format(Language language) {
        StringBuilder b = new StringBuilder(file).append(':').append(line).append(':').append(column).append(": ");
        if (severity == Severity.WARNING) {
            b.append(Messages.warningWord(language)).append(": ");
        }
        if (!path.isEmpty()) {
            b.append(path).append(": ");
        }
        return b.append(message.in(language)).toString();
    }

    /**
     * Returns {@link #format(Language)} in English.
     *
     * @return {@code FILE:LINE:COL: message}
     */
    @Override
    public String toString() {
        return format(Language.EN);
    }
}
