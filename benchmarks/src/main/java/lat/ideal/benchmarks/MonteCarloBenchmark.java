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
 * How long a Monte Carlo uncertainty run takes (workload (e), {@link MonteCarlo}): +/-25% noise on the 30 weights of
 * the flat pipeline, N draws, each re-aggregated and ranked, then the median and 5th-95th percentile rank of every
 * unit.
 *
 * <p>{@link #uncertaintyAnalysis()} is the library's {@link lat.ideal.scoring.uncertainty.UncertaintyAnalysis} on
 * {@code threads} threads, from scorer and input to rank distributions. {@link #preparedRanks()} does the same draws
 * through {@link lat.ideal.scoring.PreparedScoring#ranks(String, lat.ideal.scoring.Overrides)} and summarises them
 * itself: the engine's share of the cost. The matrix, the input and the reproduced weight draws are built in
 * {@link #setUp()}, outside the measurement.
 *
 * <p>Run from the repository root:
 * <pre>{@code
 * ./mvnw -B -q -DskipTests -pl benchmarks -am package
 * java -jar benchmarks/target/benchmarks.jar MonteCarloBenchmark -f 1 -wi 2 -i 3
 * }</pre>
 * One size: {@code -p size=200x10000}; one thread count: {@code -p threads=1}.
 *
 * <p>JMH generates subclasses of this class, so it cannot be final.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class MonteCarloBenchmark {

    /** Units x draws: {@code 200x10000} or {@code 1000000x100}. */
    @Param({"200x10000", "1000000x100"})
    public String size;

    /** How many threads share the draws. */
    @Param({"1", "2"})
    public int threads;

    private Scorer scorer;
    private ScoringInput input;
    private double[] weights;
    private int draws;
    private long seed;

    /** Builds the matrix, the input and the weight draws. */
    @Setup
    public void setUp() {
        int x = size.indexOf('x');
        int units = Integer.parseInt(size.substring(0, x));
        draws = Integer.parseInt(size.substring(x + 1));
        seed = Compare.monteCarloSeed(units, draws);
        scorer = Workload.FLAT.scorer(Compare.INDICATORS);
        input = Workload.FLAT.matrix(units, Compare.INDICATORS, Compare.matrixSeed(Workload.FLAT, units)).input();
        weights = MonteCarlo.weights(draws, Compare.INDICATORS, seed);
    }

    /**
     * Runs the library's uncertainty analysis.
     *
     * @return the 5th, 50th and 95th percentile ranks of every unit
     */
    @Benchmark
    public double[] uncertaintyAnalysis() {
        return MonteCarlo.summary(MonteCarlo.analysis(scorer, input, draws, seed, threads));
    }

    /**
     * Runs the same draws through the prepared scoring's fast path.
     *
     * @return the 5th, 50th and 95th percentile ranks of every unit
     */
    @Benchmark
    public double[] preparedRanks() {
        return MonteCarlo.summary(MonteCarlo.ranks(scorer.prepare(input), weights, draws, threads));
    }
}
