package lat.ideal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class TargetTest {

    static Stream<Arguments> targets() {
        return RandomValues.cases(RandomValues::target);
    }

    @ParameterizedTest(name = "seed {0}: {1}")
    @MethodSource("targets")
    void equalsAndHashCode_followTheParts(long seed, Target value, Target other) {
        RandomValues.assertValueSemantics(value,
                new Target(value.kind(), value.country(), value.crimeArea(), value.id()), other);
    }

    @ParameterizedTest(name = "seed {0}: {1}")
    @MethodSource("targets")
    void parse_readsToString(long seed, Target value, Target other) {
        assertThat(Target.parse(value.toString())).isEqualTo(value);
        assertThat(Target.parse(other.toString())).isEqualTo(other);
    }

    @Test
    void parse_readsEachForm() {
        assertThat(Target.parse("BO")).isEqualTo(Target.country(Country.of("BO")));
        assertThat(Target.parse("bo/drug-trafficking"))
                .isEqualTo(Target.countryArea(Country.of("BO"), "drug-trafficking"));
        assertThat(Target.parse("group:pcc").id()).contains("pcc");
        assertThat(Target.parse("region:andes").kind()).isEqualTo(TargetKind.REGION);
    }

    @Test
    void constructor_rejectsPartsTheKindDoesNotTake() {
        assertThatThrownBy(() -> new Target(TargetKind.COUNTRY, Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a COUNTRY target takes a country, no crime area and no id");
    }

    @Test
    void parse_rejectsTextThatIsNoTarget() {
        assertThatThrownBy(() -> Target.parse("BO/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'BO/' is not a target: write CC, CC/crime-area, group:<id> or region:<code>");
    }
}
