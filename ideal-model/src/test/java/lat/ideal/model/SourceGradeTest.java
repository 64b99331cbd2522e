package lat.ideal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

final class SourceGradeTest {

    static Stream<Arguments> grades() {
        return RandomValues.cases(RandomValues::grade);
    }

    @ParameterizedTest(name = "seed {0}: {1}")
    @MethodSource("grades")
    void equalsAndHashCode_followTheParts(long seed, SourceGrade value, SourceGrade other) {
        RandomValues.assertValueSemantics(value, new SourceGrade(value.system(), value.code()), other);
    }

    @ParameterizedTest(name = "seed {0}: {1}")
    @MethodSource("grades")
    void parse_readsToString(long seed, SourceGrade value, SourceGrade other) {
        assertThat(SourceGrade.parse(value.toString())).isEqualTo(value);
        assertThat(SourceGrade.parse(other.toString())).isEqualTo(other);
    }

    @ParameterizedTest(name = "{0}: well formed {1}, poor {2}")
    @CsvSource({
        "B2, true, false", "a1, true, false", "E1, true, true", "C5, true, true", "F6, true, true",
        "G2, false, true", "B7, false, true", "B, false, true",
        "1AP, true, false", "2bc, true, false", "3AP, true, true", "1DP, true, true", "1EC, true, true",
        "4AP, false, true", "1FP, false, true", "1AX, false, true"
    })
    void wellFormedAndPoor_followTheTwoSystems(String code, boolean wellFormed, boolean poor) {
        SourceGrade grade = SourceGrade.parse(code);
        assertThat(grade.isWellFormed()).isEqualTo(wellFormed);
        assertThat(grade.isPoor()).isEqualTo(poor);
    }

    @Test
    void problem_namesTheAllowedValues() {
        assertThat(SourceGrade.parse("G2").problem()).contains("'G2' is not an Admiralty grade: source reliability"
                + " A-F followed by information credibility 1-6, e.g. B2");
    }
}
