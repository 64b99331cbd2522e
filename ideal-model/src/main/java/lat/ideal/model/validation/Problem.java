package lat.ideal.model.validation;

import java.util.Objects;
import lat.ideal.model.Language;
import lat.ideal.model.LocalizedText;

/**
 * One problem found in a dataset or methodology: where it is, what the offending value is, and what is allowed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param severity error or warning, not null
 * @param rule a stable identifier of the rule broken (e.g. {@code value-off-scale}), not blank
 * @param path where the problem is, as a path into the document ({@code observations[12].value}), not null
 * @param value the offending value as text (empty if there is none), not null
 * @param message what is wrong and what is allowed, in es/en/pt, not null
 * @since 0.1
 */
public record Problem(Severity severity, String rule, String path, String value, LocalizedText message) {

    /** Checks that no part is null. */
    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Returns the message in one language.
     *
     * @param language the language, not null
     * @return the message, never null
     */
    public String message(Language language) {
        return message.in(language);
    }

    /**
     * Returns {@code SEVERITY path: message} in English.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return severity + " " + path + ": " + message.en();
    }
}
