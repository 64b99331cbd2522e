package lat.ideal.scoring.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntToDoubleFunction;
import java.util.function.Supplier;

/**
 * Runs numbered samples in parallel so that the output depends only on the seed, never on the number of threads.
 *
 * <p>Sample {@code i} of a run with seed {@code s} draws from its own {@link SplittableRandom}, seeded with
 * {@link #sampleSeed(long, long) sampleSeed(s, i)}, and its result goes to slot {@code i}; threads take the next
 * sample number as they become free, so which thread runs a sample changes nothing. A sample can be replayed alone
 * from its seed and number.
 *
 * <p>Work runs on a fresh {@link ForkJoinPool} of {@link #parallelism()} threads (default: every available
 * processor), shut down when the run ends; with parallelism 1 it runs on the calling thread. The progress listener
 * is told after every sample; the cancellation token is checked before each sample, and a cancelled run throws
 * {@link CancellationException} (so does interrupting the calling thread, which also keeps its interrupt flag). A
 * sample that throws stops the run and its exception is rethrown.
 *
 * <p>This class is immutable and thread-safe; the functions it runs must be safe to call from several threads.
 *
 * @since 0.1
 */
public final class SampleRunner {

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private final int parallelism;
    private final ProgressListener progress;
    private final CancellationToken cancellation;

    private SampleRunner(int parallelism, ProgressListener progress, CancellationToken cancellation) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism " + parallelism + " must be at least 1");
        }
        this.parallelism = parallelism;
        this.progress = Objects.requireNonNull(progress, "progress");
        this.cancellation = Objects.requireNonNull(cancellation, "cancellation");
    }

    /**
     * Returns a runner on every available processor, without progress reports, that nothing cancels.
     *
     * @return the runner, never null
     */
    public static SampleRunner withDefaults() {
        return new SampleRunner(Runtime.getRuntime().availableProcessors(), ProgressListener.NONE,
                CancellationToken.create());
    }

    /**
     * Returns a copy with another number of threads.
     *
     * @param threads the number of threads, at least 1
     * @return the copy, never null
     * @throws IllegalArgumentException if {@code threads} is less than 1
     */
    public SampleRunner withParallelism(int threads) {
        return new SampleRunner(threads, progress, cancellation);
    }

    /**
     * Returns a copy that reports progress.
     *
     * @param listener the listener, not null
     * @return the copy, never null
     */
    public SampleRunner withProgress(ProgressListener listener) {
        return new SampleRunner(parallelism, listener, cancellation);
    }

    /**
     * Returns a copy that stops when a token is cancelled.
     *
     * @param token the token, not null
     * @return the copy, never null
     */
    public SampleRunner withCancellation(CancellationToken token) {
        return new SampleRunner(parallelism, progress, token);
    }

    /**
     * Returns the number of threads.
     *
     * @return at least 1
     */
    public int parallelism() {
        return parallelism;
    }

    /**
     * Returns the progress listener.
     *
     * @return the listener, never null
     */
    public ProgressListener progress() {
        return progress;
    }

    /**
     * Returns the cancellation token.
     *
     * @return the token, never null
     */
    public CancellationToken cancellation() {
        return cancellation;
    }

    /**
     * Returns the seed of sample {@code index} of a run with seed {@code seed}: SplitMix64's output function applied
     * to {@code seed + (index + 1) * 0x9e3779b97f4a7c15}.
     *
     * @param seed the run's seed
     * @param index the sample's number, zero or more
     * @return the sample's seed
     */
    public static long sampleSeed(long seed, long index) {
        long z = seed + (index + 1) * GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /**
     * Runs {@code count} random samples.
     *
     * @param <R> the type of a sample's result
     * @param count the number of samples, zero or more
     * @param seed the run's seed
     * @param sample computes sample {@code i} from its own generator; its result must not be null
     * @return the results in sample order, never null
     * @throws CancellationException if the run is cancelled or the calling thread interrupted
     */
    public <R> List<R> run(int count, long seed, SampleFunction<? extends R> sample) {
        Objects.requireNonNull(sample, "sample");
        return run(count, seed, () -> null, (state, index, random) -> sample.sample(index, random));
    }

    /**
     * Runs {@code count} random samples, giving each thread its own working state (e.g. scratch arrays).
     *
     * @param <W> the type of a thread's working state
     * @param <R> the type of a sample's result
     * @param count the number of samples, zero or more
     * @param seed the run's seed
     * @param workerState makes one thread's working state; called once per thread, on that thread
     * @param sample computes sample {@code i} with the thread's state and the sample's own generator; its result
     *     must not be null and must not depend on which samples the state served before
     * @return the results in sample order, never null
     * @throws CancellationException if the run is cancelled or the calling thread interrupted
     */
    public <W, R> List<R> run(int count, long seed, Supplier<? extends W> workerState,
                              WorkerSampleFunction<? super W, ? extends R> sample) {
        Objects.requireNonNull(workerState, "workerState");
        Objects.requireNonNull(sample, "sample");
        Object[] slots = new Object[checkedCount(count)];
        execute(count, workerState, (state, index) -> slots[index] = Objects.requireNonNull(
                sample.sample(state, index, new SplittableRandom(sampleSeed(seed, index))),
                () -> "sample " + index + " returned null"));
        List<R> out = new ArrayList<>(count);
        for (Object slot : slots) {
            @SuppressWarnings("unchecked")
            R r = (R) slot;
            out.add(r);
        }
        return out;
    }

    /**
     * Runs {@code count} random samples for what they add to their thread's working state, and returns every state
     * made (one per thread that started, in no particular order). Whatever the states gather must not depend on the
     * order of the samples or on which thread ran which (counts, sums of integers), so that merging the states gives
     * the same result for any number of threads.
     *
     * @param <W> the type of a thread's working state
     * @param count the number of samples, zero or more
     * @param seed the run's seed
     * @param workerState makes one thread's working state; called once per thread, on that thread
     * @param sample adds sample {@code i}, drawn from the sample's own generator, to the thread's state
     * @return the states, never null
     * @throws CancellationException if the run is cancelled or the calling thread interrupted
     */
    <W> List<W> accumulate(int count, long seed, Supplier<? extends W> workerState,
                           WorkerSampleConsumer<? super W> sample) {
        Objects.requireNonNull(workerState, "workerState");
        Objects.requireNonNull(sample, "sample");
        checkedCount(count);
        List<W> states = new ArrayList<>();
        execute(count, () -> {
            W state = workerState.get();
            synchronized (states) {
                states.add(state);
            }
            return state;
        }, (state, index) -> sample.sample(state, index, new SplittableRandom(sampleSeed(seed, index))));
        synchronized (states) {
            return new ArrayList<>(states);
        }
    }

    /**
     * Evaluates a deterministic function at {@code 0 .. count - 1} in parallel.
     *
     * @param count the number of points, zero or more
     * @param function the function of the point's number
     * @return the values in point order, never null
     * @throws CancellationException if the run is cancelled or the calling thread interrupted
     */
    public double[] evaluate(int count, IntToDoubleFunction function) {
        Objects.requireNonNull(function, "function");
        return evaluate(count, () -> null, (state, index) -> function.applyAsDouble(index));
    }

    /**
     * Evaluates a deterministic function at {@code 0 .. count - 1} in parallel, giving each thread its own working
     * state.
     *
     * @param <W> the type of a thread's working state
     * @param count the number of points, zero or more
     * @param workerState makes one thread's working state; called once per thread, on that thread
     * @param function the function of the thread's state and the point's number
     * @return the values in point order, never null
     * @throws CancellationException if the run is cancelled or the calling thread interrupted
     */
    public <W> double[] evaluate(int count, Supplier<? extends W> workerState,
                                 WorkerEvaluation<? super W> function) {
        Objects.requireNonNull(workerState, "workerState");
        Objects.requireNonNull(function, "function");
        double[] out = new double[checkedCount(count)];
        execute(count, workerState, (state, index) -> out[index] = function.evaluate(state, index));
        return out;
    }

    private static int checkedCount(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("sample count " + count + " is negative");
        }
        return count;
    }

    private <W> void execute(int count, Supplier<? extends W> workerState, Body<W> body) {
        cancellation.throwIfCancelled("the run");
        if (count == 0) {
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long[] done = {0};
        Runnable worker = () -> {
            try {
                W state = workerState.get();
                while (!stop.get() && !cancellation.isCancelled()) {
                    int i = next.getAndIncrement();
                    if (i >= count) {
                        return;
                    }
                    body.run(state, i);
                    synchronized (done) {
                        done[0]++;
                        progress.progress(done[0], count);
                    }
                }
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
                stop.set(true);
            }
        };
        int threads = Math.min(parallelism, count);
        if (threads == 1) {
            worker.run();
        } else {
            runOnPool(threads, worker, stop);
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException) {
            throw (RuntimeException) t;
        }
        if (t instanceof Error) {
            throw (Error) t;
        }
        synchronized (done) {
            if (done[0] < count) {
                throw new CancellationException(String.format(Locale.ROOT, "the run was cancelled after %d of %d",
                        done[0], count));
            }
        }
    }

    private static void runOnPool(int threads, Runnable worker, AtomicBoolean stop) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            Future<?>[] futures = new Future<?>[threads];
            for (int t = 0; t < threads; t++) {
                futures[t] = pool.submit(worker);
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            stop.set(true);
            Thread.currentThread().interrupt();
            CancellationException c = new CancellationException("the run was interrupted");
            c.initCause(e);
            throw c;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed", e.getCause());
        } finally {
            stop.set(true);
            pool.shutdown();
        }
    }

    @FunctionalInterface
    private interface Body<W> {
        void run(W state, int index);
    }

    /**
     * Computes one random sample.
     *
     * @param <R> the type of the result
     * @since 0.1
     */
    @FunctionalInterface
    public interface SampleFunction<R> {
        /**
         * Computes sample {@code index}.
         *
         * @param index the sample's number
         * @param random the sample's own generator
         * @return the result, not null
         */
        R sample(int index, SplittableRandom random);
    }

    /** Adds one random sample to a thread's working state. */
    @FunctionalInterface
    interface WorkerSampleConsumer<W> {
        void sample(W state, int index, SplittableRandom random);
    }

    /**
     * Computes one random sample with a thread's working state.
     *
     * @param <W> the type of the working state
     * @param <R> the type of the result
     * @since 0.1
     */
    @FunctionalInterface
    public interface WorkerSampleFunction<W, R> {
        /**
         * Computes sample {@code index}.
         *
         * @param state the thread's working state
         * @param index the sample's number
         * @param random the sample's own generator
         * @return the result, not null
         */
        R sample(W state, int index, SplittableRandom random);
    }

    /**
     * Evaluates one point with a thread's working state.
     *
     * @param <W> the type of the working state
     * @since 0.1
     */
    @FunctionalInterface
    public interface WorkerEvaluation<W> {
        /**
         * Evaluates point {@code index}.
         *
         * @param state the thread's working state
         * @param index the point's number
         * @return the value
         */
        double evaluate(W state, int index);
    }

    @Override
    public String toString() {
        return "SampleRunner[parallelism " + parallelism + "]";
    }
}
