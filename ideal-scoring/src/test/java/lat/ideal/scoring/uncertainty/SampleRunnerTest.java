package lat.ideal.scoring.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class SampleRunnerTest {

    /** A sample that draws a varying number of values, so that a shared generator would desynchronise. */
    private static double[] draw(int index, SplittableRandom random) {
        double[] out = new double[1 + index % 5];
        for (int k = 0; k < out.length; k++) {
            out[k] = random.nextGaussian();
        }
        return out;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {0, 42, -7, 1_234_567_890_123L})
    void sameSeed_sameOutput_onOneOrManyThreads(long seed) {
        List<double[]> one = SampleRunner.withDefaults().withParallelism(1).run(300, seed, SampleRunnerTest::draw);
        List<double[]> many = SampleRunner.withDefaults().withParallelism(4).run(300, seed, SampleRunnerTest::draw);
        assertThat(many).hasSize(300);
        for (int i = 0; i < 300; i++) {
            assertThat(many.get(i)).as("sample %d", i).isEqualTo(one.get(i));
        }
    }

    @Test
    void eachSample_canBeReplayedFromItsSeed() {
        List<double[]> run = SampleRunner.withDefaults().run(50, 99, SampleRunnerTest::draw);
        assertThat(run.get(37)).isEqualTo(draw(37, new SplittableRandom(SampleRunner.sampleSeed(99, 37))));
    }

    @Test
    void sampleSeeds_differAcrossIndicesAndSeeds() {
        Set<Long> seen = new HashSet<>();
        for (long seed = 0; seed < 10; seed++) {
            for (int i = 0; i < 1000; i++) {
                seen.add(SampleRunner.sampleSeed(seed, i));
            }
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void progress_risesByOneUpToTheTotal() {
        List<Long> done = Collections.synchronizedList(new ArrayList<>());
        List<Long> totals = Collections.synchronizedList(new ArrayList<>());
        SampleRunner.withDefaults().withParallelism(3).withProgress((d, t) -> {
            done.add(d);
            totals.add(t);
        }).evaluate(120, i -> i * 0.5);
        assertThat(done).hasSize(120);
        for (int i = 0; i < 120; i++) {
            assertThat(done.get(i)).isEqualTo(i + 1L);
        }
        assertThat(new HashSet<>(totals)).containsExactly(120L);
    }

    @Test
    void cancellation_stopsTheRunBetweenSamples() {
        CancellationToken token = CancellationToken.create();
        AtomicInteger started = new AtomicInteger();
        SampleRunner runner = SampleRunner.withDefaults().withParallelism(2).withCancellation(token)
                .withProgress((d, t) -> {
                    if (d == 10) {
                        token.cancel();
                    }
                });
        assertThatThrownBy(() -> runner.run(10_000, 1, (i, r) -> started.incrementAndGet()))
                .isInstanceOf(CancellationException.class).hasMessageContaining("cancelled after")
                .hasMessageContaining("of 10000");
        assertThat(started.get()).isLessThan(100);
    }

    @Test
    void cancelledToken_stopsBeforeAnySample() {
        CancellationToken token = CancellationToken.create();
        token.cancel();
        AtomicInteger started = new AtomicInteger();
        assertThatThrownBy(() -> SampleRunner.withDefaults().withCancellation(token)
                .run(10, 1, (i, r) -> started.incrementAndGet()))
                .isInstanceOf(CancellationException.class);
        assertThat(started.get()).isZero();
    }

    @Test
    void failingSample_rethrowsItsException() {
        IllegalStateException boom = new IllegalStateException("sample 17 failed");
        assertThatThrownBy(() -> SampleRunner.withDefaults().withParallelism(3).run(100, 1, (i, r) -> {
            if (i == 17) {
                throw boom;
            }
            return i;
        })).isSameAs(boom);
    }

    @Test
    void workerState_isMadeOncePerThread() {
        AtomicInteger made = new AtomicInteger();
        double[] values = SampleRunner.withDefaults().withParallelism(3).evaluate(500, () -> {
            made.incrementAndGet();
            return new double[1];
        }, (scratch, i) -> {
            scratch[0] = i;
            return scratch[0] * 2;
        });
        assertThat(made.get()).isBetween(1, 3);
        for (int i = 0; i < 500; i++) {
            assertThat(values[i]).isEqualTo(2.0 * i);
        }
    }

    @Test
    void emptyRun_andBadArguments() {
        assertThat(SampleRunner.withDefaults().run(0, 1, (i, r) -> i)).isEmpty();
        assertThatThrownBy(() -> SampleRunner.withDefaults().withParallelism(0))
                .hasMessageContaining("parallelism 0");
        assertThatThrownBy(() -> SampleRunner.withDefaults().evaluate(-1, i -> 0))
                .hasMessageContaining("-1 is negative");
        assertThatThrownBy(() -> SampleRunner.withDefaults().run(3, 1, (i, r) -> i == 1 ? null : i))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("sample 1 returned null");
    }
}
