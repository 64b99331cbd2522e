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
        double[] fill = fillValues(column, n, policy, groups, groupCount, eligible);
        if (fill == null) {
            return column;
        }
        double[] out = column.clone();
        apply(out, n, fill, groups, eligible, imputed);
        return out;
    }

    /**
     * Fills the missing cells of {@code column} where they are, for every unit, as {@link #impute} would fill a copy;
     * returns whether any cell was filled. {@code work} holds at least n ints, and its contents are overwritten.
     */
    static boolean imputeInPlace(double[] column, int n, MissingPolicy policy, int[] groups, int groupCount,
                                 boolean[] imputed, int[] work) {
        if (policy == MissingPolicy.MEAN) {
            // Where the missing cells are, in one pass without a branch on which they are. They then hold -0.0,
            // which leaves any sum as it is, while the whole column is summed in vectorised partial sums
            // (Stats.laneSum); then they take the mean.
            int[] gaps = work;
            int g = 0;
            for (int u = 0; u < n; u++) {
                gaps[g] = u;
                g += column[u] != column[u] ? 1 : 0;
            }
            if (g == 0 || g == n) {
                return false;
            }
            for (int i = 0; i < g; i++) {
                column[gaps[i]] = -0.0;
            }
            double mean = Stats.laneSum(column, n) / (n - g);
            for (int i = 0; i < g; i++) {
                column[gaps[i]] = mean;
                imputed[gaps[i]] = true;
            }
            return true;
        }
        double[] fill = fillValues(column, n, policy, groups, groupCount, null);
        if (fill == null) {
            return false;
        }
        apply(column, n, fill, groups, null, imputed);
        return true;
    }

    /**
     * The values missing cells get: {overall} or, for the group mean, {overall, mean of group 0, ...}; null when
     * nothing is to be filled (exclude-and-reweight, no eligible cell missing, or no cell present).
     */
    private static double[] fillValues(double[] column, int n, MissingPolicy policy, int[] groups, int groupCount,
                                       boolean[] eligible) {
        if (policy == MissingPolicy.EXCLUDE_AND_REWEIGHT) {
            return null;
        }
        double overall;
        if (eligible == null && policy != MissingPolicy.MEDIAN) {
            // Every unit may be filled: the mean's own pass tells whether any cell is present and any missing.
            double[] sumCount = Stats.sumCount(column, n);
            if (sumCount[1] == 0 || sumCount[1] == n) {
                return null;
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
                return null;
            }
            overall = policy == MissingPolicy.MEDIAN ? Stats.median(Stats.sortedPresent(column, n))
                    : Stats.mean(column, n);
        }
        if (policy != MissingPolicy.GROUP_MEAN || groups == null) {
            return new double[] {overall};
        }
        double[] sum = new double[groupCount];
        int[] count = new int[groupCount];
        for (int u = 0; u < n; u++) {
            int g = groups[u];
            if (g >= 0 && column[u] == column[u]) {
                sum[g] += column[u];
                count[g]++;
            }
        }
        double[] fill = new double[groupCount + 1];
        fill[0] = overall;
        for (int g = 0; g < groupCount; g++) {
            fill[g + 1] = count[g] > 0 ? sum[g] / count[g] : overall;
        }
        return fill;
    }

    /** Writes the fill values into the missing cells of {@code out} that may be filled, and flags them. */
    private static void apply(double[] out, int n, double[] fill, int[] groups, boolean[] eligible,
                              boolean[] imputed) {
        for (int u = 0; u < n; u++) {
            if (out[u] != out[u] && (eligible == null || eligible[u])) {
                int g = fill.length == 1 || groups[u] < 0 ? -1 : groups[u];
                out[u] = fill[g + 1];
                imputed[u] = true;
            }
        }
    }
}
