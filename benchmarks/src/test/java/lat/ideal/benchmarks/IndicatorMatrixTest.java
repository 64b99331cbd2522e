package lat.ideal.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import lat.ideal.model.Polarity;
import lat.ideal.scoring.ScoringInput;
import org.junit.jupiter.api.Test;

final class IndicatorMatrixTest {
    /** Four standard deviations of the binomial count of missing cells in 100,000 cells at p = 0.05. */
    private static final double MISSING_COUNT_TOLERANCE = 4 * Math.sqrt(100_000 * 0.05 * 0.95);

    @Test
    void sameSeed_sameNumbers_otherSeed_otherNumbers() {
        IndicatorMatrix a = IndicatorMatrix.generate(500, 30, 11, 0.05, true);
        assertThat(IndicatorMatrix.generate(500, 30, 11, 0.05, true).values).containsExactly(a.values);
        assertThat(IndicatorMatrix.generate(500, 30, 12, 0.05, true).values).isNotEqualTo(a.values);
    }

    @Test
    void completeMatrix_holdsContinuousValuesFromOneToTen_withoutTies() {
        IndicatorMatrix m = IndicatorMatrix.complete(1_000, 30, 5);
        assertThat(m.values).hasSize(30_000);
        assertThat(java.util.Arrays.stream(m.values).allMatch(v -> v >= 1 && v < 10)).isTrue();
        assertThat(java.util.Arrays.stream(m.values).distinct().count()).isEqualTo(30_000);
    }

    @Test
    void treatedMatrix_missesAboutFivePercent_andPlantsOneOutlierEverySixthColumn() {
        IndicatorMatrix m = IndicatorMatrix.generate(10_000, 10, 3, 0.05, true);
        long missing = java.util.Arrays.stream(m.values).filter(Double::isNaN).count();
        assertThat((double) missing).isCloseTo(5_000, org.assertj.core.data.Offset.offset(MISSING_COUNT_TOLERANCE));
        for (int c = 0; c < 10; c++) {
            int at = IndicatorMatrix.outlierUnit(c, 10_000);
            if (c % IndicatorMatrix.OUTLIER_EVERY == 0) {
                assertThat(m.value(at, c)).isEqualTo(IndicatorMatrix.OUTLIER);
            }
        }
        assertThat(java.util.Arrays.stream(m.values).filter(v -> v == IndicatorMatrix.OUTLIER).count()).isEqualTo(2);
    }

    @Test
    void input_namesUnitsAndIndicators_withPolarityEveryFourth() {
        ScoringInput in = IndicatorMatrix.complete(3, 8, 1).input();
        assertThat(in.units()).extracting(ScoringInput.Unit::key).containsExactly("u0", "u1", "u2");
        assertThat(in.indicators()).extracting(ScoringInput.Indicator::polarity).containsExactly(Polarity.POSITIVE,
                Polarity.POSITIVE, Polarity.POSITIVE, Polarity.NEGATIVE, Polarity.POSITIVE, Polarity.POSITIVE,
                Polarity.POSITIVE, Polarity.NEGATIVE);
        assertThat(in.value(2, 5)).isEqualTo(IndicatorMatrix.complete(3, 8, 1).value(2, 5));
    }

    @Test
    void unusableSizesAndShares_areRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> IndicatorMatrix.complete(0, 30, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> IndicatorMatrix.generate(10, 3, 1, 1.0, false));
        assertThatIllegalArgumentException().isThrownBy(() -> IndicatorMatrix.of(2, 2, 1, 2, 3));
    }
}
