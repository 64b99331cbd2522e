package lat.ideal.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CompareTest {

    @Test
    void quickCases_stayBelowTheFullSizes_andTimeMonteCarloOnOneAndTwoThreads() {
        List<Compare.Case> quick = Compare.cases(true);
        List<Compare.Case> full = Compare.cases(false);
        assertThat(quick).allMatch(c -> c.units() <= 100_000);
        assertThat(full).extracting(Compare.Case::units).contains(1_000_000);
        assertThat(full).filteredOn(c -> c.workload().equals("MONTE_CARLO"))
                .extracting(c -> c.units() + "x" + c.draws()).containsExactly("200x10000", "1000000x100");
        assertThat(full).filteredOn(c -> c.workload().equals("MONTE_CARLO"))
                .allMatch(c -> c.threads().equals(List.of(1, 2)));
        assertThat(full).extracting(Compare.Case::workload).contains("FLAT", "TOPSIS", "HIERARCHY", "TREATED",
                "MONTE_CARLO", "GITOC");
    }

    @Test
    void prepare_writesTheMatrixTheResultsAndTheDrawsAsLittleEndianBinary(@TempDir Path dir) throws IOException {
        List<Compare.Case> cases = List.of(new Compare.Case("TREATED", 60, 0, List.of(1)),
                new Compare.Case("MONTE_CARLO", 40, 12, List.of(1, 2)), new Compare.Case("GITOC", 193, 0, List.of(1)));
        Compare.prepare(dir, cases, true);

        IndicatorMatrix m = Workload.TREATED.matrix(60, Compare.INDICATORS,
                Compare.matrixSeed(Workload.TREATED, 60));
        assertThat(doubles(dir.resolve("treated-60.f64"))).containsExactly(m.values);
        Workload.Outcome o = Workload.outcome(Workload.TREATED.scorer(Compare.INDICATORS), m.input());
        assertThat(doubles(dir.resolve("java-treated-60.scores.f64"))).containsExactly(o.scores());
        assertThat(ints(dir.resolve("java-treated-60.ranks.i32"))).containsExactly(o.ranks());

        assertThat(doubles(dir.resolve("mc-40-12.weights.f64")))
                .containsExactly(MonteCarlo.weights(12, Compare.INDICATORS, Compare.monteCarloSeed(40, 12)));
        assertThat(doubles(dir.resolve("java-mc-40-12.summary.f64"))).hasSize(3 * 40);
        assertThat(ints(dir.resolve("java-mc-40-12.ranks.i32"))).hasSize(2 * 40);
        assertThat(Files.readString(dir.resolve("java-gitoc.json"))).startsWith("{\"countries\":[\"AF\",")
                .contains("\"criminality\":{\"published\":[\"7.10\",");
        assertThat(Files.readString(dir.resolve("manifest.json"))).startsWith("{\"indicators\":30,")
                .contains("\"matrix\":\"treated-60.f64\"", "\"weights\":\"mc-40-12.weights.f64\"",
                        "\"rankedDraws\":[0,11]", "\"quick\":true");
    }

    private static double[] doubles(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        double[] out = new double[b.remaining() / 8];
        b.asDoubleBuffer().get(out);
        return out;
    }

    private static int[] ints(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int[] out = new int[b.remaining() / 4];
        b.asIntBuffer().get(out);
        return out;
    }
}
