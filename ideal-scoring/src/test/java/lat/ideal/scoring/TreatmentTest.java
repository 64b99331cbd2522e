package lat.ideal.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.OutlierTreatment;
import org.junit.jupiter.api.Test;

/** Outlier treatment: COINr's convention (winsorise while |skew| > 2 and kurtosis > 3.5, else log). */
final class TreatmentTest {
    /** Microsoft's documentation of SKEW and KURT quotes 6 decimals. */
    private static final double QUOTED = 5e-7;

    /**
     * Reference: Excel's documented examples SKEW(3,4,5,2,3,4,5,6,4,7) = 0.359543 and
     * KURT(3,4,5,2,3,4,5,6,4,7) = -0.151799637 (Microsoft Support, "SKEW function", "KURT function").
     */
    @Test
    void skewnessAndKurtosisAreExcelsAndCoinrs() {
        double[] x = {3, 4, 5, 2, 3, 4, 5, 6, 4, 7};
        assertThat(Stats.skewness(x)).isCloseTo(0.359543, within(QUOTED));
        assertThat(Stats.kurtosis(x)).isCloseTo(-0.151800, within(QUOTED));
    }

    private static ScoringResult treat(OutlierTreatment t, double... column) {
        double[][] rows = new double[column.length][];
        for (int u = 0; u < column.length; u++) {
            rows[u] = new double[] {column[u]};
        }
        MethodNode root = Fixtures.node("root", AggregationMethod.ARITHMETIC_MEAN,
                Fixtures.leaf("x").withTreatment(t));
        return Fixtures.score(root, Fixtures.rows(List.of("x"), rows));
    }

    /**
     * 1..10 and 100: skewness 3.26 and kurtosis 10.71 exceed the limits; the highest point takes the next highest
     * value (100 becomes 10), after which 1..10, 10 has skewness -0.13 and treatment stops (moments computed by hand
     * with the Excel formulas, checked with numpy).
     */
    @Test
    void winsorisesTheMostExtremePointUntilWithinLimits() {
        ScoringResult r = treat(OutlierTreatment.winsorise(5), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100);
        assertThat(r.treatedCells()).containsExactly(new TreatedCell("U11", "x", "x", 100, 10,
                TreatedCell.Method.WINSORISED));
        assertThat(r.explain("U11").contributions().get(0).treated()).hasValue(10);
        assertThat(r.warnings()).anyMatch(w -> w.kind() == ScoringWarning.Kind.OUTLIERS_TREATED);
    }

    /**
     * Twenty 1s, 50 and 100, at most one point: 100 becomes 50 and the column still has skewness 3.06 and kurtosis
     * 8.08, so COINr's log_CT_plus applies instead: ln(x - min + 0.01 (max - min)) on the original values, every
     * value recorded as treated.
     */
    @Test
    void fallsBackToTheLogWhenWinsorisingIsNotEnough() {
        ScoringResult r = treat(OutlierTreatment.winsorise(1), 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
                1, 1, 1, 50, 100);
        assertThat(r.treatedCells()).hasSize(22).allMatch(c -> c.method() == TreatedCell.Method.LOG_TRANSFORMED);
        TreatedCell top = r.treatedCells().get(21);
        assertThat(top.treated()).isCloseTo(Math.log(100 - 1 + 0.99), within(1e-12));
        assertThat(r.treatedCells().get(0).treated()).isCloseTo(Math.log(0.99), within(1e-12));
    }

    @Test
    void aColumnWithinLimitsIsLeftAlone() {
        ScoringResult r = treat(OutlierTreatment.winsorise(5), 3, 4, 5, 2, 3, 4, 5, 6, 4, 7);
        assertThat(r.treatedCells()).isEmpty();
        assertThat(r.warnings()).noneMatch(w -> w.kind() == ScoringWarning.Kind.OUTLIERS_TREATED);
    }
}
