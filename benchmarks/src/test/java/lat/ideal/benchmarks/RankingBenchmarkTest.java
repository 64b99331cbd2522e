package lat.ideal.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class RankingBenchmarkTest {

    /**
     * The benchmark's operation ranks the column itself: its ranks are the competition ranks of the seeded values
     * (1 + the number of greater values), counted here from a sorted copy, and the values have the shape asked for.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"MEANS", "UNIFORM", "LOG_NORMAL", "PARETO"})
    void ranks_areTheCompetitionRanksOfTheColumn(String shape) {
        RankingBenchmark benchmark = new RankingBenchmark();
        benchmark.column = shape;
        benchmark.units = 20_000;
        benchmark.threads = 1;
        benchmark.setUp();
        int[] ranks = benchmark.scoreAndRank();

        double[] values = RankingBenchmark.column(shape, 20_000, 20_261_130L);
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        for (int u = 0; u < values.length; u++) {
            // The number of values greater than values[u]: those after the last copy of it in ascending order.
            int after = values.length - upperBound(sorted, values[u]);
            assertThat(ranks[u]).as("unit %d, value %s", u, values[u]).isEqualTo(after + 1);
        }
        double min = sorted[0];
        double max = sorted[sorted.length - 1];
        switch (shape) {
            case "MEANS", "UNIFORM" -> assertThat(max).isLessThan(1);
            case "LOG_NORMAL" -> assertThat(max / min).as("orders of magnitude spanned").isGreaterThan(1e6);
            default -> assertThat(min).isGreaterThanOrEqualTo(1);
        }
        assertThat(min).isGreaterThanOrEqualTo(0);
    }

    private static int upperBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
