package lat.ideal.scoring.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import lat.ideal.model.Country;
import lat.ideal.model.CrimeAreaCatalogue;
import lat.ideal.model.Dataset;
import lat.ideal.model.IndicatorDefinition;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.Measurement;
import lat.ideal.model.Observation;
import lat.ideal.model.OperationalActionPlan;
import lat.ideal.model.Polarity;
import lat.ideal.model.Priority;
import lat.ideal.model.ReportingPeriod;
import lat.ideal.model.Scale;
import lat.ideal.model.SourceGrade;
import lat.ideal.model.Target;
import lat.ideal.model.TargetKind;
import lat.ideal.model.method.Aggregation;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.Banding;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Methodology;
import lat.ideal.model.method.Rounding;
import lat.ideal.model.validation.Problem;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.Scorer;
import lat.ideal.scoring.evidence.Confidence;
import lat.ideal.scoring.evidence.ConfidenceRule;
import lat.ideal.scoring.evidence.EvidenceCombiner;
import lat.ideal.scoring.evidence.EvidenceReport;
import org.junit.jupiter.api.Test;

/**
 * A hand-computed case: three countries x three crime areas, one threat score each on 0..100 with its grade.
 * <pre>
 *                      BO            CO            PE
 *   drug-trafficking   60 C3 (mod.)  90 E5 (low)   80 A1 (high)
 *   environmental      85 C3 (mod.)  20 B2 (high)  50 B2 (high)
 *   arms-trafficking   40 -- (mod.)  70 B2 (high)  30 D4 (low)
 * </pre>
 * Confidence of a single-source cell under the defaults: A1 weighs 1, B2 0.64 (high, at least 0.6); C3 0.36 and
 * ungraded 0.5 (moderate, at least 0.35); D4 0.16 and E5 0.04 (low). Bands: 75 and over is very high (the top band).
 */
final class PrioritisationTest {

    /** Means of three integers, hand-computed to 4 decimals. */
    private static final double HAND = 1e-4;

    private static final ReportingPeriod YEAR = ReportingPeriod.year(2024);
    private static final Country BO = Country.of("BO");
    private static final Country CO = Country.of("CO");
    private static final Country PE = Country.of("PE");
    private static final String DRUGS = CrimeAreaCatalogue.DRUG_TRAFFICKING;
    private static final String ENV = CrimeAreaCatalogue.ENVIRONMENTAL_CRIME;
    private static final String ARMS = CrimeAreaCatalogue.ARMS_TRAFFICKING;

    private static final Methodology METHOD = Methodology.of("threat-test", TargetKind.COUNTRY_CRIME_AREA,
            MethodNode.node("threat", Aggregation.of(AggregationMethod.ARITHMETIC_MEAN),
                            List.of(MethodNode.leaf("threat-score")))
                    .withRounding(Rounding.halfUp(1))
                    .withBanding(Banding.thresholds(List.of(25.0, 50.0, 75.0),
                            List.of("low", "moderate", "high", "very-high"))));

    private static Dataset dataset(int coDrugs, String coArmsGrade) {
        Dataset.Builder b = Dataset.builder("IDEAL-TEST").period(YEAR).country(BO, CO, PE)
                .indicator(new IndicatorDefinition("threat-score", LocalizedText.same("threat"), "harm",
                        TargetKind.COUNTRY_CRIME_AREA, Polarity.POSITIVE, "score", Scale.Continuous.of(0, 100)));
        cell(b, BO, DRUGS, 60, "C3");
        cell(b, CO, DRUGS, coDrugs, "E5");
        cell(b, PE, DRUGS, 80, "A1");
        cell(b, BO, ENV, 85, "C3");
        cell(b, CO, ENV, 20, "B2");
        cell(b, PE, ENV, 50, "B2");
        cell(b, BO, ARMS, 40, "");
        cell(b, CO, ARMS, 70, coArmsGrade);
        cell(b, PE, ARMS, 30, "D4");
        return b.build();
    }

    private static void cell(Dataset.Builder b, Country c, String area, double value, String grade) {
        Observation o = Observation.of(Target.countryArea(c, area), "threat-score", Measurement.of(value), YEAR);
        b.observation(grade.isEmpty() ? o : o.withGrade(SourceGrade.parse(grade)));
    }

    private static final Scorer SCORER = Scorer.of(METHOD).withCellCombiner(EvidenceCombiner.withDefaults());

    private static ScoringResult score(Dataset d) {
        return SCORER.score(d);
    }

    private static EvidenceReport evidence(ScoringResult r, Dataset d) {
        return EvidenceReport.of(r, d, EvidenceCombiner.withDefaults(), ConfidenceRule.withDefaults());
    }

    private static PriorityList prioritise(Prioritisation p) {
        Dataset d = dataset(90, "B2");
        ScoringResult r = score(d);
        return p.prioritise(r, evidence(r, d));
    }

    @Test
    void meanRegionalScore_handComputed() {
        PriorityList list = prioritise(Prioritisation.withDefaults());
        List<RegionalPriority> p = list.priorities();
        assertThat(p).extracting(RegionalPriority::crimeArea).containsExactly(DRUGS, ENV, ARMS);
        assertThat(p).extracting(RegionalPriority::rank).containsExactly(1, 2, 3);
        // Means: drugs (60 + 90 + 80) / 3 = 76.6667; environment (85 + 20 + 50) / 3 = 51.6667;
        // arms (40 + 70 + 30) / 3 = 46.6667.
        assertThat(p.get(0).regionalScore()).isCloseTo(76.6667, within(HAND));
        assertThat(p.get(1).regionalScore()).isCloseTo(51.6667, within(HAND));
        assertThat(p.get(2).regionalScore()).isCloseTo(46.6667, within(HAND));

        RegionalPriority drugs = p.get(0);
        // Top band (75 and over): CO 90, PE 80. CO is of low confidence, so the lead is PE (high).
        assertThat(drugs.topBand()).containsExactly(CO, PE);
        assertThat(drugs.reach()).isEqualTo(2);
        assertThat(drugs.lead()).contains(PE);
        assertThat(drugs.participants()).containsExactly(CO, PE);
        assertThat(drugs.assessed()).containsExactly(CO, PE, BO);
        // Levels high, moderate, low: the median is moderate.
        assertThat(drugs.confidence()).isEqualTo(Confidence.MODERATE);
        assertThat(drugs.change()).isEmpty();

        RegionalPriority env = p.get(1);
        assertThat(env.topBand()).containsExactly(BO);
        assertThat(env.lead()).contains(BO); // moderate is adequate by default
        assertThat(env.confidence()).isEqualTo(Confidence.HIGH); // high, high, moderate
        RegionalPriority arms = p.get(2);
        assertThat(arms.topBand()).isEmpty();
        assertThat(arms.lead()).contains(CO);
        assertThat(arms.participants()).containsExactly(CO);
        assertThat(arms.confidence()).isEqualTo(Confidence.MODERATE); // high, moderate, low
        assertThat(list.unassessed()).isEmpty();
    }

    @Test
    void rationale_statesTheNumbersInThreeLanguages() {
        RegionalPriority drugs = prioritise(Prioritisation.withDefaults()).priorities().get(0);
        assertThat(drugs.rationale().en()).isEqualTo("Drug trafficking ranks 1 of 3 crime areas: regional mean"
                + " score 76.7 over 3 countries. It is in the top band (very high) in 2 countries: Colombia, Peru."
                + " Most affected with adequate confidence: Peru (80.0, high confidence). Confidence: moderate."
                + " Trend: no previous assessment to compare with.");
        assertThat(drugs.rationale().es()).isEqualTo("Tráfico de drogas ocupa el puesto 1 de 3 áreas delictivas:"
                + " puntuación regional media de 76,7 en 3 países. Está en la banda superior (muy alta) en 2"
                + " países: Colombia, Perú. País más afectado con confianza suficiente: Perú (80,0, confianza"
                + " alta). Confianza: moderada. Tendencia: sin evaluación anterior con la que comparar.");
        assertThat(drugs.rationale().pt()).isEqualTo("Tráfico de drogas ocupa a posição 1 de 3 áreas criminais:"
                + " pontuação regional média de 76,7 em 3 países. Está na faixa superior (muito alta) em 2 países:"
                + " Colômbia, Peru. País mais afetado com confiança suficiente: Peru (80,0, confiança alta)."
                + " Confiança: moderada. Tendência: sem avaliação anterior com que comparar.");
        RegionalPriority arms = prioritise(Prioritisation.withDefaults()).priorities().get(2);
        assertThat(arms.rationale().en()).contains("regional mean score 46.7 over 3 countries. It is in the top"
                + " band (very high) in no country. Most affected with adequate confidence: Colombia (70.0, high"
                + " confidence).");
    }

    @Test
    void trend_againstAPreviousAssessment() {
        // Previously CO scored 80 for drugs: mean (60 + 80 + 80) / 3 = 73.3333, so the change is +3.3333.
        Dataset now = dataset(90, "B2");
        Dataset then = dataset(80, "B2");
        ScoringResult r = score(now);
        PriorityList list = Prioritisation.withDefaults().prioritise(r, evidence(r, now), score(then));
        RegionalPriority drugs = list.priority(DRUGS).orElseThrow();
        assertThat(drugs.change().getAsDouble()).isCloseTo(3.3333, within(HAND));
        assertThat(drugs.rationale().en()).endsWith("Trend: +3.3 since the previous assessment.");
        assertThat(list.priority(ARMS).orElseThrow().change()).hasValue(0.0);
        assertThat(list.priority(ARMS).orElseThrow().rationale().es())
                .endsWith("Tendencia: +0,0 desde la evaluación anterior.");
    }

    @Test
    void maximumAndPopulationWeighted_handComputed() {
        List<RegionalPriority> max = prioritise(Prioritisation.withDefaults().withMethod(RegionalScore.MAX))
                .priorities();
        // Maxima: drugs 90, environment 85, arms 70.
        assertThat(max).extracting(RegionalPriority::regionalScore).containsExactly(90.0, 85.0, 70.0);
        assertThat(max.get(0).rationale().en()).contains("regional maximum score 90.0 over 3 countries");
        // Populations BO 12, CO 52, PE 34 (sum 98): drugs (720 + 4680 + 2720) / 98 = 82.8571;
        // arms (480 + 3640 + 1020) / 98 = 52.4490; environment (1020 + 1040 + 1700) / 98 = 38.3673.
        List<RegionalPriority> pop = prioritise(Prioritisation.withDefaults()
                .withPopulations(Map.of("BO", 12.0, "CO", 52.0, "PE", 34.0))).priorities();
        assertThat(pop).extracting(RegionalPriority::crimeArea).containsExactly(DRUGS, ARMS, ENV);
        assertThat(pop.get(0).regionalScore()).isCloseTo(82.8571, within(HAND));
        assertThat(pop.get(1).regionalScore()).isCloseTo(52.4490, within(HAND));
        assertThat(pop.get(2).regionalScore()).isCloseTo(38.3673, within(HAND));
        assertThat(pop.get(0).rationale().pt()).contains("pontuação regional ponderada pela população de 82,9");
    }

    @Test
    void recommendations_areDraftRecordsNeverDecisions() {
        PriorityList list = prioritise(Prioritisation.withDefaults());
        List<Priority> priorities = list.toPriorities("IDEAL-TEST", YEAR);
        assertThat(priorities).extracting(Priority::id)
                .containsExactly("IDEAL-TEST/P1", "IDEAL-TEST/P2", "IDEAL-TEST/P3");
        assertThat(priorities.get(0).countries()).containsExactly(CO, PE);
        assertThat(priorities.get(0).scope()).isEqualTo(Priority.Scope.REGIONAL);
        assertThat(priorities.get(0).recommendedBy()).isEqualTo("IDEAL-TEST");
        assertThat(priorities.get(0).rationale()).isEqualTo(list.priorities().get(0).rationale());
        List<OperationalActionPlan> plans = list.draftActionPlans("IDEAL-TEST", YEAR);
        assertThat(plans).hasSize(3).allSatisfy(plan -> {
            assertThat(plan.status()).isEqualTo(OperationalActionPlan.Status.DRAFT);
            assertThat(plan.actions()).isEmpty();
        });
        assertThat(plans.get(0).id()).isEqualTo("IDEAL-TEST/P1/PAO");
        assertThat(plans.get(0).priorityId()).isEqualTo("IDEAL-TEST/P1");
        assertThat(plans.get(0).leadCountry()).isEqualTo(PE);
        assertThat(plans.get(0).participants()).containsExactly(CO);
        assertThat(plans.get(2).leadCountry()).isEqualTo(CO);
        assertThat(plans.get(2).participants()).isEmpty();
    }

    @Test
    void noCountryWithAdequateConfidence_meansNoLeadAndNoPlan() {
        // Arms with CO graded E5: levels moderate (BO), low (CO), low (PE); with high required, no lead.
        Dataset d = dataset(90, "E5");
        ScoringResult r = score(d);
        PriorityList list = Prioritisation.withDefaults().withLeadConfidence(Confidence.HIGH)
                .prioritise(r, evidence(r, d));
        RegionalPriority arms = list.priority(ARMS).orElseThrow();
        assertThat(arms.lead()).isEmpty();
        assertThat(arms.participants()).isEmpty();
        assertThat(arms.confidence()).isEqualTo(Confidence.LOW);
        assertThat(arms.rationale().en()).contains("No country is affected with adequate confidence (at least"
                + " high).");
        assertThat(list.withoutLead()).containsExactly(arms);
        assertThat(list.draftActionPlans("X", YEAR)).extracting(OperationalActionPlan::priorityId)
                .containsExactly("X/P1", "X/P2");
        // A priority without participants concerns every assessed country.
        assertThat(list.toPriorities("X", YEAR).get(2).countries()).containsExactly(CO, BO, PE);
        // With high confidence required, environment's lead is PE (50, high), not BO (85, moderate).
        assertThat(list.priority(ENV).orElseThrow().lead()).contains(PE);
        assertThat(list.priority(ENV).orElseThrow().participants()).containsExactly(BO, PE);
    }

    @Test
    void unusableInputs_areReportedAsAWhole() {
        Dataset d = dataset(90, "B2");
        ScoringResult r = score(d);
        EvidenceReport e = evidence(r, d);
        Prioritisation p = Prioritisation.withDefaults().withPopulations(Map.of("BO", 12.0, "CO", -1.0));
        assertThat(p.check(r, e).errors()).extracting(Problem::path)
                .containsExactly("current.populations.CO", "current.populations.PE");
        Methodology unbanded = METHOD.withRoot(METHOD.root().withBanding(Banding.none()));
        ScoringResult plain = Scorer.of(unbanded).score(d);
        assertThat(Prioritisation.withDefaults().check(plain, e).errors()).extracting(Problem::rule)
                .containsExactly("no-bands");
        Methodology byCountry = Methodology.of("c", TargetKind.COUNTRY, METHOD.root());
        ScoringResult countries = Scorer.of(byCountry).score(d);
        assertThat(Prioritisation.withDefaults().check(countries, e).errors()).extracting(Problem::rule)
                .containsExactly("unit-kind", "evidence-mismatch");
        assertThatThrownBy(() -> Prioritisation.withDefaults().withNode("nowhere").prioritise(r, e))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 problem(s)")
                .hasMessageContaining("has no node 'nowhere'");
    }

    @Test
    void toString_listsThePriorities() {
        String text = prioritise(Prioritisation.withDefaults()).toString();
        assertThat(text).startsWith("Regional priorities at threat (mean score)")
                .contains("1. Drug trafficking: 76.67, reach 2, moderate confidence, lead PE");
    }
}
