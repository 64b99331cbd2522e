package lat.ideal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import lat.ideal.model.Polarity;
import lat.ideal.model.Scale;
import lat.ideal.model.method.Aggregation;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.Banding;
import lat.ideal.model.method.Direction;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.MissingData;
import lat.ideal.model.method.MissingPolicy;
import lat.ideal.model.method.Normalisation;
import lat.ideal.model.method.NormalisationMethod;
import lat.ideal.model.method.OutlierTreatment;
import lat.ideal.model.method.Weighting;
import lat.ideal.model.method.WeightingMethod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random methodologies (every aggregation, normaliser, weighting and missing-data policy, zero weights,
 * thresholds) over random data (missing cells, negative values, constant columns): scoring never throws, and every
 * unit at every node either has a finite score with a published value and a rank, or has no number at all.
 */
final class RandomMethodologyTest {
    private static final AggregationMethod[] AGGREGATIONS = {AggregationMethod.ARITHMETIC_MEAN,
        AggregationMethod.GEOMETRIC_MEAN, AggregationMethod.HARMONIC_MEAN, AggregationMethod.GENERALISED_MEAN,
        AggregationMethod.WEIGHTED_SUM, AggregationMethod.MINIMUM, AggregationMethod.MAXIMUM, AggregationMethod.COPELAND,
        AggregationMethod.TOPSIS, AggregationMethod.PRODUCT};

    static Stream<Long> seeds() {
        return LongStream.range(1, 41).map(s -> s * 15485863).boxed();
    }

    private static final class Generator {
        final SplittableRandom rnd;
        final List<String> indicators = new ArrayList<>();
        int nodes;

        Generator(long seed) {
            rnd = new SplittableRandom(seed);
        }

        MethodNode tree(int depth) {
            int k = 1 + rnd.nextInt(4);
            List<MethodNode> kids = new ArrayList<>();
            for (int c = 0; c < k; c++) {
                kids.add(depth > 0 && rnd.nextInt(3) == 0 ? tree(depth - 1) : leaf());
            }
            AggregationMethod m = AGGREGATIONS[rnd.nextInt(AGGREGATIONS.length)];
            Aggregation agg = m == AggregationMethod.GENERALISED_MEAN
                    ? Aggregation.generalisedMean(rnd.nextInt(5) - 2) : Aggregation.of(m);
            MethodNode node = MethodNode.node("n" + nodes++, agg, kids).withWeight(weight())
                    .withMissing(new MissingData(MissingPolicy.values()[rnd.nextInt(4)], rnd.nextInt(3) * 0.4))
                    .withBanding(rnd.nextBoolean() ? Banding.quartiles() : Banding.none());
            List<String> keys = kids.stream().map(MethodNode::key).toList();
            switch (rnd.nextInt(7)) {
                case 0:
                    return node.withWeighting(Weighting.explicit().withRenormalise(rnd.nextBoolean()));
                case 1:
                    return node.withWeighting(Weighting.rankOrder(WeightingMethod.RANK_ORDER_CENTROID, keys));
                case 2:
                    return node.withWeighting(Weighting.objective(WeightingMethod.ENTROPY));
                case 3:
                    return node.withWeighting(Weighting.objective(WeightingMethod.CRITIC));
                case 4:
                    return node.withWeighting(Weighting.budget(List.of(Map.of(keys.get(0), 10.0))));
                default:
                    return node;
            }
        }

        private double weight() {
            return rnd.nextInt(5) == 0 ? 0 : rnd.nextDouble() * 3;
        }

        private MethodNode leaf() {
            String key = "i" + indicators.size();
            indicators.add(key);
            NormalisationMethod nm = NormalisationMethod.values()[rnd.nextInt(NormalisationMethod.values().length)];
            Normalisation norm = nm == NormalisationMethod.DISTANCE_TO_REFERENCE ? Normalisation.distanceToReference("U1")
                    : nm == NormalisationMethod.DISTANCE_TO_TARGET ? Normalisation.distanceToTarget(5)
                    : Normalisation.of(nm);
            return MethodNode.leaf(key).withNormalisation(norm).withWeight(weight())
                    .withDirection(rnd.nextBoolean() ? Direction.THREAT : Direction.AS_MEASURED)
                    .withTreatment(rnd.nextInt(4) == 0 ? OutlierTreatment.winsorise(2) : OutlierTreatment.none());
        }

        ScoringInput data() {
            int n = rnd.nextInt(12);
            List<ScoringInput.Indicator> defs = new ArrayList<>();
            for (String key : indicators) {
                defs.add(new ScoringInput.Indicator(key, Scale.Continuous.of(-10, 10),
                        rnd.nextBoolean() ? Polarity.POSITIVE : Polarity.NEGATIVE));
            }
            double[][] rows = new double[n][indicators.size()];
            for (int i = 0; i < indicators.size(); i++) {
                boolean constant = rnd.nextInt(6) == 0;
                double c = rnd.nextInt(21) - 10;
                for (int u = 0; u < n; u++) {
                    rows[u][i] = rnd.nextInt(5) == 0 ? Double.NaN : constant ? c : rnd.nextInt(41) / 2.0 - 10;
                }
            }
            return Fixtures.rows(defs, rows);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void scoresAreNumbersOrAbsentNeverNaN(long seed) {
        Generator g = new Generator(seed);
        MethodNode root = g.tree(2);
        ScoringInput input = g.data();
        ScoringResult r = Fixtures.score(root, input);
        for (String node : r.nodeKeys()) {
            for (UnitScore s : r.node(node).scores()) {
                if (s.hasScore()) {
                    assertThat(s.unrounded().orElseThrow()).isFinite();
                    assertThat(s.published()).isPresent();
                    assertThat(s.rank()).isPresent();
                } else {
                    assertThat(s.unrounded()).isEmpty();
                    assertThat(s.published()).isEmpty();
                    assertThat(s.rank()).isEmpty();
                    assertThat(s.band()).isEmpty();
                }
                assertThat(s.coverage()).isBetween(0.0, 1.0);
            }
            assertThat(r.effectiveWeights(node).values()).allMatch(w -> w >= 0 && Double.isFinite(w));
        }
        for (ScoringInput.Unit unit : r.units()) {
            Explanation e = r.explain(unit.key());
            assertThat(e.contributions()).allMatch(c -> Double.isFinite(c.weight())
                    && (c.contribution().isEmpty() || Double.isFinite(c.contribution().getAsDouble())));
        }
        assertThat(r.fingerprint()).hasSize(64);
        assertThat(r.toString()).isNotBlank();
    }
}
