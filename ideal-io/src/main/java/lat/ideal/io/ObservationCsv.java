package lat.ideal.io;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import lat.ideal.model.Country;
import lat.ideal.model.Dataset;
import lat.ideal.model.Measurement;
import lat.ideal.model.Observation;
import lat.ideal.model.ReportingPeriod;
import lat.ideal.model.SourceGrade;
import lat.ideal.model.Target;
import lat.ideal.model.TargetKind;
import lat.ideal.model.Tlp;
import lat.ideal.model.validation.Problem;
import lat.ideal.model.validation.DatasetValidator;
import lat.ideal.model.validation.ValidationReport;

/**
 * Reads and writes observations in long CSV format: one observation per row, columns named by a header row in any
 * order.
 *
 * <p>Columns: {@code country}, {@code crime_area}, {@code group}, {@code indicator}, {@code value}, {@code period},
 * {@code source_reliability}, {@code information_credibility}, {@code handling}, {@code contributor}, {@code note},
 * and optionally {@code source}, {@code agency} and {@code region}. {@code indicator} and {@code value} are required,
 * and at least one of {@code country}, {@code group} and {@code region}; an unknown column is an error. Each row is
 * about exactly one target: a country (alpha-2, alpha-3 or a name in es/en/pt), a country in a crime area
 * ({@code country} and {@code crime_area}), a criminal group id, or a region code. {@code value} is a number with a
 * decimal point, a level code, or {@code UNKNOWN}; a decimal comma ({@code "7,5"}) is an error, never misread.
 * {@code period} defaults to the configured default period (a dataset's period when reading into a dataset).
 * {@code source_reliability} and {@code information_credibility} together give the grade ({@code B} and {@code 2}
 * give {@code B2}; a UK 3x5x2 grade is split after its first character). {@code handling} defaults to
 * {@code TLP:CLEAR}. {@code note} is the observation's rationale.
 *
 * <p>Files are UTF-8 with or without a byte order mark, RFC 4180 quoting, CRLF or LF line ends; cells are trimmed and
 * blank lines skipped. Every problem names file, line, column number and column name. Rows are read one at a time:
 * {@link #read(Path, Consumer)} keeps no row after handing it on, so memory does not grow with the file.
 *
 * <p>Writing produces every column in the order above, CRLF line ends and no byte order mark; text cells that a
 * spreadsheet could run as a formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage
 * return) are prefixed with an apostrophe ({@code '}), which reading removes again.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ObservationCsv {
    /** The columns, in the order the writer writes them. */
    public static final List<String> COLUMNS = List.of("country", "crime_area", "group", "indicator", "value",
            "period", "source_reliability", "information_credibility", "handling", "contributor", "note", "source",
            "agency", "region");

    private final ReadLimits limits;
    private final ReportingPeriod defaultPeriod;
    private final Function<? super Dataset, ValidationReport> validator;

    private ObservationCsv(ReadLimits limits, ReportingPeriod defaultPeriod,
                           Function<? super Dataset, ValidationReport> validator) {
        this.limits = limits;
        this.defaultPeriod = defaultPeriod;
        this.validator = validator;
    }

    /**
     * Returns a reader and writer with {@link ReadLimits#defaults()} and no default period, whose
     * {@link #readInto(Dataset, Path)} validates with {@link DatasetValidator#withDefaults()}.
     *
     * @return the instance, never null
     */
    public static ObservationCsv withDefaults() {
        return new ObservationCsv(ReadLimits.defaults(), null, DatasetValidator.withDefaults()::validate);
    }

    /**
     * Returns a copy with other read limits ({@link ReadLimits#maxStringLength()} bounds a cell).
     *
     * @param value the limits, not null
     * @return the copy, never null
     */
    public ObservationCsv withLimits(ReadLimits value) {
        return new ObservationCsv(Objects.requireNonNull(value, "limits"), defaultPeriod, validator);
    }

    /**
     * Returns a copy that gives rows without a period this one.
     *
     * @param value the period, not null
     * @return the copy, never null
     */
    public ObservationCsv withDefaultPeriod(ReportingPeriod value) {
        return new ObservationCsv(limits, Objects.requireNonNull(value, "period"), validator);
    }

    /**
     * Returns a copy that validates the dataset built by {@link #readInto(Dataset, Path)}; problems about an
     * observation read from the file are placed at its row and column.
     *
     * @param value the validator, not null
     * @return the copy, never null
     */
    public ObservationCsv withValidator(Function<? super Dataset, ValidationReport> value) {
        return new ObservationCsv(limits, defaultPeriod, Objects.requireNonNull(value, "validator"));
    }

    /**
     * Streams the observations of a file to a consumer, one row at a time, without keeping any.
     *
     * <p>Rows with a problem are reported and not handed on. If the result has an error, treat what the consumer
     * received as incomplete.
     *
     * @param file the file, not null
     * @param sink receives each observation read, in file order, not null
     * @return the number of observations handed on (absent if there was an error) and every problem, never null
     */
    public ReadResult<Long> read(Path file, Consumer<? super Observation> sink) {
        Objects.requireNonNull(sink, "sink");
        return readFile(file, in -> stream(file.toString(), in, defaultPeriod, false, (o, line) -> sink.accept(o)));
    }

    /**
     * Streams the observations of a character stream to a consumer, one row at a time, without keeping any.
     *
     * @param fileName the name used in problem locations, not null
     * @param in the characters, not null; not closed
     * @param sink receives each observation read, in order, not null
     * @return the number of observations handed on (absent if there was an error) and every problem, never null
     */
    public ReadResult<Long> read(String fileName, Reader in, Consumer<? super Observation> sink) {
        Objects.requireNonNull(sink, "sink");
        return stream(fileName, in, defaultPeriod, false, (o, line) -> sink.accept(o));
    }

    /**
     * Reads a file's observations into a copy of a dataset (which brings the indicators, groups and period), then
     * validates the result.
     *
     * @param base the dataset to add to, not null; its period is the default period of rows without one
     * @param file the file, not null
     * @return the dataset with the observations added, and every problem, never null
     */
    public ReadResult<Dataset> readInto(Dataset base, Path file) {
        return readFile(file, in -> readInto(base, file.toString(), in));
    }

    /**
     * Reads observations from characters into a copy of a dataset, then validates the result.
     *
     * @param base the dataset to add to, not null
     * @param fileName the name used in problem locations, not null
     * @param in the characters, not null; not closed
     * @return the dataset with the observations added, and every problem, never null
     */
    public ReadResult<Dataset> readInto(Dataset base, String fileName, Reader in) {
        Objects.requireNonNull(base, "base");
        List<Observation> read = new ArrayList<>();
        int[][] lines = {new int[1024]};
        ReportingPeriod period = defaultPeriod != null ? defaultPeriod : base.period();
        CsvHeader[] header = new CsvHeader[1];
        ReadResult<Long> result = stream(fileName, in, period, true, new Sink() {
            @Override
            public void accept(Observation o, int line) {
                if (read.size() == lines[0].length) {
                    lines[0] = Arrays.copyOf(lines[0], read.size() * 2);
                }
                lines[0][read.size()] = line;
                read.add(o);
            }

            @Override
            public void header(CsvHeader h) {
                header[0] = h;
            }
        });
        boolean failed = result.value().isEmpty();
        if (failed && (header[0] == null || !Problems.readWhole(result.problems()))) {
            return ReadResult.failed(result.problems());
        }
        Dataset data = base.toBuilder().observations(read).build();
        List<Located> problems = new ArrayList<>(result.problems());
        int offset = base.observations().size();
        // Where some rows could not be read, the rows that could are checked too, so that one report lists every
        // problem.
        for (Problem p : Problems.findings(validator.apply(data), failed)) {
            problems.add(place(p, fileName, offset, lines[0], read, header[0]));
        }
        return failed ? ReadResult.failed(problems) : ReadResult.of(data, problems);
    }

    /**
     * Places a validator problem about {@code observations[i].field} at the row it was read from and at the column's
     * position in that file's own header.
     */
    private static Located place(Problem p, String fileName, int offset, int[] lines, List<Observation> read,
                                 CsvHeader header) {
        String path = p.path();
        if (path.startsWith("observations[")) {
            int close = path.indexOf(']');
            try {
                int i = Integer.parseInt(path.substring("observations[".length(), close)) - offset;
                if (i >= 0 && i < read.size()) {
                    String rest = path.substring(close + 1);
                    String field = rest.startsWith(".") ? rest.substring(1).split("[.\\[]", 2)[0] : "";
                    String column = column(field, read.get(i).target().kind());
                    int number = column.isEmpty() ? 1 : Math.max(header.indexOf(column), 0) + 1;
                    return Located.of(p, fileName, lines[i], number, column);
                }
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                return Located.of(p, fileName, 1, 1, path);
            }
        }
        return Located.of(p, fileName, 1, 1, path);
    }

    private static String column(String field, TargetKind kind) {
        switch (field) {
            case "target":
                return kind == TargetKind.CRIMINAL_GROUP ? "group" : kind == TargetKind.REGION ? "region" : "country";
            case "indicator":
                return "indicator";
            case "measurement":
                return "value";
            case "period":
                return "period";
            case "grade":
                return "source_reliability";
            case "handling":
                return "handling";
            case "contributor":
                return "contributor";
            case "agency":
                return "agency";
            case "source":
                return "source";
            case "rationale":
                return "note";
            default:
                return "";
        }
    }

    /** Receives each good row's observation with the line it started on. */
    private interface Sink {
        void accept(Observation observation, int line);

        /** Receives the file's header once, before any row. */
        default void header(CsvHeader header) {
        }
    }

    private <T> ReadResult<T> readFile(Path file, Function<Reader, ReadResult<T>> body) {
        try (Reader in = new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8
                .newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT))) {
            return body.apply(in);
        } catch (IOException e) {
            return ioFailure(file.toString(), e);
        } catch (java.io.UncheckedIOException e) {
            return ioFailure(file.toString(), e.getCause());
        }
    }

    private <T> ReadResult<T> ioFailure(String name, IOException e) {
        Problems problems = new Problems(name, limits.maxProblems());
        String detail = e instanceof CharacterCodingException ? "the file is not UTF-8 text ("
                + e.getClass().getSimpleName() + ")" : String.valueOf(e.getMessage());
        problems.error(1, 1, "", "io-error", "", Messages.io(detail));
        return ReadResult.failed(problems.list());
    }

    /**
     * Reads rows and hands on each good one; after the first bad row, only if {@code keepAfterErrors} (the rows that
     * follow are still read and their problems reported either way).
     */
    private ReadResult<Long> stream(String fileName, Reader in, ReportingPeriod period, boolean keepAfterErrors,
                                    Sink sink) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(in, "in");
        Problems problems = new Problems(fileName, limits.maxProblems());
        CsvReader csv = new CsvReader(in, problems, limits);
        long count = 0;
        try {
            CsvHeader header = CsvHeader.read(csv, problems, true);
            if (header == null) {
                return ReadResult.failed(problems.list());
            }
            int headerLine = csv.line();
            header.only(headerLine, problems, COLUMNS);
            Columns c = new Columns(header, headerLine, problems);
            if (problems.hasErrors()) {
                return ReadResult.failed(problems.list());
            }
            sink.header(header);
            CsvRow row = new CsvRow(csv, header, problems);
            while (csv.next() && !problems.isFull()) {
                if (!row.complete()) {
                    continue;
                }
                Observation o = c.observation(row, period);
                if (o != null && (keepAfterErrors || !problems.hasErrors())) {
                    sink.accept(o, row.line());
                    count++;
                }
            }
        } catch (IOException e) {
            return ioFailure(fileName, e);
        }
        return problems.hasErrors() ? ReadResult.failed(problems.list()) : ReadResult.of(count, problems.list());
    }

    /** The positions of the columns in one file's header. */
    private static final class Columns {
        final int country;
        final int area;
        final int group;
        final int region;
        final int indicator;
        final int value;
        final int period;
        final int reliability;
        final int credibility;
        final int handling;
        final int contributor;
        final int note;
        final int source;
        final int agency;

        Columns(CsvHeader h, int line, Problems problems) {
            country = h.indexOf("country");
            area = h.indexOf("crime_area");
            group = h.indexOf("group");
            region = h.indexOf("region");
            indicator = h.require(line, problems, "indicator");
            value = h.require(line, problems, "value");
            period = h.indexOf("period");
            reliability = h.indexOf("source_reliability");
            credibility = h.indexOf("information_credibility");
            handling = h.indexOf("handling");
            contributor = h.indexOf("contributor");
            note = h.indexOf("note");
            source = h.indexOf("source");
            agency = h.indexOf("agency");
            if (country < 0 && group < 0 && region < 0) {
                problems.error(line, 1, "country", "missing-column", "country", Messages.missingTargetColumn());
            }
            if (area >= 0 && country < 0) {
                problems.error(line, area + 1, "crime_area", "missing-column", "country",
                        Messages.areaWithoutCountry());
            }
        }

        Observation observation(CsvRow row, ReportingPeriod fallback) {
            Target target = target(row);
            String ind = row.required(indicator);
            Measurement m = row.measurement(value);
            ReportingPeriod p = row.period(period, fallback);
            Optional<SourceGrade> grade = row.grade(reliability, credibility);
            Tlp tlp = row.marking(handling);
            String contributorText = row.cell(contributor);
            Country who = contributorText.isEmpty() ? null : row.country(contributor);
            if (target == null || ind == null || m == null || p == null || grade == null || tlp == null
                    || (!contributorText.isEmpty() && who == null)) {
                return null;
            }
            return new Observation(target, ind, m, p, grade, row.optional(source), tlp, Optional.ofNullable(who),
                    row.optional(agency), row.optional(note));
        }

        private Target target(CsvRow row) {
            String c = row.cell(country);
            String a = row.cell(area);
            String g = row.cell(group);
            String r = row.cell(region);
            int filled = (c.isEmpty() ? 0 : 1) + (g.isEmpty() ? 0 : 1) + (r.isEmpty() ? 0 : 1);
            if (filled == 0) {
                row.error(country >= 0 ? country : group >= 0 ? group : region, "missing-target", "",
                        Messages.noTarget());
                return null;
            }
            if (filled > 1) {
                row.error(g.isEmpty() ? region : group, "several-targets", "", Messages.severalTargets());
                return null;
            }
            if (!g.isEmpty()) {
                return a.isEmpty() ? Target.group(g) : areaWithoutCountry(row);
            }
            if (!r.isEmpty()) {
                return a.isEmpty() ? Target.region(r) : areaWithoutCountry(row);
            }
            Country k = row.country(country);
            if (k == null) {
                return null;
            }
            return a.isEmpty() ? Target.country(k) : Target.countryArea(k, a);
        }

        private Target areaWithoutCountry(CsvRow row) {
            row.error(area, "area-without-country", row.cell(area), Messages.areaWithoutCountry());
            return null;
        }
    }

    /**
     * Writes observations with a header row.
     *
     * @param observations the observations, not null
     * @param out where to write, not null; flushed, not closed
     * @throws IOException if writing fails
     */
    public void write(Iterable<Observation> observations, Writer out) throws IOException {
        Objects.requireNonNull(observations, "observations");
        CsvWriter w = new CsvWriter(out);
        for (String c : COLUMNS) {
            w.text(c);
        }
        w.endRow();
        for (Observation o : observations) {
            Target t = o.target();
            w.text(t.country().map(Country::code).orElse(""));
            w.text(t.crimeArea().orElse(""));
            w.text(t.kind() == TargetKind.CRIMINAL_GROUP ? t.id().orElseThrow() : "");
            w.text(o.indicator());
            w.number(o.measurement().toString());
            w.text(o.period().toString());
            String grade = o.grade().map(SourceGrade::code).orElse("");
            w.text(grade.isEmpty() ? "" : grade.substring(0, 1));
            w.text(grade.isEmpty() ? "" : grade.substring(1));
            w.text(o.handling().toString());
            w.text(o.contributor().map(Country::code).orElse(""));
            w.text(o.rationale().orElse(""));
            w.text(o.source().orElse(""));
            w.text(o.agency().orElse(""));
            w.text(t.kind() == TargetKind.REGION ? t.id().orElseThrow() : "");
            w.endRow();
        }
        out.flush();
    }

    /**
     * Writes observations with a header row to a file in UTF-8, replacing it.
     *
     * @param observations the observations, not null
     * @param file the file, not null
     * @throws IOException if writing fails
     */
    public void write(Iterable<Observation> observations, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(observations, out);
        }
    }
}
