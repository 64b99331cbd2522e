package lat.ideal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lat.ideal.model.Language;
import lat.ideal.model.validation.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every problem message the methodology check and the preset reader can produce has Spanish and Portuguese. */
final class MessagesTest {
    private static final Pattern CALL = Pattern.compile("\\b(error|problem|report)\\(");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Plan.java", "Preset.java", "PresetReader.java"})
    void everyMessageFormatIsTranslated(String file) throws IOException {
        String source = Files.readString(Path.of("src/main/java/lat/ideal/scoring", file), StandardCharsets.UTF_8);
        List<String> formats = new ArrayList<>();
        Matcher call = CALL.matcher(source);
        while (call.find()) {
            int depth = 1;
            int i = call.end();
            while (depth > 0) {
                char c = source.charAt(i++);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            }
            String args = source.substring(call.end(), i - 1);
            List<String> literals = new ArrayList<>();
            Matcher lit = LITERAL.matcher(args);
            while (lit.find()) {
                literals.add(lit.group(1).replace("\\'", "'"));
            }
            // The format is the longest run of adjacent literals that reads as a sentence (rule names, paths
            // and parameter names around it have no spaces).
            String format = "";
            for (int from = 0; from < literals.size(); from++) {
                for (int to = from + 1; to <= literals.size(); to++) {
                    String candidate = String.join("", literals.subList(from, to));
                    boolean sentence = literals.subList(from, to).stream().allMatch(l -> l.contains(" "));
                    if (sentence && candidate.length() > format.length()) {
                        format = candidate;
                    }
                }
            }
            if (!format.isEmpty()) {
                formats.add(format);
            }
        }
        assertThat(formats).isNotEmpty();
        assertThat(formats).allSatisfy(f -> assertThat(Messages.has(f)).as(f).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"es", "pt"})
    void problemsReadInEachLanguage(String code) {
        Preset.Parsed parsed = Preset.parse("x.properties", "id = x\nnode.a.parent = b\nnode.b.parent = a\n");
        Language language = Language.parse(code);
        for (Problem p : parsed.report().errors()) {
            assertThat(p.message(language)).isNotBlank().isNotEqualTo(p.message(Language.EN));
        }
    }
}
