package lat.ideal.scoring;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Runs independent tasks of one scoring step on several threads: the calling thread and {@code threads - 1} threads
 * started for the step and ended with it (no pool outlives a call, nothing is shared between calls). Tasks are
 * numbered; each thread takes the next number until none is left, so which thread runs a task changes nothing, and
 * every task writes only its own part of the output. A step with one thread, or one task, runs on the calling thread
 * alone.
 *
 * <p>If a task throws, the others still finish or stop at their next task, and the first exception (in task order)
 * is rethrown on the calling thread: unchecked exceptions and errors as they are. The calling thread's interrupt
 * flag is kept: the step waits for its threads, then sets the flag again.
 */
final class Parallel {
    /**
     * Units from which a step splits its units into chunks for several threads; below, the start of a thread costs
     * more than it saves.
     */
    static final int UNITS_FROM = 1 << 15;

    private Parallel() {
    }

    /** One task of a step, given the state of the thread that runs it. */
    @FunctionalInterface
    interface Task<S> {
        void run(S state, int task);
    }

    /**
     * Runs tasks {@code 0 .. tasks - 1} on at most {@code threads} threads; each thread makes its own state once with
     * {@code state} (given the thread's number, 0 for the calling thread) and hands it to every task it runs.
     */
    static <S> void run(int threads, int tasks, IntFunction<S> state, Task<S> task) {
        int workers = Math.min(threads, tasks);
        if (workers <= 1) {
            S s = state.apply(0);
            for (int t = 0; t < tasks; t++) {
                task.run(s, t);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Throwable[] failure = new Throwable[tasks];
        Thread[] started = new Thread[workers - 1];
        for (int w = 1; w < workers; w++) {
            int worker = w;
            started[w - 1] = new Thread(() -> work(next, tasks, state.apply(worker), task, failure),
                    "ideal-scoring-" + w);
            started[w - 1].setDaemon(true);
            started[w - 1].start();
        }
        work(next, tasks, state.apply(0), task, failure);
        boolean interrupted = false;
        for (Thread t : started) {
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        for (Throwable f : failure) {
            if (f instanceof RuntimeException) {
                throw (RuntimeException) f;
            }
            if (f instanceof Error) {
                throw (Error) f;
            }
            if (f != null) {
                throw new IllegalStateException(f);
            }
        }
    }

    /** Runs tasks {@code 0 .. tasks - 1} on at most {@code threads} threads, without per-thread state. */
    static void run(int threads, int tasks, Task<Void> task) {
        run(threads, tasks, w -> null, task);
    }

    private static <S> void work(AtomicInteger next, int tasks, S state, Task<S> task, Throwable[] failure) {
        for (int t = next.getAndIncrement(); t < tasks; t = next.getAndIncrement()) {
            try {
                task.run(state, t);
            } catch (Throwable e) {
                failure[t] = e;
                // The remaining tasks are not started.
                next.set(tasks);
            }
        }
    }

    /**
     * The number of chunks to split {@code n} units into for {@code threads} threads: one per thread from
     * {@link #UNITS_FROM} units on (each a whole number of {@code block}-unit blocks), else one.
     */
    static int chunks(int n, int threads, int block) {
        if (threads <= 1 || n < UNITS_FROM) {
            return 1;
        }
        return Math.max(1, Math.min(threads, (n + block - 1) / block));
    }

    /** The first unit of chunk {@code c} of {@code chunks} over {@code n} units, at a multiple of {@code block}. */
    static int chunkStart(int c, int chunks, int n, int block) {
        if (c >= chunks) {
            return n;
        }
        int blocks = (n + block - 1) / block;
        return (int) Math.min(n, (long) blocks * c / chunks * block);
    }
}
