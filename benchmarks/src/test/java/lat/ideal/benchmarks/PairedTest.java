package lat.ideal.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class PairedTest {
    /** This JVM's class path: a build of the benchmarks with the library, as a class path rather than a jar. */
    private static final String BUILD = System.getProperty("java.class.path");

    @Test
    void comparesABuildWithItself_eachSideInALoaderOfItsOwn() {
        Paired.Side a = Paired.Side.load(BUILD, "FLAT", 1_000, 1);
        Paired.Side b = Paired.Side.load(BUILD, "FLAT", 1_000, 1);
        assertThat(a.loader()).isNotSameAs(b.loader()).isNotSameAs(Paired.class.getClassLoader());
        assertThat(b.loader()).isNotSameAs(Paired.class.getClassLoader());
        // The same seeded input and scorer on both sides: the check before timing passes.
        assertThat(Paired.difference(a.ranks(), b.ranks(), a.scores(), b.scores())).isNull();
        assertThat(a.ranks()).hasSize(1_000).contains(1);

        Paired.Result r = Paired.compare(a, b, 6, 0);
        assertThat(r.a()).hasSize(6);
        assertThat(r.b()).hasSize(6);
        assertThat(java.util.stream.DoubleStream.concat(java.util.Arrays.stream(r.a()), java.util.Arrays.stream(r.b()))
                .allMatch(ms -> ms > 0)).isTrue();
        assertThat(r.differences()[3]).isEqualTo(r.b()[3] - r.a()[3]);
    }

    @Test
    void run_printsBothSidesAndTheirDifferences() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Paired.run(new String[] {BUILD, BUILD, "TOPSIS", "1000", "1", "4", "0"}, print(out), print(err));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String number = "-?\\d+\\.\\d\\d";
        String summary = "median " + number + " ms \\(q1 " + number + ", q3 " + number + "\\)";
        assertThat(out.toString(StandardCharsets.UTF_8).trim()).matches("TOPSIS 1000 x 30, 1 thread, 4 pairs: A "
                + summary + ", B " + summary + ", paired B - A " + summary);
    }

    @Test
    void wrongArguments_exitWith2AndSayWhy() {
        assertThat(statusAndError("a.jar", "b.jar", "FLAT")).startsWith("2 usage: Paired OLD.jar NEW.jar");
        assertThat(statusAndError(BUILD, BUILD, "FLAT", "many", "1")).startsWith("2 paired: UNITS, THREADS");
        assertThat(statusAndError(BUILD, BUILD, "FLAT", "1000", "0")).startsWith("2 paired: UNITS and THREADS must be");
        assertThat(statusAndError(BUILD, BUILD, "FLAT", "1000", "1", "1")).startsWith("2 paired: UNITS and THREADS");
        assertThat(statusAndError("/no/such/build.jar", BUILD, "FLAT", "1000", "1"))
                .startsWith("2 paired: no build at /no/such/build.jar");
        assertThat(statusAndError(BUILD, BUILD, "FAST", "1000", "1")).startsWith("2 paired: ")
                .contains("cannot run FAST").contains("No enum constant");
    }

    @Test
    void difference_namesTheFirstScoreOrRankThatDiffers_scoresBitForBit() {
        int[] ranks = {2, 1, 3};
        double[] scores = {0.5, 0.75, Double.NaN};
        assertThat(Paired.difference(ranks, ranks.clone(), scores, scores.clone())).isNull();
        assertThat(Paired.difference(ranks, ranks, scores, new double[] {0.5, Math.nextUp(0.75), Double.NaN}))
                .isEqualTo("unit 1 scores 0.75 in A and 0.7500000000000001 in B");
        assertThat(Paired.difference(new int[] {1}, new int[] {1}, new double[] {0.0}, new double[] {-0.0}))
                .isEqualTo("unit 0 scores 0.0 in A and -0.0 in B");
        assertThat(Paired.difference(ranks, new int[] {2, 1, 2}, scores, scores))
                .isEqualTo("unit 2 ranks 3 in A and 2 in B");
        assertThat(Paired.difference(ranks, new int[] {2, 1}, scores, new double[] {0.5, 0.75}))
                .isEqualTo("A has 3 units, B 2");
    }

    @Test
    void quantile_takesTheNearestRank() {
        double[] five = {1, 2, 3, 4, 5};
        // round(q (n - 1)): 0.25 x 4 = 1, 0.5 x 4 = 2, 0.75 x 4 = 3.
        assertThat(Paired.quantile(five, 0.25)).isEqualTo(2);
        assertThat(Paired.quantile(five, 0.5)).isEqualTo(3);
        assertThat(Paired.quantile(five, 0.75)).isEqualTo(4);
        // 0.5 x 3 = 1.5 rounds to 2.
        assertThat(Paired.quantile(new double[] {1, 2, 3, 4}, 0.5)).isEqualTo(3);
        assertThat(Paired.quantile(new double[] {7}, 0.75)).isEqualTo(7);
    }

    private static String statusAndError(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Paired.run(args, print(out), print(err));
        assertThat(out.size()).isZero();
        return status + " " + err.toString(StandardCharsets.UTF_8);
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
