package lat.ideal.benchmarks;

import java.util.concurrent.TimeUnit;
import lat.ideal.scoring.Scorer;
import lat.ideal.scoring.ScoringInput;
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
 * How long the engine takes to score units x 30 indicators and rank them, for workloads (a) to (d) of
 * {@link Workload}: flat min-max and weighted mean, TOPSIS, a three-level hierarchy, and outlier treatment with mean
 * imputation of 5% missing cells.
 *
 * <p>One operation is {@code scorer.score(input).node("index").ranks()} on {@link #threads} threads
 * ({@code Scorer.withParallelism}; inputs of fewer than 32,768 units are scored on one either way): the leaf stage, the
 * aggregation and competition ranks on unrounded scores. The seeded matrix ({@link IndicatorMatrix}) and the input
 * are built once per trial in {@link #setUp()}, outside the measurement, as a host would hold its data. Divide
 * {@code units x 30} by the time for indicator cells per second.
 *
 * <p>Run from the repository root:
 * <pre>{@code
 * ./mvnw -B -q -DskipTests -pl benchmarks -am package
 * java -jar benchmarks/target/benchmarks.jar ScoringBenchmark -f 1 -wi 3 -i 5
 * }</pre>
 * One workload or size: {@code -p workload=FLAT -p units=1000000}; two threads: {@code -p threads=2}; allocation per
 * operation: {@code -prof gc}.
 *
 * <p>JMH generates subclasses of this class, so it cannot be final.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScoringBenchmark {

    /** The workload: {@code FLAT}, {@code TOPSIS}, {@code HIERARCHY} or {@code TREATED}. */
    @Param({"FLAT", "TOPSIS", "HIERARCHY", "TREATED"})
    public String workload;

    /** How many units are scored. */
    @Param({"1000", "100000", "1000000"})
    public int units;

    /** The scorer's parallelism. */
    @Param({"1"})
    public int threads;

    private Scorer scorer;
    private ScoringInput input;

    /** Builds the seeded matrix, the input and the scorer. */
    @Setup
    public void setUp() {
        Workload w = Workload.valueOf(workload);
        scorer = w.scorer(Compare.INDICATORS).withParallelism(threads);
        input = w.matrix(units, Compare.INDICATORS, Compare.matrixSeed(w, units)).input();
    }

    /**
     * Scores and ranks every unit.
     *
     * @return the root's ranks, returned so that the work is not optimised away
     */
    @Benchmark
    public int[] scoreAndRank() {
        return Workload.ranks(scorer, input);
    }
}
