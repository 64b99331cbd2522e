package lat.ideal.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import lat.ideal.model.Dataset;
import lat.ideal.model.Language;
import lat.ideal.model.Observation;
import lat.ideal.model.OperationalActionPlan;
import lat.ideal.model.ReportingPeriod;
import lat.ideal.model.method.Methodology;
import lat.ideal.model.validation.ValidationReport;

/**
 * Coverage-guided fuzzing of every reader (see {@code ideal-io/FUZZING.md}); in a normal build each target runs once
 * per seed under {@code src/test/resources/lat/ideal/io/ReadersFuzzTestInputs/<target>/}.
 *
 * <p>Each input is read twice, with the default limits and with tight ones (nesting 4, strings 64 characters,
 * 8 columns, 3 problems), and the readers' contract is checked: no exception at all (bad input is reported, never
 * thrown); every problem has a file, a line and a column of at least 1, a rule and a message in es, en and pt; a
 * value is present exactly when there is no error (the readers run without a validator, whose findings would come
 * with a value); and what was read is written and read back to an equal value where the format can hold it all.
 * Inputs that read are read once more with the default validator, which must keep the value and locate its findings.
 */
final class ReadersFuzzTest {
    private static final String FILE = "fuzz.in";
    private static final ReadLimits TIGHT = new ReadLimits(1 << 16, 4, 64, 32, 64, 8, 3);
    private static final IdealJson JSON = IdealJson.withDefaults()
            .withDatasetValidator(d -> ValidationReport.empty())
            .withMethodologyValidator(m -> ValidationReport.empty());
    private static final IdealJson VALIDATING = IdealJson.withDefaults();
    private static final ObservationCsv OBSERVATIONS = ObservationCsv.withDefaults()
            .withValidator(d -> ValidationReport.empty());
    private static final WideCsv WIDE = WideCsv.withDefaults().withValidator(d -> ValidationReport.empty());
    private static final GitocImporter GITOC = GitocImporter.withDefaults();
    /** The base of the CSV readers: the dataset sample (its indicators, groups and period). */
    private static final Dataset BASE = base();

    private static Dataset base() {
        try (InputStream in = ReadersFuzzTest.class.getResourceAsStream("samples/dataset.json")) {
            return JSON.readDataset("dataset.json", new StringReader(new String(in.readAllBytes(),
                    StandardCharsets.UTF_8))).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }

    /** Counts the lines of a text as readers do: CR LF, CR and LF each end one. */
    static int lines(String s) {
        int n = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n'))) {
                n++;
            }
        }
        return n;
    }

    /**
     * Checks the contract of one read: problems located within the input with messages, and a value exactly when
     * there is no error.
     */
    static <T> ReadResult<T> check(ReadResult<T> r, String input) {
        int lines = lines(input);
        for (Located p : r.problems()) {
            assertThat(p.file()).isEqualTo(FILE);
            assertThat(p.line()).as(p.toString()).isPositive().isLessThanOrEqualTo(lines);
            assertThat(p.column()).as(p.toString()).isPositive();
            assertThat(p.rule()).isNotBlank();
            for (Language l : Language.values()) {
                assertThat(p.message().in(l)).as(p.toString()).isNotBlank();
                assertThat(p.format(l)).startsWith(FILE + ":" + p.line() + ":" + p.column() + ": ");
            }
        }
        assertThat(r.value().isPresent()).as("value present iff no error: %s", r.problems())
                .isEqualTo(r.errors().isEmpty());
        return r;
    }

    /** Reads with the default and the tight limits, checks both, and returns the first. */
    private static <T> ReadResult<T> both(byte[] data, BiFunction<ReadLimits, String, ReadResult<T>> read) {
        String s = text(data);
        check(read.apply(TIGHT, s), s);
        return check(read.apply(ReadLimits.defaults(), s), s);
    }

    /** Reads what a writer wrote, checks the read, and returns the value. */
    private static <T> T reread(String written, java.util.function.Function<StringReader, ReadResult<T>> read) {
        return check(read.apply(new StringReader(written)), written).orElseThrow();
    }

    /**
     * Checks a validating read of an input that does not read: the validator's errors about what could be read
     * come with the reader's own, located within the input, and there is still no value.
     */
    private static <T> void validatedFailure(ReadResult<T> r, String input) {
        check(r, input);
        assertThat(r.value()).isEmpty();
    }

    /** Checks that a validator keeps the value it is given and places its findings in the file. */
    private static <T> void validated(ReadResult<T> r) {
        assertThat(r.value()).isPresent();
        for (Located p : r.problems()) {
            assertThat(p.line()).isPositive();
            assertThat(p.column()).isPositive();
        }
    }

    @FuzzTest(maxDuration = "10m")
    void datasetJson(byte[] data) throws IOException {
        ReadResult<Dataset> r = both(data, (l, s) -> JSON.withLimits(l).readDataset(FILE, new StringReader(s)));
        if (r.value().isPresent()) {
            StringWriter out = new StringWriter();
            JSON.writeDataset(r.orElseThrow(), out);
            Dataset back = reread(out.toString(), in -> JSON.readDataset(FILE, in));
            assertThat(back).isEqualTo(r.orElseThrow());
            validated(VALIDATING.readDataset(FILE, new StringReader(text(data))));
        } else {
            validatedFailure(VALIDATING.readDataset(FILE, new StringReader(text(data))), text(data));
        }
    }

    /** The byte path: encoding detection (UTF-8, UTF-16, UTF-32) and a byte order mark, through a file. */
    @FuzzTest(maxDuration = "10m")
    void datasetJsonBytes(byte[] data) throws IOException {
        Path file = Files.createTempFile("fuzz", ".json");
        try {
            Files.write(file, data);
            ReadResult<Dataset> r = JSON.readDataset(file);
            assertThat(r.value().isPresent()).isEqualTo(r.errors().isEmpty());
            for (Located p : r.problems()) {
                assertThat(p.line()).isPositive();
                assertThat(p.column()).isPositive();
                assertThat(p.message().en()).isNotBlank();
            }
        } finally {
            Files.delete(file);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void methodologyJson(byte[] data) throws IOException {
        ReadResult<Methodology> r = both(data, (l, s) -> JSON.withLimits(l)
                .readMethodology(FILE, new StringReader(s)));
        if (r.value().isPresent()) {
            StringWriter out = new StringWriter();
            JSON.writeMethodology(r.orElseThrow(), out);
            Methodology back = reread(out.toString(), in -> JSON.readMethodology(FILE, in));
            assertThat(back).isEqualTo(r.orElseThrow());
            validated(VALIDATING.readMethodology(FILE, new StringReader(text(data))));
        }
    }

    @FuzzTest(maxDuration = "10m")
    void prioritiesJson(byte[] data) throws IOException {
        ReadResult<PriorityDocument> r = both(data, (l, s) -> JSON.withLimits(l)
                .readPriorities(FILE, new StringReader(s)));
        if (r.value().isPresent()) {
            StringWriter out = new StringWriter();
            JSON.writePriorities(r.orElseThrow(), out);
            PriorityDocument back = reread(out.toString(), in -> JSON.readPriorities(FILE, in));
            assertThat(back).isEqualTo(r.orElseThrow());
        }
    }

    @FuzzTest(maxDuration = "10m")
    void actionPlansJson(byte[] data) throws IOException {
        ReadResult<List<OperationalActionPlan>> r = both(data, (l, s) -> JSON.withLimits(l)
                .readActionPlans(FILE, new StringReader(s)));
        if (r.value().isPresent()) {
            StringWriter out = new StringWriter();
            JSON.writeActionPlans(r.orElseThrow(), out);
            List<OperationalActionPlan> back = reread(out.toString(), in -> JSON.readActionPlans(FILE, in));
            assertThat(back).isEqualTo(r.orElseThrow());
        }
    }

    /**
     * Results read back equal, writing them again gives the same characters, and verifying them (against an unrelated
     * dataset) reports, never throws.
     */
    @FuzzTest(maxDuration = "10m")
    void resultsJson(byte[] data) throws IOException {
        ReadResult<ResultsDocument> r = both(data, (l, s) -> JSON.withLimits(l)
                .readResults(FILE, new StringReader(s)));
        if (r.value().isPresent()) {
            StringWriter out = new StringWriter();
            JSON.writeResults(r.orElseThrow(), out);
            ResultsDocument back = reread(out.toString(), in -> JSON.readResults(FILE, in));
            assertThat(back).isEqualTo(r.orElseThrow());
            StringWriter again = new StringWriter();
            JSON.writeResults(back, again);
            assertThat(again.toString()).isEqualTo(out.toString());
            validated(VALIDATING.readResults(FILE, new StringReader(text(data))));
            ResultsVerification v = ResultsVerification.verify(back, BASE);
            assertThat(v.isVerified() || !v.mismatches().isEmpty()).isTrue();
        }
    }

    /** Observations streamed from a file are written and read back equal. */
    @FuzzTest(maxDuration = "10m")
    void observationCsv(byte[] data) throws IOException {
        ReportingPeriod period = BASE.period();
        List<Observation> read = new ArrayList<>();
        ReadResult<Long> r = both(data, (l, s) -> {
            read.clear();
            return OBSERVATIONS.withLimits(l).withDefaultPeriod(period).read(FILE, new StringReader(s), read::add);
        });
        if (r.value().isPresent()) {
            assertThat(r.orElseThrow()).isEqualTo(read.size());
            StringWriter out = new StringWriter();
            OBSERVATIONS.write(read, out);
            List<Observation> back = new ArrayList<>();
            check(OBSERVATIONS.withDefaultPeriod(period).read(FILE, new StringReader(out.toString()), back::add),
                    out.toString());
            assertThat(back).isEqualTo(read);
            check(OBSERVATIONS.readInto(BASE, FILE, new StringReader(text(data))), text(data));
            validated(ObservationCsv.withDefaults().readInto(BASE, FILE, new StringReader(text(data))));
        } else {
            validatedFailure(ObservationCsv.withDefaults().withDefaultPeriod(period).readInto(BASE, FILE,
                    new StringReader(text(data))), text(data));
        }
    }

    @FuzzTest(maxDuration = "10m")
    void wideCsv(byte[] data) {
        ReadResult<Dataset> r = both(data, (l, s) -> WIDE.withLimits(l).readInto(BASE, FILE, new StringReader(s)));
        if (r.value().isPresent()) {
            validated(WideCsv.withDefaults().readInto(BASE, FILE, new StringReader(text(data))));
        } else {
            validatedFailure(WideCsv.withDefaults().readInto(BASE, FILE, new StringReader(text(data))), text(data));
        }
    }

    /** The layout decides what is read; the edition only names the dataset. */
    @FuzzTest(maxDuration = "10m")
    void gitocCsv(byte[] data) {
        both(data, (l, s) -> GITOC.withLimits(l).read(FILE, new StringReader(s), 2023));
    }
}
