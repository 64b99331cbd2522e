package lat.ideal.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import lat.ideal.model.Country;
import lat.ideal.model.CrimeAreaCatalogue;
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
import lat.ideal.model.method.Banding;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Methodology;
import lat.ideal.model.method.Rounding;
import lat.ideal.scoring.Scorer;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.evidence.ConfidenceRule;
import lat.ideal.scoring.evidence.EvidenceCombiner;
import lat.ideal.scoring.evidence.EvidenceReport;
import lat.ideal.scoring.priority.Prioritisation;
import lat.ideal.scoring.priority.PriorityList;
import lat.ideal.scoring.trend.TrendAnalysis;
import lat.ideal.scoring.trend.TrendResult;
import lat.ideal.scoring.uncertainty.SampleRunner;
import lat.ideal.scoring.uncertainty.UncertainFactor;
import lat.ideal.scoring.uncertainty.UncertaintyAnalysis;
import lat.ideal.scoring.uncertainty.UncertaintyResult;
import lat.ideal.scoring.uncertainty.UncertaintySpec;

/**
 * The analyses the export tests write, built once: the GI-TOC 2021 and 2023 imports scored with the
 * {@code gitoc-ocindex} preset, criminality banded (below 5 low, below 6.5 high, else very high; a library test
 * choice, not GI-TOC's); a 200-sample uncertainty analysis of 2023; the 2021-to-2023 trend; and a three-country,
 * three-area threat assessment (invented values, graded sources) with its evidence report and CLASI priority list.
 */
final class Analyses {
    static final ReportingPeriod YEAR = ReportingPeriod.year(2024);
    static final String ASSESSMENT = "IDEAL-TEST";

    final ScoringResult gitoc2021;
    final ScoringResult gitoc2023;
    final UncertaintyResult uncertainty;
    final TrendResult trend;
    final Dataset threatData;
    final ScoringResult threat;
    final EvidenceReport evidence;
    final PriorityList priorities;

    private static Analyses instance;

    private Analyses() throws IOException {
        gitoc2021 = gitoc("gitoc-ocindex-2021.csv", 2021);
        gitoc2023 = gitoc("gitoc-ocindex-2023.csv", 2023);
        UncertaintySpec spec = UncertaintySpec.of(7, List.of(UncertainFactor.uniformWeights(0.3),
                UncertainFactor.aggregators(List.of(Aggregation.of(AggregationMethod.ARITHMETIC_MEAN),
                        Aggregation.of(AggregationMethod.GEOMETRIC_MEAN))), UncertainFactor.leaveOneOut()))
                .withSamples(200).withTopK(10);
        uncertainty = UncertaintyAnalysis.run(gitoc2023.scorer(), gitoc2023.input(), spec,
                SampleRunner.withDefaults().withParallelism(1));
        trend = TrendAnalysis.compare(gitoc2021, gitoc2023);
        threatData = threatData();
        threat = Scorer.of(threatMethod()).withCellCombiner(EvidenceCombiner.withDefaults()).score(threatData);
        evidence = EvidenceReport.of(threat, threatData, EvidenceCombiner.withDefaults(),
                ConfidenceRule.withDefaults());
        priorities = Prioritisation.withDefaults().prioritise(threat, evidence);
    }

    static synchronized Analyses get() {
        if (instance == null) {
            try {
                instance = new Analyses();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    private static ScoringResult gitoc(String file, int edition) throws IOException {
        GitocImport g = GitocImporterTest.load(file, edition);
        Methodology m = g.methodology();
        return Scorer.of(m.withRoot(banded(m.root()))).score(g.input());
    }

    private static MethodNode banded(MethodNode n) {
        if (n.key().equals("criminality")) {
            return n.withBanding(Banding.thresholds(List.of(5.0, 6.5), List.of("low", "high", "very-high")));
        }
        List<MethodNode> children = new ArrayList<>();
        n.children().forEach(c -> children.add(banded(c)));
        return n.isLeaf() ? n : n.withChildren(children);
    }

    /** One threat score per country and area on 0..100, 75 and over the top band. */
    private static Methodology threatMethod() {
        return Methodology.of("threat-test", TargetKind.COUNTRY_CRIME_AREA,
                MethodNode.node("threat", Aggregation.of(AggregationMethod.ARITHMETIC_MEAN),
                                List.of(MethodNode.leaf("threat-score")))
                        .withRounding(Rounding.halfUp(1))
                        .withBanding(Banding.thresholds(List.of(25.0, 50.0, 75.0),
                                List.of("low", "moderate", "high", "very-high"))));
    }

    private static Dataset threatData() {
        Country bo = Country.of("BO");
        Country co = Country.of("CO");
        Country pe = Country.of("PE");
        Dataset.Builder b = Dataset.builder(ASSESSMENT).period(YEAR).country(bo, co, pe)
                .indicator(new IndicatorDefinition("threat-score", LocalizedText.same("threat"), "harm",
                        TargetKind.COUNTRY_CRIME_AREA, Polarity.POSITIVE, "score", Scale.Continuous.of(0, 100)));
        String drugs = CrimeAreaCatalogue.DRUG_TRAFFICKING;
        String env = CrimeAreaCatalogue.ENVIRONMENTAL_CRIME;
        String arms = CrimeAreaCatalogue.ARMS_TRAFFICKING;
        cell(b, bo, drugs, 60, "C3");
        cell(b, co, drugs, 90, "E5");
        cell(b, pe, drugs, 80, "A1");
        cell(b, bo, env, 85, "C3");
        cell(b, co, env, 20, "B2");
        cell(b, pe, env, 50, "B2");
        cell(b, bo, arms, 40, "");
        cell(b, co, arms, 70, "B2");
        cell(b, pe, arms, 30, "D4");
        return b.build();
    }

    private static void cell(Dataset.Builder b, Country c, String area, double value, String grade) {
        Observation o = Observation.of(Target.countryArea(c, area), "threat-score", Measurement.of(value), YEAR);
        b.observation(grade.isEmpty() ? o : o.withGrade(SourceGrade.parse(grade)));
    }
}
