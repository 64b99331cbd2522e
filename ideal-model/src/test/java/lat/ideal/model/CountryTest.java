package lat.ideal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

final class CountryTest {

    static Stream<Arguments> countries() {
        return RandomValues.cases(RandomValues::country);
    }

    @ParameterizedTest(name = "seed {0}: {1}")
    @MethodSource("countries")
    void equalsAndHashCode_followTheCode(long seed, Country value, Country other) {
        RandomValues.assertValueSemantics(value, new Country(value.code()), other);
        assertThat(value.compareTo(other) == 0).isEqualTo(value.equals(other));
    }

    @ParameterizedTest(name = "seed {0}: {1}")
    @MethodSource("countries")
    void parse_readsToStringAlpha3AndNames(long seed, Country value, Country other) {
        assertThat(Country.parse(value.toString())).isEqualTo(value);
        if (!value.alpha3().isEmpty()) {
            assertThat(Country.parse(value.alpha3())).isEqualTo(value);
        }
        assertThat(Country.find(value.displayName(Language.EN))).isPresent();
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource({
        "MX, MX", "mx, MX", "MEX, MX", "Mexico, MX", "México, MX", "Brazil, BR", "Brasil, BR", "BRA, BR",
        "Perú, PE", "Peru, PE", "Paraguai, PY", "El Salvador, SV", "Costa Rica, CR", "Panamá, PA", "Bolivia, BO",
        "Colômbia, CO", "Equador, EC"
    })
    void parse_acceptsCodesAndNamesInThreeLanguages(String text, String expected) {
        assertThat(Country.parse(text).code()).isEqualTo(expected);
    }

    @Test
    void parse_rejectsUnknownNames() {
        assertThatThrownBy(() -> Country.parse("Atlantis"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Atlantis'");
    }

    @Test
    void alpha3_andDisplayNames() {
        Country br = Country.of("BR");
        assertThat(br.alpha3()).isEqualTo("BRA");
        assertThat(br.displayName(Language.EN)).isEqualTo("Brazil");
        assertThat(br.displayName(Language.ES)).isEqualTo("Brasil");
        assertThat(br.displayName(Language.PT)).isEqualTo("Brasil");
    }

    @Test
    void parse_roundTripsToString() {
        for (String code : Country.isoCodes()) {
            Country c = Country.of(code);
            assertThat(Country.parse(c.toString())).isEqualTo(c);
        }
    }
}
