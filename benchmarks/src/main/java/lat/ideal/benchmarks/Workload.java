package lat.ideal.benchmarks;

import java.util.ArrayList;
import java.util.List;
import lat.ideal.model.TargetKind;
import lat.ideal.model.method.Aggregation;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.Direction;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Methodology;
import lat.ideal.model.method.MissingData;
import lat.ideal.model.method.MissingPolicy;
import lat.ideal.model.method.Normalisation;
import lat.ideal.model.method.OutlierTreatment;
import lat.ideal.model.method.Weighting;
import lat.ideal.scoring.NodeResult;
import lat.ideal.scoring.RankBasis;
import lat.ideal.scoring.Scorer;
import lat.ideal.scoring.ScoringInput;

/**
 * The scoring workloads that the JMH benchmarks time and {@code compare.sh} compares with numpy, over an
 * {@link IndicatorMatrix}; every one ends in competition ranks of the root node {@value #ROOT} on unrounded scores.
 *
 * <p>Unrounded ranks keep the comparison about the engine: published (two-decimal) scores of 10^6 units tie in large
 * blocks, and numpy has no exact decimal rounding to reproduce them with.
 */
enum Workload {
    /** (a) Min-max to [0, 1] with polarity (reflected where negative), weighted arithmetic mean, ranks. */
    FLAT(false),
    /**
     * (b) TOPSIS over the raw values: vector normalisation, weights, distance to the ideal and anti-ideal point, with
     * negative-polarity indicators as cost criteria.
     */
    TOPSIS(false),
    /** (c) The flat pipeline's leaves in six groups of five (weighted means), groups weighted into one index. */
    HIERARCHY(false),
    /**
     * (d) The flat pipeline with COINr outlier treatment of every leaf (winsorising up to 5 points, log fallback) and
     * mean imputation of the 5% missing cells by the root, on a matrix with missing cells and planted outliers.
     */
    TREATED(true);

    /** The root node's key. */
    static final String ROOT = "index";
    /** The number of groups of the hierarchy. */
    static final int GROUPS = 6;
    /** The share of missing cells in the {@link #TREATED} workload's matrix. */
    static final double MISSING_SHARE = 0.05;
    /** The most points winsorised per indicator. */
    static final int MAX_WINSORISED = 5;

    private final boolean treated;

    Workload(boolean treated) {
        this.treated = treated;
    }

    /**
     * Generates this workload's matrix: complete for (a) to (c); with missing cells and outliers for (d).
     *
     * @param units the number of units
     * @param indicators the number of indicators
     * @param seed the seed
     * @return the matrix
     */
    IndicatorMatrix matrix(int units, int indicators, long seed) {
        return treated ? IndicatorMatrix.generate(units, indicators, seed, MISSING_SHARE, true)
                : IndicatorMatrix.complete(units, indicators, seed);
    }

    /**
     * Returns this workload's methodology for {@code indicators} indicators.
     *
     * @param indicators the number of indicators; a multiple of {@link #GROUPS} for the hierarchy
     * @return the methodology
     */
    Methodology methodology(int indicators) {
        List<MethodNode> leaves = new ArrayList<>();
        for (int c = 0; c < indicators; c++) {
            MethodNode leaf = MethodNode.leaf(IndicatorMatrix.key(c)).withWeight(IndicatorMatrix.weight(c));
            if (this == TOPSIS) {
                leaf = leaf.withDirection(Direction.AS_MEASURED);
            } else {
                leaf = leaf.withNormalisation(Normalisation.minMax(0, 1));
            }
            if (treated) {
                leaf = leaf.withTreatment(OutlierTreatment.winsorise(MAX_WINSORISED));
            }
            leaves.add(leaf);
        }
        MethodNode root;
        switch (this) {
            case TOPSIS:
                root = inner(ROOT, AggregationMethod.TOPSIS, leaves);
                break;
            case HIERARCHY:
                if (indicators % GROUPS != 0) {
                    throw new IllegalArgumentException(indicators + " indicators do not split into " + GROUPS
                            + " equal groups");
                }
                int size = indicators / GROUPS;
                List<MethodNode> groups = new ArrayList<>();
                for (int g = 0; g < GROUPS; g++) {
                    groups.add(inner("g" + g, AggregationMethod.ARITHMETIC_MEAN,
                            leaves.subList(g * size, (g + 1) * size)).withWeight(groupWeight(g)));
                }
                root = inner(ROOT, AggregationMethod.ARITHMETIC_MEAN, groups);
                break;
            case TREATED:
                root = inner(ROOT, AggregationMethod.ARITHMETIC_MEAN, leaves)
                        .withMissing(new MissingData(MissingPolicy.MEAN, 0));
                break;
            default:
                root = inner(ROOT, AggregationMethod.ARITHMETIC_MEAN, leaves);
                break;
        }
        return Methodology.of("benchmark-" + name().toLowerCase(java.util.Locale.ROOT), TargetKind.COUNTRY, root);
    }

    /** The weight of group {@code g} in the hierarchy's index. */
    static double groupWeight(int g) {
        return 1 + g % 3;
    }

    private static MethodNode inner(String key, AggregationMethod method, List<MethodNode> children) {
        return MethodNode.node(key, Aggregation.of(method), children).withWeighting(Weighting.explicit());
    }

    /**
     * Returns the scorer of this workload: competition ranks on unrounded scores.
     *
     * @param indicators the number of indicators
     * @return the scorer
     */
    Scorer scorer(int indicators) {
        return Scorer.of(methodology(indicators)).withRankBasis(RankBasis.UNROUNDED);
    }

    /**
     * Scores an input and ranks its units at the root: the timed operation.
     *
     * @param scorer this workload's scorer
     * @param input the input
     * @return the root's ranks, 1 for the highest score
     */
    static int[] ranks(Scorer scorer, ScoringInput input) {
        return scorer.score(input).node(ROOT).ranks();
    }

    /**
     * Scores an input and returns the root's unrounded scores and ranks (for checking, untimed).
     *
     * @param scorer this workload's scorer
     * @param input the input
     * @return the outcome
     */
    static Outcome outcome(Scorer scorer, ScoringInput input) {
        NodeResult root = scorer.score(input).node(ROOT);
        return new Outcome(root.unrounded(), root.ranks());
    }

    /**
     * A root's unrounded scores and ranks, in unit order.
     *
     * @param scores the scores, NaN without a score
     * @param ranks the ranks, 0 without a score
     */
    record Outcome(double[] scores, int[] ranks) {
    }
}
