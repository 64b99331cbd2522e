package lat.ideal.benchmarks;

import lat.ideal.scoring.Scorer;
import lat.ideal.scoring.ScoringInput;

/**
 * One side of a {@link Paired} comparison: a workload's seeded input and scorer, built from the classes of one build of
 * the library. {@link Paired} loads this class once per build, in that build's own class loader, and calls it
 * reflectively; it uses only what every build since the Vector API's passes has ({@link Workload}, {@link
 * IndicatorMatrix}, {@link Compare#matrixSeed}), so that a build from before this class existed can be compared too.
 */
public final class PairedCase {
    private final Scorer scorer;
    private final ScoringInput input;

    /**
     * Builds the input and the scorer.
     *
     * @param workload a {@link Workload} name
     * @param units the number of units
     * @param threads the scorer's parallelism
     */
    public PairedCase(String workload, int units, int threads) {
        Workload w = Workload.valueOf(workload);
        input = w.matrix(units, Compare.INDICATORS, Compare.matrixSeed(w, units)).input();
        scorer = w.scorer(Compare.INDICATORS).withParallelism(threads);
    }

    /**
     * Scores and ranks once: the timed operation.
     *
     * @return the nanoseconds it took
     */
    public long time() {
        long start = System.nanoTime();
        int[] ranks = Workload.ranks(scorer, input);
        long took = System.nanoTime() - start;
        if (ranks.length != input.unitCount()) {
            throw new IllegalStateException("ranks of " + ranks.length + " units for " + input.unitCount());
        }
        return took;
    }

    /**
     * Returns the root's ranks, for the check before timing.
     *
     * @return the ranks in unit order
     */
    public int[] ranks() {
        return Workload.outcome(scorer, input).ranks();
    }

    /**
     * Returns the root's unrounded scores, for the check before timing.
     *
     * @return the scores in unit order
     */
    public double[] scores() {
        return Workload.outcome(scorer, input).scores();
    }
}
