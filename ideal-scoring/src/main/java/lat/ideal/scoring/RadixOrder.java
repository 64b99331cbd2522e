package lat.ideal.scoring;

/**
 * The non-NaN cells of a column in descending order, by a stable least-significant-digit radix sort of their bits:
 * O(n) with eight passes of 8-bit digits (passes in which every key has the same digit are skipped), for ranking large
 * columns. Ties (equal values; {@code -0.0} equals {@code 0.0}) keep ascending index order, as a stable comparison sort
 * would.
 */
final class RadixOrder {
    private static final int BITS = 8;
    private static final int MASK = (1 << BITS) - 1;
    private static final int PASSES = (Long.SIZE + BITS - 1) / BITS;

    /** Indices of the non-NaN cells, by descending value; the first {@link #size} entries are used. */
    final int[] index;
    /** The sort key of each entry of {@link #index}: equal keys mean equal values. */
    final long[] key;
    /** The number of non-NaN cells. */
    final int size;

    private RadixOrder(int[] index, long[] key, int size) {
        this.index = index;
        this.key = key;
        this.size = size;
    }

    /** Sorts the non-NaN cells of {@code values} by descending value, ties by ascending index. */
    static RadixOrder descending(double[] values) {
        int n = values.length;
        long[] keys = new long[n];
        int[] index = new int[n];
        int m = 0;
        for (int u = 0; u < n; u++) {
            double v = values[u];
            if (v == v) {
                keys[m] = key(v);
                index[m++] = u;
            }
        }
        return sorted(keys, index, m);
    }

    /**
     * Reorders the cell numbers {@code index[from, to)}, which are in ascending order, by descending value of their
     * (non-NaN) cells in {@code values}; ties keep ascending order.
     */
    static void sortDescending(double[] values, int[] index, int from, int to) {
        int m = to - from;
        long[] keys = new long[m];
        int[] part = new int[m];
        for (int t = 0; t < m; t++) {
            int u = index[from + t];
            keys[t] = key(values[u]);
            part[t] = u;
        }
        System.arraycopy(sorted(keys, part, m).index, 0, index, from, m);
    }

    /** A key whose ascending unsigned order is the descending order of the values ({@code -0.0} as {@code 0.0}). */
    static long key(double v) {
        long bits = Double.doubleToRawLongBits(v + 0.0);
        return ~(bits ^ ((bits >> 63) | Long.MIN_VALUE));
    }

    /** Sorts the first {@code m} keys (and their cell numbers) stably by ascending unsigned key. */
    private static RadixOrder sorted(long[] keys, int[] index, int m) {
        int[][] counts = new int[PASSES][1 << BITS];
        for (int t = 0; t < m; t++) {
            long x = keys[t];
            for (int p = 0; p < PASSES; p++) {
                counts[p][(int) (x >>> (p * BITS)) & MASK]++;
            }
        }
        long[] keysTo = new long[m];
        int[] indexTo = new int[m];
        for (int p = 0; p < PASSES && m > 0; p++) {
            int shift = p * BITS;
            int[] start = counts[p];
            if (start[(int) (keys[0] >>> shift) & MASK] == m) {
                continue;
            }
            int sum = 0;
            for (int d = 0; d < start.length; d++) {
                int c = start[d];
                start[d] = sum;
                sum += c;
            }
            for (int t = 0; t < m; t++) {
                long x = keys[t];
                int at = start[(int) (x >>> shift) & MASK]++;
                keysTo[at] = x;
                indexTo[at] = index[t];
            }
            long[] k = keys;
            keys = keysTo;
            keysTo = k;
            int[] i = index;
            index = indexTo;
            indexTo = i;
        }
        return new RadixOrder(index, keys, m);
    }
}
