package lat.ideal.scoring;

import java.util.List;
import lat.ideal.model.method.Banding;

/** Ranks (descending, rank 1 highest) and bands over primitive arrays; NaN keys get rank 0 and band -1. */
final class Ranking {
    private Ranking() {
    }

    static int[] ranks(double[] key, TiePolicy policy) {
        int n = key.length;
        int[] idx = Stats.presentIndices(key, n);
        double[] neg = new double[n];
        for (int u = 0; u < n; u++) {
            neg[u] = -key[u];
        }
        Stats.sortIndices(idx, neg);
        int[] rank = new int[n];
        int m = idx.length;
        int dense = 0;
        int i = 0;
        while (i < m) {
            int j = i;
            while (j + 1 < m && key[idx[j + 1]] == key[idx[i]]) {
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

    /**
     * Band index per unit: with thresholds, band {@code i} holds {@code cuts[i-1] <= s < cuts[i]}; with quantiles,
     * the cuts are type-7 quantiles of the units' values. -1 for a unit without a value or without banding.
     */
    static int[] bands(double[] key, Banding banding) {
        int n = key.length;
        int[] band = new int[n];
        java.util.Arrays.fill(band, -1);
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
