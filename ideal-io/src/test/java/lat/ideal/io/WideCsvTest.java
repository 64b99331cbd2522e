package lat.ideal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import lat.ideal.model.Country;
import lat.ideal.model.CriminalGroup;
import lat.ideal.model.Dataset;
import lat.ideal.model.IndicatorDefinition;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.Measurement;
import lat.ideal.model.Observation;
import lat.ideal.model.Polarity;
import lat.ideal.model.ReportingPeriod;
import lat.ideal.model.Scale;
import lat.ideal.model.Target;
import lat.ideal.model.TargetKind;
import lat.ideal.model.Tlp;
import lat.ideal.model.validation.Problem;
import lat.ideal.model.validation.Severity;
import lat.ideal.model.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Wide CSV: units by indicators, in and out. */
final class WideCsvTest {
    /** Without the validator: most tests here read into a dataset that defines no indicator. */
    private static final WideCsv WIDE = WideCsv.withDefaults().withValidator(d -> ValidationReport.empty());
    private static final ReportingPeriod Y2023 = ReportingPeriod.parse("2023");
    private static final Dataset BASE = Dataset.builder("t").period(Y2023).build();

    private static Located single(String csv) {
        ReadResult<Dataset> r = WIDE.readInto(BASE, "w.csv", new StringReader(csv));
        assertThat(r.value()).isEmpty();
        assertThat(r.problems()).hasSize(1);
        return r.problems().get(0);
    }

    @Test
    void read_makesOneObservationPerFilledCell() {
        ReadResult<Dataset> r = WIDE.withSource("GI-TOC").readInto(BASE, "w.csv", new StringReader("""
                unit,unit_name,cocaine-trade,resilience
                BOL,Bolivia,7.5,
                group:los-x,,UNKNOWN,high
                """));
        assertThat(r.problems()).isEmpty();
        assertThat(r.orElseThrow().observations()).containsExactly(
                Observation.of(Target.country(Country.of("BO")), "cocaine-trade", Measurement.of(7.5), Y2023)
                        .withSource("GI-TOC"),
                Observation.of(Target.group("los-x"), "cocaine-trade", Measurement.UNKNOWN, Y2023)
                        .withSource("GI-TOC"),
                Observation.of(Target.group("los-x"), "resilience", Measurement.level("high"), Y2023)
                        .withSource("GI-TOC"));
    }

    @Test
    void defaultValidator_placesItsProblemsAtTheCells() {
        ReadResult<Dataset> r = WideCsv.withDefaults().readInto(BASE, "w.csv", new StringReader("""
                unit,unit_name,cocaine-trade
                BOL,Bolivia,7.5
                """));
        assertThat(r.value()).isPresent();
        assertThat(r.problems()).extracting(p -> p.line() + ":" + p.column() + " " + p.path() + " " + p.rule())
                .containsExactlyInAnyOrder("2:3 cocaine-trade unknown-indicator", "2:1 unit unknown-country");
    }

    @Test
    void defaultValidator_alsoChecksTheCellsThatCouldBeRead_whereOthersCouldNot() {
        // Row 2's unit cannot be read and row 3's value has a decimal comma; the cells that could be read are
        // checked too: column y is not an indicator of the dataset, and 11 is off the scale 1..10.
        Dataset base = BASE.toBuilder().country(Country.of("BO"), Country.of("PE")).indicator(new IndicatorDefinition(
                "x", LocalizedText.same("x"), "b", TargetKind.COUNTRY, Polarity.POSITIVE, "score",
                Scale.Continuous.of(1, 10))).build();
        ReadResult<Dataset> r = WideCsv.withDefaults().readInto(base, "w.csv", new StringReader("""
                unit,x,y
                Narnia,5,
                BO,"2,5",
                PE,11,3
                """));
        assertThat(r.value()).isEmpty();
        assertThat(r.problems()).extracting(p -> p.line() + ":" + p.column() + " " + p.path() + " " + p.rule())
                .containsExactly("2:1 unit bad-target", "3:2 x decimal-comma", "4:2 x value-off-scale",
                        "4:3 y unknown-indicator");
    }

    @Test
    void columnThatIsNotAnIndicatorKey_isUnknown() {
        Located p = single("unit,Cocaine Trade\nBO,1\n");
        assertThat(p.line() + ":" + p.column() + " " + p.path() + " " + p.rule())
                .isEqualTo("1:2 Cocaine Trade unknown-column");
    }

    @Test
    void missingUnitColumn_isReported() {
        Located p = single("country,x\nBO,1\n");
        assertThat(p.rule()).isEqualTo("missing-column");
        assertThat(p.path()).isEqualTo("unit");
    }

    @Test
    void badUnit_isLocated() {
        Located p = single("unit,x\nBO,1\nNarnia,2\n");
        assertThat(p.line() + ":" + p.column() + " " + p.path() + " " + p.rule()).isEqualTo("3:1 unit bad-target");
    }

    @Test
    void duplicateUnit_isLocated() {
        Located p = single("unit,x\nBO,1\nBOL,2\n");
        assertThat(p.line() + ":" + p.column() + " " + p.rule()).isEqualTo("3:1 duplicate-unit");
    }

    @Test
    void decimalComma_isLocatedAtItsCell() {
        Located p = single("unit,x,y\nBO,1,\"2,5\"\n");
        assertThat(p.line() + ":" + p.column() + " " + p.path() + " " + p.rule()).isEqualTo("2:3 y decimal-comma");
    }

    @Test
    void validatorProblems_arePlacedAtTheirCells() {
        ValidationReport report = ValidationReport.of(List.of(
                new Problem(Severity.ERROR, "value-off-scale", "observations[1].measurement", "12",
                        LocalizedText.same("off")),
                new Problem(Severity.ERROR, "unknown-country", "observations[2].target", "", LocalizedText.same("t"))));
        ReadResult<Dataset> r = WIDE.withValidator(d -> report).readInto(BASE, "w.csv", new StringReader(
                "unit,x,y\nBO,1,12\nPE,,3\n"));
        assertThat(r.problems()).extracting(p -> p.line() + ":" + p.column() + " " + p.path())
                .containsExactly("2:3 y", "3:1 unit");
    }

    static Stream<Long> seeds() {
        return Samples.seeds(10);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void measurements_roundTrip(long seed) throws IOException {
        Samples s = new Samples(seed);
        Dataset empty = Dataset.builder("t").period(Y2023).group(CriminalGroup.builder("los-x", "Los X").build())
                .build();
        Dataset.Builder b = empty.toBuilder();
        java.util.Set<String> cells = new java.util.HashSet<>();
        for (int i = 0; i < 60; i++) {
            Observation o = Observation.of(s.target(), "k" + (i % 7), s.measurement(), Y2023);
            if (cells.add(o.target() + "|" + o.indicator())) {
                b.observation(o);
            }
        }
        Dataset data = b.build();
        StringWriter out = new StringWriter();
        WIDE.write(data, out);
        Dataset back = WIDE.readInto(empty, "w.csv", new StringReader(out.toString())).orElseThrow();
        // the wide format orders observations by unit, then by column: compare as sets of cells
        assertThat(back.observations()).containsExactlyInAnyOrderElementsOf(data.observations());
    }

    @Test
    void write_refusesAMarkedObservation() {
        Dataset data = BASE.toBuilder().observation(Observation.of(Target.country(Country.of("BO")), "x",
                Measurement.of(1), Y2023).withHandling(Tlp.AMBER)).build();
        assertThatThrownBy(() -> WIDE.write(data, new StringWriter()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TLP:AMBER");
    }

    @Test
    void write_refusesTwoValuesInOneCell() {
        Observation o = Observation.of(Target.country(Country.of("BO")), "x", Measurement.of(1), Y2023);
        Dataset data = BASE.toBuilder().observation(o).observation(o.withMeasurement(Measurement.of(2))).build();
        assertThatThrownBy(() -> WIDE.write(data, new StringWriter()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two observations of BO / x");
    }

    @Test
    void write_namesUnitsForPeople() throws IOException {
        Dataset data = BASE.toBuilder().observation(Observation.of(Target.countryArea(Country.of("BO"),
                "drug-trafficking"), "x", Measurement.of(-1.5), Y2023)).build();
        StringWriter out = new StringWriter();
        WIDE.write(data, out);
        assertThat(out.toString()).isEqualTo("unit,unit_name,x\r\nBO/drug-trafficking,Bolivia / Drug trafficking,-1.5\r\n");
    }
}
