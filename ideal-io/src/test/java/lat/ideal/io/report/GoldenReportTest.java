package lat.ideal.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import lat.ideal.io.GitocImport;
import lat.ideal.model.Language;
import lat.ideal.model.Tlp;
import lat.ideal.scoring.evidence.ConfidenceRule;
import lat.ideal.scoring.evidence.EvidenceCombiner;
import lat.ideal.scoring.priority.Prioritisation;
import lat.ideal.scoring.uncertainty.SampleRunner;
import lat.ideal.scoring.uncertainty.UncertainFactor;
import lat.ideal.scoring.uncertainty.UncertaintySpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden-file tests: each report is compared byte for byte with a file under
 * {@code src/test/resources/lat/ideal/io/report/golden}.
 *
 * <p>After an intended change to the reports, regenerate the files by running this test with
 * {@code -Dideal.updateGoldens=true} (the command is in the README beside them) and review the difference before
 * committing it. Without the property the test only compares.
 */
final class GoldenReportTest {
    private static final String UPDATE = "ideal.updateGoldens";
    private static final Path GOLDEN_DIR = Path.of("src", "test", "resources", "lat", "ideal", "io", "report",
            "golden");

    static Stream<Arguments> reports() {
        Report socta = Report.builder(ReportFixtures.soctaResult()).dataset(ReportFixtures.socta())
                .audience(Tlp.AMBER).date(LocalDate.of(2024, 3, 1))
                .attribution("Fictional test data of the IDEAL for Java report tests").build();
        Report analyses = Report.builder(ReportFixtures.soctaResult()).dataset(ReportFixtures.socta())
                .audience(Tlp.AMBER).date(LocalDate.of(2024, 3, 1))
                .confidence(EvidenceCombiner.withDefaults(), ConfidenceRule.withDefaults())
                .uncertainty(UncertaintySpec.of(2024, List.of(UncertainFactor.uniformWeights(0.5))).withSamples(200)
                        .withTopK(3), SampleRunner.withDefaults().withParallelism(1))
                .previousCycle(ReportFixtures.soctaPreviousResult(), ReportFixtures.soctaPrevious())
                .priorities(Prioritisation.withDefaults()).build();
        GitocImport gitoc = ReportFixtures.gitoc();
        Report gi = Report.builder(ReportFixtures.score(gitoc.dataset(), "gitoc-ocindex")).dataset(gitoc.dataset())
                .title("GI-TOC Global Organized Crime Index 2023: five South American countries")
                .attribution("GI-TOC, Global Organized Crime Index 2023").build();
        List<Arguments> out = new ArrayList<>();
        for (Language l : Language.values()) {
            out.add(Arguments.of("socta-" + l.code() + ".html", socta.withLanguage(l),
                    HtmlReport.withDefaults()));
            out.add(Arguments.of("socta-" + l.code() + ".md", socta.withLanguage(l),
                    MarkdownReport.withDefaults()));
            out.add(Arguments.of("socta-analyses-" + l.code() + ".html", analyses.withLanguage(l),
                    HtmlReport.withDefaults()));
            out.add(Arguments.of("socta-analyses-" + l.code() + ".md", analyses.withLanguage(l),
                    MarkdownReport.withDefaults()));
        }
        out.add(Arguments.of("gitoc-en.html", gi, HtmlReport.withDefaults()));
        out.add(Arguments.of("gitoc-en.md", gi, MarkdownReport.withDefaults()));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void report_matchesGoldenFile(String file, Report report, ReportRenderer renderer) throws IOException {
        String actual = renderer.render(report);
        if (Boolean.getBoolean(UPDATE)) {
            Files.createDirectories(GOLDEN_DIR);
            Files.writeString(GOLDEN_DIR.resolve(file), actual, StandardCharsets.UTF_8);
            assertThat(Files.readString(GOLDEN_DIR.resolve(file), StandardCharsets.UTF_8)).isEqualTo(actual);
        } else {
            assertThat(actual).isEqualTo(golden(file));
        }
    }

    private static String golden(String file) throws IOException {
        try (InputStream in = GoldenReportTest.class.getResourceAsStream("golden/" + file)) {
            assertThat(in).as("golden file %s (create it with -D%s=true)", file, UPDATE).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
