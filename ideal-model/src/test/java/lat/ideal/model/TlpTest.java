package lat.ideal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

final class TlpTest {

    static Stream<Arguments> markings() {
        return RandomValues.cases(RandomValues::tlp);
    }

    @ParameterizedTest(name = "seed {0}: {1}")
    @MethodSource("markings")
    void equalsAndHashCode_followTheName(long seed, Tlp value, Tlp other) {
        RandomValues.assertValueSemantics(value, Tlp.valueOf(value.name()), other);
    }

    @ParameterizedTest(name = "seed {0}: {1}")
    @MethodSource("markings")
    void parse_readsToString(long seed, Tlp value, Tlp other) {
        assertThat(Tlp.parse(value.toString())).isSameAs(value);
        assertThat(Tlp.parse(other.toString())).isSameAs(other);
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource({"TLP:AMBER+STRICT, AMBER_STRICT", "amber+strict, AMBER_STRICT", "amber_strict, AMBER_STRICT",
        "tlp:clear, CLEAR", "Green, GREEN", "RED, RED"})
    void parse_acceptsTheUsualSpellings(String text, Tlp expected) {
        assertThat(Tlp.parse(text)).isSameAs(expected);
    }

    @Test
    void parse_rejectsTlpOne() {
        assertThatThrownBy(() -> Tlp.parse("TLP:WHITE"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'TLP:WHITE' is not a TLP 2.0 marking: use CLEAR, GREEN, AMBER, AMBER+STRICT or RED");
    }

    @Test
    void releasableTo_followsTheOrder() {
        assertThat(Tlp.GREEN.releasableTo(Tlp.AMBER)).isTrue();
        assertThat(Tlp.RED.releasableTo(Tlp.AMBER_STRICT)).isFalse();
        assertThat(Tlp.AMBER.max(Tlp.GREEN)).isSameAs(Tlp.AMBER);
    }
}
