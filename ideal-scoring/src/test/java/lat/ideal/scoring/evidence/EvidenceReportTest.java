package lat.ideal.scoring.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import lat.ideal.model.Country;
import lat.ideal.model.Dataset;
import lat.ideal.model.IndicatorDefinition;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.Measurement;
import lat.ideal.model.Observation;
import lat.ideal.model.Polarity;
import lat.ideal.model.ReportingPeriod;
import lat.ideal.model.Scale;
import lat.ideal.model.SourceGrade;
import lat.ideal.model.Target;
import lat.ideal.model.TargetKind;
import lat.ideal.model.method.Aggregation;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Methodology;
import lat.ideal.scoring.ScoringInput;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.Scorer;
import org.junit.jupiter.api.Test;

final class EvidenceReportTest {

    /** Hand-computed values written to 4-6 decimals. */
    private static final double HAND = 1e-6;

    private static final ReportingPeriod YEAR = ReportingPeriod.year(2023);
    private static final Country BO = Country.of("BO");
    private static final Country PE = Country.of("PE");

    private static final Methodology METHOD = Methodology.of("t", TargetKind.COUNTRY,
            MethodNode.node("root", Aggregation.of(AggregationMethod.ARITHMETIC_MEAN),
                    List.of(MethodNode.leaf("a"), MethodNode.leaf("b"))));

    private static IndicatorDefinition indicator(String key) {
        return new IndicatorDefinition(key, LocalizedText.same(key), "harm", TargetKind.COUNTRY, Polarity.POSITIVE,
                "score", Scale.Continuous.of(0, 10));
    }

    private static Observation obs(Country country, String indicator, double value, String grade, String source) {
        Observation o = Observation.of(Target.country(country), indicator, Measurement.of(value), YEAR)
                .withSource(source);
        return grade.isEmpty() ? o : o.withGrade(SourceGrade.parse(grade));
    }

    /**
     * BO/a: 6 (B2, 0.64), 8 (C3, 0.36), 3 (ungraded, 0.5); BO/b: 4 (E5, 0.04, poor); PE/a: 5 (ungraded); PE/b none.
     */
    private static Dataset dataset() {
        return Dataset.builder("t").period(YEAR).country(BO, PE).indicator(indicator("a")).indicator(indicator("b"))
                .observation(obs(BO, "a", 6, "B2", "s1")).observation(obs(BO, "a", 8, "C3", "s2"))
                .observation(obs(BO, "a", 3, "", "s3")).observation(obs(BO, "b", 4, "E5", "s4"))
                .observation(obs(PE, "a", 5, "", "s5")).build();
    }

    @Test
    void scorerWithEvidenceCombiner_usesTheWeightedMean() {
        ScoringResult r = Scorer.of(METHOD).withCellCombiner(EvidenceCombiner.withDefaults()).score(dataset());
        // BO/a = (0.64*6 + 0.36*8 + 0.5*3) / 1.5 = 5.48 (see EvidenceCombinerTest); dispersion 1.920833.
        assertThat(r.node("a").unrounded()[0]).isCloseTo(5.48, within(HAND));
        assertThat(r.input().dispersion(0, 0)).isCloseTo(1.920833, within(HAND));
    }

    @Test
    void confidencePerUnitAndNode_handComputed() {
        Dataset d = dataset();
        ScoringResult r = Scorer.of(METHOD).withCellCombiner(EvidenceCombiner.withDefaults()).score(d);
        EvidenceReport e = EvidenceReport.of(r, d, EvidenceCombiner.withDefaults(), ConfidenceRule.withDefaults());
        // BO/a strength 1 - 0.36*0.64*0.5 = 0.8848, full coverage: high.
        assertThat(e.confidence("BO", "a")).isEqualTo(Confidence.HIGH);
        // BO/b strength 0.04: low.
        assertThat(e.confidence("BO", "b")).isEqualTo(Confidence.LOW);
        // BO at root: coverage 1, mean strength (0.8848 + 0.04) / 2 = 0.4624: moderate.
        EvidenceSummary bo = e.summary("BO", "root");
        assertThat(bo.meanStrength()).isCloseTo(0.4624, within(HAND));
        assertThat(bo.confidence()).isEqualTo(Confidence.MODERATE);
        assertThat(bo.poorlyGradedCells()).containsExactly("BO:b");
        // PE at root: coverage 1 of 2 = 0.5, strength 0.5: moderate; PE at b: no data, low.
        EvidenceSummary pe = e.summary("PE", "root");
        assertThat(pe.coverage()).isEqualTo(0.5);
        assertThat(pe.confidence()).isEqualTo(Confidence.MODERATE);
        assertThat(e.confidence("PE", "b")).isEqualTo(Confidence.LOW);
        assertThat(e.poorlyGradedCells()).containsExactly("BO:b");
        assertThat(e.cell("BO", "a").orElseThrow().sources()).isEqualTo(3);
        assertThat(e.levels("root")).containsEntry(Confidence.MODERATE, 2).containsEntry(Confidence.HIGH, 0);
        assertThat(e).hasToString("EvidenceReport[2 units; at root: high 0, moderate 2, low 0; 1 poorly graded"
                + " cells]");
    }

    @Test
    void ungraded_countsEachValueAsOneUngradedSource() {
        ScoringInput input = ScoringInput.of(List.of(ScoringInput.Unit.of("U1"), ScoringInput.Unit.of("U2")),
                List.of(ScoringInput.Indicator.of(indicator("a")), ScoringInput.Indicator.of(indicator("b"))),
                new double[] {1, 2, 3, Double.NaN});
        ScoringResult r = Scorer.of(METHOD).score(input);
        EvidenceReport e = EvidenceReport.ungraded(r, EvidenceWeights.defaults(), ConfidenceRule.withDefaults());
        // U1: both cells, strength 0.5 each: moderate; U2: one of two cells: coverage 0.5, moderate.
        assertThat(e.confidence("U1", "root")).isEqualTo(Confidence.MODERATE);
        assertThat(e.summary("U2", "root").coverage()).isEqualTo(0.5);
        // With an ungraded weight of 0.7 and full coverage U1 is high (0.7 >= 0.6).
        assertThat(EvidenceReport.ungraded(r, EvidenceWeights.defaults().withUngraded(0.7),
                ConfidenceRule.withDefaults()).confidence("U1", "root")).isEqualTo(Confidence.HIGH);
        assertThat(e.poorlyGradedCells()).isEmpty();
    }

    @Test
    void unknownUnitOrNode_isRejectedWithTheKnownOnes() {
        ScoringResult r = Scorer.of(METHOD).score(dataset());
        EvidenceReport e = EvidenceReport.of(r, dataset(), EvidenceCombiner.withDefaults(),
                ConfidenceRule.withDefaults());
        assertThatThrownBy(() -> e.summary("CL", "root")).hasMessageContaining("'CL'")
                .hasMessageContaining("[BO, PE]");
        assertThatThrownBy(() -> e.levels("x")).hasMessageContaining("no node 'x'");
    }
}
