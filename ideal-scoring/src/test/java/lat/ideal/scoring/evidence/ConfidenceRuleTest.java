package lat.ideal.scoring.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import lat.ideal.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ConfidenceRuleTest {

    /** Hand-computed shares written to 6 decimals. */
    private static final double HAND = 1e-6;

    private static final EvidenceCombiner COMBINER = EvidenceCombiner.withDefaults();

    @ParameterizedTest(name = "coverage {0}, strength {1}: {2}")
    @CsvSource({
        "1.0, 1.0, HIGH",
        "0.8, 0.6, HIGH",      // both thresholds are inclusive
        "0.79, 0.9, MODERATE",
        "1.0, 0.59, MODERATE",
        "0.5, 0.35, MODERATE",
        "0.49, 1.0, LOW",
        "1.0, 0.34, LOW",
        "0.0, 0.0, LOW"
    })
    void assess_defaultThresholds(double coverage, double strength, Confidence expected) {
        assertThat(ConfidenceRule.withDefaults().assess(coverage, strength)).isEqualTo(expected);
    }

    @Test
    void summarise_handComputed() {
        Map<String, CellEvidence> cells = new LinkedHashMap<>();
        cells.put("BO/cocaine-trade", single(0.64, false));   // one B2 source
        cells.put("BO/cannabis-trade", single(0.5, false));   // one ungraded source
        cells.put("BO/heroin-trade", CellEvidence.missing());
        cells.put("BO/synthetic-drugs", single(0.04, true));  // one E5 source
        EvidenceSummary s = ConfidenceRule.withDefaults().summarise(cells);
        // Coverage 3 of 4 = 0.75; mean strength (0.64 + 0.5 + 0.04) / 3 = 0.393333: moderate (>= 0.5, >= 0.35).
        assertThat(s.coverage()).isEqualTo(0.75);
        assertThat(s.meanStrength()).isCloseTo(0.393333, within(HAND));
        assertThat(s.confidence()).isEqualTo(Confidence.MODERATE);
        assertThat(s.cells()).isEqualTo(4);
        assertThat(s.covered()).isEqualTo(3);
        assertThat(s.poorlyGradedCells()).containsExactly("BO/synthetic-drugs");
        assertThat(s).hasToString("moderate (coverage 0.75, strength 0.39, 1 poorly graded cell)");
    }

    @Test
    void summarise_fullyCoveredUngradedData_isModerate() {
        Map<String, CellEvidence> cells = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            cells.put("cell" + i, single(0.5, false));
        }
        assertThat(ConfidenceRule.withDefaults().summarise(cells).confidence()).isEqualTo(Confidence.MODERATE);
    }

    @Test
    void summarise_twoUngradedSourcesPerCell_isHigh() {
        // Strength 1 - 0.5 * 0.5 = 0.75 >= 0.6 with full coverage.
        CellEvidence two = COMBINER.combine(new double[] {4, 5}, new double[] {0.5, 0.5}, new boolean[2]);
        assertThat(ConfidenceRule.withDefaults().summarise(Map.of("a", two, "b", two)).confidence())
                .isEqualTo(Confidence.HIGH);
    }

    @Test
    void summarise_noCell_isLow() {
        EvidenceSummary s = ConfidenceRule.withDefaults().summarise(Map.of());
        assertThat(s.confidence()).isEqualTo(Confidence.LOW);
        assertThat(s.coverage()).isZero();
    }

    @Test
    void customThresholds() {
        ConfidenceRule strict = ConfidenceRule.withDefaults().withHigh(1.0, 0.9).withModerate(0.9, 0.5);
        assertThat(strict.assess(0.95, 0.95)).isEqualTo(Confidence.MODERATE);
        assertThat(strict.assess(1.0, 0.9)).isEqualTo(Confidence.HIGH);
        assertThat(strict.assess(0.85, 1.0)).isEqualTo(Confidence.LOW);
    }

    @Test
    void inconsistentThresholds_areRejected() {
        assertThatThrownBy(() -> ConfidenceRule.withDefaults().withModerate(0.9, 0.35))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coverage 0.9")
                .hasMessageContaining("must not exceed");
        assertThatThrownBy(() -> ConfidenceRule.withDefaults().assess(1.2, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coverage 1.2");
    }

    @Test
    void levels_labelsAndOrder() {
        assertThat(Confidence.LOW.label(Language.PT)).isEqualTo("baixa");
        assertThat(Confidence.MODERATE.label(Language.ES)).isEqualTo("moderada");
        assertThat(Confidence.HIGH.label(Language.EN)).isEqualTo("high");
        assertThat(Confidence.HIGH.atLeast(Confidence.MODERATE)).isTrue();
        assertThat(Confidence.LOW.atLeast(Confidence.MODERATE)).isFalse();
        assertThat(Confidence.HIGH.min(Confidence.LOW)).isEqualTo(Confidence.LOW);
        assertThat(Confidence.MODERATE.min(Confidence.HIGH)).isEqualTo(Confidence.MODERATE);
    }

    private static CellEvidence single(double weight, boolean poor) {
        return COMBINER.combine(new double[] {5}, new double[] {weight}, new boolean[] {poor});
    }
}
