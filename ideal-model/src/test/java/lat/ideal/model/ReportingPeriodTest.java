package lat.ideal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

final class ReportingPeriodTest {

    static Stream<Arguments> periods() {
        return RandomValues.cases(RandomValues::period);
    }

    @ParameterizedTest(name = "seed {0}: {1}")
    @MethodSource("periods")
    void equalsAndHashCode_followTheParts(long seed, ReportingPeriod value, ReportingPeriod other) {
        RandomValues.assertValueSemantics(value, new ReportingPeriod(value.start(), value.end()), other);
    }

    @ParameterizedTest(name = "seed {0}: {1}")
    @MethodSource("periods")
    void parse_readsToString(long seed, ReportingPeriod value, ReportingPeriod other) {
        assertThat(ReportingPeriod.parse(value.toString())).isEqualTo(value);
        assertThat(ReportingPeriod.parse(other.toString())).isEqualTo(other);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2023-01-01, 2023-12-31, 2023",
        "2023-05-01, 2023-05-31, 2023-05",
        "2024-02-29, 2024-02-29, 2024-02-29",
        "2022-07-01, 2023-06-30, 2022-07-01/2023-06-30",
        "0950-01-01, 0950-12-31, 0950",
        "+10000-01-01, +10000-12-31, +10000-01-01/+10000-12-31"
    })
    void toString_writesTheShortestForm(String start, String end, String expected) {
        assertThat(new ReportingPeriod(LocalDate.parse(start), LocalDate.parse(end))).hasToString(expected);
    }

    /** Years below 1000 were written without leading zeros ({@code 950}), which {@code parse} rejected. */
    @Test
    void toString_padsYearsBelowOneThousand() {
        assertThat(ReportingPeriod.parse(ReportingPeriod.year(7).toString())).isEqualTo(ReportingPeriod.year(7));
    }

    @Test
    void parse_rejectsMalformedPeriods() {
        assertThatThrownBy(() -> ReportingPeriod.parse("2023-13"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'2023-13' is not a period: write 2023, 2023-05, 2023-05-01 or 2022-07-01/2023-06-30");
    }
}
