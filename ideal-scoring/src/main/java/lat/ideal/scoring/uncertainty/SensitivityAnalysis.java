package lat.ideal.scoring.uncertainty;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import lat.ideal.model.Dataset;
import lat.ideal.model.validation.ValidationReport;
import lat.ideal.scoring.ScoringInput;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.Scorer;

/**
 * Variance-based sensitivity analysis of a scoring: first-order and total-effect Sobol indices of its uncertain
 * factors ({@link SobolAnalysis}: Saltelli design, Jansen estimators, bootstrap intervals) for a target output
 * ({@link SensitivityTarget}).
 *
 * <p>Each point of the design is a variant of the pipeline (see {@link SensitivitySpec} for how a coordinate picks
 * a factor's option); as in {@link UncertaintyAnalysis}, the leaf stage is prepared once per distinct upstream
 * combination and reused, and the result depends only on the seed. A specification is validated as a whole before
 * any evaluation; nothing falls back to a default or skips a factor.
 *
 * <p>This class is thread-safe.
 *
 * @since 0.1
 */
public final class SensitivityAnalysis {
    /** Separates the weight-noise sets' generators from the design's. */
    private static final long WEIGHT_STREAM = 0x3e1647L;

    private SensitivityAnalysis() {
    }

    /**
     * Validates a specification against a scorer and a dataset.
     *
     * @param scorer the nominal scorer, not null
     * @param dataset the dataset, not null
     * @param spec the specification, not null
     * @return every problem found, never null
     */
    public static ValidationReport check(Scorer scorer, Dataset dataset, SensitivitySpec spec) {
        return check(scorer, Objects.requireNonNull(dataset, "dataset"), scorer.input(dataset), spec);
    }

    /**
     * Validates a specification against a scorer and an input (no evidence-weight factor without a dataset).
     *
     * @param scorer the nominal scorer, not null
     * @param input the input, not null
     * @param spec the specification, not null
     * @return every problem found, never null
     */
    public static ValidationReport check(Scorer scorer, ScoringInput input, SensitivitySpec spec) {
        return check(scorer, null, Objects.requireNonNull(input, "input"), spec);
    }

    private static ValidationReport check(Scorer scorer, Dataset dataset, ScoringInput input, SensitivitySpec spec) {
        Objects.requireNonNull(scorer, "scorer");
        Objects.requireNonNull(spec, "spec");
        Specifications s = new Specifications(scorer, dataset, input);
        s.atLeast("samples", spec.samples(), 2, "el tamaño de la muestra base", "the base sample size",
                "o tamanho da amostra base");
        s.atLeast("resamples", spec.resamples(), 1, "el número de remuestras bootstrap",
                "the number of bootstrap resamples", "o número de reamostragens bootstrap");
        s.atLeast("weightSets", spec.weightSets(), 1, "el número de conjuntos de ruido de pesos",
                "the number of weight-noise sets", "o número de conjuntos de ruído de pesos");
        if (!(spec.level() > 0 && spec.level() < 1)) {
            s.error("level-out-of-range", "level", spec.level(),
                    Specifications.format("el nivel de confianza %s no está en (0, 1)", spec.level()),
                    Specifications.format("confidence level %s is not in (0, 1)", spec.level()),
                    Specifications.format("o nível de confiança %s não está em (0, 1)", spec.level()));
        }
        s.scoredNode(spec.target().node(), "target.node");
        if (spec.target().metric() == SensitivityTarget.Metric.UNIT_SCORE) {
            s.unit(spec.target().unit(), "target.unit");
        }
        s.factors(spec.factors());
        return s.report();
    }

    /**
     * Runs the analysis on a dataset.
     *
     * @param scorer the nominal scorer, not null
     * @param dataset the dataset, not null
     * @param spec the specification, valid
     * @param runner the runner (threads, progress per evaluation, cancellation), not null
     * @return the indices, never null
     * @throws IllegalArgumentException if the specification is not valid (the message lists every problem), or the
     *     target has no value at some point (the message names it)
     * @throws java.util.concurrent.CancellationException if the runner's token is cancelled
     */
    public static SensitivityResult run(Scorer scorer, Dataset dataset, SensitivitySpec spec, SampleRunner runner) {
        return run(scorer, dataset, scorer.input(Objects.requireNonNull(dataset, "dataset")), spec, runner);
    }

    /**
     * Runs the analysis on an input.
     *
     * @param scorer the nominal scorer, not null
     * @param input the input, not null
     * @param spec the specification, valid
     * @param runner the runner (threads, progress per evaluation, cancellation), not null
     * @return the indices, never null
     * @throws IllegalArgumentException if the specification is not valid (the message lists every problem), or the
     *     target has no value at some point (the message names it)
     * @throws java.util.concurrent.CancellationException if the runner's token is cancelled
     */
    public static SensitivityResult run(Scorer scorer, ScoringInput input, SensitivitySpec spec,
                                        SampleRunner runner) {
        return run(scorer, null, input, spec, runner);
    }

    private static SensitivityResult run(Scorer scorer, Dataset dataset, ScoringInput input, SensitivitySpec spec,
                                         SampleRunner runner) {
        Objects.requireNonNull(runner, "runner");
        UncertaintyAnalysis.refuseInvalid("sensitivity", check(scorer, dataset, input, spec));
        Pipeline pipeline = new Pipeline(scorer, dataset, input, spec.factors());
        SensitivityTarget target = spec.target();
        ScoringResult nominal = pipeline.nominal();
        int[] nominalRanks = nominal.node(target.node()).ranks();
        int unit = target.metric() == SensitivityTarget.Metric.UNIT_SCORE
                ? input.unitIndex(target.unit()).orElseThrow() : -1;
        List<UncertainFactor> factors = spec.factors();
        List<String> names = factors.stream().map(UncertainFactor::name).toList();
        SobolAnalysis sobol = new SobolAnalysis(spec.samples(), spec.seed(), spec.resamples(), spec.level());
        SobolResult indices = sobol.analyse(names, u -> {
            Pipeline.Draw draw = new Pipeline.Draw();
            for (int i = 0; i < factors.size(); i++) {
                UncertainFactor f = factors.get(i);
                if (f instanceof UncertainFactor.WeightNoise) {
                    int set = pick(u[i], spec.weightSets());
                    draw.weightNoise = new SplittableRandom(SampleRunner.sampleSeed(spec.seed() ^ WEIGHT_STREAM,
                            set));
                } else {
                    Pipeline.choose(draw, f, pick(u[i], pipeline.options(f)));
                }
            }
            ScoringResult r = pipeline.score(draw);
            if (unit >= 0) {
                return r.node(target.node()).unrounded()[unit];
            }
            return meanAbsoluteShift(nominalRanks, r.node(target.node()).ranks());
        }, runner);
        return new SensitivityResult(target, indices);
    }

    /** The option {@code floor(k u)} of {@code k}, for {@code u} in [0, 1). */
    static int pick(double u, int k) {
        return Math.min(k - 1, (int) Math.floor(u * k));
    }

    /** Mean of |rank - nominal| over the units ranked in both; NaN if there is none. */
    static double meanAbsoluteShift(int[] nominal, int[] ranks) {
        double sum = 0;
        int n = 0;
        for (int u = 0; u < nominal.length; u++) {
            if (nominal[u] > 0 && ranks[u] > 0) {
                sum += Math.abs(ranks[u] - nominal[u]);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
