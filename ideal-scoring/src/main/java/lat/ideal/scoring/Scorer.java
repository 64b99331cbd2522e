package lat.ideal.scoring;

import java.io.Serializable;
import java.util.Objects;
import lat.ideal.model.Dataset;
import lat.ideal.model.method.Methodology;
import lat.ideal.model.validation.ValidationReport;

/**
 * Scores units with a methodology: treatment, imputation, normalisation, weighting, hierarchical aggregation, exact
 * published rounding, ranks and bands.
 *
 * <p>The pipeline, per leaf: outlier treatment (if configured), normalisation, orientation (after normalisation, as
 * {@link lat.ideal.model.method.Direction} documents), then the parent's imputation. Per inner node, children first:
 * availability threshold, imputation of missing child scores, weights (never matched by position; renormalised only
 * when the node says so), aggregation. A unit below a node's availability threshold gets no score there, never a
 * number; degenerate inputs have the defined results listed in {@link ScoringWarning.Kind} and never produce NaN or
 * an exception.
 *
 * <pre>{@code
 * Scorer scorer = Scorer.of(Presets.methodology("gitoc-ocindex", dataset));
 * ScoringResult result = scorer.score(dataset);
 * result.top("criminality", 10);
 * result.explain("CO", "criminality");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; it is serialisable so that it can be shipped to other processes.
 *
 * @since 0.1
 */
public final class Scorer implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The methodology scored. */
    private final Methodology methodology;
    /** How ties are ranked. */
    private final TiePolicy tiePolicy;
    /** Whether ranks and bands use published or unrounded values. */
    private final RankBasis rankBasis;
    /** How several observations of one cell are combined. */
    private final CellCombiner cellCombiner;
    /** The threads scoring may use (0 in a form serialised before there was a choice: read as 1). */
    private final int parallelism;
    /** The compiled methodology; rebuilt (and re-checked) on deserialisation. */
    private final transient Plan plan;

    private Scorer(Methodology methodology, TiePolicy tiePolicy, RankBasis rankBasis, CellCombiner cellCombiner,
                   int parallelism, Plan plan) {
        this.methodology = methodology;
        this.tiePolicy = tiePolicy;
        this.rankBasis = rankBasis;
        this.cellCombiner = cellCombiner;
        this.parallelism = parallelism;
        this.plan = plan;
    }

    /**
     * Returns a scorer for a methodology, with competition ranking on published values and mean cell combination.
     *
     * @param methodology the methodology, not null
     * @return the scorer, never null
     * @throws IllegalArgumentException if the methodology cannot be scored; the message lists every error (see
     *         {@link #check(Methodology)})
     */
    public static Scorer of(Methodology methodology) {
        Objects.requireNonNull(methodology, "methodology");
        return new Scorer(methodology, TiePolicy.COMPETITION, RankBasis.PUBLISHED, CellCombiner.mean(), 1,
                Plan.compile(methodology));
    }

    /**
     * Checks a methodology for everything that would make it unscorable: duplicate node keys, negative or
     * non-finite weights, weighting orders naming unknown children, malformed AHP matrices, unusable normaliser
     * parameters, a node without aggregation below an aggregating one.
     *
     * @param methodology the methodology, not null
     * @return every problem found, never null
     */
    public static ValidationReport check(Methodology methodology) {
        return Plan.check(Objects.requireNonNull(methodology, "methodology"));
    }

    /**
     * Returns a copy with another tie policy.
     *
     * @param value the policy, not null
     * @return the copy, never null
     */
    public Scorer withTiePolicy(TiePolicy value) {
        return new Scorer(methodology, Objects.requireNonNull(value, "tiePolicy"), rankBasis, cellCombiner,
                parallelism, plan);
    }

    /**
     * Returns a copy that ranks and bands on another basis.
     *
     * @param value the basis, not null
     * @return the copy, never null
     */
    public Scorer withRankBasis(RankBasis value) {
        return new Scorer(methodology, tiePolicy, Objects.requireNonNull(value, "rankBasis"), cellCombiner,
                parallelism, plan);
    }

    /**
     * Returns a copy that combines several observations of a cell with another combiner.
     *
     * @param value the combiner, not null
     * @return the copy, never null
     */
    public Scorer withCellCombiner(CellCombiner value) {
        return new Scorer(methodology, tiePolicy, rankBasis, Objects.requireNonNull(value, "cellCombiner"),
                parallelism, plan);
    }

    /**
     * Returns the methodology.
     *
     * @return the methodology, never null
     */
    public Methodology methodology() {
        return methodology;
    }

    /**
     * Returns the tie policy.
     *
     * @return the policy, never null
     */
    public TiePolicy tiePolicy() {
        return tiePolicy;
    }

    /**
     * Returns the rank basis.
     *
     * @return the basis, never null
     */
    public RankBasis rankBasis() {
        return rankBasis;
    }

    /**
     * Returns the cell combiner used by {@link #score(Dataset)}.
     *
     * @return the combiner, never null
     */
    public CellCombiner cellCombiner() {
        return cellCombiner;
    }

    /**
     * Returns a copy that scores on up to {@code threads} threads: the leaves are prepared, the columns' ranges read,
     * the weighted means and TOPSIS computed and large columns ranked in parts that run at once. The scores, ranks,
     * warnings and explanations are the same, bit for bit, whatever the number of threads: every part writes its own
     * units or columns, and nothing is added up in an order that depends on how the work was split. The other threads
     * are workers of the JVM's common {@link java.util.concurrent.ForkJoinPool} (the calling thread works too and
     * never waits for one that has not started); inputs of fewer than 32,768 units are scored on the calling thread.
     *
     * @param threads the number of threads, at least 1 (the default: the calling thread only)
     * @return the copy, never null
     * @throws IllegalArgumentException if {@code threads} is less than 1
     * @since 0.1
     */
    public Scorer withParallelism(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("parallelism " + threads + " must be at least 1");
        }
        return new Scorer(methodology, tiePolicy, rankBasis, cellCombiner, threads, plan);
    }

    /**
     * Returns the number of threads scoring may use.
     *
     * @return at least 1
     * @since 0.1
     */
    public int parallelism() {
        return parallelism;
    }

    /**
     * Returns whether this JVM reads long columns for their ranges (and TOPSIS for its sums of squares) with the JDK's
     * Vector API. The library uses it only where the host has added the incubator module to the JVM
     * ({@code --add-modules jdk.incubator.vector}; the JVM then warns at start-up that an incubator module is in use)
     * and the processor has 256-bit vector registers (AVX2 on x86). Scores, ranks and every other result are the same,
     * bit for bit, either way; on 10^6 x 30 cells the min-max and TOPSIS pipelines take 7 to 10 ms less on JDK 17
     * (see {@code benchmarks/RESULTS.md}). The first scoring in a fresh JVM is slower with the module (0.1 to 0.2 s at
     * that size: the Vector API's code runs before the JIT has compiled it), so it pays in a process that scores more
     * than once.
     *
     * @return true if the Vector API's passes are in use
     * @since 0.1
     */
    public static boolean usesVectorApi() {
        return Stats.KERNEL != null;
    }

    /**
     * Builds this methodology's input from a dataset with this scorer's cell combiner.
     *
     * @param dataset the dataset, not null
     * @return the input, never null
     * @see ScoringInput#from(Dataset, Methodology, CellCombiner)
     */
    public ScoringInput input(Dataset dataset) {
        return ScoringInput.from(dataset, methodology, cellCombiner);
    }

    /**
     * Scores a dataset.
     *
     * @param dataset the dataset, not null
     * @return the result, never null
     */
    public ScoringResult score(Dataset dataset) {
        return score(input(dataset));
    }

    /**
     * Scores an input.
     *
     * @param input the input, not null
     * @return the result, never null
     */
    public ScoringResult score(ScoringInput input) {
        return prepare(input).aggregate();
    }

    /**
     * Runs the leaf stage only, for repeated re-aggregation (uncertainty and sensitivity analysis).
     *
     * @param input the input, not null
     * @return the prepared scoring, never null
     */
    public PreparedScoring prepare(ScoringInput input) {
        return new PreparedScoring(this, plan, input);
    }

    /**
     * Compiles the methodology again after deserialisation, checking it as {@link #of(Methodology)} does.
     *
     * @return an equivalent scorer
     */
    private Object readResolve() {
        return new Scorer(methodology, tiePolicy, rankBasis, cellCombiner, Math.max(1, parallelism),
                Plan.compile(methodology));
    }

    @Override
    public String toString() {
        return "Scorer[" + methodology.id() + " " + methodology.version() + ", " + tiePolicy + ", " + rankBasis
                + (parallelism > 1 ? ", " + parallelism + " threads" : "") + "]";
    }
}
