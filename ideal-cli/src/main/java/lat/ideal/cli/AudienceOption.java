package lat.ideal.cli;

import lat.ideal.model.Tlp;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --audience} option: keep only the observations an audience may receive. */
final class AudienceOption {
    @Option(names = "--audience", paramLabel = "TLP", converter = TlpConverter.class,
            description = "Keep only the observations this audience may receive (TLP:CLEAR, TLP:GREEN, TLP:AMBER, "
                    + "TLP:AMBER+STRICT, TLP:RED; the TLP: prefix may be left out).")
    Tlp audience;

    /** Reads a TLP marking, with or without its {@code TLP:} prefix. */
    static final class TlpConverter implements ITypeConverter<Tlp> {
        @Override
        public Tlp convert(String value) {
            try {
                return Tlp.parse(value.regionMatches(true, 0, "TLP:", 0, 4) ? value : "TLP:" + value);
            } catch (IllegalArgumentException e) {
                // picocli prints the message after "Invalid value for option '--audience': ".
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
