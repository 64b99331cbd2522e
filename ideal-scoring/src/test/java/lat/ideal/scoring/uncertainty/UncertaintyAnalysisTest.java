package lat.ideal.scoring.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
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
import lat.ideal.model.method.MissingData;
import lat.ideal.model.method.MissingPolicy;
import lat.ideal.model.method.Normalisation;
import lat.ideal.model.method.NormalisationMethod;
import lat.ideal.model.validation.Problem;
import lat.ideal.model.validation.ValidationReport;
import lat.ideal.scoring.Scorer;
import lat.ideal.scoring.evidence.EvidenceCombiner;
import lat.ideal.scoring.evidence.EvidenceWeights;
import org.junit.jupiter.api.Test;

final class UncertaintyAnalysisTest {

    private static final List<UncertainFactor> EVERY_PIPELINE_FACTOR = List.of(
            UncertainFactor.uniformWeights(0.5),
            UncertainFactor.normalisers(List.of(Normalisation.identity(), Normalisation.minMax(0, 1),
                    Normalisation.of(NormalisationMethod.RANK))),
            UncertainFactor.aggregators(List.of(Aggregation.of(AggregationMethod.ARITHMETIC_MEAN),
                    Aggregation.of(AggregationMethod.MAXIMUM))),
            UncertainFactor.imputations(List.of(MissingData.excludeAndReweight(),
                    new MissingData(MissingPolicy.MEAN, 0))),
            UncertainFactor.leaveOneOut());

    @Test
    void sameSeed_identicalResult_onOneAndSeveralThreads() {
        UncertaintySpec spec = UncertaintySpec.of(77, EVERY_PIPELINE_FACTOR).withSamples(300).withTopK(3);
        UncertaintyResult one = UncertaintyAnalysis.run(PipelineFixture.scorer(), PipelineFixture.input(), spec,
                SampleRunner.withDefaults().withParallelism(1));
        UncertaintyResult three = UncertaintyAnalysis.run(PipelineFixture.scorer(), PipelineFixture.input(), spec,
                SampleRunner.withDefaults().withParallelism(3));
        assertThat(three.nodes()).containsExactly("root", "p1", "p2");
        for (String node : three.nodes()) {
            assertThat(three.distributions(node)).as(node).isEqualTo(one.distributions(node));
        }
        assertThat(three.toString()).isEqualTo(one.toString());
        // The factors do move ranks: some interval is wider than zero.
        assertThat(one.distributions("root")).anySatisfy(d -> assertThat(d.intervalWidth()).isPositive());
        UncertaintySpec other = new UncertaintySpec(300, 78, 3, EVERY_PIPELINE_FACTOR, List.of("root"));
        UncertaintyResult otherSeed = UncertaintyAnalysis.run(PipelineFixture.scorer(), PipelineFixture.input(),
                other, SampleRunner.withDefaults());
        assertThat(otherSeed.nodes()).containsExactly("root");
        assertThat(otherSeed.distributions("root")).isNotEqualTo(one.distributions("root"));
    }

    @Test
    void zeroNoise_collapsesEveryIntervalToTheNominalRank() {
        UncertaintySpec spec = UncertaintySpec.of(5, List.of(UncertainFactor.uniformWeights(0),
                UncertainFactor.normalisers(List.of(Normalisation.identity())))).withSamples(100).withTopK(4);
        UncertaintyResult r = UncertaintyAnalysis.run(PipelineFixture.scorer(), PipelineFixture.input(), spec,
                SampleRunner.withDefaults());
        for (String node : r.nodes()) {
            for (RankDistribution d : r.distributions(node)) {
                assertThat(d.nominal()).isPositive();
                assertThat(d.p5()).isEqualTo(d.nominal());
                assertThat(d.p95()).isEqualTo(d.nominal());
                assertThat(d.median()).isEqualTo(d.nominal());
                assertThat(d.intervalWidth()).isZero();
                assertThat(d.topKProbability()).isEqualTo(d.nominal() <= 4 ? 1.0 : 0.0);
            }
        }
    }

    @Test
    void nominalRanks_areThoseOfTheScorer() {
        UncertaintyResult r = UncertaintyAnalysis.run(PipelineFixture.scorer(), PipelineFixture.input(),
                UncertaintySpec.of(1, List.of(UncertainFactor.dirichletWeights(50))).withSamples(20),
                SampleRunner.withDefaults());
        int[] ranks = PipelineFixture.scorer().score(PipelineFixture.input()).node("root").ranks();
        for (int u = 0; u < ranks.length; u++) {
            assertThat(r.distributions("root").get(u).nominal()).isEqualTo(ranks[u]);
        }
    }

    @Test
    void invalidSpecification_everyProblemIsNamedBeforeSampling() {
        UncertaintySpec spec = new UncertaintySpec(0, 1, 0, List.of(
                UncertainFactor.uniformWeights(1.5).onNodes(List.of("nowhere", "a")),
                UncertainFactor.aggregators(List.of(Aggregation.of(AggregationMethod.NONE))).onNodes(List.of("b")),
                UncertainFactor.normalisers(List.of()),
                UncertainFactor.uniformWeights(0.1),
                UncertainFactor.evidenceWeights(List.of(EvidenceWeights.uniform()))), List.of("zzz"));
        ValidationReport report = UncertaintyAnalysis.check(PipelineFixture.scorer(), PipelineFixture.input(), spec);
        List<String> found = new ArrayList<>();
        for (Problem p : report.errors()) {
            found.add(p.rule() + " @ " + p.path());
        }
        assertThat(found).containsExactlyInAnyOrder(
                "too-small @ samples",
                "too-small @ topK",
                "unknown-node @ nodes[0]",
                "noise-out-of-range @ factors[0].amount",
                "unknown-node @ factors[0].nodes[0]",
                "wrong-node-kind @ factors[0].nodes[1]",
                "wrong-node-kind @ factors[1].nodes[0]",
                "aggregation-none @ factors[1].alternatives[0]",
                "no-alternatives @ factors[2].alternatives",
                "duplicate-factor @ factors[3]",
                "evidence-needs-dataset @ factors[4]",
                "evidence-not-weighted @ factors[4]");
        assertThat(report.errors()).allSatisfy(p -> {
            assertThat(p.message().es()).isNotBlank();
            assertThat(p.message().pt()).isNotEqualTo(p.message().en());
        });
        assertThatThrownBy(() -> UncertaintyAnalysis.run(PipelineFixture.scorer(), PipelineFixture.input(), spec,
                SampleRunner.withDefaults().withProgress((d, t) -> {
                    throw new AssertionError("sampled despite an invalid specification");
                })))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("12 problem(s)")
                .hasMessageContaining("methodology 'pipeline-fixture' has no node 'nowhere'");
    }

    @Test
    void leaveOneOut_thatWouldEmptyANode_isReported() {
        Methodology m = Methodology.of("single", TargetKind.COUNTRY,
                MethodNode.node("root", Aggregation.of(AggregationMethod.ARITHMETIC_MEAN), List.of(
                        MethodNode.node("p1", Aggregation.of(AggregationMethod.ARITHMETIC_MEAN),
                                List.of(MethodNode.leaf("a"))),
                        MethodNode.leaf("b"))));
        ValidationReport report = UncertaintyAnalysis.check(Scorer.of(m), PipelineFixture.input(),
                UncertaintySpec.of(1, List.of(UncertainFactor.leaveOneOut())));
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("exclusion-empties-node");
            assertThat(p.message().en()).isEqualTo("leaving out 'a' would leave node 'p1' without children");
        });
    }

    @Test
    void progressAndCancellation_reachTheRun() {
        AtomicLong total = new AtomicLong();
        UncertaintySpec spec = UncertaintySpec.of(3, List.of(UncertainFactor.uniformWeights(0.2))).withSamples(40);
        UncertaintyAnalysis.run(PipelineFixture.scorer(), PipelineFixture.input(), spec,
                SampleRunner.withDefaults().withProgress((d, t) -> total.set(t)));
        assertThat(total.get()).isEqualTo(40);
        CancellationToken token = CancellationToken.create();
        assertThatThrownBy(() -> UncertaintyAnalysis.run(PipelineFixture.scorer(), PipelineFixture.input(),
                spec.withSamples(10_000), SampleRunner.withDefaults().withCancellation(token)
                        .withProgress((d, t) -> token.cancel())))
                .isInstanceOf(CancellationException.class);
    }

    /**
     * Two countries, one indicator: BO has 9 graded E5 (weight 0.04) and 1 graded A1 (weight 1), PE has 3 ungraded.
     * Under the default mapping BO = (0.04*9 + 1*1) / 1.04 = 1.31 ranks below PE = 3; under the uniform mapping
     * BO = (9 + 1) / 2 = 5 ranks above it. Drawing between the two mappings, BO is first in about half the samples.
     */
    @Test
    void evidenceMapping_isAFactorOverTheDataset() {
        ReportingPeriod year = ReportingPeriod.year(2023);
        Country bo = Country.of("BO");
        Country pe = Country.of("PE");
        Dataset d = Dataset.builder("e").period(year).country(bo, pe)
                .indicator(new IndicatorDefinition("a", LocalizedText.same("a"), "harm", TargetKind.COUNTRY,
                        Polarity.POSITIVE, "score", Scale.Continuous.of(1, 10)))
                .observation(Observation.of(Target.country(bo), "a", Measurement.of(9), year).withSource("x")
                        .withGrade(SourceGrade.parse("E5")))
                .observation(Observation.of(Target.country(bo), "a", Measurement.of(1), year).withSource("y")
                        .withGrade(SourceGrade.parse("A1")))
                .observation(Observation.of(Target.country(pe), "a", Measurement.of(3), year)).build();
        Methodology m = Methodology.of("e", TargetKind.COUNTRY,
                MethodNode.node("root", Aggregation.of(AggregationMethod.ARITHMETIC_MEAN),
                        List.of(MethodNode.leaf("a"))));
        Scorer scorer = Scorer.of(m).withCellCombiner(EvidenceCombiner.withDefaults());
        UncertaintySpec spec = UncertaintySpec.of(11, List.of(UncertainFactor.evidenceWeights(
                List.of(EvidenceWeights.defaults(), EvidenceWeights.uniform())))).withSamples(200).withTopK(1);
        assertThat(UncertaintyAnalysis.check(scorer, d, spec).isValid()).isTrue();
        UncertaintyResult r = UncertaintyAnalysis.run(scorer, d, spec, SampleRunner.withDefaults());
        RankDistribution boRank = r.distribution("BO", "root");
        assertThat(boRank.nominal()).isEqualTo(2);
        // Binomial(200, 0.5): standard deviation 0.035; four of them either side.
        assertThat(boRank.topKProbability()).isBetween(0.36, 0.64);
        assertThat(boRank.p5()).isEqualTo(1.0);
        assertThat(boRank.p95()).isEqualTo(2.0);
    }

    @Test
    void unknownUnitOrNode_inTheResult_isRejected() {
        UncertaintyResult r = UncertaintyAnalysis.run(PipelineFixture.scorer(), PipelineFixture.input(),
                UncertaintySpec.of(1, List.of(UncertainFactor.uniformWeights(0.1))).withSamples(5),
                SampleRunner.withDefaults());
        assertThatThrownBy(() -> r.distribution("U99", "root")).hasMessageContaining("no unit 'U99'");
        assertThatThrownBy(() -> r.distributions("a")).hasMessageContaining("node 'a' is not reported");
        assertThat(r.table("p1").lines().count()).isEqualTo(14);
    }
}
