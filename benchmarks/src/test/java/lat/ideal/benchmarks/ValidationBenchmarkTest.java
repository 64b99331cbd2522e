package lat.ideal.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import lat.ideal.model.Dataset;
import lat.ideal.model.Observation;
import lat.ideal.model.validation.DatasetValidator;
import lat.ideal.model.validation.Problem;
import lat.ideal.model.validation.Rules;
import lat.ideal.model.validation.ValidationReport;
import org.junit.jupiter.api.Test;

final class ValidationBenchmarkTest {

    @Test
    void benchmarkDataset_hasTheRequestedSizeAndIsValid() {
        ValidationBenchmark benchmark = new ValidationBenchmark();
        benchmark.observations = 100_000;
        benchmark.setUp();
        ValidationReport report = benchmark.validate();
        assertThat(report.problems()).isEmpty();
        Dataset d = BenchmarkData.dataset(100_000);
        assertThat(d.observations()).hasSize(100_000);
        assertThat(d.indicators()).hasSize(BenchmarkData.SCORES + BenchmarkData.RATINGS);
        assertThat(d.targets()).hasSize(BenchmarkData.COUNTRIES.size() * d.crimeAreas().areas().size());
    }

    @Test
    void benchmarkDataset_isDeterministicAndExercisesGradesAndLevels() {
        Dataset d = BenchmarkData.dataset(4_000);
        assertThat(BenchmarkData.dataset(4_000)).isEqualTo(d);
        Set<String> kinds = new HashSet<>();
        for (Observation o : d.observations()) {
            kinds.add(o.measurement().getClass().getSimpleName());
            kinds.add(o.grade().orElseThrow().system().name());
        }
        assertThat(kinds).contains("Numeric", "Ordinal", "Unknown", "ADMIRALTY", "UK_3X5X2");
    }

    @Test
    void smallDatasets_areValidButWarned() {
        ValidationReport report = DatasetValidator.withDefaults().validate(BenchmarkData.dataset(100));
        assertThat(report.isValid()).isTrue();
        assertThat(report.warnings()).extracting(Problem::rule).contains(Rules.LOW_COVERAGE, Rules.POOR_SOURCES_ONLY)
                .containsOnly(Rules.LOW_COVERAGE, Rules.POOR_SOURCES_ONLY);
    }
}
