package lat.ideal.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
import lat.ideal.model.method.Weighting;
import lat.ideal.model.method.WeightingMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link PreparedScoring.Reranker}, kept across many calls as a Monte Carlo analysis keeps it, gives every node's
 * ranks exactly as the full result of {@link PreparedScoring#aggregate(Overrides)} ranks them. Seeded random flat and
 * two-level methodologies cover all of its ways: the engine's fused mean called directly (an inner node of leaves,
 * unrounded basis, arithmetic or generalised mean with p = 1 and exclude-and-reweight; lazy and eager leaves,
 * missing cells, thresholds, zero weights), its own pass over kept columns without gaps (one to twelve, so every
 * grouping of four, two and one column) and the whole engine (rounded basis, imputation,
 * other aggregations, objective weights, several nodes), under weight and aggregation overrides.
 */
final class RerankerTest {
    private static final NormalisationMethod[] NORMALISERS = {NormalisationMethod.MIN_MAX, NormalisationMethod.IDENTITY,
        NormalisationMethod.Z_SCORE, NormalisationMethod.RANK};
    /** Garbage that every output cell must be overwritten with a rank. */
    private static final int DIRTY = -9;

    static Stream<Long> seeds() {
        return LongStream.range(1, 61).boxed();
    }

    /** A random methodology, its data and a run of overrides, from one seed. */
    private static final class Case {
        final SplittableRandom rnd;
        final List<String> indicators = new ArrayList<>();
        final List<String> inner = new ArrayList<>();
        final Scorer scorer;
        final ScoringInput input;

        Case(long seed, int units, boolean meanOfLeaves) {
            rnd = new SplittableRandom(seed * 0x9e3779b97f4a7c15L);
            MethodNode root = meanOfLeaves ? meanOfLeaves() : node(rnd.nextInt(3) == 0 ? 1 : 0);
            scorer = Scorer.of(Fixtures.methodology(root))
                    .withTiePolicy(TiePolicy.values()[rnd.nextInt(TiePolicy.values().length)])
                    .withRankBasis(!meanOfLeaves && rnd.nextInt(4) == 0 ? RankBasis.PUBLISHED : RankBasis.UNROUNDED);
            input = data(units);
        }

        /** A root that the fused mean computes: an arithmetic mean of leaves with exclude-and-reweight. */
        private MethodNode meanOfLeaves() {
            int k = 1 + rnd.nextInt(12);
            List<MethodNode> kids = new ArrayList<>();
            for (int c = 0; c < k; c++) {
                kids.add(leaf());
            }
            inner.add("root");
            return MethodNode.node("root", rnd.nextBoolean() ? Aggregation.of(AggregationMethod.ARITHMETIC_MEAN)
                    : Aggregation.generalisedMean(1), kids)
                    .withMissing(MissingData.excludeAndReweight().withThreshold(rnd.nextInt(3) * 0.4))
                    .withWeighting(Weighting.explicit().withRenormalise(rnd.nextBoolean()));
        }

        private MethodNode node(int depth) {
            int k = 1 + rnd.nextInt(rnd.nextBoolean() ? 6 : 12);
            List<MethodNode> kids = new ArrayList<>();
            for (int c = 0; c < k; c++) {
                kids.add(depth > 0 && rnd.nextBoolean() ? node(depth - 1) : leaf());
            }
            String key = "n" + inner.size();
            inner.add(key);
            MissingPolicy policy = rnd.nextInt(4) == 0 ? MissingPolicy.MEAN : MissingPolicy.EXCLUDE_AND_REWEIGHT;
            MethodNode node = MethodNode.node(key, aggregation(), kids).withWeight(1 + rnd.nextInt(3))
                    .withMissing(new MissingData(policy, rnd.nextInt(3) * 0.4));
            switch (rnd.nextInt(6)) {
                case 0:
                    return node.withWeighting(Weighting.objective(WeightingMethod.ENTROPY));
                case 1:
                    return node.withWeighting(Weighting.explicit().withRenormalise(false));
                default:
                    return node;
            }
        }

        private Aggregation aggregation() {
            switch (rnd.nextInt(6)) {
                case 0:
                    return Aggregation.generalisedMean(1);
                case 1:
                    return Aggregation.of(AggregationMethod.GEOMETRIC_MEAN);
                default:
                    return Aggregation.of(AggregationMethod.ARITHMETIC_MEAN);
            }
        }

        private MethodNode leaf() {
            String key = "i" + indicators.size();
            indicators.add(key);
            return MethodNode.leaf(key).withWeight(rnd.nextInt(5) == 0 ? 0 : 0.5 + rnd.nextInt(4))
                    .withNormalisation(Normalisation.of(NORMALISERS[rnd.nextInt(NORMALISERS.length)]))
                    .withDirection(rnd.nextBoolean() ? Direction.THREAT : Direction.AS_MEASURED);
        }

        /**
         * Values in whole and half steps (ties are common) or, in a third of the columns, continuous; every column
         * complete, or some complete and the others a fifth missing.
         */
        private ScoringInput data(int n) {
            List<ScoringInput.Unit> units = new ArrayList<>();
            for (int u = 0; u < n; u++) {
                units.add(ScoringInput.Unit.of(String.format(Locale.ROOT, "U%03d", u)));
            }
            List<ScoringInput.Indicator> defs = new ArrayList<>();
            for (String key : indicators) {
                defs.add(new ScoringInput.Indicator(key, Scale.Continuous.of(0, 10),
                        rnd.nextBoolean() ? Polarity.POSITIVE : Polarity.NEGATIVE));
            }
            double[] values = new double[n * indicators.size()];
            boolean[] gaps = new boolean[indicators.size()];
            boolean anyGaps = rnd.nextBoolean();
            for (int i = 0; i < gaps.length; i++) {
                gaps[i] = anyGaps && rnd.nextBoolean();
            }
            boolean[] continuous = new boolean[gaps.length];
            for (int i = 0; i < gaps.length; i++) {
                continuous[i] = rnd.nextInt(3) == 0;
            }
            for (int v = 0; v < values.length; v++) {
                int i = v % gaps.length;
                values[v] = gaps[i] && rnd.nextInt(5) == 0 ? Double.NaN
                        : continuous[i] ? rnd.nextDouble() * 10 : rnd.nextInt(21) / 2.0;
            }
            return ScoringInput.of(units, defs, values);
        }

        /** Noisy weights for some inner nodes (a zero now and then), another aggregation for one now and then. */
        Overrides overrides(PreparedScoring prepared) {
            Overrides o = Overrides.none();
            for (String key : inner) {
                if (rnd.nextInt(4) != 0) {
                    double[] w = new double[prepared.childKeys(key).size()];
                    for (int c = 0; c < w.length; c++) {
                        w[c] = rnd.nextInt(8) == 0 ? 0 : rnd.nextDouble() * 2;
                    }
                    o = o.withWeights(key, w);
                }
                if (rnd.nextInt(6) == 0) {
                    o = o.withAggregation(key, aggregation());
                }
            }
            return o;
        }

        /** One to three nodes, inner or leaf, repeats allowed. */
        List<String> nodes() {
            List<String> all = new ArrayList<>(inner);
            all.addAll(indicators);
            List<String> out = new ArrayList<>();
            out.add(inner.get(rnd.nextInt(inner.size())));
            for (int j = rnd.nextInt(3); j > 0; j--) {
                out.add(rnd.nextBoolean() ? out.get(0) : all.get(rnd.nextInt(all.size())));
            }
            return out;
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void keptReranker_ranksAsTheFullResult(long seed) {
        Case c = new Case(seed, 1 + (int) (seed % 7) * 40, seed % 3 == 0);
        PreparedScoring prepared = c.scorer.prepare(c.input);
        List<String> nodes = c.nodes();
        PreparedScoring.Reranker reranker = prepared.reranker(nodes);
        int n = c.input.unitCount();
        int[][] into = new int[nodes.size()][n + 2];
        for (int call = 0; call < 25; call++) {
            Overrides overrides = call == 0 ? Overrides.none() : c.overrides(prepared);
            for (int[] a : into) {
                Arrays.fill(a, DIRTY);
            }
            reranker.ranks(overrides, into);
            ScoringResult full = prepared.aggregate(overrides);
            for (int j = 0; j < nodes.size(); j++) {
                int[] expected = full.node(nodes.get(j)).ranks();
                assertThat(Arrays.copyOf(into[j], n)).as("call %d, %s, %s", call, nodes.get(j), overrides)
                        .isEqualTo(expected);
                assertThat(into[j][n]).as("cells past the units").isEqualTo(DIRTY);
            }
            assertThat(prepared.ranks(nodes, overrides)).as("call %d: one-off ranks", call)
                    .isDeepEqualTo(reranker.ranks(overrides));
        }
    }

    /**
     * Where the reranker computes a node's mean itself, the ranking key is the engine's, bit for bit (ranks alone
     * would hide a sum added in another order): on means of one to twelve leaves with and without gaps, thresholds,
     * zero weights, with and without renormalising, every tie policy.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void ownMean_givesTheEnginesKeyBitForBit(long seed) {
        Case c = new Case(seed, 1 + (int) (seed % 5) * 60, true);
        PreparedScoring prepared = c.scorer.prepare(c.input);
        String root = c.inner.get(c.inner.size() - 1);
        PreparedScoring.Reranker reranker = prepared.reranker(List.of(root));
        int node = prepared.plan().index(root);
        for (int call = 0; call < 10; call++) {
            Overrides overrides = call == 0 ? Overrides.none() : c.overrides(prepared);
            double[] key = reranker.flatKey(overrides);
            if (key == null) {
                continue;
            }
            double[] expected = ScoringResult.basis(prepared, Engine.run(prepared, overrides, node), node);
            for (int u = 0; u < expected.length; u++) {
                assertThat(Double.doubleToRawLongBits(key[u])).as("call %d, unit %d: %s vs %s", call, u, key[u],
                        expected[u]).isEqualTo(Double.doubleToRawLongBits(expected[u]));
            }
        }
    }

    /**
     * Past 2^20 leaf cells the leaves stay lazy (normalised as they are read); the fused mean then reads them as the
     * engine does, through their maps.
     */
    @Test
    void lazyLeavesOfALargeInput_rankAsTheFullResult() {
        int n = 350_003;
        List<ScoringInput.Unit> units = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            units.add(ScoringInput.Unit.of("U" + u));
        }
        List<ScoringInput.Indicator> defs = new ArrayList<>();
        List<MethodNode> leaves = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            defs.add(new ScoringInput.Indicator("i" + i, Scale.Continuous.of(0, 100), i == 1 ? Polarity.NEGATIVE
                    : Polarity.POSITIVE));
            leaves.add(MethodNode.leaf("i" + i).withNormalisation(Normalisation.minMax(0, 1)));
        }
        SplittableRandom rnd = new SplittableRandom(20_240_601);
        double[] values = new double[3 * n];
        for (int v = 0; v < values.length; v++) {
            values[v] = v % 3 == 2 && rnd.nextInt(50) == 0 ? Double.NaN : rnd.nextInt(1001) / 10.0;
        }
        PreparedScoring prepared = Scorer.of(Fixtures.methodology(MethodNode.node("root",
                Aggregation.of(AggregationMethod.ARITHMETIC_MEAN), leaves))).prepare(ScoringInput.of(units, defs,
                values));
        PreparedScoring.Reranker reranker = prepared.reranker(List.of("root"));
        for (int call = 0; call < 2; call++) {
            Overrides o = Overrides.none().withWeights("root", 1 + rnd.nextDouble(), rnd.nextDouble(), 2);
            assertThat(reranker.ranks(o)[0]).as("call %d", call).isEqualTo(prepared.aggregate(o).node("root")
                    .ranks());
        }
    }

    @Test
    void tooFewOrTooShortArrays_areRefused() {
        Case c = new Case(7, 5, false);
        PreparedScoring prepared = c.scorer.prepare(c.input);
        PreparedScoring.Reranker reranker = prepared.reranker(List.of(c.inner.get(0), c.inner.get(0)));
        assertThatThrownBy(() -> reranker.ranks(Overrides.none(), new int[1][5]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 arrays for the ranks of 2 nodes");
        assertThatThrownBy(() -> reranker.ranks(Overrides.none(), new int[][] {new int[5], new int[4]}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("an array of 4 for the ranks of 5");
        assertThatThrownBy(() -> prepared.reranker(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no node");
    }
}
