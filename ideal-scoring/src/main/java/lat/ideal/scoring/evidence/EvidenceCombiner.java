package lat.ideal.scoring.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import lat.ideal.model.IndicatorDefinition;
import lat.ideal.model.Observation;
import lat.ideal.model.Scale;
import lat.ideal.scoring.CellCombiner;

/**
 * Combines the observations that cover one cell (several contributing countries or sources) into one value, keeping
 * their number, evidence strength and dispersion.
 *
 * <p>Each observation's evidence weight comes from {@link #weights()}; the value follows {@link #rule()} (default
 * {@link CombinationRule#WEIGHTED_MEAN}). See {@link CellEvidence} for how sources, gaps, strength and dispersion
 * are counted. An observation with weight 0 is left out of the value and the dispersion under every rule; a cell
 * whose sources all weigh 0, or that has no source, has no value. The order of the observations does not change the
 * result beyond floating-point summation order.
 *
 * <p>As a {@link CellCombiner} ({@code Scorer.withCellCombiner(EvidenceCombiner.withDefaults())}) it gives the
 * scorer the combined value and, as dispersion, the evidence-weighted standard deviation. Since every grade weighs
 * more than 0 ({@link EvidenceWeights}), a cell with at least one number always has a value.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule how the used values become the cell's value, not null
 * @param weights how grades become evidence weights, not null
 * @since 0.1
 */
public record EvidenceCombiner(CombinationRule rule, EvidenceWeights weights) implements CellCombiner {

    private static final long serialVersionUID = 1L;

    private static final EvidenceCombiner DEFAULTS = new EvidenceCombiner(CombinationRule.WEIGHTED_MEAN,
            EvidenceWeights.defaults());

    /** Checks that no part is null. */
    public EvidenceCombiner {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(weights, "weights");
    }

    /**
     * Returns the evidence-weighted mean under the default evidence weights.
     *
     * @return the default combiner, never null
     */
    public static EvidenceCombiner withDefaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with another rule.
     *
     * @param value the rule, not null
     * @return the copy, never null
     */
    public EvidenceCombiner withRule(CombinationRule value) {
        return new EvidenceCombiner(value, weights);
    }

    /**
     * Returns a copy with other evidence weights.
     *
     * @param value the weights, not null
     * @return the copy, never null
     */
    public EvidenceCombiner withWeights(EvidenceWeights value) {
        return new EvidenceCombiner(rule, value);
    }

    /**
     * Combines the observations of one cell, reading their numbers on the indicator's scale.
     *
     * <p>An observation whose measurement has no finite number on the scale (UNKNOWN where the scale gives it none,
     * a level the scale lacks, NaN, an infinity) is a gap: counted, never used.
     *
     * @param observations the observations of one cell, not null; empty gives {@link CellEvidence#missing()}
     * @param scale the indicator's scale, not null
     * @return the combined evidence, never null
     */
    public CellEvidence combine(List<Observation> observations, Scale scale) {
        Objects.requireNonNull(scale, "scale");
        int n = observations.size();
        double[] values = new double[n];
        double[] w = new double[n];
        boolean[] poor = new boolean[n];
        for (int i = 0; i < n; i++) {
            OptionalDouble v = scale.numericValue(observations.get(i).measurement());
            values[i] = v.isPresent() && Double.isFinite(v.getAsDouble()) ? v.getAsDouble() : Double.NaN;
        }
        grade(observations, w, poor);
        return combine(values, w, poor);
    }

    /**
     * Combines one cell's observations for the scorer: the value under {@link #rule()} and the evidence-weighted
     * standard deviation.
     *
     * @param indicator the indicator's definition, not null
     * @param observations the cell's observations, at least one, not null
     * @param values the number each observation stands for, same order, all finite
     * @return the combined value and dispersion, never null
     */
    @Override
    public Combined combine(IndicatorDefinition indicator, List<Observation> observations, double[] values) {
        int n = observations.size();
        double[] w = new double[n];
        boolean[] poor = new boolean[n];
        grade(observations, w, poor);
        CellEvidence e = combine(values, w, poor);
        return new Combined(e.value().orElseThrow(() -> new IllegalArgumentException(
                "cell of '" + indicator.key() + "' has no observation with a number")), e.weightedSd());
    }

    /**
     * Combines the numbers of one cell.
     *
     * @param values the observations' numbers, NaN for a gap; not null
     * @param evidenceWeights the observations' evidence weights, each in [0, 1]; same length
     * @param poorlyGraded whether each observation is poorly graded; same length
     * @return the combined evidence, never null
     * @throws IllegalArgumentException if the lengths differ, a value is infinite or a weight is outside [0, 1]
     */
    public CellEvidence combine(double[] values, double[] evidenceWeights, boolean[] poorlyGraded) {
        int n = values.length;
        if (evidenceWeights.length != n || poorlyGraded.length != n) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%d values, %d weights and %d grade flags: one of each per observation", n,
                    evidenceWeights.length, poorlyGraded.length));
        }
        int sources = 0;
        int used = 0;
        double total = 0;
        double sumWx = 0;
        double survival = 1;
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        double bestWeight = 0;
        boolean allPoor = true;
        for (int i = 0; i < n; i++) {
            double x = values[i];
            double w = evidenceWeights[i];
            if (Double.isInfinite(x)) {
                throw new IllegalArgumentException("value " + x + " of observation " + i
                        + " is infinite: give NaN for a gap");
            }
            if (!(w >= 0 && w <= 1)) {
                throw new IllegalArgumentException("evidence weight " + w + " of observation " + i
                        + " is not in [0, 1]");
            }
            if (Double.isNaN(x)) {
                continue;
            }
            sources++;
            total += w;
            allPoor &= poorlyGraded[i];
            if (w > 0) {
                used++;
                sumWx += w * x;
                survival *= 1 - w;
                lowest = Math.min(lowest, x);
                highest = Math.max(highest, x);
                bestWeight = Math.max(bestWeight, w);
            }
        }
        boolean poorOnly = sources > 0 && allPoor;
        if (used == 0) {
            return new CellEvidence(OptionalDouble.empty(), sources, n - sources, total, 0, 0, OptionalDouble.empty(),
                    OptionalDouble.empty(), poorOnly);
        }
        double weightedMean = sumWx / total;
        double sumSq = 0;
        double[] usedValues = new double[used];
        double sumBest = 0;
        int countBest = 0;
        for (int i = 0, k = 0; i < n; i++) {
            double w = evidenceWeights[i];
            if (!Double.isNaN(values[i]) && w > 0) {
                double d = values[i] - weightedMean;
                sumSq += w * d * d;
                usedValues[k++] = values[i];
                if (w == bestWeight) {
                    sumBest += values[i];
                    countBest++;
                }
            }
        }
        double sd = used < 2 ? 0 : Math.sqrt(sumSq / total);
        double value;
        switch (rule) {
            case WEIGHTED_MEAN:
                value = weightedMean;
                break;
            case MEAN:
                value = mean(usedValues);
                break;
            case MEDIAN:
                value = median(usedValues);
                break;
            default:
                value = sumBest / countBest;
                break;
        }
        return new CellEvidence(OptionalDouble.of(value), sources, n - sources, total, 1 - survival, sd,
                OptionalDouble.of(lowest), OptionalDouble.of(highest), poorOnly);
    }

    private void grade(List<Observation> observations, double[] w, boolean[] poor) {
        for (int i = 0; i < w.length; i++) {
            Observation o = observations.get(i);
            w[i] = weights.weight(o.grade());
            poor[i] = o.grade().isPresent() && o.grade().get().isPoor();
        }
    }

    private static double mean(double[] xs) {
        double s = 0;
        for (double x : xs) {
            s += x;
        }
        return s / xs.length;
    }

    private static double median(double[] xs) {
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }
}
