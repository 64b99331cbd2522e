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

    /**
     * Regression: with a tied extreme only the first of the tied points was moved, to the other tied value, so
     * nothing changed and the column was log-transformed instead. 1..20, 200, 200 has skewness 3.00 and kurtosis
     * 7.86 (Excel formulas, checked with numpy); both 200s take the next value inward, 20, as in COINr, after which
     * 1..20, 20, 20 has skewness -0.09 and kurtosis -1.29 and treatment stops.
     */
    @Test
    void winsorisesTiedExtremesTogether() {
        double[] column = new double[22];
        for (int i = 0; i < 20; i++) {
            column[i] = i + 1;
        }
        column[20] = 200;
        column[21] = 200;
        ScoringResult r = treat(OutlierTreatment.winsorise(5), column);
        assertThat(r.treatedCells()).containsExactly(
                new TreatedCell("U21", "x", "x", 200, 20, TreatedCell.Method.WINSORISED),
                new TreatedCell("U22", "x", "x", 200, 20, TreatedCell.Method.WINSORISED));
    }

    /** A tied group larger than the points left to winsorise is not split: the log fallback applies instead. */
    @Test
    void aTiedGroupBeyondTheLimitFallsBackToTheLog() {
        double[] column = new double[22];
        for (int i = 0; i < 20; i++) {
            column[i] = i + 1;
        }
        column[20] = 200;
        column[21] = 200;
        ScoringResult r = treat(OutlierTreatment.winsorise(1), column);
        assertThat(r.treatedCells()).hasSize(22).allMatch(c -> c.method() == TreatedCell.Method.LOG_TRANSFORMED);
    }

    @Test
    void aColumnWithinLimitsIsLeftAlone() {
        ScoringResult r = treat(OutlierTreatment.winsorise(5), 3, 4, 5, 2, 3, 4, 5, 6, 4, 7);
        assertThat(r.treatedCells()).isEmpty();
        assertThat(r.warnings()).noneMatch(w -> w.kind() == ScoringWarning.Kind.OUTLIERS_TREATED);
    }
}
