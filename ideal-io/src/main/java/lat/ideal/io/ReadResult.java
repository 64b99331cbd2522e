package lat.ideal.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import lat.ideal.model.Language;

/**
 * What a reader gives back: the value, when the file could be read faithfully, and every located problem.
 *
 * <p>The value is absent when reading found an error (malformed syntax, an unknown property, a wrong type, an
 * unknown country, a value that cannot be represented): a partly read file is never handed out. When the value is
 * present, the problems are those of the model's validator (errors and warnings about the data's meaning), each
 * placed where the offending value was read; {@link #isValid()} tells whether any of them is an error.
 *
 * <p>This class is immutable and thread-safe if the value is.
 *
 * @param <T> the type of the value
 * @since 0.1
 */
public final class ReadResult<T> {
    private final T value;
    private final List<Located> problems;

    private ReadResult(T value, List<Located> problems) {
        this.value = value;
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns a result with a value.
     *
     * @param <T> the type of the value
     * @param value the value, not null
     * @param problems the problems (validator findings), not null
     * @return the result, never null
     */
    public static <T> ReadResult<T> of(T value, List<Located> problems) {
        return new ReadResult<>(Objects.requireNonNull(value, "value"), problems);
    }

    /**
     * Returns a result without a value.
     *
     * @param <T> the type the value would have had
     * @param problems the problems that prevented reading, not null
     * @return the result, never null
     */
    public static <T> ReadResult<T> failed(List<Located> problems) {
        return new ReadResult<>(null, problems);
    }

    /**
     * Returns the value, if the file could be read.
     *
     * @return the value, or empty
     */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /**
     * Returns every problem, in the order found.
     *
     * @return the problems, never null
     */
    public List<Located> problems() {
        return problems;
    }

    /**
     * Returns the errors.
     *
     * @return the errors, in the order found
     */
    public List<Located> errors() {
        return problems.stream().filter(Located::isError).toList();
    }

    /**
     * Returns the warnings.
     *
     * @return the warnings, in the order found
     */
    public List<Located> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /**
     * Tells whether there is a value and no error (warnings are allowed).
     *
     * @return true if the value is present and valid
     */
    public boolean isValid() {
        return value != null && errors().isEmpty();
    }

    /**
     * Returns the value, or throws if the file could not be read; a convenience for scripts and JShell.
     *
     * @return the value, never null
     * @throws IllegalStateException if there is no value; its message lists the problems
     */
    public T orElseThrow() {
        if (value == null) {
            throw new IllegalStateException("the file could not be read:\n" + format(Language.EN));
        }
        return value;
    }

    /**
     * Formats every problem as {@code FILE:LINE:COL: message}, one per line.
     *
     * @param language the language, not null
     * @return the text, empty if there is no problem
     */
    public String format(Language language) {
        Objects.requireNonNull(language, "language");
        return problems.stream().map(p -> p.format(language)).collect(Collectors.joining("\n"));
    }

    @Override
    public String toString() {
        return "ReadResult[" + (value == null ? "no value" : "value") + ", " + problems.size() + " problems]";
    }
}
