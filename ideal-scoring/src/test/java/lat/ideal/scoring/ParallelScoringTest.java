package lat.ideal.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import lat.ideal.model.Polarity;
import lat.ideal.model.Scale;
import lat.ideal.model.method.Aggregation;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.Direction;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.MissingData;
import lat.ideal.model.method.MissingPolicy;
import lat.ideal.model.method.Normalisation;
import lat.ideal.model.method.NormalisationMethod;
import lat.ideal.model.method.OutlierTreatment;
import lat.ideal.model.method.Weighting;
import lat.ideal.model.method.WeightingMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Scorer#withParallelism(int)} changes nothing but the threads: on seeded random methodologies over inputs
 * large enough to be split ({@link Parallel#UNITS_FROM} units and more, so that the leaves, the column ranges, the
 * fused weighted mean, TOPSIS and the ranking all run in parts), every node's unrounded scores are the same bit for
 * bit on 1, 2 and 3 threads, and so are the ranks, the statuses, the published values, the warnings in their order,
 * the explanations and the result's fingerprint.
 */
final class ParallelScoringTest {
    private static final AggregationMethod[] AGGREGATIONS = {AggregationMethod.ARITHMETIC_MEAN,
        AggregationMethod.ARITHMETIC_MEAN, AggregationMethod.TOPSIS, AggregationMethod.TOPSIS,
        AggregationMethod.GENERALISED_MEAN, AggregationMethod.GEOMETRIC_MEAN, AggregationMethod.WEIGHTED_SUM,
        AggregationMethod.MINIMUM};
    private static final NormalisationMethod[] NORMALISERS = {NormalisationMethod.MIN_MAX, NormalisationMethod.MIN_MAX,
        NormalisationMethod.IDENTITY, NormalisationMethod.Z_SCORE, NormalisationMethod.GOALPOSTS,
        NormalisationMethod.RANK};

    static Stream<Long> seeds() {
        return LongStream.range(1, 13).boxed();
    }

    /** A random methodology over random data, from one seed. */
    private static final class Case {
        final SplittableRandom rnd;
        final List<String> indicators = new ArrayList<>();
        int nodes;

        Case(long seed) {
            rnd = new SplittableRandom(seed * 0x9e3779b97f4a7c15L);
        }

        MethodNode tree(int depth) {
            int k = 1 + rnd.nextInt(7);
            List<MethodNode> kids = new ArrayList<>();
            for (int c = 0; c < k; c++) {
                kids.add(depth > 0 && rnd.nextInt(3) == 0 ? tree(depth - 1) : leaf());
            }
            AggregationMethod m = AGGREGATIONS[rnd.nextInt(AGGREGATIONS.length)];
            Aggregation agg = m == AggregationMethod.GENERALISED_MEAN ? Aggregation.generalisedMean(1)
                    : Aggregation.of(m);
            MethodNode node = MethodNode.node("n" + nodes++, agg, kids).withWeight(weight())
                    .withMissing(new MissingData(rnd.nextInt(3) == 0 ? MissingPolicy.values()[rnd.nextInt(4)]
                            : MissingPolicy.EXCLUDE_AND_REWEIGHT, rnd.nextInt(3) * 0.4));
            return rnd.nextInt(5) == 0 ? node.withWeighting(Weighting.objective(WeightingMethod.ENTROPY))
                    : node.withWeighting(Weighting.explicit().withRenormalise(rnd.nextBoolean()));
        }

        private double weight() {
            return rnd.nextInt(8) == 0 ? 0 : rnd.nextDouble() * 3;
        }

        private MethodNode leaf() {
            String key = "i" + indicators.size();
            indicators.add(key);
            return MethodNode.leaf(key).withWeight(weight())
                    .withNormalisation(Normalisation.of(NORMALISERS[rnd.nextInt(NORMALISERS.length)]))
                    .withDirection(rnd.nextBoolean() ? Direction.THREAT : Direction.AS_MEASURED)
                    .withTreatment(rnd.nextInt(4) == 0 ? OutlierTreatment.winsorise(2) : OutlierTreatment.none());
        }

        /** Units past the size from which work is split, some columns with gaps, ties and outliers. */
        ScoringInput data() {
            // Chunks are whole blocks: sizes around block multiples are covered.
            int n = Parallel.UNITS_FROM + rnd.nextInt(3 * Engine.BLOCK);
            List<ScoringInput.Indicator> defs = new ArrayList<>();
            for (String key : indicators) {
                defs.add(new ScoringInput.Indicator(key, Scale.Continuous.of(-100, 100),
                        rnd.nextBoolean() ? Polarity.POSITIVE : Polarity.NEGATIVE));
            }
            double[][] rows = new double[n][indicators.size()];
            for (int i = 0; i < indicators.size(); i++) {
                double missing = rnd.nextInt(3) == 0 ? 0.05 : 0;
                boolean rounded = rnd.nextBoolean();
                for (int u = 0; u < n; u++) {
                    double x = rnd.nextDouble() < missing ? Double.NaN : rnd.nextGaussian() * 10;
                    rows[u][i] = rounded ? Math.rint(x) : x;
                }
                if (rnd.nextBoolean()) {
                    rows[rnd.nextInt(n)][i] = 95;
                }
            }
            return Fixtures.rows(defs, rows);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyThreadCount_givesTheSameResult(long seed) {
        Case c = new Case(seed);
        MethodNode root = c.tree(2);
        ScoringInput input = c.data();
        Scorer scorer = Scorer.of(Fixtures.methodology(root))
                .withTiePolicy(TiePolicy.values()[c.rnd.nextInt(TiePolicy.values().length)]);
        ScoringResult one = scorer.score(input);
        for (int threads : new int[] {2, 3}) {
            ScoringResult many = scorer.withParallelism(threads).score(input);
            for (String node : one.nodeKeys()) {
                NodeResult a = one.node(node);
                NodeResult b = many.node(node);
                assertThat(bits(b.unrounded())).as("%d threads, node %s: unrounded scores", threads, node)
                        .isEqualTo(bits(a.unrounded()));
                assertThat(b.ranks()).as("%d threads, node %s: ranks", threads, node).isEqualTo(a.ranks());
                List<UnitScore> sa = a.scores();
                List<UnitScore> sb = b.scores();
                for (int u = 0; u < input.unitCount(); u += 997) {
                    assertThat(sb.get(u)).as("node %s, unit %d", node, u).isEqualTo(sa.get(u));
                }
            }
            assertThat(many.warnings()).as("%d threads: warnings", threads).isEqualTo(one.warnings());
            assertThat(many.fingerprint()).isEqualTo(one.fingerprint());
            String unit = input.units().get(input.unitCount() / 2).key();
            Explanation x = many.explain(unit);
            Explanation y = one.explain(unit);
            assertThat(x.score()).isEqualTo(y.score());
            assertThat(x.contributions()).isEqualTo(y.contributions());
            assertThat(x.total()).isEqualTo(y.total());
        }
    }

    @Test
    void parallelismBelowOne_isRefused() {
        Scorer scorer = Scorer.of(Fixtures.methodology(MethodNode.node("root",
                Aggregation.of(AggregationMethod.ARITHMETIC_MEAN), List.of(MethodNode.leaf("a")))));
        assertThat(scorer.parallelism()).isEqualTo(1);
        assertThat(scorer.withParallelism(4).parallelism()).isEqualTo(4);
        assertThatThrownBy(() -> scorer.withParallelism(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }

    @Test
    void parallelism_survivesSerialisation() throws Exception {
        Scorer scorer = Scorer.of(Fixtures.methodology(MethodNode.node("root",
                Aggregation.of(AggregationMethod.ARITHMETIC_MEAN), List.of(MethodNode.leaf("a"))))).withParallelism(3);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(scorer);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Scorer back = (Scorer) in.readObject();
            assertThat(back.parallelism()).isEqualTo(3);
            assertThat(back.toString()).isEqualTo(scorer.toString()).contains("3 threads");
        }
    }

    private static long[] bits(double[] x) {
        return Arrays.stream(x).mapToLong(Double::doubleToRawLongBits).toArray();
    }
}
