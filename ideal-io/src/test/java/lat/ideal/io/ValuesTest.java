package lat.ideal.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plain decimal numbers the formats accept, and the near misses they reject. */
final class ValuesTest {

    @ParameterizedTest(name = "''{0}'' is a decimal: {1}")
    @CsvSource({
        "7.5, true", "-7.5, true", "+3, true", "10, true", ".5, true", "5., true", "1e3, true", "1.5E-7, true",
        "0, true", "'', false", "-, false", "., false", "'7,5', false", "1e, false", "1e+, false", "0x10, false",
        "NaN, false", "Infinity, false", "7.5.1, false", "' 7', false", "1d, false", "--1, false"})
    void isDecimal(String text, boolean expected) {
        assertThat(Values.isDecimal(text)).isEqualTo(expected);
    }
}
