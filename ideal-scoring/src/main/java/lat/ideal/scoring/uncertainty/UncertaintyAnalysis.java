package lat.ideal.scoring.uncertainty;

import java.util.Arrays;
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
 * weight noise and the aggregator only re-aggregate. A sample re-aggregates only the smallest subtree that holds the
 * reported nodes and keeps nothing but their ranks. Each thread counts every unit's ranks (integers 0 to the number
 * of units) as the samples come when these counts take no more memory than the ranks themselves; otherwise every
 * sample's ranks are kept and each unit's summarised at the end. Both give exactly the statistics of
 * {@link RankDistribution#of} over the unit's ranks. A specification is validated as a whole before any sampling
 * ({@link #check(Scorer, ScoringInput, UncertaintySpec)}); nothing falls back to a default or skips a factor.
 *
 * <p>This class is thread-safe.
 *
 * @since 0.1
 */
public final class UncertaintyAnalysis {
    /** The most histogram bins (units times ranks) one thread counts in per reported node; about 64 MB. */
    private static final long MAX_HISTOGRAM = 1L << 24;
    /** How many ranks one gathering block holds when every sample's ranks are kept (about 4 MB). */
    private static final long GATHER = 1L << 20;

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
        List<String> units = nominal.units().stream().map(ScoringInput.Unit::key).toList();
        int[][] nominalRanks = new int[nodes.size()][];
        for (int j = 0; j < nodes.size(); j++) {
            nominalRanks[j] = nominal.node(nodes.get(j)).ranks();
        }
        RankDistribution[][] out = counting(units.size(), spec.samples(), runner.parallelism())
                ? byCounts(pipeline, spec, nodes, units.size(), nominalRanks, runner)
                : byColumns(pipeline, spec, nodes, units.size(), nominalRanks, runner);
        return new UncertaintyResult(spec, units, nodes, out);
    }

    /**
     * Draws sample {@code i}'s variant from its generator: one option of each discrete factor in the specification's
     * order and, for weight noise, the seed of the noise.
     */
    static Pipeline.Draw draw(Pipeline pipeline, List<UncertainFactor> factors, SplittableRandom random) {
        Pipeline.Draw draw = new Pipeline.Draw();
        for (UncertainFactor f : factors) {
            if (f instanceof UncertainFactor.WeightNoise) {
                draw.weightNoise = new SplittableRandom(random.nextLong());
            } else {
                Pipeline.choose(draw, f, random.nextInt(pipeline.options(f)));
            }
        }
        return draw;
    }

    /**
     * Tells whether each thread can count every unit's ranks in a histogram (ranks are 0 to {@code units}) at no
     * more memory than keeping every sample's ranks; otherwise the ranks are kept and summarised unit by unit.
     */
    static boolean counting(int units, int samples, int threads) {
        long bins = (long) units * (units + 1);
        return bins <= MAX_HISTOGRAM && (long) (units + 1) * Math.min(threads, samples) <= samples;
    }

    /** Counts each unit's ranks per thread as the samples come, then merges the counts. */
    private static RankDistribution[][] byCounts(Pipeline pipeline, UncertaintySpec spec, List<String> nodes,
                                                 int units, int[][] nominalRanks, SampleRunner runner) {
        int bins = units + 1;
        List<Tally> states = runner.accumulate(spec.samples(), spec.seed(),
                () -> new Tally(pipeline.new Ranker(nodes), new int[nodes.size()][units * bins]),
                (tally, i, random) -> {
                    int[][] ranks = tally.ranker.ranksInPlace(draw(pipeline, spec.factors(), random));
                    for (int j = 0; j < ranks.length; j++) {
                        int[] c = tally.counts[j];
                        int[] r = ranks[j];
                        for (int u = 0; u < units; u++) {
                            c[u * bins + r[u]]++;
                        }
                    }
                });
        int[][] total = states.get(0).counts;
        for (int t = 1; t < states.size(); t++) {
            for (int j = 0; j < total.length; j++) {
                int[] into = total[j];
                int[] from = states.get(t).counts[j];
                for (int b = 0; b < into.length; b++) {
                    into[b] += from[b];
                }
            }
        }
        RankDistribution[][] out = new RankDistribution[nodes.size()][units];
        for (int j = 0; j < nodes.size(); j++) {
            for (int u = 0; u < units; u++) {
                out[j][u] = RankDistribution.ofCounts(nominalRanks[j][u],
                        Arrays.copyOfRange(total[j], u * bins, (u + 1) * bins), spec.topK());
            }
        }
        return out;
    }

    /** One thread's ranker and its counts: per reported node, per unit, per rank from 0, the samples. */
    private static final class Tally {
        final Pipeline.Ranker ranker;
        final int[][] counts;

        Tally(Pipeline.Ranker ranker, int[][] counts) {
            this.ranker = ranker;
            this.counts = counts;
        }
    }

    /** Keeps every sample's ranks, then summarises each unit's. */
    private static RankDistribution[][] byColumns(Pipeline pipeline, UncertaintySpec spec, List<String> nodes,
                                                  int units, int[][] nominalRanks, SampleRunner runner) {
        int samples = spec.samples();
        List<int[][]> ranks = runner.run(samples, spec.seed(), () -> pipeline.new Ranker(nodes),
                (ranker, i, random) -> ranker.ranks(draw(pipeline, spec.factors(), random)));
        RankDistribution[][] out = new RankDistribution[nodes.size()][units];
        int block = (int) Math.max(1, Math.min(units, GATHER / samples));
        int[] gathered = new int[block * samples];
        int[] column = new int[samples];
        for (int j = 0; j < nodes.size(); j++) {
            for (int from = 0; from < units; from += block) {
                int size = Math.min(block, units - from);
                for (int s = 0; s < samples; s++) {
                    int[] row = ranks.get(s)[j];
                    for (int i = 0; i < size; i++) {
                        gathered[i * samples + s] = row[from + i];
                    }
                }
                for (int i = 0; i < size; i++) {
                    System.arraycopy(gathered, i * samples, column, 0, samples);
                    out[j][from + i] = RankDistribution.ofScratch(nominalRanks[j][from + i], column, spec.topK());
                }
            }
        }
        return out;
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
