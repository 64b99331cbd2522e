package lat.ideal.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Parallel}: every task runs once, chunks tile the units in whole blocks, failures and interrupts surface. */
final class ParallelTest {

    @ParameterizedTest(name = "{0} threads, {1} tasks")
    @CsvSource({"1, 0", "1, 5", "2, 1", "2, 7", "3, 2", "4, 100"})
    void everyTaskRunsOnce(int threads, int tasks) {
        AtomicIntegerArray runs = new AtomicIntegerArray(tasks);
        Parallel.run(threads, tasks, (none, t) -> runs.incrementAndGet(t));
        for (int t = 0; t < tasks; t++) {
            assertThat(runs.get(t)).as("task %d", t).isEqualTo(1);
        }
    }

    /** A thread that runs tasks makes its state once, before its first task; the calling thread is number 0. */
    @Test
    void eachThreadMakesItsStateOnce() {
        Set<Integer> workers = ConcurrentHashMap.newKeySet();
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        Thread caller = Thread.currentThread();
        Parallel.run(3, 60, w -> {
            assertThat(workers.add(w)).as("state of worker %d made once", w).isTrue();
            return w;
        }, (w, t) -> threads.add(Thread.currentThread()));
        assertThat(workers).isNotEmpty().isSubsetOf(0, 1, 2);
        Parallel.run(1, 3, w -> {
            assertThat(w).as("one thread: the calling thread").isZero();
            return w;
        }, (w, t) -> assertThat(Thread.currentThread()).isSameAs(caller));
        assertThat(threads).hasSizeBetween(1, 3);
    }

    @ParameterizedTest(name = "n = {0}, {1} threads, block {2}")
    @CsvSource({"0, 2, 2048", "1, 2, 2048", "32767, 2, 2048", "32768, 2, 2048", "40961, 3, 2048", "1000000, 2, 2048",
        "1000000, 7, 1", "32768, 64, 2048"})
    void chunks_tileTheUnitsInWholeBlocks(int n, int threads, int block) {
        int chunks = Parallel.chunks(n, threads, block);
        assertThat(chunks).isBetween(1, Math.max(1, threads));
        if (n < Parallel.UNITS_FROM) {
            assertThat(chunks).isEqualTo(1);
        }
        assertThat(Parallel.chunkStart(0, chunks, n, block)).isZero();
        assertThat(Parallel.chunkStart(chunks, chunks, n, block)).isEqualTo(n);
        for (int c = 0; c < chunks; c++) {
            int start = Parallel.chunkStart(c, chunks, n, block);
            int end = Parallel.chunkStart(c + 1, chunks, n, block);
            assertThat(end).as("chunk %d not empty", c).isGreaterThan(n == 0 ? -1 : start);
            assertThat(start % block).as("chunk %d starts at a block", c).isZero();
        }
    }

    @Test
    void aFailingTask_isRethrownOnTheCallingThread() {
        IllegalStateException boom = new IllegalStateException("task 3");
        assertThatThrownBy(() -> Parallel.run(2, 10, (none, t) -> {
            if (t == 3) {
                throw boom;
            }
        })).isSameAs(boom);
        assertThatThrownBy(() -> Parallel.run(1, 10, (none, t) -> {
            if (t == 3) {
                throw boom;
            }
        })).isSameAs(boom);
    }

    @Test
    void theCallingThreadsInterruptFlag_isKept() {
        try {
            Thread.currentThread().interrupt();
            AtomicIntegerArray runs = new AtomicIntegerArray(8);
            Parallel.run(2, 8, (none, t) -> runs.incrementAndGet(t));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            for (int t = 0; t < 8; t++) {
                assertThat(runs.get(t)).isEqualTo(1);
            }
        } finally {
            Thread.interrupted();
        }
    }
}
