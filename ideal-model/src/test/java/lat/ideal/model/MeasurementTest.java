package lat.ideal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class MeasurementTest {

    static Stream<Arguments> measurements() {
        return RandomValues.cases(RandomValues::measurement);
    }

    @ParameterizedTest(name = "seed {0}: {1}")
    @MethodSource("measurements")
    void equalsAndHashCode_followTheParts(long seed, Measurement value, Measurement other) {
        RandomValues.assertValueSemantics(value, copy(value), other);
    }

    @ParameterizedTest(name = "seed {0}: {1}")
    @MethodSource("measurements")
    void parse_readsToString(long seed, Measurement value, Measurement other) {
        assertThat(Measurement.parse(value.toString())).isEqualTo(value);
        assertThat(Measurement.parse(other.toString())).isEqualTo(other);
    }

    private static Measurement copy(Measurement m) {
        if (m instanceof Measurement.Numeric) {
            return new Measurement.Numeric(((Measurement.Numeric) m).value());
        }
        if (m instanceof Measurement.Ordinal) {
            return new Measurement.Ordinal(((Measurement.Ordinal) m).level());
        }
        return new Measurement.Unknown();
    }

    /** Negative zero has no text form of its own, so it is kept as zero: {@code parse("-0")} equals {@code of(0)}. */
    @Test
    void negativeZero_isZero() {
        assertThat(Measurement.of(-0.0)).isEqualTo(Measurement.of(0.0));
        assertThat(Measurement.parse(Measurement.of(-0.0).toString())).isEqualTo(Measurement.of(-0.0));
    }

    @Test
    void levelCodes_areKeptInLowerCase() {
        assertThat(Measurement.level(" High ")).isEqualTo(Measurement.level("high"));
        assertThat(Measurement.parse("HIGH")).isEqualTo(Measurement.level("High"));
    }

    @Test
    void parse_readsNumbersUnknownAndLevels() {
        assertThat(Measurement.parse("7.5")).isEqualTo(Measurement.of(7.5));
        assertThat(Measurement.parse("unknown")).isSameAs(Measurement.UNKNOWN);
        assertThat(Measurement.parse("NaN")).isEqualTo(Measurement.of(Double.NaN));
        assertThat(Measurement.of(11.0).toString()).isEqualTo("11");
    }

    @Test
    void parse_rejectsDecimalCommas() {
        assertThatThrownBy(() -> Measurement.parse("7,5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'7,5' uses a decimal comma: write numbers with a point");
    }
}
