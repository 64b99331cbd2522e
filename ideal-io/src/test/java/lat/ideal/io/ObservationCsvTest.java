package lat.ideal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import lat.ideal.model.Country;
import lat.ideal.model.Dataset;
import lat.ideal.model.IndicatorDefinition;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.Measurement;
import lat.ideal.model.Observation;
import lat.ideal.model.Polarity;
import lat.ideal.model.ReportingPeriod;
import lat.ideal.model.Scale;
import lat.ideal.model.SourceGrade;
import lat.ideal.model.Target;
import lat.ideal.model.TargetKind;
import lat.ideal.model.Tlp;
import lat.ideal.model.validation.Problem;
import lat.ideal.model.validation.Severity;
import lat.ideal.model.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Long-format CSV: one test per class of bad input with its exact location, round trips and streaming. */
final class ObservationCsvTest {
    private static final ObservationCsv CSV = ObservationCsv.withDefaults()
            .withDefaultPeriod(ReportingPeriod.parse("2023")).withValidator(d -> ValidationReport.empty());
    private static final String HEADER = "country,crime_area,group,indicator,value,period,source_reliability,"
            + "information_credibility,handling,contributor,note\n";

    private static ReadResult<Long> read(String csv, List<Observation> into) {
        return CSV.read("o.csv", new StringReader(csv), into::add);
    }

    private static Located single(String csv) {
        ReadResult<Long> r = read(csv, new ArrayList<>());
        assertThat(r.value()).isEmpty();
        assertThat(r.problems()).hasSize(1);
        return r.problems().get(0);
    }

    private static void assertAt(Located p, int line, int column, String name, String rule) {
        assertThat(p.file()).isEqualTo("o.csv");
        assertThat(p.line()).as("line of %s", p).isEqualTo(line);
        assertThat(p.column()).as("column of %s", p).isEqualTo(column);
        assertThat(p.path()).as("column name of %s", p).isEqualTo(name);
        assertThat(p.rule()).as("rule of %s", p).isEqualTo(rule);
    }

    @Test
    void goodRows_readInAnyColumnOrder() {
        List<Observation> got = new ArrayList<>();
        ReadResult<Long> r = read("""
                value,indicator,country,crime_area,source_reliability,information_credibility,handling,note
                7.5,cocaine-trade,Bolivia,drug-trafficking,B,2,amber,seen twice
                UNKNOWN,cocaine-trade,PER,,,,,
                """, got);
        assertThat(r.problems()).isEmpty();
        assertThat(r.orElseThrow()).isEqualTo(2L);
        assertThat(got.get(0)).isEqualTo(Observation.of(Target.countryArea(Country.of("BO"), "drug-trafficking"),
                "cocaine-trade", Measurement.of(7.5), ReportingPeriod.parse("2023"))
                .withGrade(SourceGrade.parse("B2")).withHandling(Tlp.AMBER).withRationale("seen twice"));
        assertThat(got.get(1).measurement()).isEqualTo(Measurement.UNKNOWN);
        assertThat(got.get(1).target()).isEqualTo(Target.country(Country.of("PE")));
    }

    @Test
    void decimalComma_isAClearErrorNotAMisread() {
        Located p = single(HEADER + "BO,,,x,\"7,5\",2023,,,,,\n");
        assertAt(p, 2, 5, "value", "decimal-comma");
        assertThat(p.message().en()).isEqualTo("'7,5' uses a decimal comma: write numbers with a decimal point (7.5)");
    }

    @Test
    void unknownColumn_isNamedInTheHeader() {
        Located p = single("country,indicator,value,colour\nBO,x,1,red\n");
        assertAt(p, 1, 4, "colour", "unknown-column");
    }

    @Test
    void missingRequiredColumn_isNamed() {
        Located p = single("country,indicator\nBO,x\n");
        assertAt(p, 1, 1, "value", "missing-column");
    }

    @Test
    void missingTargetColumn_isReported() {
        Located p = single("indicator,value\nx,1\n");
        assertAt(p, 1, 1, "country", "missing-column");
    }

    @Test
    void duplicateColumn_isReported() {
        Located p = single("country,indicator,value,Value\nBO,x,1,2\n");
        assertAt(p, 1, 4, "value", "duplicate-column");
    }

    @Test
    void badCountry_isLocated() {
        Located p = single(HEADER + "BO,,,x,1,,,,,,\nNarnia,,,x,1,,,,,,\n");
        assertAt(p, 3, 1, "country", "bad-country");
    }

    @Test
    void badContributor_isLocated() {
        Located p = single(HEADER + "BO,,,x,1,,,,,ZZZ,\n");
        assertAt(p, 2, 10, "contributor", "bad-country");
    }

    @Test
    void badMarking_isLocated() {
        Located p = single(HEADER + "BO,,,x,1,,,,SECRET,,\n");
        assertAt(p, 2, 9, "handling", "bad-marking");
    }

    @Test
    void badGrade_isLocated() {
        Located p = single(HEADER + "BO,,,x,1,,G,7,,,\n");
        assertAt(p, 2, 7, "source_reliability", "bad-grade");
        assertThat(p.value()).isEqualTo("G7");
    }

    @Test
    void halfAGrade_isLocatedAtTheEmptyHalf() {
        Located p = single(HEADER + "BO,,,x,1,,B,,,,\n");
        assertAt(p, 2, 8, "information_credibility", "half-grade");
    }

    @Test
    void badPeriod_isLocated() {
        Located p = single(HEADER + "BO,,,x,1,2023-13,,,,,\n");
        assertAt(p, 2, 6, "period", "bad-period");
    }

    @Test
    void missingPeriodWithoutDefault_isReported() {
        ReadResult<Long> r = ObservationCsv.withDefaults().read("o.csv", new StringReader(HEADER
                + "BO,,,x,1,,,,,,\n"), o -> { });
        assertAt(r.problems().get(0), 2, 6, "period", "missing-period");
    }

    @Test
    void notANumber_isReported() {
        Located p = single(HEADER + "BO,,,x,7.5.1,,,,,,\n");
        assertAt(p, 2, 5, "value", "bad-number");
    }

    @Test
    void emptyValue_isReported() {
        Located p = single(HEADER + "BO,,,x,,,,,,,\n");
        assertAt(p, 2, 5, "value", "required-cell");
    }

    @Test
    void rowAboutNothing_isReported() {
        Located p = single(HEADER + ",,,x,1,,,,,,\n");
        assertAt(p, 2, 1, "country", "missing-target");
    }

    @Test
    void rowAboutTwoTargets_isReported() {
        Located p = single(HEADER + "BO,,los-x,x,1,,,,,,\n");
        assertAt(p, 2, 3, "group", "several-targets");
    }

    @Test
    void crimeAreaOfAGroup_isReported() {
        Located p = single(HEADER + ",drug-trafficking,los-x,x,1,,,,,,\n");
        assertAt(p, 2, 2, "crime_area", "area-without-country");
    }

    @Test
    void tooManyCells_isReportedAfterTheLastColumn() {
        Located p = single("country,indicator,value\nBO,x,1,extra\n");
        assertAt(p, 2, 4, "", "column-count");
    }

    @Test
    void tooFewCells_namesTheFirstMissingColumn() {
        Located p = single("country,indicator,value\nBO,x\n");
        assertAt(p, 2, 3, "value", "column-count");
    }

    @Test
    void unclosedQuote_isReportedWhereTheFieldStarts() {
        Located p = single("country,indicator,value\nBO,x,1\nPE,\"x,2\nCL,x,3\n");
        assertAt(p, 3, 2, "indicator", "csv-syntax");
    }

    @Test
    void strayQuote_isReported() {
        Located p = single("country,indicator,value\nBO,a\"b,1\n");
        assertAt(p, 2, 2, "indicator", "csv-syntax");
    }

    @Test
    void textAfterClosingQuote_isReported() {
        Located p = single("country,indicator,value\nBO,\"a\"b,1\n");
        assertAt(p, 2, 2, "indicator", "csv-syntax");
    }

    @Test
    void semicolonSeparatedFile_isNamed() {
        Located p = single("country;indicator;value\nBO;x;7,5\n");
        assertAt(p, 1, 1, "", "semicolon-separator");
        assertThat(p.message().es()).contains("';'");
    }

    @Test
    void emptyFile_isReported() {
        assertAt(single(""), 1, 1, "", "empty-file");
    }

    @Test
    void tooLongField_stopsReading() {
        ReadResult<Long> r = CSV.withLimits(ReadLimits.defaults().withMaxStringLength(9)).read("o.csv",
                new StringReader("country,indicator,value\nBO,abcdefghijkl,1\nPE,x,1\n"), o -> { });
        assertThat(r.problems()).hasSize(1);
        assertAt(r.problems().get(0), 2, 2, "indicator", "limit-exceeded");
    }

    @Test
    void byteOrderMark_isSkipped() {
        List<Observation> got = new ArrayList<>();
        ReadResult<Long> r = read("\uFEFFcountry,indicator,value\r\nBO,x,1\r\n", got);
        assertThat(r.problems()).isEmpty();
        assertThat(got).hasSize(1);
    }

    @Test
    void lineNumbers_countLinesInsideQuotedCells() {
        Located p = single("country,indicator,value,note\nBO,x,1,\"two\nlines\"\n\nNarnia,x,1,\n");
        assertAt(p, 5, 1, "country", "bad-country");
    }

    @Test
    void everyBadRow_isReported() {
        ReadResult<Long> r = read(HEADER + "XX,,,x,1,,,,,,\nBO,,,x,\"1,5\",,,,,,\nBO,,,x,1,,,,,,\n", new ArrayList<>());
        assertThat(r.problems()).extracting(Located::rule).containsExactly("bad-country", "decimal-comma");
    }

    @Test
    void formulaInjection_isNeutralisedOnExport_andUndoneOnImport() throws IOException {
        Observation o = Observation.of(Target.group("los-x"), "x", Measurement.of(-3), ReportingPeriod.parse("2023"))
                .withRationale("=HYPERLINK(\"http://x\")").withSource("@source").withContributor(Country.of("BO"),
                        "+agency");
        StringWriter out = new StringWriter();
        CSV.write(List.of(o), out);
        String row = out.toString().split("\r\n")[1];
        assertThat(row).isEqualTo(",,los-x,x,-3,2023,,,TLP:CLEAR,BO,\"'=HYPERLINK(\"\"http://x\"\")\",'@source,"
                + "'+agency,");
        List<Observation> back = new ArrayList<>();
        assertThat(CSV.read("o.csv", new StringReader(out.toString()), back::add).problems()).isEmpty();
        assertThat(back).containsExactly(o);
    }

    @Test
    void neutralisation_roundTripsApostrophes() {
        for (String s : List.of("=x", "'=x", "''-x", "'x", "x'", "-", "\tx", "plain")) {
            assertThat(CsvWriter.restore(CsvWriter.neutralise(s))).as(s).isEqualTo(s);
        }
        assertThat(CsvWriter.neutralise("-3.5")).isEqualTo("'-3.5");
        assertThat(CsvWriter.neutralise("'=x")).isEqualTo("''=x");
    }

    static Stream<Long> seeds() {
        return Samples.seeds(30);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void observations_roundTrip(long seed) throws IOException {
        Dataset data = new Samples(seed).dataset(40);
        StringWriter out = new StringWriter();
        CSV.write(data.observations(), out);
        List<Observation> back = new ArrayList<>();
        ReadResult<Long> r = CSV.read("o.csv", new StringReader(out.toString()), back::add);
        assertThat(r.problems()).as(out.toString()).isEmpty();
        assertThat(back).isEqualTo(data.observations());
    }

    @Test
    void readInto_placesValidatorProblemsAtTheirCells() {
        Dataset base = Dataset.builder("t").period(ReportingPeriod.parse("2023"))
                .observation(Observation.of(Target.country(Country.of("CL")), "x", Measurement.of(1),
                        ReportingPeriod.parse("2023"))).build();
        ValidationReport report = ValidationReport.of(List.of(
                new Problem(Severity.ERROR, "value-off-scale", "observations[2].measurement", "11",
                        LocalizedText.same("off")),
                new Problem(Severity.ERROR, "unknown-indicator", "observations[1].indicator", "y",
                        LocalizedText.same("unknown")),
                new Problem(Severity.WARNING, "weak", "observations[0]", "", LocalizedText.same("base")),
                new Problem(Severity.ERROR, "unknown-group", "observations[2].target", "", LocalizedText.same("g"))));
        ReadResult<Dataset> r = CSV.withValidator(d -> report).readInto(base, "o.csv", new StringReader(
                "indicator,value,group,country\ny,1,,BO\nx,11,los-x,\n"));
        assertThat(r.value().orElseThrow().observations()).hasSize(3);
        assertThat(r.problems()).extracting(p -> p.line() + ":" + p.column() + " " + p.path()).containsExactly(
                "3:2 value", "2:1 indicator", "1:1 observations[0]", "3:3 group");
    }

    @Test
    void readInto_alsoValidatesTheRowsThatCouldBeRead_whereOthersCouldNot() {
        // Row 2 cannot be read (no such country); rows 3 and 4 can, and the default validator's errors about them
        // (an indicator the dataset does not define, a value off the scale 1..10) come in the same report. Row 5
        // is good. Coverage warnings, judged on rows that are missing, are left out.
        Dataset base = Dataset.builder("t").period(ReportingPeriod.parse("2023")).country(Country.of("BO"),
                Country.of("PE")).indicator(new IndicatorDefinition("x", LocalizedText.same("x"), "b",
                TargetKind.COUNTRY, Polarity.POSITIVE, "score", Scale.Continuous.of(1, 10))).build();
        ReadResult<Dataset> r = ObservationCsv.withDefaults().readInto(base, "o.csv", new StringReader(
                "country,indicator,value\nXX,x,5\nPE,y,1\nPE,x,11\nBO,x,2\n"));
        assertThat(r.value()).isEmpty();
        assertThat(r.problems()).extracting(p -> p.line() + ":" + p.column() + " " + p.path() + " " + p.rule())
                .containsExactly("2:1 country bad-country", "3:2 indicator unknown-indicator",
                        "4:3 value value-off-scale");
    }

    /**
     * Regression: validator problems were placed at the column's position in the canonical column list
     * ({@code COLUMNS}) instead of its position in the file's own header, so with the header
     * {@code country,indicator,value} a value off its scale was reported at column 5 instead of column 3.
     */
    @Test
    void readInto_placesValidatorProblemsAtTheFilesOwnColumnOrder() {
        Dataset base = Dataset.builder("t").period(ReportingPeriod.parse("2023")).build();
        ValidationReport report = ValidationReport.of(List.of(
                new Problem(Severity.ERROR, "value-off-scale", "observations[0].measurement", "11",
                        LocalizedText.same("off"))));
        ReadResult<Dataset> r = CSV.withValidator(d -> report).readInto(base, "o.csv", new StringReader(
                "country,indicator,value\nBO,x,11\n"));
        assertThat(r.problems()).extracting(p -> p.line() + ":" + p.column() + " " + p.path())
                .containsExactly("2:3 value");
    }

    @Test
    void streaming_handsOnEveryRowWithoutKeepingThem() {
        int rows = 200_000;
        long[] seen = {0};
        double[] sum = {0};
        ReadResult<Long> r = CSV.read("big.csv", generated(rows), o -> {
            seen[0]++;
            sum[0] += ((Measurement.Numeric) o.measurement()).value();
        });
        assertThat(r.problems()).isEmpty();
        assertThat(r.orElseThrow()).isEqualTo(rows);
        assertThat(seen[0]).isEqualTo(rows);
        // the values are i % 10 for i = 0..rows-1: rows / 10 full cycles of 0+1+...+9 = 45
        assertThat(sum[0]).isEqualTo(rows / 10 * 45.0);
    }

    /** A CSV of {@code rows} observations made on the fly, never held in memory as a whole. */
    static Reader generated(int rows) {
        return new Reader() {
            private int row = -1;
            private String pending = "";
            private int at;

            @Override
            public int read(char[] buf, int off, int len) {
                int n = 0;
                while (n < len) {
                    if (at == pending.length()) {
                        if (row == rows) {
                            return n == 0 ? -1 : n;
                        }
                        pending = row < 0 ? "country,indicator,value,period,handling\n"
                                : "BO,indicator-" + (row % 32) + "," + (row % 10) + ",2023,TLP:GREEN\n";
                        row++;
                        at = 0;
                    }
                    buf[off + n++] = pending.charAt(at++);
                }
                return n;
            }

            @Override
            public void close() {
                row = rows;
            }
        };
    }
}
