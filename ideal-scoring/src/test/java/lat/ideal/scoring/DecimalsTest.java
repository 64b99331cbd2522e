package lat.ideal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import lat.ideal.model.method.Rounding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published decimal of a double, taken from the rounded product away from rounding boundaries, is the exact
 * decimal expansion of the double rounded by the mode ({@code new BigDecimal(x).setScale(decimals, mode)}), scale
 * included, for every mode and number of places, on doubles from subnormal to beyond 2^52 units, decimals written
 * with few digits (many of them on or next to a boundary), and signed zeros.
 */
final class DecimalsTest {
    private static final RoundingMode[] MODES = {RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING,
        RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN};

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 24).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void published_isTheExpansionRoundedByTheMode(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 2_000; i++) {
            double x = value(random);
            Rounding r = new Rounding(random.nextInt(16), MODES[random.nextInt(MODES.length)]);
            BigDecimal expected = new BigDecimal(x).setScale(r.decimals(), r.mode());
            BigDecimal got = Decimals.published(x, r);
            assertThat(got).as("%s (%s) to %d places %s", x, new BigDecimal(x), r.decimals(), r.mode())
                    .isEqualTo(expected);
            assertThat(got.scale()).isEqualTo(r.decimals());
        }
    }

    private static double value(SplittableRandom random) {
        switch (random.nextInt(6)) {
            case 0:
                return random.nextBoolean() ? 0.0 : -0.0;
            case 1:
                // A decimal with few digits, often exactly on a half or whole boundary of some number of places.
                return (random.nextInt(2_000_001) - 1_000_000) / Math.pow(10, random.nextInt(7));
            case 2:
                return (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 20);
            case 3:
                return Double.longBitsToDouble(random.nextLong(0x10_0000_0000_0000L)) * (random.nextBoolean() ? 1 : -1);
            case 4:
                return (random.nextDouble() - 0.5) * 0x1p60;
            default:
                return Math.nextUp(random.nextInt(1_000) / 8.0) * (random.nextBoolean() ? 1 : -1);
        }
    }
}
