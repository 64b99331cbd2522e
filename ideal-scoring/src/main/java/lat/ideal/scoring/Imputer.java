package lat.ideal.scoring;

import lat.ideal.model.method.MissingPolicy;

/** Fills missing cells of a child column by the parent's policy; never changes an observed value. */
final class Imputer {
    private Imputer() {
    }

    /**
     * Returns the column with missing cells filled (a new array), or {@code column} itself when the policy is
     * exclude-and-reweight or nothing could be filled. Only units with {@code eligible[u]} are filled (all units when
     * {@code eligible} is null); {@code imputed[u]} is set for every filled cell. A column without any value stays
     * missing; a group without values falls back to the overall mean.
     */
    static double[] impute(double[] column, int n, MissingPolicy policy, int[] groups, int groupCount,
                           boolean[] eligible, boolean[] imputed) {
        if (policy == MissingPolicy.EXCLUDE_AND_REWEIGHT) {
            return column;
        }
        double overall;
        if (eligible == null && policy != MissingPolicy.MEDIAN) {
            // Every unit may be filled: the mean's own pass tells whether any cell is present and any missing.
            double[] sumCount = Stats.sumCount(column, n);
            if (sumCount[1] == 0 || sumCount[1] == n) {
                return column;
            }
            overall = sumCount[0] / sumCount[1];
        } else {
            boolean anyMissing = false;
            boolean anyPresent = false;
            for (int u = 0; u < n; u++) {
                if (column[u] == column[u]) {
                    anyPresent = true;
                } else if (eligible == null || eligible[u]) {
                    anyMissing = true;
                }
            }
            if (!anyMissing || !anyPresent) {
                return column;
            }
            overall = policy == MissingPolicy.MEDIAN ? Stats.median(Stats.sortedPresent(column, n))
                    : Stats.mean(column, n);
        }
        double[] groupMean = null;
        if (policy != MissingPolicy.MEDIAN) {
            if (policy == MissingPolicy.GROUP_MEAN && groups != null) {
                double[] sum = new double[groupCount];
                int[] count = new int[groupCount];
                for (int u = 0; u < n; u++) {
                    int g = groups[u];
                    if (g >= 0 && column[u] == column[u]) {
                        sum[g] += column[u];
                        count[g]++;
                    }
                }
                groupMean = new double[groupCount];
                for (int g = 0; g < groupCount; g++) {
                    groupMean[g] = count[g] > 0 ? sum[g] / count[g] : overall;
                }
            }
        }
        double[] out = column.clone();
        for (int u = 0; u < n; u++) {
            if (out[u] != out[u] && (eligible == null || eligible[u])) {
                int g = groups == null ? -1 : groups[u];
                out[u] = groupMean != null && g >= 0 ? groupMean[g] : overall;
                imputed[u] = true;
            }
        }
        return out;
    }
}
