package lat.ideal.scoring;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Runs independent tasks of one scoring step on several threads: the calling thread and up to {@code threads - 1}
 * workers of the JVM's common {@link ForkJoinPool} (already running, so a step does not pay for starting threads; no
 * work of a step runs after it returns). Tasks are numbered; each thread takes the next number until none is left,
 * so which thread runs a task changes nothing, and every task writes only its own part of the output. The calling
 * thread takes tasks too and never waits for a worker that has not started: a busy pool only means fewer threads. A
 * step with one thread, or one task, runs on the calling thread alone.
 *
 * <p>If a task throws, the tasks not yet started are skipped, and the first exception (in task order) is rethrown on
 * the calling thread: unchecked exceptions and errors as they are. The calling thread's interrupt flag is kept: the
 * step waits for the tasks under way, then sets the flag again.
 */
final class Parallel {
    /**
     * Units from which a step splits its units into chunks for several threads; below, handing work to another
     * thread costs more than it saves.
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
     * Runs tasks {@code 0 .. tasks - 1} on at most {@code threads} threads; each thread that runs tasks makes its own
     * state once, before the first, with {@code state} (given the thread's number, 0 for the calling thread) and hands
     * it to every task it runs.
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
        Step<S> step = new Step<>(tasks, state, task);
        ForkJoinPool pool = ForkJoinPool.commonPool();
        for (int w = 1; w < workers; w++) {
            pool.execute(step::joinIn);
        }
        step.work(0);
        boolean interrupted = false;
        while (true) {
            try {
                step.done.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        for (Throwable f : step.failure) {
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

    /** The shared state of one step: the next task, the count of tasks not yet finished, the failures. */
    private static final class Step<S> {
        private final int tasks;
        private final IntFunction<S> state;
        private final Task<S> task;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger workers = new AtomicInteger();
        private final CountDownLatch done;
        private final Throwable[] failure;
        private volatile boolean failed;

        Step(int tasks, IntFunction<S> state, Task<S> task) {
            this.tasks = tasks;
            this.state = state;
            this.task = task;
            this.done = new CountDownLatch(tasks);
            this.failure = new Throwable[tasks];
        }

        /** A pool worker's part: nothing if every task is taken by the time it starts. */
        void joinIn() {
            if (next.get() < tasks) {
                work(workers.incrementAndGet());
            }
        }

        void work(int worker) {
            S s = null;
            for (int t = next.getAndIncrement(); t < tasks; t = next.getAndIncrement()) {
                try {
                    if (!failed) {
                        if (s == null) {
                            s = state.apply(worker);
                        }
                        task.run(s, t);
                    }
                } catch (Throwable e) {
                    failure[t] = e;
                    failed = true;
                } finally {
                    done.countDown();
                }
            }
        }
    }

    /** Runs tasks {@code 0 .. tasks - 1} on at most {@code threads} threads, without per-thread state. */
    static void run(int threads, int tasks, Task<Void> task) {
        run(threads, tasks, w -> null, task);
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
