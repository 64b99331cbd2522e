package lat.ideal.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import lat.ideal.io.GitocImport;
import lat.ideal.model.Dataset;
import lat.ideal.model.Language;
import lat.ideal.model.Tlp;
import lat.ideal.scoring.Scorer;
import lat.ideal.scoring.ScoringInput;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.TiePolicy;
import org.junit.jupiter.api.Test;

/** The report model: defaults, and the programming errors the builder refuses with a message naming the rule. */
final class ReportTest {
    private static final Dataset DATA = ReportFixtures.socta();
    private static final ScoringResult RESULT = ReportFixtures.soctaResult();

    @Test
    void defaults() {
        Report r = Report.builder(RESULT).dataset(DATA).build();
        assertThat(r.node()).isEqualTo("threat");
        assertThat(r.title()).isEqualTo("Fixture threat assessment 2023");
        assertThat(r.language()).isEqualTo(Language.EN);
        assertThat(r.audience()).isEmpty();
        assertThat(r.marking()).isEqualTo(Tlp.RED);
        assertThat(r.date()).isEmpty();
        assertThat(r.contributionUnits()).isEqualTo(Report.DEFAULT_CONTRIBUTION_UNITS);
        assertThat(r.result()).isSameAs(RESULT);
        assertThat(r.dataset()).contains(DATA);
        assertThat(r.toString()).isEqualTo("Report[Fixture threat assessment 2023, ideal-socta, node threat,"
                + " TLP:RED, en]");
    }

    @Test
    void groupingRoot_showsItsFirstChild_andTheMethodologyTitleWithoutDataset() {
        GitocImport gitoc = ReportFixtures.gitoc();
        ScoringResult result = ReportFixtures.score(gitoc.dataset(), "gitoc-ocindex");
        Report r = Report.builder(result).marking(Tlp.CLEAR).language(Language.PT).build();
        assertThat(r.node()).isEqualTo("criminality");
        assertThat(r.title()).isEqualTo("Índice Global do Crime Organizado (GI-TOC)");
        assertThat(r.marking()).isEqualTo(Tlp.CLEAR);
        assertThat(r.includedObservations()).isEmpty();
        assertThat(r.withLanguage(Language.ES).title()).isEqualTo("Índice Global de Crimen Organizado (GI-TOC)");
    }

    @Test
    void audienceAtOrAboveEveryMarking_keepsTheGivenResult() {
        Report r = Report.builder(RESULT).dataset(DATA).audience(Tlp.RED).date(LocalDate.of(2024, 1, 2)).build();
        assertThat(r.result()).isSameAs(RESULT);
        assertThat(r.date()).contains(LocalDate.of(2024, 1, 2));
    }

    @Test
    void restrictedAudience_getsTheSameScorerAndOverridesOnTheReleasableData() {
        ScoringResult dense = Scorer.of(RESULT.methodology()).withTiePolicy(TiePolicy.DENSE).score(DATA);
        Report r = Report.builder(dense).dataset(DATA).audience(Tlp.GREEN).build();
        assertThat(r.result().scorer().tiePolicy()).isEqualTo(TiePolicy.DENSE);
        assertThat(r.result().fingerprint()).isEqualTo(Scorer.of(RESULT.methodology())
                .withTiePolicy(TiePolicy.DENSE).score(DATA.releasableTo(Tlp.GREEN)).fingerprint());
        assertThat(r.dataset().orElseThrow()).isEqualTo(DATA.releasableTo(Tlp.GREEN));
    }

    @Test
    void renamedUnits_areKeptWhenTheResultIsRescored() {
        Scorer scorer = Scorer.of(RESULT.methodology());
        ScoringInput input = scorer.input(DATA);
        java.util.List<ScoringInput.Unit> renamed = input.units().stream()
                .map(u -> new ScoringInput.Unit(u.key(), "unit " + u.key(), u.group())).toList();
        ScoringResult result = scorer.score(input.withUnits(renamed));
        Report r = Report.builder(result).dataset(DATA).audience(Tlp.CLEAR).build();
        assertThat(r.result().units()).isEqualTo(renamed);
    }

    @Test
    void unknownNode_isRefused() {
        assertThatThrownBy(() -> Report.builder(RESULT).node("nope").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("node 'nope' is not in methodology 'ideal-socta'; its nodes are [threat, markets,"
                        + " market-size, market-reach, capability, group-violence, group-corruption, harm,"
                        + " harm-victims, harm-environment, factors, border-porosity, state-resilience]");
    }

    @Test
    void datasetTheResultWasNotScoredFrom_isRefused() {
        Dataset other = DATA.releasableTo(Tlp.CLEAR);
        assertThatThrownBy(() -> Report.builder(RESULT).dataset(other).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the result was not scored from dataset 'FIXTURE-2023': re-scoring it gives"
                        + " fingerprint ")
                .hasMessageEndingWith(", the result has " + RESULT.fingerprint());
    }

    @Test
    void restrictedAudienceWithoutDataset_isRefused() {
        assertThatThrownBy(() -> Report.builder(RESULT).audience(Tlp.AMBER).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot prepare a report for an audience cleared to TLP:AMBER: without the dataset the"
                        + " result cannot be filtered, and its declared marking is TLP:RED (the default; declare a"
                        + " lower one with marking(Tlp) if the data allow)");
        assertThatThrownBy(() -> Report.builder(RESULT).marking(Tlp.AMBER_STRICT).audience(Tlp.AMBER).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot prepare a report for an audience cleared to TLP:AMBER: without the dataset the"
                        + " result cannot be filtered, and its declared marking is TLP:AMBER+STRICT");
        assertThat(Report.builder(RESULT).marking(Tlp.GREEN).audience(Tlp.AMBER).build().marking())
                .isEqualTo(Tlp.GREEN);
    }

    @Test
    void badOptions_areRefused() {
        Report.Builder b = Report.builder(RESULT);
        assertThatThrownBy(() -> b.contributionUnits(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contributionUnits -1 is negative");
        assertThatThrownBy(() -> b.title(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("title must not be blank");
        assertThatThrownBy(() -> b.attribution("ok", "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribution lines must not be blank");
        assertThatThrownBy(() -> b.dataset(null)).isInstanceOf(NullPointerException.class).hasMessage("dataset");
    }

    @Test
    void declaredMarking_isAFloorForTheDatasetsMarkings() {
        Report r = Report.builder(RESULT).dataset(DATA).audience(Tlp.AMBER).marking(Tlp.AMBER_STRICT.compareTo(
                Tlp.AMBER) > 0 ? Tlp.GREEN : Tlp.CLEAR).build();
        assertThat(r.marking()).isEqualTo(Tlp.AMBER);
        Report floor = Report.builder(RESULT).dataset(DATA).audience(Tlp.AMBER_STRICT).marking(Tlp.AMBER_STRICT)
                .build();
        assertThat(floor.marking()).isEqualTo(Tlp.AMBER_STRICT);
    }
}
