package lat.ideal.scoring.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import lat.ideal.model.method.Normalisation;
import lat.ideal.model.validation.Problem;
import lat.ideal.model.validation.ValidationReport;
import org.junit.jupiter.api.Test;

final class SensitivityAnalysisTest {

    private static final List<UncertainFactor> FACTORS = List.of(UncertainFactor.uniformWeights(0.5),
            UncertainFactor.normalisers(List.of(Normalisation.identity())), UncertainFactor.leaveOneOut());

    @Test
    void sameSeed_identicalIndices_onOneAndSeveralThreads() {
        SensitivitySpec spec = SensitivitySpec.of(9, SensitivityTarget.meanAbsoluteRankShift("root"), FACTORS)
                .withSamples(64).withBootstrap(100, 0.9).withWeightSets(20);
        SensitivityResult one = SensitivityAnalysis.run(PipelineFixture.scorer(), PipelineFixture.input(), spec,
                SampleRunner.withDefaults().withParallelism(1));
        SensitivityResult three = SensitivityAnalysis.run(PipelineFixture.scorer(), PipelineFixture.input(), spec,
                SampleRunner.withDefaults().withParallelism(3));
        assertThat(three).isEqualTo(one);
        assertThat(one.indices().indices()).extracting(SobolIndex::factor)
                .containsExactly("weights", "normaliser", "exclusion");
        assertThat(one.indices().evaluations()).isEqualTo(64 * 5);
    }

    @Test
    void factorThatChangesNothing_hasTotalEffectZero() {
        // The only normaliser listed is the methodology's own: A and A_B^normaliser give identical outputs.
        SensitivityResult r = SensitivityAnalysis.run(PipelineFixture.scorer(), PipelineFixture.input(),
                SensitivitySpec.of(4, SensitivityTarget.unitScore("root", "U04"), FACTORS).withSamples(64)
                        .withBootstrap(50, 0.95), SampleRunner.withDefaults());
        SobolIndex normaliser = r.indices().index("normaliser").orElseThrow();
        assertThat(normaliser.totalEffect()).isZero();
        assertThat(normaliser.totalEffectHigh()).isZero();
        assertThat(r.indices().index("weights").orElseThrow().totalEffect()).isPositive();
        assertThat(r.toString()).startsWith("Sensitivity of the score of U04 at root");
    }

    @Test
    void noVariation_givesZeroIndices() {
        SensitivityResult r = SensitivityAnalysis.run(PipelineFixture.scorer(), PipelineFixture.input(),
                SensitivitySpec.of(4, SensitivityTarget.meanAbsoluteRankShift("p1"),
                        List.of(UncertainFactor.uniformWeights(0))).withSamples(16).withBootstrap(10, 0.9),
                SampleRunner.withDefaults());
        assertThat(r.indices().variance()).isZero();
        assertThat(r.indices().mean()).isZero();
        assertThat(r.indices().indices().get(0).firstOrder()).isZero();
    }

    @Test
    void invalidSpecification_everyProblemIsNamed() {
        SensitivitySpec spec = new SensitivitySpec(1, 1, 0, 1.5, 0, List.of(),
                SensitivityTarget.unitScore("zzz", "U99"));
        ValidationReport report = SensitivityAnalysis.check(PipelineFixture.scorer(), PipelineFixture.input(), spec);
        assertThat(report.errors()).extracting(Problem::path).containsExactlyInAnyOrder("samples", "resamples",
                "weightSets", "level", "target.node", "target.unit", "factors");
        assertThatThrownBy(() -> SensitivityAnalysis.run(PipelineFixture.scorer(), PipelineFixture.input(), spec,
                SampleRunner.withDefaults())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("7 problem(s)").hasMessageContaining("there is no unit 'U99' among the 12");
    }

    @Test
    void pick_mapsTheUnitIntervalOntoOptions() {
        assertThat(SensitivityAnalysis.pick(0.0, 3)).isZero();
        assertThat(SensitivityAnalysis.pick(0.3333, 3)).isZero();
        assertThat(SensitivityAnalysis.pick(0.3334, 3)).isEqualTo(1);
        assertThat(SensitivityAnalysis.pick(Math.nextDown(1.0), 3)).isEqualTo(2);
        // Mean |shift| over units ranked in both: |2-1| + |1-2| over 2 units (the third is unranked in one).
        assertThat(SensitivityAnalysis.meanAbsoluteShift(new int[] {1, 2, 3}, new int[] {2, 1, 0})).isEqualTo(1.0);
        assertThat(SensitivityAnalysis.meanAbsoluteShift(new int[] {0}, new int[] {1})).isNaN();
    }
}
