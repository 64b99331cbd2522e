package lat.ideal.scoring.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import lat.ideal.model.Polarity;
import lat.ideal.model.Scale;
import lat.ideal.model.TargetKind;
import lat.ideal.model.method.Aggregation;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Methodology;
import lat.ideal.scoring.ScoringInput;
import lat.ideal.scoring.Scorer;

/**
 * A small two-pillar index for pipeline tests: 12 units U01..U12 x 6 indicators a..f on 1..10 in steps of 0.5,
 * drawn from a seeded generator, with two missing cells; root = mean(p1 = mean(a, b, c), p2 = mean(d, e, f)).
 */
final class PipelineFixture {
    static final List<String> INDICATORS = List.of("a", "b", "c", "d", "e", "f");
    static final Methodology METHOD = Methodology.of("pipeline-fixture", TargetKind.COUNTRY,
            MethodNode.node("root", Aggregation.of(AggregationMethod.ARITHMETIC_MEAN), List.of(
                    MethodNode.node("p1", Aggregation.of(AggregationMethod.ARITHMETIC_MEAN),
                            List.of(MethodNode.leaf("a"), MethodNode.leaf("b"), MethodNode.leaf("c"))),
                    MethodNode.node("p2", Aggregation.of(AggregationMethod.ARITHMETIC_MEAN),
                            List.of(MethodNode.leaf("d"), MethodNode.leaf("e"), MethodNode.leaf("f"))))));

    private PipelineFixture() {
    }

    static Scorer scorer() {
        return Scorer.of(METHOD);
    }

    static ScoringInput input() {
        int n = 12;
        List<ScoringInput.Unit> units = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            units.add(ScoringInput.Unit.of(String.format(Locale.ROOT, "U%02d", u + 1)));
        }
        List<ScoringInput.Indicator> indicators = new ArrayList<>();
        for (String key : INDICATORS) {
            indicators.add(new ScoringInput.Indicator(key, Scale.Continuous.of(1, 10, 0.5), Polarity.POSITIVE));
        }
        SplittableRandom random = new SplittableRandom(20_231_130L);
        double[] values = new double[n * INDICATORS.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = 1 + 0.5 * random.nextInt(19);
        }
        values[2 * n + 3] = Double.NaN;
        values[4 * n + 7] = Double.NaN;
        return ScoringInput.of(units, indicators, values);
    }
}
