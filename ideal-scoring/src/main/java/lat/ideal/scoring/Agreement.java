package lat.ideal.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How far two results agree on the ranking of the units they share at a node: Spearman's rho, Kendall's tau-b,
 * top-k overlap and the largest rank shifts.
 *
 * <p>Units are matched by key; only units ranked in both results count ("common units"), and they are re-ranked
 * among themselves so that a unit missing on one side does not shift the others. Ties follow the results' own ranks
 * (equal ranks are ties). Rho is Pearson's correlation of mid-ranks; tau-b corrects for ties on both sides. Both are
 * empty with fewer than two common units or when one side ranks every common unit equal. Kendall's tau-b takes
 * O(n^2) time in the number of common units.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Agreement {
    private final String nodeA;
    private final String nodeB;
    private final String[] units;
    private final int[] rankA;
    private final int[] rankB;

    /**
     * A unit's rank on both sides, re-ranked among the common units.
     *
     * @param unit the unit's key, not null
     * @param rankA the rank in the first result
     * @param rankB the rank in the second result
     * @since 0.1
     */
    public record RankShift(String unit, int rankA, int rankB) {

        /** Checks that the key is not null. */
        public RankShift {
            Objects.requireNonNull(unit, "unit");
        }

        /**
         * Returns how far the unit moved: positive when it ranks lower (a larger number) in the second result.
         *
         * @return {@code rankB - rankA}
         */
        public int shift() {
            return rankB - rankA;
        }
    }

    private Agreement(String nodeA, String nodeB, String[] units, int[] rankA, int[] rankB) {
        this.nodeA = nodeA;
        this.nodeB = nodeB;
        this.units = units;
        this.rankA = rankA;
        this.rankB = rankB;
    }

    /**
     * Compares two results at the same node key.
     *
     * @param a the first result, not null
     * @param b the second result, not null
     * @param nodeKey the node key in both, not null
     * @return the agreement, never null
     * @throws IllegalArgumentException if either result has no such node
     */
    public static Agreement of(ScoringResult a, ScoringResult b, String nodeKey) {
        return of(a, nodeKey, b, nodeKey);
    }

    /**
     * Compares two results at two nodes (e.g. the roots of two methodologies).
     *
     * @param a the first result, not null
     * @param nodeA the node in the first result, not null
     * @param b the second result, not null
     * @param nodeB the node in the second result, not null
     * @return the agreement, never null
     * @throws IllegalArgumentException if a result has no such node
     */
    public static Agreement of(ScoringResult a, String nodeA, ScoringResult b, String nodeB) {
        int[] ra = a.node(nodeA).ranks();
        int[] rb = b.node(nodeB).ranks();
        List<String> keys = new ArrayList<>();
        List<int[]> pairs = new ArrayList<>();
        for (int u = 0; u < ra.length; u++) {
            if (ra[u] == 0) {
                continue;
            }
            String key = a.units().get(u).key();
            int v = b.input().unitIndex(key).orElse(-1);
            if (v >= 0 && rb[v] > 0) {
                keys.add(key);
                pairs.add(new int[] {ra[u], rb[v]});
            }
        }
        int m = keys.size();
        double[] xa = new double[m];
        double[] xb = new double[m];
        for (int i = 0; i < m; i++) {
            xa[i] = -pairs.get(i)[0];
            xb[i] = -pairs.get(i)[1];
        }
        return new Agreement(nodeA, nodeB, keys.toArray(new String[0]), Ranking.ranks(xa, TiePolicy.COMPETITION),
                Ranking.ranks(xb, TiePolicy.COMPETITION));
    }

    /**
     * Returns the number of units ranked in both results.
     *
     * @return the count
     */
    public int commonUnits() {
        return units.length;
    }

    /**
     * Returns Spearman's rank correlation of the common units (Pearson's correlation of mid-ranks).
     *
     * @return rho in [-1, 1], or empty with fewer than two units or no spread on a side
     */
    public OptionalDouble spearman() {
        int m = units.length;
        if (m < 2) {
            return OptionalDouble.empty();
        }
        double[] a = new double[m];
        double[] b = new double[m];
        for (int i = 0; i < m; i++) {
            a[i] = rankA[i];
            b[i] = rankB[i];
        }
        double[] ma = Stats.midRanks(a, m);
        double[] mb = Stats.midRanks(b, m);
        if (!(Stats.meanSd(ma, m)[1] > 0) || !(Stats.meanSd(mb, m)[1] > 0)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Stats.pearson(ma, mb, m));
    }

    /**
     * Returns Kendall's tau-b of the common units: (C - D) / sqrt((n0 - n1)(n0 - n2)) with ties corrected.
     *
     * @return tau-b in [-1, 1], or empty with fewer than two units or all tied on a side
     */
    public OptionalDouble kendallTauB() {
        int m = units.length;
        long concordant = 0;
        long discordant = 0;
        long tiesA = 0;
        long tiesB = 0;
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                int da = Integer.compare(rankA[i], rankA[j]);
                int db = Integer.compare(rankB[i], rankB[j]);
                if (da == 0) {
                    tiesA++;
                }
                if (db == 0) {
                    tiesB++;
                }
                if (da != 0 && db != 0) {
                    if (da == db) {
                        concordant++;
                    } else {
                        discordant++;
                    }
                }
            }
        }
        long n0 = (long) m * (m - 1) / 2;
        double denominator = Math.sqrt((double) (n0 - tiesA) * (double) (n0 - tiesB));
        if (m < 2 || !(denominator > 0)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((concordant - discordant) / denominator);
    }

    /**
     * Returns how many units both results rank among their top {@code k} (rank at most {@code k} among the common
     * units; ties at the boundary are included on each side).
     *
     * @param k the cut-off, at least 1
     * @return the number of units in both top-k sets
     * @throws IllegalArgumentException if {@code k} is below 1
     */
    public int topKOverlap(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k " + k + " is below 1");
        }
        int count = 0;
        for (int i = 0; i < units.length; i++) {
            if (rankA[i] <= k && rankB[i] <= k) {
                count++;
            }
        }
        return count;
    }

    /**
     * Returns the units whose rank differs most, largest absolute shift first (then by key).
     *
     * @param limit how many at most, zero or more
     * @return the shifts, never null
     * @throws IllegalArgumentException if {@code limit} is negative
     */
    public List<RankShift> largestShifts(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit " + limit + " is negative");
        }
        List<RankShift> all = new ArrayList<>();
        for (int i = 0; i < units.length; i++) {
            all.add(new RankShift(units[i], rankA[i], rankB[i]));
        }
        all.sort(Comparator.comparingInt((RankShift s) -> -Math.abs(s.shift())).thenComparing(RankShift::unit));
        return List.copyOf(all.subList(0, Math.min(limit, all.size())));
    }

    /**
     * Returns a summary: common units, rho, tau-b, top-10 overlap and the five largest shifts.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Agreement[%s vs %s, %d common units, Spearman rho %s, Kendall tau-b %s,"
                        + " top-10 overlap %d]%n", nodeA, nodeB, units.length, fmt(spearman()), fmt(kendallTauB()),
                topKOverlap(10)));
        for (RankShift s : largestShifts(5)) {
            b.append(String.format(Locale.ROOT, "  %-12s %4d -> %4d (%+d)%n", s.unit(), s.rankA(), s.rankB(),
                    s.shift()));
        }
        return b.toString();
    }

    private static String fmt(OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.4f", v.getAsDouble()) : "undefined";
    }
}
