package lat.ideal.scoring;

import java.util.Arrays;
import java.util.List;
import lat.ideal.model.method.Banding;

/** Ranks (descending, rank 1 highest) and bands over primitive arrays; NaN keys get rank 0 and band -1. */
final class Ranking {
    private Ranking() {
    }

    /** From this many units on, ranks come from a radix sort instead of a comparison sort. */
    static final int RADIX_FROM = 1 << 12;

    static int[] ranks(double[] key, TiePolicy policy) {
        return key.length >= RADIX_FROM ? byRadix(key, policy) : bySort(key, policy);
    }

    /** Ranks from one radix-sorted pass over the groups of equal values: O(n). */
    static int[] byRadix(double[] key, TiePolicy policy) {
        RadixOrder order = RadixOrder.descending(key);
        int m = order.size;
        int[] idx = order.index;
        long[] k = order.key;
        int[] rank = new int[key.length];
        int dense = 0;
        int i = 0;
        while (i < m) {
            int j = i;
            while (j + 1 < m && k[j + 1] == k[i]) {
                j++;
            }
            dense++;
            for (int t = i; t <= j; t++) {
                int r;
                switch (policy) {
                    case MODIFIED_COMPETITION:
                        r = j + 1;
                        break;
                    case DENSE:
                        r = dense;
                        break;
                    case ORDINAL:
                        r = t + 1;
                        break;
                    default:
                        r = i + 1;
                        break;
                }
                rank[idx[t]] = r;
            }
            i = j + 1;
        }
        return rank;
    }

    /** Ranks from a sorted copy of the values (binary search per unit; ordinal: a stable index sort). */
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
     * the cuts are type-7 quantiles of the units' values. -1 for a unit without a value or without banding.
     */
    static int[] bands(double[] key, Banding banding) {
        int n = key.length;
        int[] band = new int[n];
        Arrays.fill(band, -1);
        if (banding.method() == Banding.Method.NONE) {
            return band;
        }
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
