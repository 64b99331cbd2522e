package lat.ideal.benchmarks;

import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * A small in-process timing harness: warm up, then the median of repeated runs.
 *
 * <p>The operation runs until {@code warmupSeconds} have passed and at least {@code minWarmupRuns} times; then it is
 * timed {@code repeats} times, or fewer (but at least three) when the runs would exceed {@code budgetSeconds}. Each run
 * returns a number that is folded into a checksum, so that its work cannot be optimised away.
 *
 * @param warmupSeconds the least warm-up time
 * @param minWarmupRuns the least number of warm-up runs
 * @param repeats the most timed runs
 * @param budgetSeconds the time the timed runs should stay within
 */
record Harness(double warmupSeconds, int minWarmupRuns, int repeats, double budgetSeconds) {
    /** The least number of timed runs. */
    static final int MIN_REPEATS = 3;

    /**
     * What a harness measured.
     *
     * @param millis the timed runs in milliseconds, in run order
     * @param warmupRuns how many runs warmed up
     * @param checksum the folded outputs of every run
     */
    record Timing(double[] millis, int warmupRuns, long checksum) {
        /** The median run time in milliseconds (the mean of the middle two for an even count). */
        double median() {
            double[] s = millis.clone();
            Arrays.sort(s);
            int m = s.length;
            return m % 2 == 1 ? s[m / 2] : (s[m / 2 - 1] + s[m / 2]) / 2;
        }

        /** The fastest run in milliseconds. */
        double min() {
            return Arrays.stream(millis).min().orElse(Double.NaN);
        }

        /** The slowest run in milliseconds. */
        double max() {
            return Arrays.stream(millis).max().orElse(Double.NaN);
        }

        /** The number of timed runs. */
        int runs() {
            return millis.length;
        }
    }

    /**
     * Warms up and times an operation.
     *
     * @param op the operation
     * @return the timing
     */
    Timing run(LongSupplier op) {
        long checksum = 0;
        int warmup = 0;
        long start = System.nanoTime();
        long last = 0;
        while (warmup < minWarmupRuns || System.nanoTime() - start < (long) (warmupSeconds * 1e9)) {
            long t0 = System.nanoTime();
            checksum = 31 * checksum + op.getAsLong();
            last = System.nanoTime() - t0;
            warmup++;
        }
        int count = (int) Math.max(MIN_REPEATS, Math.min(repeats, budgetSeconds * 1e9 / Math.max(1, last)));
        double[] millis = new double[count];
        for (int r = 0; r < count; r++) {
            long t0 = System.nanoTime();
            checksum = 31 * checksum + op.getAsLong();
            millis[r] = (System.nanoTime() - t0) / 1e6;
        }
        return new Timing(millis, warmup, checksum);
    }
}
