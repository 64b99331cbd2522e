package lat.ideal.cli;

import java.util.Locale;
import lat.ideal.model.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options every command takes: the message language and whether to show stack traces. */
final class CommonOptions {
    @Option(names = "--lang", paramLabel = "es|en|pt", converter = LanguageConverter.class,
            description = "Language of messages and reports (default: the system's, else en).")
    Language language = Language.of(Locale.getDefault());

    @Option(names = "--debug", description = "Print the stack trace of a failure.")
    boolean debug;

    /** Reads {@code es}, {@code en} or {@code pt}. */
    static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Language.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
