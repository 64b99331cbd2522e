package lat.ideal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class CriminalGroupTest {

    static Stream<Arguments> groups() {
        return RandomValues.cases(RandomValues::group);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("groups")
    void toBuilder_buildsAnEqualGroup(long seed, CriminalGroup value, CriminalGroup other) {
        CriminalGroup copy = value.toBuilder().build();
        assertThat(copy).isEqualTo(value).hasSameHashCodeAs(value);
        assertThat(value).isNotEqualTo(other);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("groups")
    void toBuilder_keepsEveryPart(long seed, CriminalGroup value, CriminalGroup other) {
        CriminalGroup changed = value.toBuilder().alias("another-name").build();
        assertThat(changed.aliases()).endsWith("another-name").hasSize(value.aliases().size() + 1);
        assertThat(changed).usingRecursiveComparison().ignoringFields("aliases").isEqualTo(value);
    }
}
