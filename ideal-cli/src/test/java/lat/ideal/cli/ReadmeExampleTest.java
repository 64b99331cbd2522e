package lat.ideal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lat.ideal.io.GitocImport;
import lat.ideal.io.GitocImporter;
import lat.ideal.model.Dataset;
import lat.ideal.model.validation.DatasetValidator;
import lat.ideal.scoring.Presets;
import lat.ideal.scoring.Scorer;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.UnitScore;
import org.junit.jupiter.api.Test;

/**
 * The README's CLI sections: its Java quick start is the code between the markers below, run here; its output
 * excerpts are lines the command really prints.
 */
final class ReadmeExampleTest {
    private static final String BEGIN = "// README:begin";
    private static final String END = "// README:end";

    /** The README's Java quick start, verbatim between the markers. */
    static void quickStart() {
        // README:begin
        Path file = Path.of("gitoc-ocindex-2023.csv"); // GI-TOC, Global Organized Crime Index 2023 (ideal init)
        GitocImport gitoc = GitocImporter.withDefaults().read(file, 2023).orElseThrow();
        Dataset data = gitoc.dataset();
        DatasetValidator.withDefaults().validate(data).errors().forEach(System.out::println);

        ScoringResult result = Scorer.of(Presets.methodology("gitoc-ocindex", data)).score(data);
        for (UnitScore s : result.top("criminality", 10)) {
            System.out.println(s.rank().getAsInt() + ". " + s.name() + " " + s.published().orElseThrow());
        }
        System.out.println(result.explain("CO", "criminality"));
        // README:end
    }

    @Test
    void javaQuickStart_runsAndReproducesThePublishedIndex() throws IOException {
        Cli.copyResource("default/" + DefaultData.GITOC_FILE, Path.of("").toAbsolutePath());
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(out);
            quickStart();
        } finally {
            System.setOut(original);
        }
        // GI-TOC 2023, published composites: Myanmar 8.15 first, Colombia 7.75 second.
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("1. Myanmar", " 8.15", "2. Colombia 7.75",
                "CO (Colombia) at criminality: 7.75 rank 2");
    }

    @Test
    void readme_showsTheQuickStartVerbatim() throws IOException {
        List<String> source = Files.readAllLines(ExamplesTest.root().resolve(
                "ideal-cli/src/test/java/lat/ideal/cli/ReadmeExampleTest.java"));
        List<String> code = new ArrayList<>();
        boolean in = false;
        for (String line : source) {
            if (line.strip().equals(END)) {
                in = false;
            }
            if (in) {
                code.add(line.length() >= 8 ? line.substring(8) : line.strip());
            }
            if (line.strip().equals(BEGIN)) {
                in = true;
            }
        }
        assertThat(code).hasSizeBetween(5, 15);
        assertThat(readme()).contains("```java\n" + String.join("\n", code) + "\n```");
    }

    @Test
    void readme_quickStartExcerpt_isRealOutput() throws IOException {
        String readme = readme();
        String section = readme.substring(readme.indexOf("## Quick start"));
        String excerpt = section.substring(section.indexOf("```text\n") + 8, section.indexOf("```", section.indexOf(
                "```text\n") + 8));
        Cli.Run run = Cli.run("assess", "--lang", "en", "--out", Path.of("").toAbsolutePath().resolve("ideal-report")
                .toString());
        assertThat(run.exit()).isZero();
        List<String> lines = run.outLines();
        for (String line : excerpt.lines().toList()) {
            if (!line.equals("...") && !line.startsWith("$ ")) {
                assertThat(lines).as("README excerpt line").contains(line);
            }
        }
    }

    @Test
    void readme_presetTable_isWhatIdealMethodsPrints() throws IOException {
        String readme = readme();
        String section = readme.substring(readme.indexOf("## Presets"));
        String table = section.substring(section.indexOf("```text\n") + 8, section.indexOf("```", section.indexOf(
                "```text\n") + 8));
        assertThat(table).isEqualTo(Cli.run("methods", "--lang", "en").out());
    }

    private static String readme() throws IOException {
        return Files.readString(ExamplesTest.root().resolve("README.md"), StandardCharsets.UTF_8);
    }
}
