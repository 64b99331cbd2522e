package lat.ideal.scoring.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lat.ideal.model.LocalizedText;
import org.junit.jupiter.api.Test;

final class FrameworkDifferenceTest {

    @Test
    void onlyAdded_saysNothingWasRemoved_asEachLanguageSaysIt() {
        // GI-TOC 2021 -> 2023 in short: indicators added, none removed.
        FrameworkDifference f = new FrameworkDifference(List.of("financial-crimes", "private-sector-actors"), List.of(),
                List.of("cocaine-trade"), false);
        assertThat(f.statement().es()).isEqualTo("La evaluación posterior agrega 2 indicadores (financial-crimes,"
                + " private-sector-actors) y no quita ninguno; 1 indicador es común a ambas. Las puntuaciones se"
                + " comparan tal como se calcularon, cada una con su propio marco.");
        assertThat(f.statement().en()).isEqualTo("The later assessment adds 2 indicators (financial-crimes,"
                + " private-sector-actors) and removes none; 1 indicator is common to both. Scores are compared as"
                + " computed, each under its own framework.");
        assertThat(f.statement().pt()).isEqualTo("A avaliação posterior acrescenta 2 indicadores (financial-crimes,"
                + " private-sector-actors) e não retira nenhum; 1 indicador é comum a ambas. As pontuações são"
                + " comparadas tal como calculadas, cada uma com o seu próprio quadro.");
    }

    @Test
    void onlyRemoved_saysNothingWasAdded_asEachLanguageSaysIt() {
        FrameworkDifference f = new FrameworkDifference(List.of(), List.of("illegal-mining"),
                List.of("cocaine-trade", "heroin-trade"), true);
        assertThat(f.statement().es()).isEqualTo("La evaluación posterior no agrega ningún indicador y quita 1"
                + " indicador (illegal-mining); 2 indicadores son comunes a ambas. Ambas se puntuaron de nuevo sobre"
                + " los 2 indicadores comunes.");
        assertThat(f.statement().en()).isEqualTo("The later assessment adds no indicator and removes 1 indicator"
                + " (illegal-mining); 2 indicators are common to both. Both were scored again on the 2 common"
                + " indicators.");
        assertThat(f.statement().pt()).isEqualTo("A avaliação posterior não acrescenta nenhum indicador e retira 1"
                + " indicador (illegal-mining); 2 indicadores são comuns a ambas. Ambas foram pontuadas de novo sobre"
                + " os 2 indicadores comuns.");
    }

    @Test
    void oneCommonIndicator_isSingular_andTheSameFrameworkSaysSo() {
        FrameworkDifference f = new FrameworkDifference(List.of(), List.of("illegal-mining"), List.of("cocaine-trade"),
                true);
        assertThat(f.statement().en()).endsWith("; 1 indicator is common to both. Both were scored again on the"
                + " common indicator.");
        assertThat(f.statement().es()).endsWith("; 1 indicador es común a ambas. Ambas se puntuaron de nuevo sobre el"
                + " indicador común.");
        assertThat(f.statement().pt()).endsWith("; 1 indicador é comum a ambas. Ambas foram pontuadas de novo sobre o"
                + " indicador comum.");
        FrameworkDifference same = new FrameworkDifference(List.of(), List.of(), List.of("cocaine-trade"), false);
        assertThat(same.isSame()).isTrue();
        assertThat(same.statement()).isEqualTo(LocalizedText.of(
                "Ambas evaluaciones leen el mismo indicador.", "Both assessments read the same indicator.",
                "Ambas as avaliações leem o mesmo indicador."));
    }
}
