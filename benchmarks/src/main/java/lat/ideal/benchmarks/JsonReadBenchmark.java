package lat.ideal.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import lat.ideal.io.IdealJson;
import lat.ideal.model.Dataset;
import lat.ideal.model.ReportingPeriod;
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
 * (strict parsing, per-observation conversion, position index).
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
        Dataset.Builder b = Dataset.builder("bench").period(ReportingPeriod.year(2023));
        for (Iterator<lat.ideal.model.Observation> it = CsvReadBenchmark.observations(observations); it.hasNext();) {
            b.observation(it.next());
        }
        JSON.writeDataset(b.build(), file);
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
        return JSON.readDataset(file).orElseThrow();
    }
}
