package lat.ideal.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import lat.ideal.io.IdealJson;
import lat.ideal.io.ReadResult;
import lat.ideal.model.Dataset;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reads a generated dataset JSON document of {@code observations} observations with {@link IdealJson#readDataset(Path)}
 * (strict parsing, per-observation conversion, position index) and the default validator, which finds nothing in it
 * ({@link BenchmarkData}: twelve countries, 36 indicators, each observation graded and sourced).
 *
 * <p>The document is written once per trial into a temporary directory. Run with:
 * <pre>{@code
 * ./mvnw -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar JsonReadBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class JsonReadBenchmark {
    private static final IdealJson JSON = IdealJson.withDefaults();

    /** The number of observations in the document. */
    @Param("1000000")
    public int observations;

    private Path dir;
    private Path file;

    /**
     * Writes the document.
     *
     * @throws IOException if the temporary file cannot be written
     */
    @Setup(Level.Trial)
    public void write() throws IOException {
        dir = Files.createTempDirectory("ideal-json-bench");
        file = dir.resolve("dataset.json");
        // A valid document, as users read: every observation's indicator, country and grade defined and checked.
        JSON.writeDataset(BenchmarkData.dataset(observations), file);
    }

    /**
     * Deletes the document.
     *
     * @throws IOException if it cannot be deleted
     */
    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    /**
     * Reads the document into a dataset.
     *
     * @return the dataset
     */
    @Benchmark
    public Dataset readDataset() {
        ReadResult<Dataset> read = JSON.readDataset(file);
        if (!read.problems().isEmpty()) {
            // A document with problems would time the reporting of them, not the reading.
            throw new IllegalStateException(read.problems().size() + " problems, the first: "
                    + read.problems().get(0));
        }
        return read.orElseThrow();
    }
}
