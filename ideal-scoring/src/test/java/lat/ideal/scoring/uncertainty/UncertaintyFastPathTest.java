package lat.ideal.scoring.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import lat.ideal.model.Polarity;
import lat.ideal.model.Scale;
import lat.ideal.model.TargetKind;
import lat.ideal.model.method.Aggregation;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Methodology;
import lat.ideal.model.method.MissingData;
import lat.ideal.model.method.MissingPolicy;
import lat.ideal.model.method.Normalisation;
import lat.ideal.model.method.NormalisationMethod;
import lat.ideal.scoring.RankBasis;
import lat.ideal.scoring.Scorer;
import lat.ideal.scoring.ScoringInput;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.TiePolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The analysis ranks each sample through the prepared scoring's primitive path and summarises ranks by counting or
 * by sorting; on seeded random methodologies (flat and two-level, several aggregations and normalisers, missing
 * cells, many ties, every tie policy and rank basis) and random factor sets, its result equals, distribution by
 * distribution and bit for bit, a reference built the general way: each sample drawn as the analysis draws it, scored
 * to a full {@link ScoringResult}, and each unit's ranks summarised by {@link RankDistribution#of}. Odd seeds take
 * fewer samples than units (ranks kept and sorted), even seeds many more (ranks counted), on one and on two threads.
 */
final class UncertaintyFastPathTest {
    private static final AggregationMethod[] AGGREGATIONS = {AggregationMethod.ARITHMETIC_MEAN,
        AggregationMethod.GEOMETRIC_MEAN, AggregationMethod.WEIGHTED_SUM, AggregationMethod.MINIMUM,
        AggregationMethod.MAXIMUM};
    private static final NormalisationMethod[] NORMALISERS = {NormalisationMethod.MIN_MAX,
        NormalisationMethod.Z_SCORE, NormalisationMethod.RANK};

    static Stream<Long> seeds() {
        return LongStream.range(1, 61).boxed();
    }

    /** A random methodology, its data and an uncertainty specification, all from one seed. */
    private static final class Case {
        final SplittableRandom rnd;
        final List<String> indicators = new ArrayList<>();
        final Scorer scorer;
        final ScoringInput input;
        final UncertaintySpec spec;
        private int nodes;

        Case(long seed) {
            rnd = new SplittableRandom(seed * 0x9e3779b97f4a7c15L);
            MethodNode root = node(rnd.nextBoolean() ? 1 : 0);
            scorer = Scorer.of(Methodology.of("random-" + seed, TargetKind.COUNTRY, root))
                    .withTiePolicy(TiePolicy.values()[rnd.nextInt(TiePolicy.values().length)])
                    .withRankBasis(RankBasis.values()[rnd.nextInt(RankBasis.values().length)]);
            int units = 3 + rnd.nextInt(10);
            input = data(units);
            int samples = seed % 2 == 1 ? 1 + rnd.nextInt(units) : 2 * (units + 1) + rnd.nextInt(60);
            spec = new UncertaintySpec(samples, rnd.nextLong(), 1 + rnd.nextInt(units), factors(), List.of());
        }

        private MethodNode node(int depth) {
            int k = 2 + rnd.nextInt(3);
            List<MethodNode> kids = new ArrayList<>();
            for (int c = 0; c < k; c++) {
                kids.add(depth > 0 ? node(depth - 1) : leaf());
            }
            return MethodNode.node("n" + nodes++, Aggregation.of(AGGREGATIONS[rnd.nextInt(AGGREGATIONS.length)]),
                    kids).withWeight(0.5 + rnd.nextInt(4))
                    .withMissing(new MissingData(MissingPolicy.values()[rnd.nextInt(MissingPolicy.values().length)],
                            rnd.nextInt(3) * 0.3));
        }

        private MethodNode leaf() {
            String key = "i" + indicators.size();
            indicators.add(key);
            return MethodNode.leaf(key).withWeight(rnd.nextInt(4) == 0 ? 0 : 0.5 + rnd.nextInt(4))
                    .withNormalisation(Normalisation.of(NORMALISERS[rnd.nextInt(NORMALISERS.length)]));
        }

        /** Values on 0..5 in whole steps (so ties are common), a fifth of them missing. */
        private ScoringInput data(int n) {
            List<ScoringInput.Unit> units = new ArrayList<>();
            for (int u = 0; u < n; u++) {
                units.add(ScoringInput.Unit.of(String.format(Locale.ROOT, "U%02d", u)));
            }
            List<ScoringInput.Indicator> defs = new ArrayList<>();
            for (String key : indicators) {
                defs.add(new ScoringInput.Indicator(key, Scale.Continuous.of(0, 5), Polarity.POSITIVE));
            }
            double[] values = new double[n * indicators.size()];
            for (int v = 0; v < values.length; v++) {
                values[v] = rnd.nextInt(5) == 0 ? Double.NaN : rnd.nextInt(6);
            }
            return ScoringInput.of(units, defs, values);
        }

        /** Weight noise always (uniform or Dirichlet), each other pipeline factor with even odds, shuffled. */
        private List<UncertainFactor> factors() {
            List<UncertainFactor> out = new ArrayList<>();
            out.add(rnd.nextBoolean() ? UncertainFactor.uniformWeights(rnd.nextInt(5) * 0.25)
                    : UncertainFactor.dirichletWeights(1 + rnd.nextInt(20)));
            if (rnd.nextBoolean()) {
                out.add(UncertainFactor.normalisers(List.of(Normalisation.minMax(0, 1),
                        Normalisation.of(NormalisationMethod.RANK))));
            }
            if (rnd.nextBoolean()) {
                out.add(UncertainFactor.aggregators(List.of(Aggregation.of(AggregationMethod.ARITHMETIC_MEAN),
                        Aggregation.of(AggregationMethod.MINIMUM))));
            }
            if (rnd.nextBoolean()) {
                out.add(UncertainFactor.imputations(List.of(MissingData.excludeAndReweight(),
                        new MissingData(MissingPolicy.MEAN, 0))));
            }
            if (rnd.nextBoolean()) {
                out.add(UncertainFactor.leaveOneOut());
            }
            for (int i = out.size() - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                out.set(i, out.set(j, out.get(i)));
            }
            return out;
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void primitivePath_equalsFullResultsSummarisedSampleBySample(long seed) {
        Case c = new Case(seed);
        assertThat(UncertaintyAnalysis.check(c.scorer, c.input, c.spec).errors()).isEmpty();
        int units = c.input.unitCount();
        assertThat(UncertaintyAnalysis.counting(units, c.spec.samples(), 2)).as("counts ranks")
                .isEqualTo(seed % 2 == 0);
        List<List<RankDistribution>> expected = reference(c.scorer, c.input, c.spec);
        for (int threads = 1; threads <= 2; threads++) {
            UncertaintyResult r = UncertaintyAnalysis.run(c.scorer, c.input, c.spec,
                    SampleRunner.withDefaults().withParallelism(threads));
            assertThat(r.nodes()).isEqualTo(Pipeline.reportNodes(c.scorer.methodology(), List.of()));
            for (int j = 0; j < r.nodes().size(); j++) {
                assertThat(r.distributions(r.nodes().get(j))).as("%s on %d thread(s)", r.nodes().get(j), threads)
                        .isEqualTo(expected.get(j));
            }
        }
    }

    /** The analysis the general way: per sample a full result, per unit the ranks of every sample in order. */
    private static List<List<RankDistribution>> reference(Scorer scorer, ScoringInput input, UncertaintySpec spec) {
        Pipeline pipeline = new Pipeline(scorer, null, input, spec.factors());
        List<String> nodes = Pipeline.reportNodes(scorer.methodology(), spec.nodes());
        ScoringResult nominal = pipeline.nominal();
        int[][][] ranks = new int[nodes.size()][spec.samples()][];
        for (int i = 0; i < spec.samples(); i++) {
            SplittableRandom random = new SplittableRandom(SampleRunner.sampleSeed(spec.seed(), i));
            Pipeline.Draw draw = new Pipeline.Draw();
            for (UncertainFactor f : spec.factors()) {
                if (f instanceof UncertainFactor.WeightNoise) {
                    draw.weightNoise = new SplittableRandom(random.nextLong());
                } else {
                    Pipeline.choose(draw, f, random.nextInt(pipeline.options(f)));
                }
            }
            ScoringResult result = pipeline.score(draw);
            for (int j = 0; j < nodes.size(); j++) {
                ranks[j][i] = result.node(nodes.get(j)).ranks();
            }
        }
        List<List<RankDistribution>> out = new ArrayList<>();
        for (int j = 0; j < nodes.size(); j++) {
            int[] nominalRanks = nominal.node(nodes.get(j)).ranks();
            List<RankDistribution> node = new ArrayList<>();
            for (int u = 0; u < input.unitCount(); u++) {
                int[] column = new int[spec.samples()];
                for (int i = 0; i < column.length; i++) {
                    column[i] = ranks[j][i][u];
                }
                node.add(RankDistribution.of(nominalRanks[u], column, spec.topK()));
            }
            out.add(node);
        }
        return out;
    }
}
