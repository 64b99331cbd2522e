package lat.ideal.scoring.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Map;
import java.util.Optional;
import lat.ideal.model.SourceGrade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class EvidenceWeightsTest {

    /** Products of two factors with one or two decimals: only binary rounding separates them from the decimals. */
    private static final double EXACT = 1e-12;

    @ParameterizedTest(name = "{0} weighs {1}")
    @CsvSource({
        // Admiralty: reliability factor x credibility factor from the documented default table.
        "A1, 1.0",   // 1.0 x 1.0
        "B2, 0.64",  // 0.8 x 0.8
        "C3, 0.36",  // 0.6 x 0.6
        "D4, 0.16",  // 0.4 x 0.4
        "E5, 0.04",  // 0.2 x 0.2
        "F6, 0.16",  // cannot be judged: 0.4 x 0.4
        "A6, 0.4",   // 1.0 x 0.4
        "F1, 0.4",   // 0.4 x 1.0
        // UK 3x5x2: source factor x intelligence factor; the handling letter does not count.
        "1AP, 1.0",  // 1.0 x 1.0
        "1AC, 1.0",  // 1.0 x 1.0
        "2BP, 0.48", // 0.6 x 0.8
        "2BC, 0.48", // 0.6 x 0.8
        "3CP, 0.12", // 0.2 x 0.6
        "3EC, 0.04", // 0.2 x 0.2
        "1DP, 0.4"   // 1.0 x 0.4
    })
    void defaults_multiplySourceAndInformationFactors(String grade, double expected) {
        assertThat(EvidenceWeights.defaults().weight(SourceGrade.parse(grade))).isCloseTo(expected, within(EXACT));
    }

    @Test
    void ungradedObservation_weighsTheUngradedWeight() {
        assertThat(EvidenceWeights.defaults().weight(Optional.empty())).isEqualTo(0.5);
        assertThat(EvidenceWeights.defaults().withUngraded(0.3).weight(Optional.empty())).isEqualTo(0.3);
    }

    @Test
    void malformedGrade_weighsAsThePoorestGradeOfItsSystem() {
        EvidenceWeights w = EvidenceWeights.defaults();
        // Poorest Admiralty grade E5 = 0.2 x 0.2; poorest UK grade 3E = 0.2 x 0.2.
        assertThat(w.weight(SourceGrade.parse("G7"))).isCloseTo(0.04, within(EXACT));
        assertThat(w.weight(SourceGrade.parse("4AP"))).isCloseTo(0.04, within(EXACT));
        // After raising E to 0.5 the poorest Admiralty reliability is D = 0.4, so 0.4 x 0.2.
        assertThat(w.withAdmiraltyReliability('E', 0.5).weight(SourceGrade.parse("B9")))
                .isCloseTo(0.08, within(EXACT));
    }

    @Test
    void withX_replacesOnlyOneFactor() {
        EvidenceWeights w = EvidenceWeights.defaults().withAdmiraltyReliability('b', 0.9)
                .withAdmiraltyCredibility('3', 0.5).withUkSource('2', 0.7).withUkIntelligence('B', 0.5);
        assertThat(w.weight(SourceGrade.parse("B2"))).isCloseTo(0.72, within(EXACT)); // 0.9 x 0.8
        assertThat(w.weight(SourceGrade.parse("C3"))).isCloseTo(0.3, within(EXACT)); // 0.6 x 0.5
        assertThat(w.weight(SourceGrade.parse("A1"))).isEqualTo(1.0);
        assertThat(w.weight(SourceGrade.parse("2BP"))).isCloseTo(0.35, within(EXACT)); // 0.7 x 0.5
        assertThat(w.weight(SourceGrade.parse("1AP"))).isEqualTo(1.0);
    }

    @Test
    void uniform_ignoresGrades() {
        EvidenceWeights w = EvidenceWeights.uniform();
        for (String g : new String[] {"A1", "E5", "F6", "1AP", "3EC", "X"}) {
            assertThat(w.weight(SourceGrade.parse(g))).as(g).isEqualTo(1.0);
        }
        assertThat(w.weight(Optional.empty())).isEqualTo(1.0);
    }

    @Test
    void factorsOutsideTheUnitInterval_areRejectedWithValueAndRule() {
        assertThatThrownBy(() -> EvidenceWeights.defaults().withAdmiraltyReliability('A', 1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'A'").hasMessageContaining("1.5").hasMessageContaining("(0, 1]");
        assertThatThrownBy(() -> EvidenceWeights.defaults().withAdmiraltyCredibility('5', 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'5' is 0");
        assertThatThrownBy(() -> EvidenceWeights.defaults().withUngraded(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> EvidenceWeights.defaults().withUkSource('4', 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'4'");
    }

    @Test
    void tableWithMissingGrade_isRejected() {
        EvidenceWeights d = EvidenceWeights.defaults();
        Map<Character, Double> noF = Map.of('A', 1.0, 'B', 0.8, 'C', 0.6, 'D', 0.4, 'E', 0.2);
        assertThatThrownBy(() -> new EvidenceWeights(noF, d.admiraltyCredibility(), d.ukSource(),
                d.ukIntelligence(), 0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ABCDE'").hasMessageContaining("'ABCDEF'");
    }

    @Test
    void serialisation_roundTrips() throws IOException, ClassNotFoundException {
        EvidenceWeights w = EvidenceWeights.defaults().withUkIntelligence('C', 0.55);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(w);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(w);
        }
    }

    @Test
    void toString_listsEveryFactor() {
        assertThat(EvidenceWeights.defaults().toString())
                .isEqualTo("EvidenceWeights[admiralty A=1 B=0.8 C=0.6 D=0.4 E=0.2 F=0.4 x 1=1 2=0.8 3=0.6 4=0.4"
                        + " 5=0.2 6=0.4; uk 1=1 2=0.6 3=0.2 x A=1 B=0.8 C=0.6 D=0.4 E=0.2; ungraded 0.5]");
    }
}
