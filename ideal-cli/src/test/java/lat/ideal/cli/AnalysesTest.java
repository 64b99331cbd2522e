package lat.ideal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import lat.ideal.io.IdealJson;
import lat.ideal.io.PriorityDocument;
import lat.ideal.model.OperationalActionPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ideal sensitivity}, {@code ideal trend} and {@code ideal prioritize}. */
final class AnalysesTest {
    @TempDir
    Path dir;

    @Test
    void sensitivity_withoutNoise_keepsEveryNominalRank() {
        // With 0 noise every sample scores exactly as the nominal run: each median rank and both ends of the 5-95%
        // interval equal the nominal rank.
        Cli.Run r = Cli.run("sensitivity", "--noise", "0", "--samples", "20", "--seed", "3", "--lang", "en");
        assertThat(r.exit()).as(r.toString()).isZero();
        List<List<String>> rows = DefaultAssessmentTest.table(r.outLines(), "Uncertainty of the Threat ranking",
                SensitivityCommand.SHOWN);
        for (List<String> row : rows) {
            assertThat(row.get(3)).isEqualTo(row.get(0));
            assertThat(row.get(4)).isEqualTo(row.get(0) + "-" + row.get(0));
        }
    }

    @Test
    void sensitivity_sameSeedSameOutput_andSobolIndicesAreShares() {
        String[] args = {"sensitivity", "--samples", "60", "--seed", "11", "--leave-one-out", "--sobol", "--lang",
            "en"};
        Cli.Run first = Cli.run(args);
        assertThat(first.exit()).as(first.toString()).isZero();
        assertThat(Cli.run(args).out()).isEqualTo(first.out());
        List<List<String>> sobol = DefaultAssessmentTest.table(first.outLines(), "Sobol sensitivity", 2);
        assertThat(sobol).extracting(row -> row.get(0)).containsExactly("weights +/- noise", "one indicator left out");
        for (List<String> row : sobol) {
            double total = Double.parseDouble(row.get(2).split(" ")[0]);
            assertThat(total).isBetween(0.0, 1.5);
        }
    }

    @Test
    void sensitivity_badOptions_areUsageErrors() {
        assertThat(Cli.run("sensitivity", "--samples", "0").exit()).isEqualTo(Main.USAGE);
        assertThat(Cli.run("sensitivity", "--top", "1000", "--samples", "5").exit()).isEqualTo(Main.USAGE);
        Cli.Run node = Cli.run("sensitivity", "--node", "nope", "--samples", "5", "--lang", "en");
        assertThat(node.exit()).isEqualTo(Main.USAGE);
        assertThat(node.err()).contains("No node 'nope'", "threat", "markets");
    }

    @Test
    void trend_gitoc2021To2023_statesTheFrameworkAndTheLargestChanges() {
        Path y2021 = Cli.copyResource("gitoc-ocindex-2021.csv", dir);
        Path y2023 = Cli.copyResource("default/gitoc-ocindex-2023.csv", dir);
        Cli.Run r = Cli.run("trend", y2021.toString(), y2023.toString(), "--lang", "en");
        assertThat(r.exit()).as(r.toString()).isZero();
        // GI-TOC: the 2023 edition adds five markets and one actor type; criminality of Moldova 4.45 (2021) ->
        // 5.60 (2023), the largest change among the 193 countries.
        assertThat(r.out()).contains("The later assessment adds 6 indicators", "193 units in both")
                .containsPattern("Moldova +4\\.45 +5\\.60 +\\+1\\.15");
        Cli.Run common = Cli.run("trend", y2021.toString(), y2023.toString(), "--common-indicators", "--lang", "en");
        assertThat(common.out()).contains("Both were scored again on the 26 common indicators.");
    }

    @Test
    void trend_inSpanish_namesTheBandsInSpanish() {
        Path y2021 = Cli.copyResource("gitoc-ocindex-2021.csv", dir);
        Path y2023 = Cli.copyResource("default/gitoc-ocindex-2023.csv", dir);
        Cli.Run r = Cli.run("trend", y2021.toString(), y2023.toString(), "--method", "ideal-socta", "--lang", "es");
        assertThat(r.exit()).as(r.toString()).isZero();
        // Paraguay's trafficking in persons: in ideal-socta's high band (50 to 75) from the 2021 edition, 76.2 from
        // the 2023 one (ideal assess), so in its top band (75 and over) now.
        assertThat(r.out()).contains("Emergentes (ahora en la banda superior): 1",
                "Paraguay - Trata de personas y tráfico ilícito de migrantes: alta -> muy alta",
                "La evaluación posterior agrega 1 indicador (private-sector-actors) y no quita ninguno;")
                .doesNotContain("very-high");
    }

    @Test
    void prioritize_writesRecommendationsAndDraftPlans_neverDecisions() {
        Path out = dir.resolve("p");
        Cli.Run r = Cli.run("prioritize", "--out", out.toString(), "--lang", "en");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("a recommendation; CLASI decides", "1. Drug trafficking ranks 1 of 7 crime areas");
        PriorityDocument doc = IdealJson.withDefaults().readPriorities(out.resolve(PrioritizeCommand.PRIORITIES))
                .orElseThrow();
        assertThat(doc.priorities()).hasSize(7);
        assertThat(doc.decisions()).isEmpty();
        assertThat(IdealJson.withDefaults().readActionPlans(out.resolve(PrioritizeCommand.PLANS)).orElseThrow())
                .isNotEmpty().allMatch(p -> p.status() == OperationalActionPlan.Status.DRAFT);
    }

    @Test
    void prioritize_withPrevious_showsTheChange_andRefusesAGroupPreset() {
        Path y2021 = Cli.copyResource("gitoc-ocindex-2021.csv", dir);
        Cli.Run r = Cli.run("prioritize", "--previous", y2021.toString(), "--lang", "en");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Change", "since the previous assessment");
        // Of the indicators the embedded mapping reads, the 2023 edition adds one actor type; the change column
        // compares each cycle under its own framework, and the output says so.
        assertThat(r.out()).contains("The later assessment adds 1 indicator (private-sector-actors) and removes none;"
                + " 18 indicators are common to both. Scores are compared as computed, each under its own framework.");
        Cli.Run groups = Cli.run("prioritize", "--method", "sleipnir-v1", "--lang", "en");
        assertThat(groups.exit()).isEqualTo(Main.INVALID_INPUT);
        assertThat(groups.err()).contains("does not score countries by crime area");
    }
}
