package lat.ideal.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lat.ideal.model.Polarity;
import lat.ideal.model.Scale;
import lat.ideal.model.TargetKind;
import lat.ideal.model.method.Aggregation;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Methodology;

/** Small builders shared by the tests: row-wise inputs and compact methodology trees. */
final class Fixtures {
    private Fixtures() {
    }

    /** An input of units U1..Un x the given indicators (scale 0..10, positive polarity), values given by row. */
    static ScoringInput rows(List<String> indicators, double[]... rows) {
        List<ScoringInput.Indicator> defs = new ArrayList<>();
        for (String key : indicators) {
            defs.add(new ScoringInput.Indicator(key, Scale.Continuous.of(0, 10), Polarity.POSITIVE));
        }
        return rows(defs, rows);
    }

    static ScoringInput rows(List<ScoringInput.Indicator> indicators, double[][] rows, String... unitKeys) {
        int n = rows.length;
        int m = indicators.size();
        List<ScoringInput.Unit> units = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            units.add(ScoringInput.Unit.of(unitKeys.length > u ? unitKeys[u] : "U" + (u + 1)));
        }
        double[] values = new double[n * m];
        for (int u = 0; u < n; u++) {
            if (rows[u].length != m) {
                throw new IllegalArgumentException("row " + u + " has " + rows[u].length + " values");
            }
            for (int i = 0; i < m; i++) {
                values[i * n + u] = rows[u][i];
            }
        }
        return ScoringInput.of(units, indicators, values);
    }

    static double[] row(double... values) {
        return values;
    }

    static MethodNode node(String key, AggregationMethod method, MethodNode... children) {
        return MethodNode.node(key, Aggregation.of(method), Arrays.asList(children));
    }

    static MethodNode leaf(String key) {
        return MethodNode.leaf(key);
    }

    static Methodology methodology(MethodNode root) {
        return Methodology.of("test", TargetKind.COUNTRY, root);
    }

    static ScoringResult score(MethodNode root, ScoringInput input) {
        return Scorer.of(methodology(root)).score(input);
    }

    /** The unrounded scores of a node, NaN where there is none. */
    static double[] scores(ScoringResult result, String node) {
        return result.node(node).unrounded();
    }
}
