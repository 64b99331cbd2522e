package lat.ideal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command as a real process: {@code java -cp <test class path> lat.ideal.cli.Main ...}; few, as each is slow. */
final class ProcessTest {
    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path dir;

    /** What a process gave. */
    record Result(int exit, String out, String err) {
    }

    private Result run(String... args) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", classPath, Main.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        assertThat(p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("finished in %d s", TIMEOUT_SECONDS).isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void assess_withoutOptions_exits0AndPrintsTheRankingsOnly() throws Exception {
        Result r = run("assess", "--lang", "en");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.err()).as("nothing on stderr, not even a library's log line").isEmpty();
        assertThat(r.out()).contains("Top threats by country x crime area", "Regional priorities", "Criminal groups",
                "Data: GI-TOC, Global Organized Crime Index 2023");
        assertThat(r.out().lines().count()).isLessThan(60);
        for (String file : List.of("report.html", "report.md", "results.json", "results.csv")) {
            assertThat(dir.resolve("ideal-report").resolve(file)).isNotEmptyFile();
        }
    }

    @Test
    void invalidInput_exits1WithLocatedProblemsAndNoStackTrace() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "country,indicator,value\nBO,criminal-networks,11\n", StandardCharsets.UTF_8);
        Result r = run("assess", "--data", bad.toString(), "--lang", "en");
        assertThat(r.exit()).as(r.toString()).isEqualTo(Main.INVALID_INPUT);
        assertThat(r.err()).startsWith(bad + ":2:")
                .contains("value: 11 is outside the scale 1..10 in steps of 0.5 of indicator 'criminal-networks'")
                .doesNotContain("\tat ", "Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void usageError_exits2() throws Exception {
        Result r = run("assess", "--samples");
        assertThat(r.exit()).as(r.toString()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("Unknown option: '--samples'").doesNotContain("\tat ");
    }
}
