package lat.ideal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import lat.ideal.model.validation.DatasetValidator;
import lat.ideal.model.validation.Problem;
import lat.ideal.model.validation.Rules;
import lat.ideal.model.validation.ValidationReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class DatasetTest {

    static Stream<Arguments> datasets() {
        return RandomValues.cases(RandomValues::dataset);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("datasets")
    void toBuilder_buildsAnEqualDataset(long seed, Dataset value, Dataset other) {
        Dataset copy = value.toBuilder().build();
        assertThat(copy).isEqualTo(value).hasSameHashCodeAs(value).hasToString(value.toString());
        assertThat(value).isNotEqualTo(other);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("datasets")
    void indexes_agreeWithTheObservations(long seed, Dataset value, Dataset other) {
        for (Observation o : value.observations()) {
            assertThat(value.observationsOf(o.indicator())).contains(o);
            assertThat(value.observationsFor(o.target())).contains(o);
        }
        int indexed = value.targets().stream().mapToInt(t -> value.observationsFor(t).size()).sum();
        assertThat(indexed).isEqualTo(value.observations().size());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("datasets")
    void releasableTo_keepsOnlyWhatTheClearanceAllows(long seed, Dataset value, Dataset other) {
        Dataset amber = value.releasableTo(Tlp.AMBER);
        assertThat(amber.observations()).allMatch(o -> o.handling().releasableTo(Tlp.AMBER));
        assertThat(amber.observations().size() + value.observations().stream()
                .filter(o -> !o.handling().releasableTo(Tlp.AMBER)).count())
                .isEqualTo(value.observations().size());
        assertThat(amber.highestMarking().releasableTo(Tlp.AMBER)).isTrue();
    }

    /** Random datasets break most rules at once: every problem is reported with a known rule and a dataset path. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("datasets")
    void validate_reportsEveryProblemRatherThanThrowing(long seed, Dataset value, Dataset other) {
        ValidationReport report = DatasetValidator.withDefaults().validate(value);
        assertThat(report.problems()).allSatisfy(p -> {
            assertThat(Rules.all().contains(p.rule()) || p.rule().startsWith(Rules.CONSTRAINT_PREFIX)).isTrue();
            assertThat(p.path()).matches("(countries|crimeAreas|indicators|groups|observations)\\[\\d+].*");
        });
        long undefined = value.observations().stream().filter(o -> value.indicator(o.indicator()).isEmpty()).count();
        assertThat(report.problems().stream().map(Problem::rule).filter(Rules.UNKNOWN_INDICATOR::equals).count())
                .isEqualTo(undefined);
    }
}
