package lat.ideal.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class HarnessTest {

    @Test
    void warmsUpAtLeastTheGivenRuns_thenTimesBetweenThreeAndTheMostRepeats() {
        int[] calls = {0};
        Harness.Timing t = new Harness(0, 4, 7, 10).run(() -> ++calls[0]);
        assertThat(t.warmupRuns()).isEqualTo(4);
        assertThat(t.runs()).isEqualTo(7);
        assertThat(calls[0]).isEqualTo(11);
        assertThat(java.util.Arrays.stream(t.millis()).allMatch(ms -> ms >= 0)).isTrue();
        assertThat(t.checksum()).isNotZero();
    }

    @Test
    void median_isTheMiddleRun_orTheMeanOfTheMiddleTwo() {
        assertThat(new Harness.Timing(new double[] {5, 1, 3}, 1, 0).median()).isEqualTo(3);
        assertThat(new Harness.Timing(new double[] {4, 1, 3, 2}, 1, 0).median()).isEqualTo(2.5);
        assertThat(new Harness.Timing(new double[] {4, 1, 3, 2}, 1, 0).min()).isEqualTo(1);
        assertThat(new Harness.Timing(new double[] {4, 1, 3, 2}, 1, 0).max()).isEqualTo(4);
    }

    @Test
    void json_escapesStrings_writesNonFiniteNumbersAsNull_andKeepsOrder() {
        String s = Json.object().put("b", "say \"hi\"\n").put("a", java.util.List.of(1, 2.5, Double.NaN))
                .put("c", Json.array().add(true)).toString();
        assertThat(s).isEqualTo("{\"b\":\"say \\\"hi\\\"\\u000a\",\"a\":[1,2.5,null],\"c\":[true]}");
    }
}
