package lat.ideal.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import lat.ideal.model.Polarity;
import lat.ideal.model.Scale;
import lat.ideal.model.method.Aggregation;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.Direction;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.MissingPolicy;
import lat.ideal.model.method.Normalisation;
import lat.ideal.model.method.NormalisationMethod;
import lat.ideal.model.method.Weighting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Passes that work through units column by column (TOPSIS distances), with lazily normalised leaves, and shared moment
 * computations (outlier treatment, imputation) give bit for bit what the plain definitions give, on seeded inputs.
 */
final class BlockedPassesTest {
    /** Moments from reordered sums of 40 values of order 1 to 20 differ from the sequential ones in rounding only. */
    private static final double MOMENT_TOLERANCE = 1e-12;

    /**
     * TOPSIS over 3,001 units with a cost criterion, as defined: with missing cells (seeds 1 to 3, the masked pass)
     * and without (seeds 7 and 8, the dense pass). The sum of squares of a column is defined as four interleaved
     * partial sums (cell u into sum u mod 4) added as (s0 + s1) + (s2 + s3).
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 7, 8})
    void topsis_equalsItsDefinition(long seed) {
        int n = 3_001;
        boolean gaps = seed < 7;
        int k = 4;
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[k][n];
        List<ScoringInput.Indicator> indicators = new ArrayList<>();
        List<MethodNode> leaves = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            for (int u = 0; u < n; u++) {
                x[c][u] = gaps && random.nextInt(20) == 0 ? Double.NaN : 1 + 9 * random.nextDouble();
            }
            indicators.add(new ScoringInput.Indicator("i" + c, Scale.Continuous.of(0, 10),
                    c == 3 ? Polarity.NEGATIVE : Polarity.POSITIVE));
            leaves.add(MethodNode.leaf("i" + c).withDirection(Direction.AS_MEASURED));
        }
        double[][] rows = new double[n][k];
        for (int u = 0; u < n; u++) {
            for (int c = 0; c < k; c++) {
                rows[u][c] = x[c][u];
            }
        }
        MethodNode root = MethodNode.node("root", Aggregation.of(AggregationMethod.TOPSIS), leaves);
        double[] got = Fixtures.scores(Fixtures.score(root, Fixtures.rows(indicators, rows)), "root");

        boolean[] cost = {false, false, false, true};
        double[] expected = definedTopsis(x, new double[] {1, 1, 1, 1}, cost, n);
        for (int u = 0; u < n; u++) {
            assertThat(got[u]).as("unit %d", u).isEqualTo(expected[u]);
        }
    }

    /**
     * TOPSIS over min-max leaves in the threat direction (the negative indicator reflected) and over z-scores, with
     * and without missing cells, equals TOPSIS defined over the leaves' normalised values as the prepared scoring
     * reports them: the range known from preparation (images of the raw extremes) is the range a scan would find.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14})
    void topsisOverNormalisedLeaves_equalsItsDefinition(long seed) {
        int k = 4;
        double[][] rows = seededRows(2_051, k, seed, -5);
        List<ScoringInput.Indicator> indicators = new ArrayList<>();
        List<MethodNode> leaves = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            indicators.add(new ScoringInput.Indicator("i" + c, Scale.Continuous.of(-5, 15),
                    c == 3 ? Polarity.NEGATIVE : Polarity.POSITIVE));
            leaves.add(MethodNode.leaf("i" + c).withWeight(1 + c).withNormalisation(
                    c == 2 ? Normalisation.of(NormalisationMethod.Z_SCORE) : Normalisation.minMax(0, 1)));
        }
        assertTopsisOverLeafValues(leaves, Fixtures.rows(indicators, rows), new boolean[k]);
    }

    /**
     * TOPSIS over identity leaves, which preparation reads once for their range and their sum of squares together:
     * in the threat direction (positive indicators kept, the negative one reflected, which TOPSIS must then square
     * itself) and as measured (the negative one a cost criterion), with missing cells (seeds 22 and 24, where no leaf
     * has its squares from preparation) and without, equals TOPSIS defined over the leaves' values. The leaves that
     * give TOPSIS their input as it is, and only those, have their squares from preparation when complete.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22, 23, 24})
    void topsisOverIdentityLeaves_equalsItsDefinition(long seed) {
        int k = 4;
        boolean gaps = seed % 2 == 0;
        double[][] rows = seededRows(2_053, k, seed, 0);
        // Leaf c: positive in the threat direction, positive as measured, negative in the threat direction
        // (reflected), negative as measured (a cost criterion).
        boolean[] negative = {false, false, true, true};
        boolean[] asMeasured = {false, true, false, true};
        List<ScoringInput.Indicator> indicators = new ArrayList<>();
        List<MethodNode> leaves = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            indicators.add(new ScoringInput.Indicator("i" + c, Scale.Continuous.of(0, 20),
                    negative[c] ? Polarity.NEGATIVE : Polarity.POSITIVE));
            MethodNode leaf = MethodNode.leaf("i" + c).withWeight(1 + c).withNormalisation(Normalisation.identity());
            leaves.add(asMeasured[c] ? leaf.withDirection(Direction.AS_MEASURED) : leaf);
        }
        PreparedScoring prepared = assertTopsisOverLeafValues(leaves, Fixtures.rows(indicators, rows),
                new boolean[] {false, false, false, true});
        for (int c = 0; c < k; c++) {
            LeafColumn leaf = prepared.leaf(prepared.plan().index("i" + c));
            assertThat(leaf.hasSquares).as("leaf %d has its squares from preparation", c)
                    .isEqualTo(!gaps && c != 2);
        }
    }

    /**
     * TOPSIS over leaves too many to be normalised at preparation (more than 2^20 leaf cells), which it normalises as
     * it reads them: min-max kept and reflected, goalposts (clamped), identity kept, reflected and as measured (a cost
     * criterion); without missing cells (seed 31, the unmasked pass) and with (seed 32), equals TOPSIS defined over
     * the leaves' values.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {31, 32})
    void topsisOverLazyLeaves_equalsItsDefinition(long seed) {
        int n = 180_001;
        Normalisation[] normalisation = {Normalisation.minMax(0, 1), Normalisation.minMax(0, 1),
            Normalisation.goalposts(2, 18), Normalisation.identity(), Normalisation.identity(), Normalisation.identity()};
        boolean[] negative = {false, true, false, false, true, true};
        boolean[] asMeasured = {false, false, false, false, false, true};
        int k = normalisation.length;
        assertThat((long) n * k).isGreaterThan(1L << 20);
        double[][] rows = seededRows(n, k, seed, 0);
        List<ScoringInput.Indicator> indicators = new ArrayList<>();
        List<MethodNode> leaves = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            indicators.add(new ScoringInput.Indicator("i" + c, Scale.Continuous.of(0, 20),
                    negative[c] ? Polarity.NEGATIVE : Polarity.POSITIVE));
            MethodNode leaf = MethodNode.leaf("i" + c).withWeight(1 + c).withNormalisation(normalisation[c]);
            leaves.add(asMeasured[c] ? leaf.withDirection(Direction.AS_MEASURED) : leaf);
        }
        boolean[] cost = new boolean[k];
        cost[k - 1] = true;
        PreparedScoring prepared = assertTopsisOverLeafValues(leaves, Fixtures.rows(indicators, rows), cost);
        int[] kinds = {LeafColumn.AFFINE, LeafColumn.AFFINE, LeafColumn.AFFINE, LeafColumn.LINEAR, LeafColumn.LINEAR,
            LeafColumn.LINEAR};
        int[] orientations = {LeafColumn.KEEP, LeafColumn.REFLECT, LeafColumn.KEEP, LeafColumn.KEEP, LeafColumn.REFLECT,
            LeafColumn.KEEP};
        for (int c = 0; c < k; c++) {
            LeafColumn leaf = prepared.leaf(prepared.plan().index("i" + c));
            assertThat(leaf.kind).as("leaf %d", c).isEqualTo(kinds[c]);
            assertThat(leaf.orientation).as("leaf %d", c).isEqualTo(orientations[c]);
        }
        assertThat(prepared.leaf(prepared.plan().index("i2")).clamp).isTrue();
    }

    /**
     * The weighted arithmetic mean over 16 leaves of every kind its loops take, as defined: per unit, the sum over the
     * children with a value and a weight other than 0, in order from 0.0, divided by the sum of their weights in the
     * same order; bit for bit. Over more than 2^20 leaf cells, so that the leaves are normalised as they are read.
     * Without missing cells (seed 41) the children read in one loop are: min-max, reflected min-max and identity
     * (three, in the affine form); the z-scored leaf (held as values, with missing cells: per-unit sums begin);
     * three identity leaves (three, as values); min-max and reflected min-max (two, affine) before a clamped goalposts
     * leaf and a reflected identity leaf, each read alone; two identity leaves (two, as values) before a leaf of
     * weight 0; min-max alone before a reflected identity leaf. With missing cells in leaves 0 and 5 (seed 42) the
     * groups are leaves 1 and 2, 6 to 8 (values and affine leaves in one affine loop), and 11 and 12. The identity
     * leaves draw 0.0 and -0.0 often. Every min-max leaf here maps to [0, 1], so the affine loops take their short
     * form ({@link #weightedMeanOverScaledMinMax_equalsItsDefinition} takes the full one too).
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {41, 42})
    void weightedMeanOverEveryLeafKind_equalsItsDefinition(long seed) {
        Normalisation minMax = Normalisation.minMax(0, 1);
        Normalisation identity = Normalisation.identity();
        Normalisation[] normalisation = {minMax, minMax, identity, Normalisation.of(NormalisationMethod.Z_SCORE),
            identity, identity, identity, minMax, minMax, Normalisation.goalposts(2, 18), identity, identity,
            identity, minMax, minMax, identity};
        boolean[] negative = {false, true, false, false, false, false, false, false, true, false, true, false, false,
            false, false, true};
        double[] weight = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 0, 15, 16};
        boolean gaps = seed % 2 == 0;
        PreparedScoring prepared = preparedMean(normalisation, identity, negative, weight, seed,
                c -> c == 3 || gaps && (c == 0 || c == 5));
        double[] got = Fixtures.scores(prepared.aggregate(), "root");
        // Read after aggregating: reading a lazy leaf's values materialises them.
        for (int c = 0; c < normalisation.length; c++) {
            LeafColumn leaf = prepared.leaf(prepared.plan().index("i" + c));
            int kind = c == 3 ? LeafColumn.EAGER : normalisation[c] == identity ? LeafColumn.LINEAR : LeafColumn.AFFINE;
            assertThat(leaf.kind).as("leaf %d", c).isEqualTo(kind);
            assertThat(leaf.orientation).as("leaf %d", c).isEqualTo(negative[c] ? LeafColumn.REFLECT : LeafColumn.KEEP);
            assertThat(leaf.clamp).as("leaf %d", c).isEqualTo(c == 9);
        }
        double[][] v = assertMeanOfLeafValues(prepared, got, weight);
        int negativeZeros = 0;
        for (double[] column : v) {
            for (double x : column) {
                negativeZeros += Double.doubleToRawLongBits(x) == Long.MIN_VALUE ? 1 : 0;
            }
        }
        assertThat(negativeZeros).as("leaf values of -0.0").isGreaterThan(100);
    }

    /**
     * The weighted mean over min-max leaves to ranges other than [0, 1] as well, as defined (as in
     * {@link #weightedMeanOverEveryLeafKind_equalsItsDefinition}), bit for bit: the loops that read two or three
     * children at once take a shorter form where every child has {@code lo = 0} and {@code range = 1}, and the full
     * form otherwise. Without missing cells (seed 43) the groups are: min-max to [0, 100], reflected min-max to
     * [0, 1] and min-max to [1, 5] (full); identity, min-max and reflected min-max (short); reflected min-max to
     * [0, 10], min-max to [0, 10] and min-max (full: lo 0, range 10); min-max to [1, 2], reflected min-max to [-1, 0]
     * and identity (full: range 1, lo not 0); min-max and reflected min-max to [1, 5] (two, full) before a leaf of
     * weight 0; identity and reflected min-max (two, short) before a clamped goalposts leaf. With missing cells in
     * leaf 4 (seed 44) leaf 3 is read alone, and the groups after leaf 4 are leaves 5 to 7, 8 to 10 and 11 to 13
     * (full). Every group has a child that a wrong term of the loop it takes would change.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {43, 44})
    void weightedMeanOverScaledMinMax_equalsItsDefinition(long seed) {
        Normalisation unit = Normalisation.minMax(0, 1);
        Normalisation identity = Normalisation.identity();
        Normalisation[] normalisation = {Normalisation.minMax(0, 100), unit, Normalisation.minMax(1, 5), identity,
            unit, unit, Normalisation.minMax(0, 10), Normalisation.minMax(0, 10), unit, Normalisation.minMax(1, 2),
            Normalisation.minMax(-1, 0), identity, unit, Normalisation.minMax(1, 5), unit, identity, unit,
            Normalisation.goalposts(2, 18)};
        boolean[] negative = {false, true, false, false, false, true, true, false, false, false, true, false, false,
            true, false, false, true, false};
        double[] weight = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 0, 16, 17, 18};
        boolean gaps = seed % 2 == 0;
        PreparedScoring prepared = preparedMean(normalisation, identity, negative, weight, seed, c -> gaps && c == 4);
        double[] got = Fixtures.scores(prepared.aggregate(), "root");
        for (int c = 0; c < normalisation.length; c++) {
            LeafColumn leaf = prepared.leaf(prepared.plan().index("i" + c));
            int kind = normalisation[c] == identity ? LeafColumn.LINEAR : LeafColumn.AFFINE;
            assertThat(leaf.kind).as("leaf %d", c).isEqualTo(kind);
            assertThat(leaf.clamp).as("leaf %d", c).isEqualTo(c == normalisation.length - 1);
        }
        assertMeanOfLeafValues(prepared, got, weight);
    }

    /**
     * Prepares the weighted arithmetic mean ("root") of leaves {@code i0, i1, ...} over 80,000 units (more than 2^20
     * leaf cells, so that the leaves are normalised as they are read), of values drawn from [0, 20) column by column;
     * identity leaves draw 0.0 and -0.0 one time in ten each, and a leaf that {@code gappy} accepts misses one cell in
     * ten.
     */
    private static PreparedScoring preparedMean(Normalisation[] normalisation, Normalisation identity,
                                                boolean[] negative, double[] weight, long seed, IntPredicate gappy) {
        int n = 80_000;
        int k = normalisation.length;
        assertThat((long) n * k).isGreaterThan(1L << 20);
        SplittableRandom random = new SplittableRandom(seed);
        double[][] rows = new double[n][k];
        for (int c = 0; c < k; c++) {
            boolean isIdentity = normalisation[c] == identity;
            boolean gaps = gappy.test(c);
            for (int u = 0; u < n; u++) {
                int draw = random.nextInt(10);
                double v = isIdentity && draw == 0 ? 0.0 : isIdentity && draw == 1 ? -0.0 : 20 * random.nextDouble();
                rows[u][c] = gaps && draw == 9 ? Double.NaN : v;
            }
        }
        List<ScoringInput.Indicator> indicators = new ArrayList<>();
        List<MethodNode> leaves = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            indicators.add(new ScoringInput.Indicator("i" + c, Scale.Continuous.of(0, 20),
                    negative[c] ? Polarity.NEGATIVE : Polarity.POSITIVE));
            leaves.add(MethodNode.leaf("i" + c).withWeight(weight[c]).withNormalisation(normalisation[c]));
        }
        MethodNode root = MethodNode.node("root", Aggregation.of(AggregationMethod.ARITHMETIC_MEAN), leaves)
                .withWeighting(Weighting.explicit());
        return Scorer.of(Fixtures.methodology(root)).prepare(Fixtures.rows(indicators, rows));
    }

    /**
     * Asserts that every unit's score is, bit for bit, the weighted mean as defined over the leaves' values as the
     * prepared scoring reports them: the sum over the children with a value and a weight other than 0, in order from
     * 0.0, divided by the sum of their weights in the same order; NaN without any value. Returns the leaf values.
     */
    private static double[][] assertMeanOfLeafValues(PreparedScoring prepared, double[] got, double[] weight) {
        int k = weight.length;
        double[][] v = new double[k][];
        for (int c = 0; c < k; c++) {
            v[c] = prepared.leafValues("i" + c);
        }
        for (int u = 0; u < got.length; u++) {
            double sum = 0;
            double den = 0;
            boolean any = false;
            for (int c = 0; c < k; c++) {
                double x = v[c][u];
                if (x == x) {
                    any = true;
                    if (weight[c] != 0) {
                        sum += weight[c] * x;
                        den += weight[c];
                    }
                }
            }
            double expected = any && den > 0 ? sum / den : Double.NaN;
            assertThat(Double.doubleToLongBits(got[u])).as("unit %d: %s", u, got[u])
                    .isEqualTo(Double.doubleToLongBits(expected));
        }
        return v;
    }

    /**
     * n rows of k values drawn uniformly from {@code [low, low + 20)}, column by column; for an even seed about one
     * cell in ten is missing (NaN).
     */
    private static double[][] seededRows(int n, int k, long seed, double low) {
        boolean gaps = seed % 2 == 0;
        SplittableRandom random = new SplittableRandom(seed);
        double[][] rows = new double[n][k];
        for (int c = 0; c < k; c++) {
            for (int u = 0; u < n; u++) {
                rows[u][c] = gaps && random.nextInt(10) == 0 ? Double.NaN : low + 20 * random.nextDouble();
            }
        }
        return rows;
    }

    /**
     * Asserts that TOPSIS over leaves {@code i0, i1, ...} (weights as the leaves say) gives, bit for bit, TOPSIS as
     * defined over the leaves' values as the prepared scoring reports them, NaN (no score) where a unit has no value
     * at all; returns the prepared scoring.
     */
    private static PreparedScoring assertTopsisOverLeafValues(List<MethodNode> leaves, ScoringInput input,
                                                              boolean[] cost) {
        int k = leaves.size();
        int n = input.unitCount();
        MethodNode root = MethodNode.node("root", Aggregation.of(AggregationMethod.TOPSIS), leaves)
                .withWeighting(Weighting.explicit());
        PreparedScoring prepared = Scorer.of(Fixtures.methodology(root)).prepare(input);
        double[] got = Fixtures.scores(prepared.aggregate(), "root");
        double[][] v = new double[k][];
        double[] w = new double[k];
        for (int c = 0; c < k; c++) {
            v[c] = prepared.leafValues("i" + c);
            w[c] = leaves.get(c).weight();
        }
        double[] expected = definedTopsis(v, w, cost, n);
        for (int u = 0; u < n; u++) {
            assertThat(Double.doubleToLongBits(got[u])).as("unit %d: %s", u, got[u])
                    .isEqualTo(Double.doubleToLongBits(expected[u]));
        }
        return prepared;
    }

    /** TOPSIS as defined, over every unit with at least one value, lanes of squares as the engine sums them. */
    private static double[] definedTopsis(double[][] x, double[] w, boolean[] cost, int n) {
        int k = x.length;
        double wsum = 0;
        for (double d : w) {
            wsum += d;
        }
        double[][] t = new double[k][n];
        double[] best = new double[k];
        double[] worst = new double[k];
        for (int c = 0; c < k; c++) {
            double[] lane = new double[4];
            for (int u = 0; u < n; u++) {
                lane[u % 4] += x[c][u] == x[c][u] ? x[c][u] * x[c][u] : 0;
            }
            double ss = (lane[0] + lane[1]) + (lane[2] + lane[3]);
            double hi = Double.NEGATIVE_INFINITY;
            double lo = Double.POSITIVE_INFINITY;
            for (int u = 0; u < n; u++) {
                t[c][u] = w[c] / wsum * (x[c][u] / Math.sqrt(ss));
                if (t[c][u] == t[c][u]) {
                    hi = Math.max(hi, t[c][u]);
                    lo = Math.min(lo, t[c][u]);
                }
            }
            best[c] = cost[c] ? lo : hi;
            worst[c] = cost[c] ? hi : lo;
        }
        double[] out = new double[n];
        for (int u = 0; u < n; u++) {
            double plus = 0;
            double minus = 0;
            for (int c = 0; c < k; c++) {
                if (t[c][u] == t[c][u]) {
                    plus += (t[c][u] - best[c]) * (t[c][u] - best[c]);
                    minus += (t[c][u] - worst[c]) * (t[c][u] - worst[c]);
                }
            }
            out[u] = Math.sqrt(minus) / (Math.sqrt(plus) + Math.sqrt(minus));
        }
        return out;
    }

    /**
     * Skewness and kurtosis from the two interleaved passes agree with the textbook definitions (Excel's SKEW and
     * KURT, evaluated term by term in one running sum each) to within {@value #MOMENT_TOLERANCE}, on values with ties
     * and lengths below, at and around multiples of the {@value Stats#MOMENT_LANES} partial sums, whether the values
     * fill their array or are its first n cells. The mean of the present cells agrees with the plain running sum.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {4, 5, 6})
    void moments_equalTheirDefinitions(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int lanes = Stats.MOMENT_LANES;
        IntStream sizes = IntStream.concat(IntStream.range(0, 40),
                IntStream.of(lanes - 1, lanes, lanes + 1, 2 * lanes - 1, 2 * lanes, 2 * lanes + 3, 1000, 8 * lanes + 5));
        for (int n : sizes.toArray()) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = random.nextInt(4) == 0 ? 3 : Math.exp(3 * random.nextDouble());
            }
            double[] got = Stats.skewnessKurtosis(v);
            double[] padded = Arrays.copyOf(v, n + 1 + random.nextInt(lanes));
            Arrays.fill(padded, n, padded.length, 1e6);
            assertThat(Stats.skewnessKurtosis(padded, n)).as("first %d cells", n).containsExactly(got);
            assertThat(got[0]).as("skewness, n = %d", n).isCloseTo(definedSkewness(v), within(MOMENT_TOLERANCE));
            assertThat(got[1]).as("kurtosis, n = %d", n).isCloseTo(definedKurtosis(v), within(MOMENT_TOLERANCE));
            assertThat(Stats.skewness(v)).isEqualTo(got[0]);
            assertThat(Stats.kurtosis(v)).isEqualTo(got[1]);
            double[] withGaps = v.clone();
            for (int i = 0; i < n; i += 3) {
                withGaps[i] = Double.NaN;
            }
            assertThat(Double.doubleToLongBits(Stats.mean(withGaps, n)))
                    .isEqualTo(Double.doubleToLongBits(Stats.meanSd(withGaps, n)[0]));
            double sum = 0;
            int count = 0;
            for (double x : withGaps) {
                if (x == x) {
                    sum += x;
                    count++;
                }
            }
            if (count > 0) {
                assertThat(Stats.mean(withGaps, n)).as("mean, n = %d", n)
                        .isCloseTo(sum / count, within(MOMENT_TOLERANCE * Math.abs(sum / count)));
            }
        }
    }

    /**
     * Mean imputation in place (missing cells found in one pass, the column summed in vectorised partial sums) fills
     * the same cells, flags the same cells and leaves every observed value as the copying imputer does; the means
     * agree to within {@value #MOMENT_TOLERANCE} relative (they add the same values in another order). Columns of 0
     * to 1,100 cells, with none, some or every cell missing.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {41, 42, 43, 44})
    void meanImputationInPlace_equalsTheCopyingImputer(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int trial = 0; trial < 60; trial++) {
            int n = random.nextInt(trial % 3 == 0 ? 8 : 1_100);
            double share = new double[] {0, 0.05, 0.5, 1}[random.nextInt(4)];
            double[] column = new double[n];
            for (int u = 0; u < n; u++) {
                column[u] = random.nextDouble() < share ? Double.NaN : 10 * random.nextDouble() - 2;
            }
            boolean[] copied = new boolean[n];
            double[] want = Imputer.impute(column, n, MissingPolicy.MEAN, null, 0, null, copied);
            double[] inPlace = column.clone();
            boolean[] flagged = new boolean[n];
            int[] work = new int[n];
            Arrays.fill(work, -1);
            boolean filled = Imputer.imputeInPlace(inPlace, n, MissingPolicy.MEAN, null, 0, flagged, work);
            assertThat(filled).as("n %d, share %s", n, share).isEqualTo(want != column);
            assertThat(flagged).isEqualTo(copied);
            for (int u = 0; u < n; u++) {
                if (copied[u]) {
                    assertThat(inPlace[u]).isCloseTo(want[u], within(MOMENT_TOLERANCE * Math.abs(want[u])));
                } else {
                    assertThat(Double.doubleToLongBits(inPlace[u])).isEqualTo(Double.doubleToLongBits(column[u]));
                }
            }
        }
    }

    /**
     * The range of two columns read together is, for each, exactly the one-column range, and that is the plain
     * definition: the least and greatest non-NaN values (of equal ones such as -0.0 and 0.0 the first; +Inf and -Inf
     * when there is none) and the number of NaN cells, on columns of 0 to 70 cells with NaNs, signed zeros,
     * infinities and ties, at any offsets in one array.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {51, 52, 53})
    void rangeOfTwoColumns_equalsTheRangeOfEach(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] special = {Double.NaN, 0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1, -1};
        for (int trial = 0; trial < 300; trial++) {
            int n = random.nextInt(71);
            double[] x = new double[3 * n + 7];
            // Every third trial: only zeros of both signs and NaN, so that which equal extreme comes first shows.
            boolean zeros = trial % 3 == 0;
            for (int i = 0; i < x.length; i++) {
                x[i] = zeros ? special[random.nextInt(3)]
                        : random.nextInt(5) == 0 ? special[random.nextInt(special.length)] : random.nextInt(9) - 4;
            }
            int a = random.nextInt(n + 4);
            int b = random.nextInt(n + 4);
            double[] both = Stats.rangeAndMissing(x, a, x, b, n);
            double[] first = Stats.rangeAndMissing(x, a, n, true);
            double[] second = Stats.rangeAndMissing(x, b, n, true);
            double[] plain = plainRange(x, a, n);
            for (int i = 0; i < 3; i++) {
                assertThat(Double.doubleToLongBits(first[i])).as("definition, item %d, n %d", i, n)
                        .isEqualTo(Double.doubleToLongBits(plain[i]));
                assertThat(Double.doubleToLongBits(both[i])).as("first column, item %d, n %d", i, n)
                        .isEqualTo(Double.doubleToLongBits(first[i]));
                assertThat(Double.doubleToLongBits(both[i + 3])).as("second column, item %d, n %d", i, n)
                        .isEqualTo(Double.doubleToLongBits(second[i]));
            }
        }
    }

    /**
     * The range by Math.min and Math.max (the faster path on JVMs that vectorise them) is the plain definition, bit for
     * bit, on every column without NaN, and gives up (null) on every column with one: columns of 0 to 10,000 cells (so
     * up to three blocks of 4,096), at any offset, of signed zeros only, of integers with signed zeros and infinities,
     * or of spread doubles; a NaN, where planted, lies in any block. Every path is taken whatever the JVM running the
     * test, as {@link Stats#completeRange} is called directly.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {61, 62, 63})
    void completeRange_isTheDefinitionOrGivesUpOnNaN(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int withNaN = 0;
        int zeroExtremes = 0;
        for (int trial = 0; trial < 400; trial++) {
            int n = trial % 4 == 0 ? random.nextInt(10_001) : random.nextInt(40);
            int off = random.nextInt(5);
            double[] x = seededCells(random, off + n + random.nextInt(5), trial % 3);
            boolean nan = n > 0 && random.nextInt(4) == 0;
            if (nan) {
                x[off + random.nextInt(n)] = Double.NaN;
                withNaN++;
            }
            double[] got = Stats.completeRange(x, off, n);
            if (nan) {
                assertThat(got).as("n %d with a NaN", n).isNull();
                continue;
            }
            double[] plain = plainRange(x, off, n);
            assertThat(got).as("n %d", n).isNotNull();
            if (plain[0] == 0 || plain[1] == 0) {
                zeroExtremes++;
            }
            for (int i = 0; i < 3; i++) {
                assertThat(Double.doubleToRawLongBits(got[i])).as("item %d, n %d", i, n)
                        .isEqualTo(Double.doubleToRawLongBits(plain[i]));
            }
        }
        // The cases that can go wrong were there: columns with a NaN, and zero extremes whose sign depends on order.
        assertThat(withNaN).isGreaterThan(50);
        assertThat(zeroExtremes).isGreaterThan(60);
    }

    /**
     * Signed zeros at the extremes, by hand: Math.min(0.0, -0.0) is -0.0 and Math.max(-0.0, 0.0) is 0.0 whatever the
     * order, while the definition keeps whichever comes first.
     */
    @Test
    void completeRange_keepsTheFirstOfSignedZeros() {
        double[][] columns = {{0.0, -0.0, 1}, {-0.0, 0.0, 1}, {-1, 0.0, -0.0}, {-1, -0.0, 0.0}, {-0.0, 0.0},
                {0.0, -0.0}, {-0.0}, {}};
        double[][] want = {{0.0, 1}, {-0.0, 1}, {-1, 0.0}, {-1, -0.0}, {-0.0, -0.0}, {0.0, 0.0}, {-0.0, -0.0},
                {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}};
        for (int c = 0; c < columns.length; c++) {
            double[] got = Stats.completeRange(columns[c], 0, columns[c].length);
            assertThat(got).as("column %s", Arrays.toString(columns[c])).isNotNull();
            assertThat(Double.doubleToRawLongBits(got[0])).as("min of %s", Arrays.toString(columns[c]))
                    .isEqualTo(Double.doubleToRawLongBits(want[c][0]));
            assertThat(Double.doubleToRawLongBits(got[1])).as("max of %s", Arrays.toString(columns[c]))
                    .isEqualTo(Double.doubleToRawLongBits(want[c][1]));
            assertThat(got[2]).isZero();
        }
    }

    /**
     * The range, missing count and sum of squares of one pass are, bit for bit, {min, max, NaN count} cell by cell and
     * the sum of squares as defined for TOPSIS (cell {@code off + i} into partial sum {@code i mod 4}, added as
     * (s0 + s1) + (s2 + s3)), on 1,200 seeded columns of every length from 0 to 39 and some longer ones, at offsets 0
     * to 4: signed zeros, small integers with ties, signed zeros and infinities, doubles spread over 40 binary orders
     * of magnitude, some with NaN cells (the sum is then NaN). The two-column form gives, for each column with another
     * seeded column of the same length at another offset, what the one-column form gives.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {64, 65, 66})
    void rangeMissingAndSquares_isTheRangeAndTheSquaresOfTheDefinition(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int withNaN = 0;
        for (int trial = 0; trial < 400; trial++) {
            int n = trial % 4 == 0 ? random.nextInt(10_001) : trial % 40;
            int off = random.nextInt(5);
            double[] x = seededCells(random, off + n + random.nextInt(5), trial % 3);
            if (n > 0 && random.nextInt(4) == 0) {
                for (int j = random.nextInt(3); j >= 0; j--) {
                    x[off + random.nextInt(n)] = Double.NaN;
                }
                withNaN++;
            }
            double[] got = Stats.rangeMissingAndSquares(x, off, n);
            double[] plain = plainRange(x, off, n);
            double[] lane = new double[4];
            for (int i = 0; i < n; i++) {
                lane[i % 4] += x[off + i] * x[off + i];
            }
            double squares = (lane[0] + lane[1]) + (lane[2] + lane[3]);
            assertThat(got).hasSize(4);
            for (int i = 0; i < 3; i++) {
                assertThat(Double.doubleToRawLongBits(got[i])).as("item %d, n %d, off %d", i, n, off)
                        .isEqualTo(Double.doubleToRawLongBits(plain[i]));
            }
            assertThat(Double.doubleToLongBits(got[3])).as("squares, n %d, off %d", n, off)
                    .isEqualTo(Double.doubleToLongBits(squares));
            // The two-column form: each column's one-column result, whatever the other column holds.
            int off2 = random.nextInt(5);
            double[] y = seededCells(random, off2 + n + random.nextInt(5), (trial + 1) % 3);
            if (n > 0 && random.nextInt(4) == 0) {
                y[off2 + random.nextInt(n)] = Double.NaN;
            }
            double[] pair = Stats.rangeMissingAndSquares(x, off, y, off2, n);
            double[] other = Stats.rangeMissingAndSquares(y, off2, n);
            assertThat(pair).hasSize(8);
            for (int i = 0; i < 4; i++) {
                assertThat(Double.doubleToRawLongBits(pair[i])).as("pair, first, item %d, n %d", i, n)
                        .isEqualTo(Double.doubleToRawLongBits(got[i]));
                assertThat(Double.doubleToRawLongBits(pair[4 + i])).as("pair, second, item %d, n %d", i, n)
                        .isEqualTo(Double.doubleToRawLongBits(other[i]));
            }
        }
        assertThat(withNaN).isGreaterThan(50);
    }

    /**
     * {@code length} cells of one of three kinds: 0, signed zeros only; 1, integers from -3 to 3 with one cell in six a
     * signed zero or an infinity; 2, doubles spread over 40 binary orders of magnitude, both signs.
     */
    static double[] seededCells(SplittableRandom random, int length, int kind) {
        double[] special = {0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] x = new double[length];
        for (int i = 0; i < length; i++) {
            x[i] = kind == 0 ? special[random.nextInt(2)]
                    : kind == 1 ? (random.nextInt(6) == 0 ? special[random.nextInt(special.length)]
                            : random.nextInt(7) - 3)
                    : (random.nextDouble() - 0.5) * Math.scalb(1.0, random.nextInt(41) - 20);
        }
        return x;
    }

    /** {min, max, NaN count} of {@code x[off .. off + n)}, cell by cell; of equal extremes the first. */
    static double[] plainRange(double[] x, int off, int n) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int missing = 0;
        for (int u = off; u < off + n; u++) {
            double v = x[u];
            if (Double.isNaN(v)) {
                missing++;
                continue;
            }
            if (v < lo) {
                lo = v;
            }
            if (v > hi) {
                hi = v;
            }
        }
        return new double[] {lo, hi, missing};
    }

    /** The branch-free NaN test agrees with {@code v != v} on every NaN payload, infinities, zeros and extremes. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {31, 32})
    void nanBit_isOneExactlyForNaN(long seed) {
        double[] special = {Double.NaN, -Double.NaN, Double.longBitsToDouble(0x7ff0000000000001L),
            Double.longBitsToDouble(0xfff8000000000001L), Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0,
            Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -Double.MIN_VALUE, 1, -1};
        for (double v : special) {
            assertThat(Stats.nanBit(v)).as("%s", v).isEqualTo(v != v ? 1 : 0);
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 100_000; i++) {
            double v = Double.longBitsToDouble(random.nextLong());
            assertThat(Stats.nanBit(v)).isEqualTo(v != v ? 1 : 0);
        }
    }

    /** n / ((n-1)(n-2)) * sum(((x - mean) / s)^3); 0 when n < 3 or s = 0. */
    static double definedSkewness(double[] x) {
        int n = x.length;
        double sum = n < 3 ? 0 : standardisedPowerSum(x, 3);
        return sum == 0 ? 0 : n / ((n - 1.0) * (n - 2.0)) * sum;
    }

    /** n(n+1) / ((n-1)(n-2)(n-3)) * sum(((x - mean) / s)^4) - 3(n-1)^2 / ((n-2)(n-3)); 0 when n < 4 or s = 0. */
    static double definedKurtosis(double[] x) {
        double n = x.length;
        double sum = n < 4 ? 0 : standardisedPowerSum(x, 4);
        return sum == 0 ? 0
                : n * (n + 1) / ((n - 1) * (n - 2) * (n - 3)) * sum - 3 * (n - 1) * (n - 1) / ((n - 2) * (n - 3));
    }

    private static double standardisedPowerSum(double[] x, int power) {
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double s = Math.sqrt(ss / (x.length - 1));
        if (!(s > 0)) {
            return 0;
        }
        double sum = 0;
        for (double v : x) {
            sum += Math.pow((v - mean) / s, power);
        }
        return sum;
    }
}
