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

    /**
     * Ranks by a bucket sort of the values ({@link BucketOrder}): expected O(n), O(n log n) at worst. Each bucket's
     * ranks are written as soon as the sort has put it in order ({@link Writer}).
     */
    static int[] ranks(double[] key, TiePolicy policy) {
        int[] rank = new int[key.length];
        BucketOrder.descending(key, new BucketOrder.Workspace(), new Writer(rank, policy));
        return rank;
    }

    /**
     * Ranks as {@link #ranks(double[], TiePolicy)} does, on up to {@code threads} threads from
     * {@link Parallel#UNITS_FROM} cells on ({@link BucketOrder#descending(double[], int, BucketOrder.Sink)}); each
     * thread writes the ranks of the buckets it puts in order (dense ranks, which count the distinct values before a
     * position, are written in one walk after the sort, on one thread). The same ranks as on one thread.
     */
    static int[] ranks(double[] key, TiePolicy policy, int threads) {
        if (threads <= 1 || key.length < Parallel.UNITS_FROM) {
            return ranks(key, policy);
        }
        int[] rank = new int[key.length];
        if (policy == TiePolicy.DENSE) {
            BucketOrder order = BucketOrder.descending(key, threads);
            return inOrder(order.value, order.index, order.size, rank, policy);
        }
        BucketOrder.descending(key, threads, new Writer(rank, policy));
        return rank;
    }

    /**
     * Writes the ranks of the ranges a {@link BucketOrder} hands on. Each range holds whole groups of equal values,
     * so other policies than dense need nothing from outside it, and ranges may come at once from several threads
     * (they write distinct cells); dense ranks count the distinct values before a range, so they need the ranges in
     * order, on one thread.
     */
    private static final class Writer implements BucketOrder.Sink {
        private final int[] rank;
        private final TiePolicy policy;
        /** Dense ranks: the number of distinct values in the ranges taken so far. */
        private int distinct;

        Writer(int[] rank, TiePolicy policy) {
            this.rank = rank;
            this.policy = policy;
        }

        @Override
        public void accept(double[] value, int[] index, int from, int to) {
            if (policy != TiePolicy.DENSE) {
                inOrder(value, index, from, to, rank, policy);
                return;
            }
            distinct = dense(value, index, from, to, rank, distinct);
        }
    }

    /**
     * Dense ranks of the non-empty sorted positions {@code [from, to)}, which start a new group of equal values,
     * after {@code before} distinct values; returns the number of distinct values up to {@code to}.
     */
    private static int dense(double[] value, int[] index, int from, int to, int[] rank, int before) {
        int r = before + 1;
        double previous = value[from];
        for (int t = from; t < to; t++) {
            double v = value[t];
            if (v != previous) {
                r++;
                previous = v;
            }
            rank[index[t]] = r;
        }
        return r;
    }

    /**
     * The ranks of sorted positions {@code [from, to)}, which hold whole groups of equal values (so nothing outside
     * them is read), as {@link #inOrder(double[], int[], int, int[], TiePolicy)} gives them; not for dense ranks,
     * which count the distinct values before {@code from}.
     */
    private static void inOrder(double[] value, int[] index, int from, int to, int[] rank, TiePolicy policy) {
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
                int r = to;
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
                int r = from + 1;
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
            inOrder(value, index, 0, m, rank, policy);
        } else {
            dense(value, index, 0, m, rank, 0);
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
