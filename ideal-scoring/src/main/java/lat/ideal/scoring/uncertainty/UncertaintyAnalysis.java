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
 * Monte Carlo uncertainty analysis of a scoring: samples the uncertain factors, re-scores, and reports how each
 * unit's rank varies at each node (COINr's and the OECD/JRC handbook's convention: median rank and 5th-95th
 * percentile interval).
 *
 * <p>Sample {@code i} draws, from its own generator ({@link SampleRunner}), one option of each discrete factor in
 * the specification's order and, for weight noise, a seed for the noise of every perturbed node; so the result is
 * identical for any number of threads. The leaf stage is prepared once per distinct combination of normaliser,
 * imputation, excluded indicator and evidence mapping, then shared by every sample that draws that combination;
 * weight noise and the aggregator only re-aggregate. A specification is validated as a whole before any sampling
 * ({@link #check(Scorer, ScoringInput, UncertaintySpec)}); nothing falls back to a default or skips a factor.
 *
 * <p>This class is thread-safe.
 *
 * @since 0.1
 */
public final class UncertaintyAnalysis {
    private UncertaintyAnalysis() {
    }

    /**
     * Validates a specification against a scorer and a dataset.
     *
     * @param scorer the nominal scorer, not null
     * @param dataset the dataset, not null
     * @param spec the specification, not null
     * @return every problem found, never null
     */
    public static ValidationReport check(Scorer scorer, Dataset dataset, UncertaintySpec spec) {
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
    public static ValidationReport check(Scorer scorer, ScoringInput input, UncertaintySpec spec) {
        return check(scorer, null, Objects.requireNonNull(input, "input"), spec);
    }

    private static ValidationReport check(Scorer scorer, Dataset dataset, ScoringInput input, UncertaintySpec spec) {
        Objects.requireNonNull(scorer, "scorer");
        Objects.requireNonNull(spec, "spec");
        Specifications s = new Specifications(scorer, dataset, input);
        s.atLeast("samples", spec.samples(), 1, "el número de muestras", "the number of samples",
                "o número de amostras");
        s.atLeast("topK", spec.topK(), 1, "k", "k", "k");
        if (spec.topK() > s.unitCount()) {
            s.error("too-large", "topK", spec.topK(),
                    Specifications.format("k = %d supera las %d unidades evaluadas", spec.topK(), s.unitCount()),
                    Specifications.format("k = %d exceeds the %d units scored", spec.topK(), s.unitCount()),
                    Specifications.format("k = %d excede as %d unidades avaliadas", spec.topK(), s.unitCount()));
        }
        for (int j = 0; j < spec.nodes().size(); j++) {
            s.node(spec.nodes().get(j), "nodes[" + j + "]", false)
                    .ifPresent(n -> s.scoredNode(n.key(), "nodes"));
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
     * @param runner the runner (threads, progress, cancellation), not null
     * @return the result, never null
     * @throws IllegalArgumentException if the specification is not valid; the message lists every problem
     * @throws java.util.concurrent.CancellationException if the runner's token is cancelled
     */
    public static UncertaintyResult run(Scorer scorer, Dataset dataset, UncertaintySpec spec, SampleRunner runner) {
        return run(scorer, dataset, scorer.input(Objects.requireNonNull(dataset, "dataset")), spec, runner);
    }

    /**
     * Runs the analysis on an input.
     *
     * @param scorer the nominal scorer, not null
     * @param input the input, not null
     * @param spec the specification, valid
     * @param runner the runner (threads, progress, cancellation), not null
     * @return the result, never null
     * @throws IllegalArgumentException if the specification is not valid; the message lists every problem
     * @throws java.util.concurrent.CancellationException if the runner's token is cancelled
     */
    public static UncertaintyResult run(Scorer scorer, ScoringInput input, UncertaintySpec spec,
                                        SampleRunner runner) {
        return run(scorer, null, input, spec, runner);
    }

    private static UncertaintyResult run(Scorer scorer, Dataset dataset, ScoringInput input, UncertaintySpec spec,
                                         SampleRunner runner) {
        Objects.requireNonNull(runner, "runner");
        refuseInvalid("uncertainty", check(scorer, dataset, input, spec));
        Pipeline pipeline = new Pipeline(scorer, dataset, input, spec.factors());
        List<String> nodes = Pipeline.reportNodes(scorer.methodology(), spec.nodes());
        ScoringResult nominal = pipeline.nominal();
        List<int[][]> samples = runner.run(spec.samples(), spec.seed(), (i, random) -> {
            Pipeline.Draw draw = new Pipeline.Draw();
            for (UncertainFactor f : spec.factors()) {
                if (f instanceof UncertainFactor.WeightNoise) {
                    draw.weightNoise = new SplittableRandom(random.nextLong());
                } else {
                    Pipeline.choose(draw, f, random.nextInt(pipeline.options(f)));
                }
            }
            ScoringResult r = pipeline.score(draw);
            int[][] ranks = new int[nodes.size()][];
            for (int j = 0; j < ranks.length; j++) {
                ranks[j] = r.node(nodes.get(j)).ranks();
            }
            return ranks;
        });
        List<String> units = nominal.units().stream().map(ScoringInput.Unit::key).toList();
        RankDistribution[][] out = new RankDistribution[nodes.size()][units.size()];
        int[] column = new int[spec.samples()];
        for (int j = 0; j < nodes.size(); j++) {
            int[] nominalRanks = nominal.node(nodes.get(j)).ranks();
            for (int u = 0; u < units.size(); u++) {
                for (int s = 0; s < column.length; s++) {
                    column[s] = samples.get(s)[j][u];
                }
                out[j][u] = RankDistribution.of(nominalRanks[u], column, spec.topK());
            }
        }
        return new UncertaintyResult(spec, units, nodes, out);
    }

    static void refuseInvalid(String what, ValidationReport report) {
        if (!report.isValid()) {
            StringBuilder b = new StringBuilder("the ").append(what).append(" specification has ")
                    .append(report.errors().size()).append(" problem(s):");
            report.errors().forEach(p -> b.append("\n  ").append(p));
            throw new IllegalArgumentException(b.toString());
        }
    }
}
