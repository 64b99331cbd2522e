package lat.ideal.benchmarks;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import lat.ideal.model.Polarity;
import lat.ideal.model.Scale;
import lat.ideal.model.TargetKind;
import lat.ideal.model.method.Aggregation;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Methodology;
import lat.ideal.model.method.Normalisation;
import lat.ideal.model.method.Weighting;
import lat.ideal.scoring.RankBasis;
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
 * How long the engine takes to rank units by one indicator as it comes, for columns shaped like what the library
 * ranks: the means of 30 uniform values (the flat workload's scores), uniform values, and values with heavy tails as
 * counts, volumes and amounts have them (log-normal with sigma 2, Pareto with tail index 1.1).
 *
 * <p>One operation is {@code scorer.score(input).node("index").ranks()} on {@link #threads} threads, where the root
 * {@code index} is the weighted mean of one leaf without normalisation: its scores are the column's values, so the
 * operation is a copy of the column and its competition ranks. The seeded column and the input are built once per
 * trial in {@link #setUp()}.
 *
 * <p>Run from the repository root:
 * <pre>{@code
 * ./mvnw -B -q -DskipTests -pl benchmarks -am package
 * java -jar benchmarks/target/benchmarks.jar RankingBenchmark -f 1 -wi 3 -i 5
 * }</pre>
 *
 * <p>JMH generates subclasses of this class, so it cannot be final.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RankingBenchmark {
    /** The root node's key. */
    static final String ROOT = "index";

    /** The shape of the column: {@code MEANS}, {@code UNIFORM}, {@code LOG_NORMAL} or {@code PARETO}. */
    @Param({"MEANS", "UNIFORM", "LOG_NORMAL", "PARETO"})
    public String column;

    /** How many units are ranked. */
    @Param({"1000000"})
    public int units;

    /** The scorer's parallelism. */
    @Param({"1"})
    public int threads;

    private Scorer scorer;
    private ScoringInput input;

    /** Builds the seeded column, the input and the scorer. */
    @Setup
    public void setUp() {
        double[] values = column(column, units, 20_261_130L);
        ScoringInput.Indicator x = new ScoringInput.Indicator("x", Scale.Continuous.of(0, 1e12), Polarity.POSITIVE);
        List<ScoringInput.Unit> unitList = new java.util.ArrayList<>(units);
        for (int u = 0; u < units; u++) {
            unitList.add(ScoringInput.Unit.of("u" + u));
        }
        input = ScoringInput.of(unitList, List.of(x), values);
        MethodNode root = MethodNode.node(ROOT, Aggregation.of(AggregationMethod.ARITHMETIC_MEAN),
                List.of(MethodNode.leaf("x").withNormalisation(Normalisation.identity()).withWeight(1)))
                .withWeighting(Weighting.explicit());
        scorer = Scorer.of(Methodology.of("benchmark-ranking", TargetKind.COUNTRY, root))
                .withRankBasis(RankBasis.UNROUNDED).withParallelism(threads);
    }

    /**
     * The seeded values of a column of the given shape, all in [0, 10^12].
     *
     * @param shape {@code MEANS}, {@code UNIFORM}, {@code LOG_NORMAL} or {@code PARETO}
     * @param units the number of values
     * @param seed the seed
     * @return the values
     */
    static double[] column(String shape, int units, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[units];
        for (int u = 0; u < units; u++) {
            values[u] = switch (shape) {
                case "MEANS" -> {
                    double sum = 0;
                    for (int j = 0; j < 30; j++) {
                        sum += random.nextDouble();
                    }
                    yield sum / 30;
                }
                case "UNIFORM" -> random.nextDouble();
                case "LOG_NORMAL" -> Math.exp(2 * random.nextGaussian());
                case "PARETO" -> Math.min(Math.pow(1 - random.nextDouble(), -1 / 1.1), 1e12);
                default -> throw new IllegalArgumentException("no column shape " + shape);
            };
        }
        return values;
    }

    /**
     * Scores and ranks every unit.
     *
     * @return the root's ranks, returned so that the work is not optimised away
     */
    @Benchmark
    public int[] scoreAndRank() {
        return scorer.score(input).node(ROOT).ranks();
    }
}
