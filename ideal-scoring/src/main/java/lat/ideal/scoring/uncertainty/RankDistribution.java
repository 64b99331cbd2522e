package lat.ideal.scoring.uncertainty;

import java.io.Serializable;
import java.util.Locale;
import java.util.function.IntUnaryOperator;

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

    /** The probabilities of the reported quantiles in ascending order, as {@link #ofScratch} selects them. */
    private static final double[] QUANTILE_ORDER = {0.05, 0.5, 0.95};
    /** Ranges up to this long are finished by insertion sort. */
    private static final int INSERTION = 16;

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
        for (int r : ranks) {
            if (r < 0) {
                throw new IllegalArgumentException("rank " + r + " is negative");
            }
        }
        return ofScratch(nominal, ranks.clone(), topK);
    }

    /**
     * Summarises one unit's ranks at one node given as counts: {@code counts[r]} samples gave rank {@code r}.
     *
     * <p>This is the same distribution as {@link #of(int, int[], int)} of any array holding each rank {@code r}
     * {@code counts[r]} times (the order of the samples does not matter to any statistic); counting suits many
     * samples of few units, where it replaces a sort per unit.
     *
     * @param nominal the nominal rank, 0 for none
     * @param counts per rank from 0 (no rank) up, the number of samples with that rank; not negative, summing to at
     *     least 1; not changed
     * @param topK the {@code k} of the top-k probability, at least 1
     * @return the distribution, never null
     * @throws IllegalArgumentException if a count is negative or there is no sample
     * @since 0.1
     */
    public static RankDistribution ofCounts(int nominal, int[] counts, int topK) {
        long total = 0;
        for (int r = 0; r < counts.length; r++) {
            if (counts[r] < 0) {
                throw new IllegalArgumentException("count " + counts[r] + " of rank " + r + " is negative");
            }
            total += counts[r];
        }
        if (total == 0) {
            throw new IllegalArgumentException("a rank distribution needs at least one sample");
        }
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("counts sum to " + total + " samples, more than an int holds");
        }
        int samples = (int) total;
        int unranked = counts[0];
        int n = samples - unranked;
        long sum = 0;
        long inTop = 0;
        for (int r = 1; r < counts.length; r++) {
            sum += (long) r * counts[r];
            if (r <= topK) {
                inTop += counts[r];
            }
        }
        double topShare = (double) inTop / samples;
        if (n == 0) {
            return unranked(nominal, samples, topK, topShare);
        }
        IntUnaryOperator orderStatistic = i -> {
            long below = 0;
            int r = 0;
            do {
                below += counts[++r];
            } while (below <= i);
            return r;
        };
        return ranked(nominal, samples, n, sum, orderStatistic, topK, topShare);
    }

    /**
     * Summarises ranks given in any order, working in the array instead of sorting it: the ranked samples are moved
     * to the front and only the order statistics the quantiles read are selected.
     *
     * @param nominal the nominal rank, 0 for none
     * @param scratch the ranks of every sample, none negative, at least one; overwritten
     * @param topK the {@code k} of the top-k probability, at least 1
     * @return the distribution, never null
     */
    static RankDistribution ofScratch(int nominal, int[] scratch, int topK) {
        int samples = scratch.length;
        int n = 0;
        long sum = 0;
        int inTop = 0;
        for (int i = 0; i < samples; i++) {
            int r = scratch[i];
            if (r > 0) {
                scratch[n++] = r;
                sum += r;
                if (r <= topK) {
                    inTop++;
                }
            }
        }
        double topShare = (double) inTop / samples;
        if (n == 0) {
            return unranked(nominal, samples, topK, topShare);
        }
        int[] wanted = new int[2 * QUANTILE_ORDER.length];
        for (int q = 0; q < QUANTILE_ORDER.length; q++) {
            int lo = (int) Math.floor((n - 1) * QUANTILE_ORDER[q]);
            wanted[2 * q] = lo;
            wanted[2 * q + 1] = Math.min(lo + 1, n - 1);
        }
        select(scratch, 0, n, wanted, 0, wanted.length);
        return ranked(nominal, samples, n, sum, i -> scratch[i], topK, topShare);
    }

    /**
     * Puts the order statistics {@code wanted[from, to)} (ascending positions in {@code a[lo, hi)}) in place, every
     * smaller or equal value before each and every greater or equal value after it: Hoare's selection for several
     * positions at once, with a median-of-three pivot and a three-way partition (so runs of tied ranks end early).
     */
    private static void select(int[] a, int lo, int hi, int[] wanted, int from, int to) {
        while (from < to) {
            if (hi - lo <= INSERTION) {
                insertionSort(a, lo, hi);
                return;
            }
            int pivot = medianOfThree(a[lo], a[(lo + hi) >>> 1], a[hi - 1]);
            int lt = lo;
            int gt = hi;
            int i = lo;
            while (i < gt) {
                int v = a[i];
                if (v < pivot) {
                    a[i++] = a[lt];
                    a[lt++] = v;
                } else if (v > pivot) {
                    a[i] = a[--gt];
                    a[gt] = v;
                } else {
                    i++;
                }
            }
            int below = from;
            while (below < to && wanted[below] < lt) {
                below++;
            }
            int above = below;
            while (above < to && wanted[above] < gt) {
                above++;
            }
            if (below - from < to - above) {
                select(a, lo, lt, wanted, from, below);
                lo = gt;
                from = above;
            } else {
                select(a, gt, hi, wanted, above, to);
                hi = lt;
                to = below;
            }
        }
    }

    private static void insertionSort(int[] a, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            int v = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static int medianOfThree(int x, int y, int z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }

    private static RankDistribution unranked(int nominal, int samples, int topK, double topShare) {
        return new RankDistribution(nominal, samples, samples, Double.NaN, Double.NaN, Double.NaN, Double.NaN, topK,
                topShare);
    }

    /**
     * Builds the distribution of {@code n} ranked samples from the exact sum of their ranks and their order
     * statistics ({@code orderStatistic.applyAsInt(i)} is the {@code i}-th smallest rank, from 0).
     */
    private static RankDistribution ranked(int nominal, int samples, int n, long sum, IntUnaryOperator orderStatistic,
                                           int topK, double topShare) {
        return new RankDistribution(nominal, samples, samples - n, (double) sum / n,
                Quantiles.type7(n, orderStatistic, 0.5), Quantiles.type7(n, orderStatistic, 0.05),
                Quantiles.type7(n, orderStatistic, 0.95), topK, topShare);
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
