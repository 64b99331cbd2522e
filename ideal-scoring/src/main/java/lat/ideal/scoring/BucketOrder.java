package lat.ideal.scoring;

import java.util.Arrays;

/**
 * The non-NaN cells of a column in descending order, ties (equal values; {@code -0.0} equals {@code 0.0}) in ascending
 * index order, by a most-significant-digit bucket sort on the values themselves: one pass for the range, one counting
 * pass, one stable scatter into buckets that split the range evenly, each bucket of more than {@link #SMALL} cells
 * split the same way with its own range, and an insertion sort that only moves cells within their bucket. Expected
 * O(n) for values spread over their range; a bucket still too large after {@link #MAX_DEPTH} splits (values spread
 * over many orders of magnitude) is sorted by a stable merge sort, or by {@link RadixOrder} from
 * {@link Ranking#RADIX_FROM} cells on, so no input is quadratic: O(n log n) at worst. Where a sample of the cells
 * crowds into one bucket of the even split and their range spans more than a factor of 4, as heavy-tailed counts and
 * volumes do, the split is by the values' bits instead ({@link BitSplit}), with the same guarantees.
 *
 * <p>Why the order is right: a cell of value {@code v} goes to bucket {@code clamp((int) ((hi - v) * scale), 0,
 * buckets - 1)}, with {@code hi} the greatest finite value of the cells being split (0 if none) and {@code scale}
 * positive and finite. Every step is monotone in {@code v}: the correctly rounded {@code hi - v} does not increase
 * when {@code v} grows (rounding is monotone; {@code -0.0} and {@code 0.0} give the same result; infinities give
 * infinities, never NaN), multiplying by a positive finite number keeps that order, and so do the saturating cast to
 * {@code int} and the clamp. So a greater value never lands in a later bucket: the buckets in order hold the values
 * in descending order up to the order inside each bucket. The scatter visits the cells in index order, so equal
 * values leave it in index order; the insertion sort moves a value only past strictly smaller ones, which share its
 * bucket, and so keeps that order; the merge and radix sorts are stable. Equal values always share a bucket (the
 * bucket is a function of the value, and {@code -0.0} and {@code 0.0} give the same one), so a bucket holds whole
 * groups of equal values, and every value in a later bucket is strictly smaller: a {@link Sink} can take the cells
 * bucket by bucket, each as soon as it is in order, while it is still in the cache.
 */
final class BucketOrder {
    /** Buckets of at most this many cells are left to the insertion sort. */
    static final int SMALL = 32;
    /**
     * Columns of more cells than this get about one bucket per 2^{@value #SHIFT_LARGE} cells first (few enough write
     * streams for the caches), and each bucket about one bucket per cell next; smaller ones one bucket per cell.
     */
    private static final int FEW = 1 << 12;
    private static final int SHIFT_LARGE = 11;
    /** How often a large bucket is split again with its own range before a merge or radix sort takes it. */
    static final int MAX_DEPTH = 3;
    /** Buckets per cell in {@link #descendingShort}. */
    static final int SPREAD = 4;

    /** The values of the non-NaN cells in descending order; the first {@link #size} entries are used. */
    final double[] value;
    /** The cell of each entry of {@link #value}. */
    final int[] index;
    /** The number of non-NaN cells. */
    final int size;

    /**
     * Takes the sorted cells range by range, each as soon as it is in its final order. The ranges are disjoint, cover
     * the positions 0 to the number of non-NaN cells, and each holds whole groups of equal values (every value after
     * a range is strictly smaller than every value in it). On one thread they come in order; on several, at once and
     * in any order.
     */
    interface Sink {
        /**
         * Takes positions {@code [from, to)} of {@code value} and {@code index}.
         *
         * @param value the values in descending order (positions before {@code from} and, on one thread, after
         *     {@code to} may not be in order yet)
         * @param index the cell of each value
         * @param from the first position of the range
         * @param to one past its last position
         */
        void accept(double[] value, int[] index, int from, int to);
    }

    private BucketOrder(double[] value, int[] index, int size) {
        this.value = value;
        this.index = index;
        this.size = size;
    }

    /** Sorts the non-NaN cells of {@code key} by descending value, ties by ascending index. */
    static BucketOrder descending(double[] key) {
        Workspace w = new Workspace();
        int m = descending(key, w);
        return new BucketOrder(w.value, w.index, m);
    }

    /**
     * Sorts the non-NaN cells of {@code key} as {@link #descending(double[])} does, into the workspace's
     * {@link Workspace#value} and {@link Workspace#index}, and returns how many there are.
     */
    static int descending(double[] key, Workspace w) {
        return descending(key, w, null);
    }

    /**
     * Sorts as {@link #descending(double[], Workspace)} does and hands the sorted cells to {@code sink} (if not null)
     * in order, each bucket of the first split as soon as it is in order; returns the number of non-NaN cells.
     */
    static int descending(double[] key, Workspace w, Sink sink) {
        int n = key.length;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int m = 0;
        for (int u = 0; u < n; u++) {
            double v = key[u];
            if (v == v) {
                m++;
                min = v < min ? v : min;
                max = v > max ? v : max;
            }
        }
        w.reserve(m);
        if (m > 0) {
            new Sorter(key, w, sink).split(key, null, 0, n, m, min, max, 0, 0);
        }
        return m;
    }

    /**
     * Sorts the non-NaN cells of {@code key} as {@link #descending(double[])} does, on up to {@code threads} threads
     * from {@link Parallel#UNITS_FROM} cells on: the range, the count and the stable scatter of the first split run
     * on one chunk of cells per thread (chunk by chunk in index order, so equal values keep index order), then the
     * buckets, in one group of consecutive buckets per thread, are split further and insertion sorted. No cell moves
     * out of its first bucket after the scatter, so the order is the same as on one thread, entry for entry.
     */
    static BucketOrder descending(double[] key, int threads) {
        return descending(key, threads, null);
    }

    /**
     * Sorts as {@link #descending(double[], int)} does and hands the sorted cells to {@code sink} (if not null): on
     * several threads each bucket of the first split as soon as it is in order, by the thread that ordered it.
     */
    static BucketOrder descending(double[] key, int threads, Sink sink) {
        int n = key.length;
        Workspace w = new Workspace();
        if (threads <= 1 || n < Parallel.UNITS_FROM) {
            int m = descending(key, w, sink);
            return new BucketOrder(w.value, w.index, m);
        }
        int chunks = Parallel.chunks(n, threads, 1);
        int[] from = new int[chunks + 1];
        for (int c = 0; c <= chunks; c++) {
            from[c] = Parallel.chunkStart(c, chunks, n, 1);
        }
        double[][] part = new double[chunks][];
        Parallel.run(threads, chunks, (none, c) -> {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            int count = 0;
            for (int u = from[c]; u < from[c + 1]; u++) {
                double v = key[u];
                if (v == v) {
                    count++;
                    min = v < min ? v : min;
                    max = v > max ? v : max;
                }
            }
            part[c] = new double[] {min, max, count};
        });
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int m = 0;
        for (double[] p : part) {
            // The same extremes as one pass (of equal values such as -0.0 and 0.0 the first, chunks in order).
            min = p[0] < min ? p[0] : min;
            max = p[1] > max ? p[1] : max;
            m += (int) p[2];
        }
        w.reserve(m);
        if (m <= FEW) {
            if (m > 0) {
                new Sorter(key, w, sink).split(key, null, 0, n, m, min, max, 0, 0);
            }
            return new BucketOrder(w.value, w.index, m);
        }
        double hi = max;
        double lo = min;
        if (hi == Double.POSITIVE_INFINITY || lo == Double.NEGATIVE_INFINITY) {
            double[] range = finiteRange(key, 0, n);
            lo = range[0];
            hi = range[1];
        }
        int buckets = Math.max(2, m >> SHIFT_LARGE);
        double range = Math.min(hi - lo, Double.MAX_VALUE);
        double scale = range > 0 ? Math.min((buckets - 1) / range, Double.MAX_VALUE) : 1;
        int last = buckets - 1;
        double top = hi;
        int[][] end = new int[chunks][buckets];
        // As on one thread (Sorter#split), heavy-tailed values are split by their bits.
        BitSplit bits = BitSplit.crowded(key, 0, n, m, lo, hi, buckets) ? new BitSplit(lo, hi, buckets) : null;
        if (bits != null) {
            Parallel.run(threads, chunks, (none, c) -> {
                int[] e = end[c];
                for (int u = from[c]; u < from[c + 1]; u++) {
                    double v = key[u];
                    if (v == v) {
                        e[bits.bucket(v)]++;
                    }
                }
            });
        } else {
            Parallel.run(threads, chunks, (none, c) -> {
                int[] e = end[c];
                for (int u = from[c]; u < from[c + 1]; u++) {
                    double v = key[u];
                    if (v == v) {
                        e[Math.min(Math.max((int) ((top - v) * scale), 0), last)]++;
                    }
                }
            });
        }
        int[] bucketStart = new int[buckets + 1];
        int sum = 0;
        for (int b = 0; b < buckets; b++) {
            bucketStart[b] = sum;
            for (int c = 0; c < chunks; c++) {
                int count = end[c][b];
                end[c][b] = sum;
                sum += count;
            }
        }
        bucketStart[buckets] = sum;
        double[] value = w.value;
        int[] index = w.index;
        if (bits != null) {
            Parallel.run(threads, chunks, (none, c) -> {
                int[] e = end[c];
                for (int u = from[c]; u < from[c + 1]; u++) {
                    double v = key[u];
                    if (v == v) {
                        int p = e[bits.bucket(v)]++;
                        value[p] = v;
                        index[p] = u;
                    }
                }
            });
        } else {
            Parallel.run(threads, chunks, (none, c) -> {
                int[] e = end[c];
                for (int u = from[c]; u < from[c + 1]; u++) {
                    double v = key[u];
                    if (v == v) {
                        int p = e[Math.min(Math.max((int) ((top - v) * scale), 0), last)]++;
                        value[p] = v;
                        index[p] = u;
                    }
                }
            });
        }
        // Groups of consecutive buckets with about m / threads cells each.
        int groups = Math.min(threads, buckets);
        int[] firstBucket = new int[groups + 1];
        for (int g = 1, b = 0; g < groups; g++) {
            long target = (long) m * g / groups;
            while (b < buckets && bucketStart[b] < target) {
                b++;
            }
            firstBucket[g] = b;
        }
        firstBucket[groups] = buckets;
        Parallel.run(threads, groups, worker -> new Workspace(), (spare, g) -> {
            int most = 0;
            for (int b = firstBucket[g]; b < firstBucket[g + 1]; b++) {
                most = Math.max(most, bucketStart[b + 1] - bucketStart[b]);
            }
            spare.spareValue = new double[most];
            spare.spareIndex = new int[most];
            Sorter sorter = new Sorter(key, value, index, spare, sink);
            for (int b = firstBucket[g]; b < firstBucket[g + 1]; b++) {
                sorter.finishBucket(bucketStart[b], bucketStart[b + 1]);
            }
        });
        return new BucketOrder(value, index, m);
    }

    /**
     * Sorts the non-NaN cells of {@code key} as {@link #descending(double[], Workspace)} does, in one split for a
     * column of at most {@link #FEW} cells: {@value #SPREAD} buckets per cell (so that few cells share one), each
     * cell's bucket computed once, and the insertion sort; a column whose values clump (the insertion sort past
     * {@link #SMALL} moves per cell) goes to the general sort instead. For many short columns in a row (the samples of a Monte
     * Carlo analysis). Returns the number of non-NaN cells.
     */
    static int descendingShort(double[] key, Workspace w) {
        int n = key.length;
        if (n > FEW) {
            return descending(key, w);
        }
        // Comparisons with NaN are false: the range and the count skip NaN cells without a branch.
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int m = 0;
        for (int u = 0; u < n; u++) {
            double v = key[u];
            lo = v < lo ? v : lo;
            hi = v > hi ? v : hi;
            m += v == v ? 1 : 0;
        }
        w.reserve(m);
        if (m == 0) {
            return 0;
        }
        if (hi == Double.POSITIVE_INFINITY || lo == Double.NEGATIVE_INFINITY) {
            double[] range = finiteRange(key, 0, n);
            lo = range[0];
            hi = range[1];
        }
        int buckets = Math.max(2, SPREAD * m);
        double range = Math.min(hi - lo, Double.MAX_VALUE);
        double scale = range > 0 ? Math.min((buckets - 1) / range, Double.MAX_VALUE) : 1;
        int last = buckets - 1;
        if (w.end.length < buckets) {
            w.end = new int[buckets];
        } else {
            Arrays.fill(w.end, 0, buckets, 0);
        }
        if (w.bucket.length < n) {
            w.bucket = new int[n];
        }
        int[] end = w.end;
        int[] bucket = w.bucket;
        for (int u = 0; u < n; u++) {
            double v = key[u];
            if (v == v) {
                int b = Math.min(Math.max((int) ((hi - v) * scale), 0), last);
                bucket[u] = b;
                end[b]++;
            } else {
                bucket[u] = -1;
            }
        }
        int sum = 0;
        for (int b = 0; b < buckets; b++) {
            int c = end[b];
            end[b] = sum;
            sum += c;
        }
        double[] value = w.value;
        int[] index = w.index;
        for (int u = 0; u < n; u++) {
            int b = bucket[u];
            if (b >= 0) {
                int p = end[b]++;
                value[p] = key[u];
                index[p] = u;
            }
        }
        // Values that clump (many in one bucket) would make the insertion sort quadratic: past a linear number of
        // moves, the general sort (which splits large buckets again) takes the column.
        return insertionSort(value, index, 0, m, (long) SMALL * m) ? m : descending(key, w);
    }

    /**
     * Arrays that sorting a column needs, kept between sorts so that sorting many columns in a row allocates nothing
     * once they are large enough; one sort at a time (one per thread).
     */
    static final class Workspace {
        /** The values in descending order, after a sort; the first (returned) number of entries are used. */
        double[] value = new double[0];
        /** The cell of each entry of {@link #value}. */
        int[] index = new int[0];
        /** The bucket boundaries of {@link #descendingShort}. */
        private int[] end = new int[0];
        /** Each cell's bucket in {@link #descendingShort}, -1 for NaN. */
        private int[] bucket = new int[0];
        /** The bucket boundaries of each depth of {@link Sorter#sort}, kept between buckets and sorts. */
        private final int[][] ends = new int[MAX_DEPTH + 1][0];
        /** Scratch space for one bucket too large for an insertion sort. */
        private double[] spareValue = new double[0];
        private int[] spareIndex = new int[0];

        /** Makes room for {@code m} cells. */
        void reserve(int m) {
            if (value.length < m) {
                value = new double[m];
                index = new int[m];
            }
        }
    }

    /**
     * The arrays of one sort: the column, the output and scratch space for one bucket, from a workspace, and what
     * takes the sorted cells.
     */
    private static final class Sorter {
        private final double[] column;
        private final double[] value;
        private final int[] index;
        private final Workspace workspace;
        /** Takes the sorted cells of the first split, or null. */
        private final Sink sink;

        Sorter(double[] column, Workspace workspace, Sink sink) {
            this(column, workspace.value, workspace.index, workspace, sink);
        }

        /** A sorter that writes to {@code value} and {@code index} and takes scratch space from {@code spare}. */
        Sorter(double[] column, double[] value, int[] index, Workspace spare, Sink sink) {
            this.column = column;
            this.value = value;
            this.index = index;
            this.workspace = spare;
            this.sink = sink;
        }

        /**
         * Sorts as {@link #sort} does, by a split of the cells' bits ({@link BitSplit}) where a sample of them
         * crowds into one bucket of an even split of their range.
         */
        void split(double[] src, int[] srcIndex, int from, int to, int m, double min, double max, int depth, int at) {
            double hi = max;
            double lo = min;
            if (hi == Double.POSITIVE_INFINITY || lo == Double.NEGATIVE_INFINITY) {
                double[] range = finiteRange(src, from, to);
                lo = range[0];
                hi = range[1];
            }
            int buckets = Math.max(2, depth == 0 && m > FEW ? m >> SHIFT_LARGE : m);
            if (!BitSplit.crowded(src, from, to, m, lo, hi, buckets)) {
                sort(src, srcIndex, from, to, m, min, max, depth, at);
                return;
            }
            BitSplit bits = new BitSplit(lo, hi, buckets);
            int[] end = workspace.ends[depth];
            if (end.length < buckets) {
                end = new int[buckets];
                workspace.ends[depth] = end;
            } else {
                Arrays.fill(end, 0, buckets, 0);
            }
            for (int u = from; u < to; u++) {
                double v = src[u];
                if (v == v) {
                    end[bits.bucket(v)]++;
                }
            }
            int sum = at;
            int most = 0;
            for (int b = 0; b < buckets; b++) {
                int c = end[b];
                most = Math.max(most, c);
                end[b] = sum;
                sum += c;
            }
            for (int u = from; u < to; u++) {
                double v = src[u];
                if (v == v) {
                    int p = end[bits.bucket(v)]++;
                    value[p] = v;
                    index[p] = srcIndex == null ? u : srcIndex[u];
                }
            }
            finish(end, buckets, most, depth, at, m);
        }

        /**
         * The rest of {@link #split} by bits once the {@code m} cells are in their buckets ({@code end[b]} one past
         * bucket {@code b}'s last position, the largest holding {@code most} cells): the same steps as the end of
         * {@link #sort}, which keeps its own copy because calling this method from there made ranking 10^6 uniform
         * values about 2 ms (a tenth) slower, paired in one JVM on JDK 17.
         */
        private void finish(int[] end, int buckets, int most, int depth, int at, int m) {
            if (most > SMALL && workspace.spareValue.length < most) {
                workspace.spareValue = new double[most];
                workspace.spareIndex = new int[most];
            }
            if (depth == 0 && sink != null && m > FEW) {
                int start = at;
                for (int b = 0; b < buckets; b++) {
                    finishBucket(start, end[b]);
                    start = end[b];
                }
                return;
            }
            if (most > SMALL) {
                int start = at;
                for (int b = 0; b < buckets; b++) {
                    int stop = end[b];
                    if (stop - start > SMALL) {
                        order(start, stop, depth);
                    }
                    start = stop;
                }
            }
            insertionSort(value, index, at, at + m);
            if (depth == 0 && sink != null) {
                sink.accept(value, index, at, at + m);
            }
        }

        /**
         * Sorts the {@code m} non-NaN cells of {@code src[from, to)} (cell numbers {@code srcIndex}, or the positions
         * themselves when null) into {@code value} and {@code index} from position {@code at}, where min and max are
         * the least and greatest of them. At depth 0 the sorted cells go to the sink, if there is one: bucket by bucket
         * when the first split is coarse (more than {@link #FEW} cells), else all at once.
         */
        void sort(double[] src, int[] srcIndex, int from, int to, int m, double min, double max, int depth, int at) {
            double hi = max;
            double lo = min;
            if (hi == Double.POSITIVE_INFINITY || lo == Double.NEGATIVE_INFINITY) {
                double[] range = finiteRange(src, from, to);
                lo = range[0];
                hi = range[1];
            }
            int buckets = Math.max(2, depth == 0 && m > FEW ? m >> SHIFT_LARGE : m);
            double range = Math.min(hi - lo, Double.MAX_VALUE);
            double scale = range > 0 ? Math.min((buckets - 1) / range, Double.MAX_VALUE) : 1;
            int last = buckets - 1;
            // Each depth keeps its own boundaries: a deeper split runs while the one above it is being read.
            int[] end = workspace.ends[depth];
            if (end.length < buckets) {
                end = new int[buckets];
                workspace.ends[depth] = end;
            } else {
                Arrays.fill(end, 0, buckets, 0);
            }
            for (int u = from; u < to; u++) {
                double v = src[u];
                if (v == v) {
                    end[Math.min(Math.max((int) ((hi - v) * scale), 0), last)]++;
                }
            }
            int sum = at;
            int most = 0;
            for (int b = 0; b < buckets; b++) {
                int c = end[b];
                most = Math.max(most, c);
                end[b] = sum;
                sum += c;
            }
            double[] value = this.value;
            int[] index = this.index;
            if (srcIndex == null) {
                for (int u = from; u < to; u++) {
                    double v = src[u];
                    if (v == v) {
                        int p = end[Math.min(Math.max((int) ((hi - v) * scale), 0), last)]++;
                        value[p] = v;
                        index[p] = u;
                    }
                }
            } else {
                for (int u = from; u < to; u++) {
                    double v = src[u];
                    int p = end[Math.min(Math.max((int) ((hi - v) * scale), 0), last)]++;
                    value[p] = v;
                    index[p] = srcIndex[u];
                }
            }
            if (most > SMALL && workspace.spareValue.length < most) {
                workspace.spareValue = new double[most];
                workspace.spareIndex = new int[most];
            }
            if (depth == 0 && sink != null && m > FEW) {
                // Each bucket put in order on its own and handed on while it is in the cache: the insertion sort of
                // the whole range below would only move cells within their buckets.
                int start = at;
                for (int b = 0; b < buckets; b++) {
                    finishBucket(start, end[b]);
                    start = end[b];
                }
                return;
            }
            if (most > SMALL) {
                int start = at;
                for (int b = 0; b < buckets; b++) {
                    int stop = end[b];
                    if (stop - start > SMALL) {
                        order(start, stop, depth);
                    }
                    start = stop;
                }
            }
            insertionSort(value, index, at, at + m);
            if (depth == 0 && sink != null) {
                sink.accept(value, index, at, at + m);
            }
        }

        /**
         * Puts the cells {@code [from, to)} of a bucket of the first split in order ({@link #order} for a large one,
         * the insertion sort for a small one) and hands them to the sink, if there is one.
         */
        void finishBucket(int from, int to) {
            if (to - from > SMALL) {
                order(from, to, 0);
            } else {
                insertionSort(value, index, from, to);
            }
            if (sink != null && from < to) {
                sink.accept(value, index, from, to);
            }
        }

        /** Orders the cells {@code [from, to)} of a bucket too large for an insertion sort. */
        private void order(int from, int to, int depth) {
            double[] value = this.value;
            double[] spareValue = workspace.spareValue;
            int[] spareIndex = workspace.spareIndex;
            double min = value[from];
            double max = min;
            for (int p = from + 1; p < to; p++) {
                double v = value[p];
                min = v < min ? v : min;
                max = v > max ? v : max;
            }
            int k = to - from;
            if (min == max) {
                return;
            } else if (depth < MAX_DEPTH) {
                System.arraycopy(value, from, spareValue, 0, k);
                System.arraycopy(index, from, spareIndex, 0, k);
                split(spareValue, spareIndex, 0, k, k, min, max, depth + 1, from);
            } else if (k >= Ranking.RADIX_FROM) {
                RadixOrder.sortDescending(column, index, from, to);
                for (int p = from; p < to; p++) {
                    value[p] = column[index[p]];
                }
            } else {
                mergeSort(value, index, spareValue, spareIndex, from, to, from);
            }
        }
    }

    /**
     * A split of the values between {@code lo} and {@code hi} into buckets by their bits rather than by an even split
     * of the range: a value's bucket is its {@link RadixOrder#key sort key} (in signed order), clamped to the keys of
     * {@code hi} and {@code lo} (so infinities join the end buckets, as in the even split) and shifted right until
     * {@code hi}'s and {@code lo}'s keys are at most {@code buckets - 1} apart. The key of a value falls as the value
     * grows, equal values ({@code -0.0} and {@code 0.0} included) have the same key, and clamping, subtracting the
     * smallest key and shifting keep that order, so the buckets in order hold the values in descending order, whole
     * groups of equal values each, as with the even split. A binade (the values of one sign and one exponent) spans
     * as many keys as any other: a column whose values spread over many orders of magnitude (counts, volumes,
     * amounts with heavy tails) gets buckets in proportion to its orders of magnitude, where an even split of its
     * range puts nearly all of it in the bucket next to zero.
     */
    static final class BitSplit {
        /** Cells sampled to decide between an even split and a split by bits. */
        static final int SAMPLE = 64;
        private final long top;
        private final long bottom;
        private final int shift;

        BitSplit(double lo, double hi, int buckets) {
            top = key(hi);
            bottom = key(lo);
            int s = 0;
            while (Long.compareUnsigned((bottom - top) >>> s, buckets - 1) > 0) {
                s++;
            }
            shift = s;
        }

        /**
         * Whether the {@code m} non-NaN cells of {@code src[from, to)} (finite ones from {@code lo} to {@code hi})
         * are better split by bits: where their range spans more than a factor of 4 (or zero), so that a split by
         * bits differs from an even one, and a quarter or more of {@value #SAMPLE} cells taken at even steps share
         * one bucket of the even split into {@code buckets}.
         */
        static boolean crowded(double[] src, int from, int to, int m, double lo, double hi, int buckets) {
            if (m < 4 * SAMPLE || !(lo < hi) || (lo > 0 && hi < 4 * lo) || (hi < 0 && lo > 4 * hi)) {
                return false;
            }
            double range = Math.min(hi - lo, Double.MAX_VALUE);
            double scale = Math.min((buckets - 1) / range, Double.MAX_VALUE);
            int[] bucket = new int[SAMPLE];
            int taken = 0;
            long step = (to - from) / SAMPLE;
            for (int i = 0; i < SAMPLE; i++) {
                double v = src[(int) (from + i * step)];
                if (v == v) {
                    bucket[taken++] = Math.min(Math.max((int) ((hi - v) * scale), 0), buckets - 1);
                }
            }
            Arrays.sort(bucket, 0, taken);
            int longest = 0;
            for (int i = 0, j = 0; i < taken; i = j) {
                while (j < taken && bucket[j] == bucket[i]) {
                    j++;
                }
                longest = Math.max(longest, j - i);
            }
            return longest >= SAMPLE / 4;
        }

        /** The bucket of non-NaN value {@code v}. */
        int bucket(double v) {
            return (int) ((Math.min(Math.max(key(v), top), bottom) - top) >>> shift);
        }

        /** {@link RadixOrder#key}, whose unsigned order is the values' descending order, as a signed order. */
        private static long key(double v) {
            return RadixOrder.key(v) ^ Long.MIN_VALUE;
        }
    }

    /** The least and greatest finite values of {@code src[from, to)}, or 0 and 0 if none is finite. */
    private static double[] finiteRange(double[] src, int from, int to) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int u = from; u < to; u++) {
            double v = src[u];
            if (v - v == 0) {
                lo = v < lo ? v : lo;
                hi = v > hi ? v : hi;
            }
        }
        return hi < lo ? new double[] {0, 0} : new double[] {lo, hi};
    }

    /** Stable descending insertion sort; linear where the cells are in order already or equal. */
    private static void insertionSort(double[] value, int[] index, int from, int to) {
        insertionSort(value, index, from, to, Long.MAX_VALUE);
    }

    /**
     * The stable descending insertion sort of {@link #insertionSort(double[], int[], int, int)}, given up (leaving
     * the cells in some order) once it has moved cells more than {@code budget} times; returns whether it finished.
     */
    private static boolean insertionSort(double[] value, int[] index, int from, int to, long budget) {
        long left = budget;
        for (int p = from + 1; p < to; p++) {
            double v = value[p];
            if (value[p - 1] < v) {
                int u = index[p];
                int q = p - 1;
                do {
                    value[q + 1] = value[q];
                    index[q + 1] = index[q];
                    q--;
                } while (q >= from && value[q] < v);
                value[q + 1] = v;
                index[q + 1] = u;
                left -= p - 1 - q;
                if (left < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Stable descending merge sort of {@code [from, to)}, with scratch space at the same positions less {@code base}.
     */
    private static void mergeSort(double[] value, int[] index, double[] spareValue, int[] spareIndex, int from,
            int to, int base) {
        if (to - from <= SMALL) {
            insertionSort(value, index, from, to);
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(value, index, spareValue, spareIndex, from, mid, base);
        mergeSort(value, index, spareValue, spareIndex, mid, to, base);
        if (!(value[mid - 1] < value[mid])) {
            return;
        }
        System.arraycopy(value, from, spareValue, from - base, to - from);
        System.arraycopy(index, from, spareIndex, from - base, to - from);
        int i = from - base;
        int j = mid - base;
        int leftEnd = j;
        int rightEnd = to - base;
        for (int p = from; p < to; p++) {
            if (j >= rightEnd || (i < leftEnd && !(spareValue[i] < spareValue[j]))) {
                value[p] = spareValue[i];
                index[p] = spareIndex[i++];
            } else {
                value[p] = spareValue[j];
                index[p] = spareIndex[j++];
            }
        }
    }
}
