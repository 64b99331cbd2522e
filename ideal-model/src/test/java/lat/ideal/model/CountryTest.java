package lat.ideal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class CountryTest {

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
