package lat.ideal.scoring.uncertainty;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;

/**
 * How one unit's rank at one node varied over the samples of a Monte Carlo run.
 *
 * <p>Rank 1 is the highest score; rank 0 means "no rank" (the unit had no score in that sample, e.g. too little
 * data under a perturbed methodology). The mean, median and percentiles are taken over the samples that ranked the
 * unit; the percentiles are type-7 sample quantiles (linear interpolation, R's default, as COINr reports them), so
 * they may fall between two ranks. The probability of being in the top {@code k} is the share of <em>all</em>
 * samples in which the rank was 1 to {@code k}. When no sample ranked the unit, the mean, median and percentiles are
 * NaN and {@link #isRanked()} is false. If every sample gives the nominal rank, every statistic equals it and the
 * interval width is 0.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param nominal the rank under the nominal methodology, 0 for none
 * @param samples the number of samples, at least 1
 * @param unranked the number of samples without a rank
 * @param mean the mean rank
 * @param median the median rank
 * @param p5 the 5th percentile rank
 * @param p95 the 95th percentile rank
 * @param topK the {@code k} of {@link #topKProbability()}, at least 1
 * @param topKProbability the share of samples with a rank from 1 to {@code k}, in [0, 1]
 * @since 0.1
 */
public record RankDistribution(int nominal, int samples, int unranked, double mean, double median, double p5,
                               double p95, int topK, double topKProbability) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks the counts and the probability. */
    public RankDistribution {
        if (nominal < 0 || samples < 1 || unranked < 0 || unranked > samples || topK < 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "nominal rank %d, %d samples, %d unranked, top %d: ranks and counts out of range", nominal,
                    samples, unranked, topK));
        }
        if (!(topKProbability >= 0 && topKProbability <= 1)) {
            throw new IllegalArgumentException("top-k probability " + topKProbability + " is not in [0, 1]");
        }
    }

    /**
     * Summarises the sampled ranks of one unit at one node.
     *
     * @param nominal the nominal rank, 0 for none
     * @param ranks the rank in each sample, 0 for none; at least one sample; not changed
     * @param topK the {@code k} of the top-k probability, at least 1
     * @return the distribution, never null
     */
    public static RankDistribution of(int nominal, int[] ranks, int topK) {
        if (ranks.length == 0) {
            throw new IllegalArgumentException("a rank distribution needs at least one sample");
        }
        double[] ranked = new double[ranks.length];
        int n = 0;
        int inTop = 0;
        double sum = 0;
        for (int r : ranks) {
            if (r < 0) {
                throw new IllegalArgumentException("rank " + r + " is negative");
            }
            if (r > 0) {
                ranked[n++] = r;
                sum += r;
                if (r <= topK) {
                    inTop++;
                }
            }
        }
        double topShare = (double) inTop / ranks.length;
        if (n == 0) {
            return new RankDistribution(nominal, ranks.length, ranks.length, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, topK, topShare);
        }
        double[] sorted = Arrays.copyOf(ranked, n);
        Arrays.sort(sorted);
        return new RankDistribution(nominal, ranks.length, ranks.length - n, sum / n, Quantiles.type7(sorted, 0.5),
                Quantiles.type7(sorted, 0.05), Quantiles.type7(sorted, 0.95), topK, topShare);
    }

    /**
     * Tells whether at least one sample ranked the unit.
     *
     * @return true if the statistics are numbers
     */
    public boolean isRanked() {
        return unranked < samples;
    }

    /**
     * Returns the width of the 5-95 % rank interval, {@code p95 - p5}.
     *
     * @return the width; NaN if no sample ranked the unit
     */
    public double intervalWidth() {
        return p95 - p5;
    }

    /**
     * Returns e.g. {@code rank 3: median 3, mean 3.4, 5-95% [2, 6], P(top 5) 0.81}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        String head = nominal == 0 ? "no nominal rank" : "rank " + nominal;
        if (!isRanked()) {
            return head + ": never ranked in " + samples + " samples";
        }
        String text = String.format(Locale.ROOT, "%s: median %s, mean %.2f, 5-95%% [%s, %s], P(top %d) %.2f", head,
                number(median), mean, number(p5), number(p95), topK, topKProbability);
        return unranked == 0 ? text : text + String.format(Locale.ROOT, ", unranked in %d of %d samples", unranked,
                samples);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
