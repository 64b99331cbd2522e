package lat.ideal.benchmarks;

import java.util.concurrent.TimeUnit;
import lat.ideal.model.Dataset;
import lat.ideal.model.validation.DatasetValidator;
import lat.ideal.model.validation.ValidationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long {@link DatasetValidator} takes to check a whole dataset: it must be fast enough to run on every load.
 *
 * <p>The dataset ({@link BenchmarkData}) is valid, so every rule runs to the end on every observation and the
 * report is empty; it is built once per trial in {@link #setUp()}, outside the measurement.
 *
 * <p>Run from the repository root:
 * <pre>{@code
 * ./mvnw -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar ValidationBenchmark -f 1 -wi 2 -i 3
 * }</pre>
 * Other sizes: {@code -p observations=10000,100000,1000000}.
 *
 * <p>JMH generates subclasses of this class, so it cannot be final.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ValidationBenchmark {

    /** How many observations the dataset has. */
    @Param("100000")
    public int observations;

    private Dataset dataset;
    private DatasetValidator validator;

    /** Builds the dataset and the validator. */
    @Setup
    public void setUp() {
        dataset = BenchmarkData.dataset(observations);
        validator = DatasetValidator.withDefaults();
    }

    /**
     * Validates the whole dataset.
     *
     * @return the report, returned so that the work is not optimised away
     */
    @Benchmark
    public ValidationReport validate() {
        return validator.validate(dataset);
    }
}
