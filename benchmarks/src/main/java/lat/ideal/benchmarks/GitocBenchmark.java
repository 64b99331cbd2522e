package lat.ideal.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the full GI-TOC pipeline takes on the 193 countries of the 2023 edition (workload (f),
 * {@link GitocPipeline}): import the publisher's CSV, build the methodology from the data, score, and read every
 * published composite and rank.
 *
 * <p>The CSV text is read from the jar once, in {@link #setUp()}; the operation parses it from memory. One operation
 * takes a few milliseconds and reaches code in three modules, which needs thousands of calls before the JIT has
 * compiled all of it: hence ten warm-up iterations of 2 s.
 *
 * <p>Run from the repository root:
 * <pre>{@code
 * ./mvnw -B -q -DskipTests -pl benchmarks -am package
 * java -jar benchmarks/target/benchmarks.jar GitocBenchmark -f 1
 * }</pre>
 *
 * <p>JMH generates subclasses of this class, so it cannot be final.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class GitocBenchmark {

    private String csv;

    /** Reads the 2023 sheet. */
    @Setup
    public void setUp() {
        csv = GitocPipeline.csv();
    }

    /**
     * Runs the pipeline.
     *
     * @return the published composites and ranks
     */
    @Benchmark
    public GitocPipeline.Published pipeline() {
        return GitocPipeline.run(csv);
    }
}
