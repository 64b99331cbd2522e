package lat.ideal.io;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import lat.ideal.model.CriminalGroup;
import lat.ideal.model.Dataset;
import lat.ideal.model.IndicatorDefinition;
import lat.ideal.model.Keys;
import lat.ideal.model.Language;
import lat.ideal.model.Measurement;
import lat.ideal.model.Observation;
import lat.ideal.model.Target;
import lat.ideal.model.TargetKind;
import lat.ideal.model.Tlp;
import lat.ideal.model.validation.Problem;
import lat.ideal.model.validation.DatasetValidator;
import lat.ideal.model.validation.ValidationReport;

/**
 * Reads and writes measurements in wide CSV format: one row per unit, one column per indicator.
 *
 * <p>The header is {@code unit}, optionally {@code unit_name}, then one column per indicator key. {@code unit} is a
 * target in its text form: {@code BO} (or any alpha-2, alpha-3 code or country name), {@code BO/drug-trafficking},
 * {@code group:<id>} or {@code region:<code>}. {@code unit_name} is for people and is not read. A cell is a number
 * with a decimal point, a level code or {@code UNKNOWN}; an empty cell is a missing value (no observation). Every
 * observation read takes the dataset's period, marking {@code TLP:CLEAR} and the configured source, if any. File
 * conventions, error locations and formula-injection neutralisation are those of {@link ObservationCsv}.
 *
 * <p>The wide format holds measurements only. The writer therefore refuses (with an
 * {@link IllegalArgumentException}) observations it could not write faithfully: two for one unit and indicator, a
 * period other than the dataset's, or a marking other than {@code TLP:CLEAR} (a marking must never be lost on
 * export: use {@link ObservationCsv} or {@link IdealJson} for marked data). Grades, sources, contributors and
 * rationales are not written.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class WideCsv {
    private final ReadLimits limits;
    private final Optional<String> source;
    private final Function<? super Dataset, ValidationReport> validator;

    private WideCsv(ReadLimits limits, Optional<String> source, Function<? super Dataset, ValidationReport> validator) {
        this.limits = limits;
        this.source = source;
        this.validator = validator;
    }

    /**
     * Returns a reader and writer with {@link ReadLimits#defaults()} and no source, validating what it reads with
     * {@link DatasetValidator#withDefaults()}.
     *
     * @return the instance, never null
     */
    public static WideCsv withDefaults() {
        return new WideCsv(ReadLimits.defaults(), Optional.empty(), DatasetValidator.withDefaults()::validate);
    }

    /**
     * Returns a copy with other read limits.
     *
     * @param value the limits, not null
     * @return the copy, never null
     */
    public WideCsv withLimits(ReadLimits value) {
        return new WideCsv(Objects.requireNonNull(value, "limits"), source, validator);
    }

    /**
     * Returns a copy that records a source reference on every observation read.
     *
     * @param value the source reference, not blank
     * @return the copy, never null
     */
    public WideCsv withSource(String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("source must not be blank");
        }
        return new WideCsv(limits, Optional.of(value), validator);
    }

    /**
     * Returns a copy that validates the dataset read; problems about an observation are placed at its cell.
     *
     * @param value the validator, not null
     * @return the copy, never null
     */
    public WideCsv withValidator(Function<? super Dataset, ValidationReport> value) {
        return new WideCsv(limits, source, Objects.requireNonNull(value, "validator"));
    }

    /**
     * Reads a file's measurements into a copy of a dataset, then validates the result.
     *
     * @param base the dataset to add to, not null; gives the period
     * @param file the file (UTF-8), not null
     * @return the dataset with the observations added, and every problem, never null
     */
    public ReadResult<Dataset> readInto(Dataset base, Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readInto(base, file.toString(), in);
        } catch (IOException e) {
            Problems problems = new Problems(file.toString(), limits.maxProblems());
            problems.error(1, 1, "", "io-error", "", Messages.io(String.valueOf(e.getMessage())));
            return ReadResult.failed(problems.list());
        }
    }

    /**
     * Reads measurements from characters into a copy of a dataset, then validates the result.
     *
     * @param base the dataset to add to, not null; gives the period
     * @param fileName the name used in problem locations, not null
     * @param in the characters, not null; not closed
     * @return the dataset with the observations added, and every problem, never null
     */
    public ReadResult<Dataset> readInto(Dataset base, String fileName, Reader in) {
        Objects.requireNonNull(base, "base");
        Problems problems = new Problems(fileName, limits.maxProblems());
        CsvReader csv = new CsvReader(in, problems, limits);
        List<Observation> read = new ArrayList<>();
        int[] lines = new int[256];
        int[] columns = new int[256];
        try {
            CsvHeader header = CsvHeader.read(csv, problems, false);
            if (header == null) {
                return ReadResult.failed(problems.list());
            }
            int headerLine = csv.line();
            int unit = header.require(headerLine, problems, "unit");
            int name = header.indexOf("unit_name");
            for (int i = 0; i < header.names.size(); i++) {
                String key = header.names.get(i);
                if (i != unit && i != name && !Keys.isKey(key)) {
                    problems.error(headerLine, i + 1, key, "unknown-column", key, Messages.unknownColumn(key,
                            List.of("unit", "unit_name", "<indicator key>")));
                }
            }
            if (problems.hasErrors()) {
                return ReadResult.failed(problems.list());
            }
            CsvRow row = new CsvRow(csv, header, problems);
            Set<Target> seen = new HashSet<>();
            while (csv.next() && !problems.isFull()) {
                if (!row.complete()) {
                    continue;
                }
                String unitText = row.cell(unit);
                Target target;
                try {
                    target = Target.parse(unitText);
                } catch (IllegalArgumentException e) {
                    row.error(unit, "bad-target", unitText, Messages.badTarget(unitText));
                    continue;
                }
                if (!seen.add(target)) {
                    row.error(unit, "duplicate-unit", unitText, Messages.duplicateUnit(unitText));
                    continue;
                }
                for (int i = 0; i < header.names.size(); i++) {
                    if (i == unit || i == name || row.cell(i).isEmpty()) {
                        continue;
                    }
                    Measurement m = row.measurement(i);
                    if (m == null) {
                        continue;
                    }
                    if (read.size() == lines.length) {
                        lines = Arrays.copyOf(lines, lines.length * 2);
                        columns = Arrays.copyOf(columns, columns.length * 2);
                    }
                    lines[read.size()] = row.line();
                    columns[read.size()] = i;
                    read.add(new Observation(target, header.names.get(i), m, base.period(), Optional.empty(), source,
                            Tlp.CLEAR, Optional.empty(), Optional.empty(), Optional.empty()));
                }
            }
            boolean failed = problems.hasErrors();
            if (failed && !Problems.readWhole(problems.list())) {
                return ReadResult.failed(problems.list());
            }
            Dataset data = base.toBuilder().observations(read).build();
            List<Located> found = new ArrayList<>(problems.list());
            int offset = base.observations().size();
            // As for long CSV: the cells that could be read are checked too, where others could not.
            for (Problem p : Problems.findings(validator.apply(data), failed)) {
                found.add(place(p, fileName, offset, lines, columns, read.size(), header));
            }
            return failed ? ReadResult.failed(found) : ReadResult.of(data, found);
        } catch (IOException e) {
            problems.error(1, 1, "", "io-error", "", Messages.io(String.valueOf(e.getMessage())));
            return ReadResult.failed(problems.list());
        }
    }

    private static Located place(Problem p, String fileName, int offset, int[] lines, int[] columns, int count,
                                 CsvHeader header) {
        String path = p.path();
        if (path.startsWith("observations[")) {
            try {
                int i = Integer.parseInt(path.substring("observations[".length(), path.indexOf(']'))) - offset;
                if (i >= 0 && i < count) {
                    boolean unitProblem = path.contains("].target");
                    int column = unitProblem ? header.indexOf("unit") : columns[i];
                    return Located.of(p, fileName, lines[i], column + 1, header.names.get(column));
                }
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                return Located.of(p, fileName, 1, 1, path);
            }
        }
        return Located.of(p, fileName, 1, 1, path);
    }

    /**
     * Writes a dataset's measurements: one row per target (in order of first appearance), one column per indicator
     * (the defined ones in order, then any other key observed).
     *
     * @param data the dataset, not null
     * @param out where to write, not null; flushed, not closed
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an observation cannot be written faithfully (see the class description)
     */
    public void write(Dataset data, Writer out) throws IOException {
        Objects.requireNonNull(data, "data");
        Set<String> keys = new LinkedHashSet<>();
        for (IndicatorDefinition d : data.indicators()) {
            keys.add(d.key());
        }
        Map<Target, Map<String, Measurement>> cells = new LinkedHashMap<>();
        for (Observation o : data.observations()) {
            if (o.handling() != Tlp.CLEAR) {
                throw new IllegalArgumentException("observation of " + o.target() + " / " + o.indicator()
                        + " is marked " + o.handling() + ": wide CSV carries no marking; export it as long CSV or"
                        + " JSON");
            }
            if (!o.period().equals(data.period())) {
                throw new IllegalArgumentException("observation of " + o.target() + " / " + o.indicator()
                        + " covers " + o.period() + ", not the dataset's period " + data.period());
            }
            keys.add(o.indicator());
            Measurement previous = cells.computeIfAbsent(o.target(), t -> new LinkedHashMap<>())
                    .put(o.indicator(), o.measurement());
            if (previous != null) {
                throw new IllegalArgumentException("two observations of " + o.target() + " / " + o.indicator()
                        + ": wide CSV holds one value per cell; export it as long CSV or JSON");
            }
        }
        CsvWriter w = new CsvWriter(out);
        w.text("unit");
        w.text("unit_name");
        for (String k : keys) {
            w.text(k);
        }
        w.endRow();
        for (Map.Entry<Target, Map<String, Measurement>> row : cells.entrySet()) {
            Target t = row.getKey();
            w.text(t.toString());
            w.text(unitName(data, t));
            for (String k : keys) {
                Measurement m = row.getValue().get(k);
                w.number(m == null ? "" : m.toString());
            }
            w.endRow();
        }
        out.flush();
    }

    private static String unitName(Dataset data, Target t) {
        if (t.kind() == TargetKind.CRIMINAL_GROUP) {
            return data.group(t.id().orElseThrow()).map(CriminalGroup::name).orElse("");
        }
        String country = t.country().map(c -> c.displayName(Language.EN)).orElse("");
        return t.crimeArea().map(a -> country + " / " + data.crimeAreas().find(a)
                .map(area -> area.labels().en()).orElse(a)).orElse(country);
    }

    /**
     * Writes a dataset's measurements to a file in UTF-8, replacing it.
     *
     * @param data the dataset, not null
     * @param file the file, not null
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an observation cannot be written faithfully
     */
    public void write(Dataset data, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(data, out);
        }
    }
}
