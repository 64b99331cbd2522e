package lat.ideal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every {@code examples/*.jsh} script through the JShell API, in this JVM, with the imports that
 * {@code ./ideal shell} adds: no snippet may be rejected or throw, and each prints what it is for.
 */
final class ExamplesTest {
    /** A line each script's output must contain, by script. */
    private static final Map<String, List<String>> EXPECTED = Map.of(
            // GI-TOC 2023, published: Myanmar 8.15, Colombia 7.75, Mexico 7.57 lead the criminality ranking.
            "gitoc-top-ten.jsh", List.of("MM    Myanmar", "8.15", "CO    Colombia", "7.75",
                    "computed 8.15, published 8.15"),
            "explain-country.jsh", List.of("CO/drug-trafficking", "criminal-market-scale",
                    "max(cocaine-trade 9.5, cannabis-trade 7, synthetic-drug-trade 6, heroin-trade 5) = 9.5"),
            "compare-presets.jsh", List.of("Spearman", "Kendall tau-b", "intelligence gap: fictional-h"),
            "uncertainty.jsh", List.of("threat: 1000 samples, seed 42, factors [weights]", "PY/drug-trafficking",
                    "(reproduced)"));

    /** The imports of JShell's DEFAULT startup, which the jshell tool runs and the JShell API does not. */
    private static final String DEFAULT_STARTUP = "import java.io.*;\nimport java.math.*;\nimport java.net.*;\n"
            + "import java.nio.file.*;\nimport java.util.*;\nimport java.util.concurrent.*;\n"
            + "import java.util.function.*;\nimport java.util.prefs.*;\nimport java.util.regex.*;\n"
            + "import java.util.stream.*;\n";

    static Path root() {
        return Path.of(System.getProperty("ideal.repository.root", ".."));
    }

    static Stream<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.list(root().resolve("examples"))) {
            return files.filter(f -> f.toString().endsWith(".jsh")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void script_runsWithoutErrorAndPrintsItsResult(Path script) throws IOException {
        assertThat(EXPECTED).as("expected output of %s", script.getFileName()).containsKey(
                script.getFileName().toString());
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        List<String> failures = new ArrayList<>();
        try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
             JShell shell = JShell.builder().executionEngine("local").out(out).err(out).build()) {
            System.setOut(out);
            for (String entry : System.getProperty("surefire.test.class.path",
                    System.getProperty("java.class.path")).split(File.pathSeparator)) {
                shell.addToClasspath(entry);
            }
            eval(shell, DEFAULT_STARTUP, failures);
            eval(shell, Files.readString(root().resolve("ideal-cli/src/main/jshell/imports.jsh")), failures);
            eval(shell, Files.readString(script), failures);
        } finally {
            System.setOut(original);
        }
        assertThat(failures).as("rejected or failed snippets").isEmpty();
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains(EXPECTED.get(script.getFileName().toString()));
    }

    /** Evaluates a script snippet by snippet, skipping comments and JShell commands such as {@code /exit}. */
    private static void eval(JShell shell, String script, List<String> failures) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        StringBuilder code = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.startsWith("/")) {
                code.append(line).append('\n');
            }
        }
        String rest = code.toString();
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            if (info.source() == null || info.source().isBlank()) {
                break;
            }
            for (SnippetEvent e : shell.eval(info.source())) {
                if (e.status() == Snippet.Status.REJECTED) {
                    failures.add("rejected: " + info.source().strip() + " "
                            + shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList());
                }
                if (e.exception() != null) {
                    failures.add("threw " + e.exception() + ": " + info.source().strip());
                }
            }
            rest = info.remaining();
        }
    }
}
