package lat.ideal.model.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lat.ideal.model.Language;
import lat.ideal.model.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class BandingTest {

    @ParameterizedTest(name = "{0}: {1} / {2} / {3}")
    @CsvSource({"low, baja, low, baixa", "moderate, moderada, moderate, moderada", "high, alta, high, alta",
        "very-high, muy alta, very high, muito alta"})
    void displayName_ofTheStandardLabels_isInEachLanguage(String label, String es, String en, String pt) {
        LocalizedText name = Banding.displayName(label);
        assertThat(name.in(Language.ES)).isEqualTo(es);
        assertThat(name.in(Language.EN)).isEqualTo(en);
        assertThat(name.in(Language.PT)).isEqualTo(pt);
    }

    @Test
    void displayName_coversEveryLabelOfQuartiles() {
        // The presets use these labels too; every one reads as words, never as its key, in English.
        for (String label : Banding.quartiles().labels()) {
            assertThat(Banding.displayName(label).in(Language.EN)).doesNotContain("-");
        }
        assertThat(Banding.quartiles().labels()).containsExactly("low", "moderate", "high", "very-high");
    }

    @Test
    void displayName_ofAMethodologysOwnLabel_isTheLabelAsWritten() {
        LocalizedText name = Banding.displayName("Nivel 5");
        assertThat(List.of(name.es(), name.en(), name.pt())).containsOnly("Nivel 5");
        // Case matters: a label is a key, and "High" is not the standard "high".
        assertThat(Banding.displayName("High").in(Language.ES)).isEqualTo("High");
    }
}
