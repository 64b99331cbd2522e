package lat.ideal.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import lat.ideal.model.method.Aggregation;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Normalisation;
import lat.ideal.model.method.Weighting;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded property tests: random data and weights from a seed shown in the test name, so any failure replays.
 * Methodology: root = weighted arithmetic mean of two pillars, each a weighted arithmetic mean of min-max leaves;
 * some cells missing (exclude-and-reweight).
 */
final class PropertyTest {
    private static final double TOLERANCE = 1e-12;
    private static final int LEAVES = 6;

    static Stream<Long> seeds() {
        return LongStream.range(1, 13).map(s -> s * 7919).boxed();
    }

    private static final class Case {
        final MethodNode root;
        final ScoringInput input;
        final double[][] rows;
        final List<String> keys = new ArrayList<>();

        Case(long seed) {
            SplittableRandom rnd = new SplittableRandom(seed);
            int n = 5 + rnd.nextInt(40);
            List<MethodNode> p1 = new ArrayList<>();
            List<MethodNode> p2 = new ArrayList<>();
            for (int i = 0; i < LEAVES; i++) {
                keys.add("i" + i);
                MethodNode leaf = MethodNode.leaf("i" + i).withNormalisation(Normalisation.minMax(0, 1))
                        .withWeight(0.1 + rnd.nextDouble());
                (i < LEAVES / 2 ? p1 : p2).add(leaf);
            }
            MethodNode a = MethodNode.node("a", Aggregation.of(AggregationMethod.ARITHMETIC_MEAN), p1)
                    .withWeighting(Weighting.explicit()).withWeight(0.1 + rnd.nextDouble());
            MethodNode b = MethodNode.node("b", Aggregation.of(AggregationMethod.ARITHMETIC_MEAN), p2)
                    .withWeighting(Weighting.explicit()).withWeight(0.1 + rnd.nextDouble());
            root = MethodNode.node("root", Aggregation.of(AggregationMethod.ARITHMETIC_MEAN), List.of(a, b))
                    .withWeighting(Weighting.explicit()).withRounding(lat.ideal.model.method.Rounding.halfUp(6));
            rows = new double[n][LEAVES];
            for (int u = 0; u < n; u++) {
                for (int i = 0; i < LEAVES; i++) {
                    rows[u][i] = rnd.nextDouble() < 0.1 ? Double.NaN : Math.round(rnd.nextDouble() * 1000) / 100.0;
                }
            }
            input = Fixtures.rows(keys, rows);
        }

        ScoringResult score() {
            return Fixtures.score(root, input);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void scoresStayWithinTheNormalisedRange(long seed) {
        ScoringResult r = new Case(seed).score();
        for (String node : List.of("root", "a", "b")) {
            for (double s : r.node(node).unrounded()) {
                if (s == s) {
                    assertThat(s).isBetween(0.0, 1.0);
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void raisingAPositiveIndicatorNeverLowersTheScore(long seed) {
        Case c = new Case(seed);
        SplittableRandom rnd = new SplittableRandom(seed + 1);
        int u = rnd.nextInt(c.rows.length);
        int i = rnd.nextInt(LEAVES);
        if (c.rows[u][i] != c.rows[u][i]) {
            c.rows[u][i] = 0;
        }
        ScoringResult before = Fixtures.score(c.root, Fixtures.rows(c.keys, c.rows));
        double[][] raised = new double[c.rows.length][];
        for (int k = 0; k < raised.length; k++) {
            raised[k] = c.rows[k].clone();
        }
        raised[u][i] += 0.5 + rnd.nextDouble() * 5;
        ScoringResult after = Fixtures.score(c.root, Fixtures.rows(c.keys, raised));
        assertThat(after.node("root").unrounded()[u]).isGreaterThanOrEqualTo(before.node("root").unrounded()[u]);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void permutingUnitsChangesNothingPerUnit(long seed) {
        Case c = new Case(seed);
        int n = c.rows.length;
        SplittableRandom rnd = new SplittableRandom(seed + 2);
        int[] perm = new int[n];
        for (int k = 0; k < n; k++) {
            perm[k] = k;
        }
        for (int k = n - 1; k > 0; k--) {
            int j = rnd.nextInt(k + 1);
            int t = perm[k];
            perm[k] = perm[j];
            perm[j] = t;
        }
        double[][] shuffled = new double[n][];
        String[] keys = new String[n];
        for (int k = 0; k < n; k++) {
            shuffled[k] = c.rows[perm[k]];
            keys[k] = "U" + (perm[k] + 1);
        }
        List<ScoringInput.Indicator> defs = c.input.indicators();
        ScoringResult a = c.score();
        ScoringResult b = Fixtures.score(c.root, Fixtures.rows(defs, shuffled, keys));
        for (int k = 0; k < n; k++) {
            UnitScore x = a.node("root").score("U" + (k + 1));
            UnitScore y = b.node("root").score("U" + (k + 1));
            assertThat(y.unrounded()).isEqualTo(x.unrounded());
            assertThat(y.rank()).isEqualTo(x.rank());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void scalingAllWeightsKeepsTheRanks(long seed) {
        Case c = new Case(seed);
        double factor = 0.01 + new SplittableRandom(seed + 3).nextDouble() * 100;
        MethodNode scaled = scale(c.root, factor);
        ScoringResult a = c.score();
        ScoringResult b = Fixtures.score(scaled, c.input);
        assertThat(b.node("root").ranks()).containsExactly(a.node("root").ranks());
    }

    private static MethodNode scale(MethodNode node, double factor) {
        List<MethodNode> kids = new ArrayList<>();
        for (MethodNode k : node.children()) {
            kids.add(scale(k, factor));
        }
        MethodNode n = node.withWeight(node.weight() * factor);
        return kids.isEmpty() ? n : n.withChildren(kids);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void contributionsAddUpToTheScore(long seed) {
        ScoringResult r = new Case(seed).score();
        for (ScoringInput.Unit unit : r.units()) {
            Explanation e = r.explain(unit.key());
            if (e.score().hasScore()) {
                assertThat(e.kind()).isEqualTo(Explanation.Kind.LINEAR);
                assertThat(e.total().orElseThrow()).isCloseTo(e.score().unrounded().orElseThrow(), within(TOLERANCE));
                double weights = e.contributions().stream().mapToDouble(Contribution::weight).sum();
                assertThat(weights).isCloseTo(1, within(TOLERANCE));
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void identicalInputsGiveBitIdenticalResults(long seed) throws Exception {
        Case c = new Case(seed);
        Scorer scorer = Scorer.of(Fixtures.methodology(c.root));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ScoringResult>> runs = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                runs.add(pool.submit(() -> scorer.score(c.input)));
            }
            ScoringResult first = runs.get(0).get();
            for (Future<ScoringResult> f : runs) {
                ScoringResult other = f.get();
                for (String node : List.of("root", "a", "b")) {
                    double[] x = first.node(node).unrounded();
                    double[] y = other.node(node).unrounded();
                    for (int u = 0; u < x.length; u++) {
                        assertThat(Double.doubleToRawLongBits(y[u])).isEqualTo(Double.doubleToRawLongBits(x[u]));
                    }
                }
                assertThat(other.fingerprint()).isEqualTo(first.fingerprint());
                assertThat(other.effectiveWeights("root")).isEqualTo(first.effectiveWeights("root"));
            }
        } finally {
            pool.shutdown();
        }
        assertThat(scorer.score(c.input).fingerprint()).isEqualTo(c.score().fingerprint());
    }
}
