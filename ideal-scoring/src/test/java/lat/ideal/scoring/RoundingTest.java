package lat.ideal.scoring;

import static lat.ideal.scoring.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.util.List;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Rounding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Published rounding applies the mode to the exact value, never to the binary double or a rounded value. */
final class RoundingTest {

    private static String publish(Rounding rounding, double... values) {
        MethodNode[] leaves = new MethodNode[values.length];
        List<String> keys = new java.util.ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            keys.add("x" + i);
            leaves[i] = Fixtures.leaf("x" + i);
        }
        MethodNode root = Fixtures.node("root", AggregationMethod.ARITHMETIC_MEAN, leaves).withRounding(rounding);
        return Fixtures.score(root, Fixtures.rows(keys, row(values))).node("root").score("U1").published()
                .orElseThrow().toPlainString();
    }

    /**
     * Exact values on a boundary whose doubles fall on the other side: (2.2 + 2.4) / 2 = 2.3 exactly, double
     * 2.2999999999999998...; (1.005 + 1.005) / 2 = 1.005, double 1.00499999999999989...; (4.1 + 3.25) / 2 = 3.675,
     * double 3.67499999999999982... (GI-TOC 2021, Rwanda). Each mode applied to the exact decimal.
     */
    @ParameterizedTest(name = "mean of {0} and {1} to {2} places {3} is {4}")
    @CsvSource({
        "2.2, 2.4, 1, DOWN, 2.3", "2.2, 2.4, 1, FLOOR, 2.3", "2.2, 2.4, 1, UP, 2.3", "2.2, 2.4, 1, CEILING, 2.3",
        "1.005, 1.005, 2, HALF_UP, 1.01", "1.005, 1.005, 2, HALF_DOWN, 1.00", "1.005, 1.005, 2, HALF_EVEN, 1.00",
        "4.1, 3.25, 2, HALF_UP, 3.68", "4.1, 3.25, 2, HALF_EVEN, 3.68", "4.1, 3.25, 2, HALF_DOWN, 3.67",
        "2.345, 2.345, 2, HALF_EVEN, 2.34", "-2.345, -2.345, 2, HALF_UP, -2.35", "7, 8, 0, HALF_EVEN, 8",
        "6, 7, 0, HALF_EVEN, 6", "1.23456, 1.23456, 4, HALF_UP, 1.2346"})
    void roundsTheExactValue(double a, double b, int decimals, RoundingMode mode, String expected) {
        assertThat(publish(new Rounding(decimals, mode), a, b)).isEqualTo(expected);
    }
}
