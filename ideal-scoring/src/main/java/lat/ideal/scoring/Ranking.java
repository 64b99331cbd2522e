package lat.ideal.scoring;

import java.util.Arrays;
import java.util.List;
import lat.ideal.model.method.Banding;

/** Ranks (descending, rank 1 highest) and bands over primitive arrays; NaN keys get rank 0 and band -1. */
final class Ranking {
    private Ranking() {
    }

    /** From this many cells on, a bucket that splitting cannot break up is radix sorted instead of merge sorted. */
    static final int RADIX_FROM = 1 << 12;

    /** Ranks by a bucket sort of the values ({@link BucketOrder}): expected O(n), O(n log n) at worst. */
    static int[] ranks(double[] key, TiePolicy policy) {
        BucketOrder order = BucketOrder.descending(key);
        return inOrder(order.value, order.index, order.size, new int[key.length], policy);
    }

    /**
     * Ranks as {@link #ranks(double[], TiePolicy)} does, on up to {@code threads} threads from
     * {@link Parallel#UNITS_FROM} cells on ({@link BucketOrder#descending(double[], int)}); the ranks are then written
     * in one range of sorted positions per thread (dense ranks, which count the distinct values before a position,
     * on one). The same ranks as on one thread.
     */
    static int[] ranks(double[] key, TiePolicy policy, int threads) {
        if (threads <= 1 || key.length < Parallel.UNITS_FROM) {
            return ranks(key, policy);
        }
        BucketOrder order = BucketOrder.descending(key, threads);
        int m = order.size;
        int[] rank = new int[key.length];
        if (policy == TiePolicy.DENSE) {
            return inOrder(order.value, order.index, m, rank, policy);
        }
        int chunks = Parallel.chunks(m, threads, 1);
        Parallel.run(threads, chunks, (none, c) -> inOrder(order.value, order.index, m,
                Parallel.chunkStart(c, chunks, m, 1), Parallel.chunkStart(c + 1, chunks, m, 1), rank, policy));
        return rank;
    }

    /**
     * The ranks of sorted positions {@code [from, to)} of {@link #inOrder(double[], int[], int, int[], TiePolicy)}
     * (not for dense ranks): a group of equal values that starts before {@code from} or ends after {@code to} is
     * followed to its ends, so that each range gets the ranks the whole walk gives it.
     */
    private static void inOrder(double[] value, int[] index, int m, int from, int to, int[] rank, TiePolicy policy) {
        if (from >= to) {
            return;
        }
        switch (policy) {
            case ORDINAL:
                for (int t = from; t < to; t++) {
                    rank[index[t]] = t + 1;
                }
                break;
            case MODIFIED_COMPETITION: {
                double next = value[to - 1];
                int end = to - 1;
                while (end + 1 < m && value[end + 1] == next) {
                    end++;
                }
                int r = end + 1;
                for (int t = to - 1; t >= from; t--) {
                    double v = value[t];
                    if (v != next) {
                        r = t + 1;
                        next = v;
                    }
                    rank[index[t]] = r;
                }
                break;
            }
            case COMPETITION: {
                double previous = value[from];
                int start = from;
                while (start > 0 && value[start - 1] == previous) {
                    start--;
                }
                int r = start + 1;
                for (int t = from; t < to; t++) {
                    double v = value[t];
                    if (v != previous) {
                        r = t + 1;
                        previous = v;
                    }
                    rank[index[t]] = r;
                }
                break;
            }
            default:
                throw new IllegalArgumentException("dense ranks are written in one walk");
        }
    }

    /**
     * Ranks as {@link #ranks(double[], TiePolicy)} does, into {@code rank} (at least as long as {@code key}), with the
     * sorting arrays of a workspace ({@link BucketOrder#descendingShort}: for many columns in a row).
     */
    static void ranks(double[] key, TiePolicy policy, BucketOrder.Workspace workspace, int[] rank) {
        int m = BucketOrder.descendingShort(key, workspace);
        Arrays.fill(rank, 0, key.length, 0);
        inOrder(workspace.value, workspace.index, m, rank, policy);
    }

    /** Ranks from a radix sort of the cells' bits ({@link RadixOrder}): O(n), eight passes; a cross-check. */
    static int[] byRadix(double[] key, TiePolicy policy) {
        RadixOrder order = RadixOrder.descending(key);
        int m = order.size;
        double[] value = new double[m];
        for (int t = 0; t < m; t++) {
            value[t] = key[order.index[t]];
        }
        return inOrder(value, order.index, m, new int[key.length], policy);
    }

    /**
     * Ranks from one walk over the groups of equal values of the {@code m} non-NaN cells {@code index}, given in
     * descending order of {@code value} with ties in ascending cell order, into {@code rank}, which holds 0 for the
     * other cells.
     */
    private static int[] inOrder(double[] value, int[] index, int m, int[] rank, TiePolicy policy) {
        if (m == 0) {
            return rank;
        }
        if (policy != TiePolicy.DENSE) {
            inOrder(value, index, m, 0, m, rank, policy);
            return rank;
        }
        int r = 1;
        double previous = value[0];
        for (int t = 0; t < m; t++) {
            double v = value[t];
            if (v != previous) {
                r++;
                previous = v;
            }
            rank[index[t]] = r;
        }
        return rank;
    }

    /**
     * Ranks from a sorted copy of the values (binary search per unit; ordinal: a stable index sort): the comparison
     * sort that the bucket and radix sorts are checked against.
     */
    static int[] bySort(double[] key, TiePolicy policy) {
        if (policy == TiePolicy.ORDINAL) {
            return ordinal(key);
        }
        int n = key.length;
        double[] sorted = new double[n];
        int m = 0;
        for (int u = 0; u < n; u++) {
            if (key[u] == key[u]) {
                sorted[m++] = key[u] + 0.0;
            }
        }
        sorted = Arrays.copyOf(sorted, m);
        Arrays.sort(sorted);
        int[] distinctFrom = null;
        if (policy == TiePolicy.DENSE) {
            distinctFrom = new int[m + 1];
            for (int i = m - 1; i >= 0; i--) {
                distinctFrom[i] = distinctFrom[i + 1] + (i == m - 1 || sorted[i] != sorted[i + 1] ? 1 : 0);
            }
        }
        int[] rank = new int[n];
        for (int u = 0; u < n; u++) {
            double v = key[u];
            if (v != v) {
                continue;
            }
            int above = upperBound(sorted, v);
            switch (policy) {
                case MODIFIED_COMPETITION:
                    rank[u] = m - lowerBound(sorted, v);
                    break;
                case DENSE:
                    rank[u] = distinctFrom[above] + 1;
                    break;
                default:
                    rank[u] = m - above + 1;
                    break;
            }
        }
        return rank;
    }

    /** First index whose value is greater than v. */
    private static int upperBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] > v) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** First index whose value is not less than v. */
    private static int lowerBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Ranks 1..m by descending key, ties in input order. */
    private static int[] ordinal(double[] key) {
        int n = key.length;
        int[] idx = Stats.presentIndices(key, n);
        double[] neg = new double[n];
        for (int u = 0; u < n; u++) {
            neg[u] = -key[u];
        }
        Stats.sortIndices(idx, neg);
        int[] rank = new int[n];
        for (int t = 0; t < idx.length; t++) {
            rank[idx[t]] = t + 1;
        }
        return rank;
    }

    /**
     * Band index per unit: with thresholds, band {@code i} holds {@code cuts[i-1] <= s < cuts[i]}; with quantiles,
     * the cuts are type-7 quantiles of the units' values. -1 for a unit without a value; null without banding (no
     * unit has a band).
     */
    static int[] bands(double[] key, Banding banding) {
        if (banding.method() == Banding.Method.NONE) {
            return null;
        }
        int n = key.length;
        int[] band = new int[n];
        Arrays.fill(band, -1);
        List<Double> c = banding.cuts();
        double[] cuts = new double[c.size()];
        double[] sorted = banding.method() == Banding.Method.QUANTILES ? Stats.sortedPresent(key, n) : null;
        for (int i = 0; i < cuts.length; i++) {
            cuts[i] = sorted == null ? c.get(i) : Stats.quantile(sorted, c.get(i));
        }
        for (int u = 0; u < n; u++) {
            double s = key[u];
            if (s == s) {
                int b = 0;
                while (b < cuts.length && s >= cuts[b]) {
                    b++;
                }
                band[u] = b;
            }
        }
        return band;
    }
}
