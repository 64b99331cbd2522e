package lat.ideal.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import lat.ideal.model.Language;
import lat.ideal.model.Tlp;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What both renderers share: writing to a writer or a file gives the rendered text, every time the same. */
final class ReportRendererTest {

    static Stream<ReportRenderer> renderers() {
        return Stream.of(HtmlReport.withDefaults(), MarkdownReport.withDefaults());
    }

    private static Report report() {
        return Report.builder(ReportFixtures.soctaResult()).dataset(ReportFixtures.socta()).audience(Tlp.GREEN)
                .language(Language.PT).build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderers")
    void write_givesTheRenderedText(ReportRenderer renderer, @TempDir Path dir) throws IOException {
        Report report = report();
        String text = renderer.render(report);
        Path file = dir.resolve("relatorio." + renderer.fileExtension());
        renderer.write(report, file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(text);
        StringWriter out = new StringWriter();
        renderer.write(report, out);
        assertThat(out.toString()).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderers")
    void render_isDeterministic(ReportRenderer renderer) {
        assertThat(renderer.render(report())).isEqualTo(renderer.render(report()));
        assertThat(renderer.render(report().withLanguage(Language.ES)))
                .isEqualTo(renderer.render(Report.builder(ReportFixtures.soctaResult()).dataset(ReportFixtures.socta())
                        .audience(Tlp.GREEN).language(Language.ES).build()));
    }
}
