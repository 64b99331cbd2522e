package lat.ideal.io;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import lat.ideal.model.Dataset;
import lat.ideal.model.OperationalActionPlan;
import lat.ideal.model.method.Methodology;
import lat.ideal.model.validation.DatasetValidator;
import lat.ideal.model.validation.ValidationReport;
import lat.ideal.scoring.ScoringResult;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads and writes the IDEAL JSON documents: datasets, methodologies, priorities and action plans.
 *
 * <p><b>Strict.</b> Every document is a JSON object with {@code "schemaVersion": "1.0"} (and optionally a
 * {@code "$schema"} string for editors). Unknown properties, duplicate keys, content after the document, {@code NaN}
 * and {@code Infinity}, and values of the wrong type are errors, each reported with file, line, column and JSON path.
 * {@link ReadLimits} bound document size, nesting, string, number and name lengths. JSON is read with the streaming
 * parser only (no data binding, hence no polymorphic typing). The readers never throw on bad input: they return a
 * {@link ReadResult}. After a successful read the configured validator runs (by default
 * {@link DatasetValidator#withDefaults()} for datasets and methodologies) and its problems are placed where the
 * offending values were read.
 *
 * <p><b>Dataset document</b> ({@link DocumentType#DATASET}):
 * <pre>{@code
 * {
 *   "schemaVersion": "1.0",
 *   "id": "IDEAL-2.0",                        required
 *   "title": "IDEAL 2023",                    default ""
 *   "period": "2023",                         required: 2023, 2023-05, 2023-05-01 or 2022-07-01/2023-06-30
 *   "countries": ["BO", "PE"],                default []; alpha-2, alpha-3 or a name in es/en/pt
 *   "crimeAreas": [{"code": "drug-trafficking", "labels": {"es": "...", "en": "...", "pt": "..."},
 *                   "parent": "..."}],        default: the IDEAL catalogue; labels default to the code
 *   "indicators": [{"key": "cocaine-trade", "labels": "Cocaine trade", "block": "criminal-markets",
 *                   "target": "COUNTRY", "polarity": "POSITIVE", "unit": "score",
 *                   "scale": {"type": "continuous", "min": 1, "max": 10, "step": 0.5}}],
 *   "groups": [{"id": "...", "name": "...", "aliases": [], "presence": ["CO"], "mainCrimeArea": "...",
 *               "secondaryCrimeAreas": [], "structure": "NETWORK", "links": [{"type": "ALLIANCE", "group": "..."}]}],
 *   "observations": [{"target": "BO/drug-trafficking", "indicator": "cocaine-trade", "measurement": 7.5,
 *                     "period": "2023", "grade": "B2", "source": "...", "handling": "TLP:AMBER",
 *                     "contributor": "BO", "agency": "...", "rationale": "..."}]
 * }
 * }</pre>
 * Labels are a string (the same in every language) or {@code {"es", "en", "pt"}}. An indicator's {@code target}
 * defaults to {@code COUNTRY}, {@code polarity} to {@code POSITIVE}, {@code unit} to {@code score}; scales are
 * {@code continuous} (min, max, optional step), {@code ordinal} (levels of code, labels, value; optional
 * {@code unknownValue}), {@code bool} or {@code count}. An observation's {@code target} is {@code BO},
 * {@code BO/crime-area}, {@code group:<id>} or {@code region:<code>}; its {@code measurement} a JSON number, a level
 * code string, or {@code "UNKNOWN"} (a number in quotes is an error); {@code period} defaults to the dataset's,
 * {@code handling} to {@code TLP:CLEAR}. Observations are converted one at a time as they are read, so the parsed
 * text of the whole array is never held.
 *
 * <p><b>Methodology document</b> ({@link DocumentType#METHODOLOGY}): {@code id} (required), {@code version}
 * (default {@code "1"}), {@code title} (default the id), {@code description}, {@code sources}, {@code unitKind}
 * (default {@code COUNTRY}) and {@code root}, a node. A node has a {@code key}; a leaf reads {@code indicator}
 * (default: its key), an inner node has {@code children}. Omitted parts take these defaults: {@code labels} the key,
 * {@code weight} 1, {@code aggregation} {@code NONE} for a leaf and {@code ARITHMETIC_MEAN} for an inner node,
 * {@code weighting} {@code EXPLICIT} for a leaf and {@code EQUAL} for an inner node (not renormalised),
 * {@code normalisation} {@code IDENTITY}, {@code direction} {@code THREAT}, no {@code treatment}, {@code missing}
 * exclude-and-reweight with threshold 0, {@code rounding} half-up to 2 places, no {@code banding}. Aggregation,
 * weighting and normalisation are a method name or an object {@code {"method": ..., ...}} with their parameters; a
 * {@code treatment} object defaults to COINr's convention (enabled, 5 points, skewness 2, kurtosis 3.5, log
 * fallback). The writer writes every part explicitly.
 *
 * <p><b>Priorities document</b> ({@link DocumentType#PRIORITIES}): {@code priorities} (id, crimeArea, scope,
 * countries, period, rationale, recommendedBy) and, kept apart, {@code decisions} (priorityId, outcome, decidedBy,
 * date, note). <b>Action plans document</b> ({@link DocumentType#ACTION_PLANS}): {@code plans} (id, priorityId,
 * status default {@code DRAFT}, period, leadCountry, participants, institutions of country, name and type, actions of
 * id, description, owner, deadline and status default {@code PLANNED}).
 *
 * <p><b>Results document</b> ({@link DocumentType#RESULTS}, written only): see
 * {@link #writeResults(ScoringResult, Writer)}.
 *
 * <p>Writing then reading any valid value gives an equal value. Writers emit UTF-8 without a byte order mark, two-space
 * indents and {@code \n} line ends; readers accept a byte order mark. Writing a non-finite number is a caller error
 * ({@link IllegalArgumentException}): validate before writing.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class IdealJson {
    private static final Function<Object, ValidationReport> NO_VALIDATION = x -> ValidationReport.empty();

    private final ReadLimits limits;
    private final JsonFactory factory;
    private final Function<? super Dataset, ValidationReport> datasetValidator;
    private final Function<? super Methodology, ValidationReport> methodologyValidator;

    private IdealJson(ReadLimits limits, Function<? super Dataset, ValidationReport> datasetValidator,
                      Function<? super Methodology, ValidationReport> methodologyValidator) {
        this.limits = limits;
        this.factory = JsonDocuments.factory(limits);
        this.datasetValidator = datasetValidator;
        this.methodologyValidator = methodologyValidator;
    }

    /**
     * Returns a reader and writer with {@link ReadLimits#defaults()} that validates every dataset and methodology read
     * with {@link DatasetValidator#withDefaults()}.
     *
     * @return the instance, never null
     */
    public static IdealJson withDefaults() {
        DatasetValidator validator = DatasetValidator.withDefaults();
        return new IdealJson(ReadLimits.defaults(), validator::validate, validator::validate);
    }

    /**
     * Returns a copy with other read limits.
     *
     * @param value the limits, not null
     * @return the copy, never null
     */
    public IdealJson withLimits(ReadLimits value) {
        return new IdealJson(Objects.requireNonNull(value, "limits"), datasetValidator, methodologyValidator);
    }

    /**
     * Returns a copy that runs a validator on every dataset read; its problem paths (such as
     * {@code observations[12].measurement}) are placed where the values were read.
     *
     * @param validator the validator, not null
     * @return the copy, never null
     */
    public IdealJson withDatasetValidator(Function<? super Dataset, ValidationReport> validator) {
        return new IdealJson(limits, Objects.requireNonNull(validator, "validator"), methodologyValidator);
    }

    /**
     * Returns a copy that runs a validator on every methodology read; problem paths may start with
     * {@code methodology.}.
     *
     * @param validator the validator, not null
     * @return the copy, never null
     */
    public IdealJson withMethodologyValidator(Function<? super Methodology, ValidationReport> validator) {
        return new IdealJson(limits, datasetValidator, Objects.requireNonNull(validator, "validator"));
    }

    /**
     * Returns the read limits.
     *
     * @return the limits, never null
     */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads a dataset document from a file (UTF-8, UTF-16 or UTF-32, detected as JSON allows).
     *
     * @param file the file, not null
     * @return the dataset and the located problems, never null
     */
    public ReadResult<Dataset> readDataset(Path file) {
        return JsonDocuments.read(factory, limits, file, new DatasetJson(), datasetValidator);
    }

    /**
     * Reads a dataset document from characters.
     *
     * @param fileName the name used in problem locations, not null
     * @param in the characters, not null; not closed
     * @return the dataset and the located problems, never null
     */
    public ReadResult<Dataset> readDataset(String fileName, Reader in) {
        return JsonDocuments.read(factory, limits, fileName, in, new DatasetJson(), datasetValidator);
    }

    /**
     * Reads a methodology document from a file.
     *
     * @param file the file, not null
     * @return the methodology and the located problems, never null
     */
    public ReadResult<Methodology> readMethodology(Path file) {
        return JsonDocuments.read(factory, limits, file, new MethodologyJson(), methodologyValidator);
    }

    /**
     * Reads a methodology document from characters.
     *
     * @param fileName the name used in problem locations, not null
     * @param in the characters, not null; not closed
     * @return the methodology and the located problems, never null
     */
    public ReadResult<Methodology> readMethodology(String fileName, Reader in) {
        return JsonDocuments.read(factory, limits, fileName, in, new MethodologyJson(), methodologyValidator);
    }

    /**
     * Reads a priorities document from a file.
     *
     * @param file the file, not null
     * @return the priorities and decisions and the located problems, never null
     */
    public ReadResult<PriorityDocument> readPriorities(Path file) {
        return JsonDocuments.read(factory, limits, file, new PlanJson.Priorities(), NO_VALIDATION);
    }

    /**
     * Reads a priorities document from characters.
     *
     * @param fileName the name used in problem locations, not null
     * @param in the characters, not null; not closed
     * @return the priorities and decisions and the located problems, never null
     */
    public ReadResult<PriorityDocument> readPriorities(String fileName, Reader in) {
        return JsonDocuments.read(factory, limits, fileName, in, new PlanJson.Priorities(), NO_VALIDATION);
    }

    /**
     * Reads an action plans document from a file.
     *
     * @param file the file, not null
     * @return the plans and the located problems, never null
     */
    public ReadResult<List<OperationalActionPlan>> readActionPlans(Path file) {
        return JsonDocuments.read(factory, limits, file, new PlanJson.Plans(), NO_VALIDATION);
    }

    /**
     * Reads an action plans document from characters.
     *
     * @param fileName the name used in problem locations, not null
     * @param in the characters, not null; not closed
     * @return the plans and the located problems, never null
     */
    public ReadResult<List<OperationalActionPlan>> readActionPlans(String fileName, Reader in) {
        return JsonDocuments.read(factory, limits, fileName, in, new PlanJson.Plans(), NO_VALIDATION);
    }

    /**
     * Writes a dataset document.
     *
     * @param data the dataset, not null
     * @param out where to write, not null; flushed, not closed
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if a number is NaN or infinite
     */
    public void writeDataset(Dataset data, Writer out) throws IOException {
        Objects.requireNonNull(data, "data");
        write(out, g -> DatasetJson.write(new Encoder(g), data));
    }

    /**
     * Writes a dataset document to a file in UTF-8, replacing it.
     *
     * @param data the dataset, not null
     * @param file the file, not null
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if a number is NaN or infinite
     */
    public void writeDataset(Dataset data, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeDataset(data, out);
        }
    }

    /**
     * Writes a methodology document.
     *
     * @param methodology the methodology, not null
     * @param out where to write, not null; flushed, not closed
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if a number is NaN or infinite
     */
    public void writeMethodology(Methodology methodology, Writer out) throws IOException {
        Objects.requireNonNull(methodology, "methodology");
        write(out, g -> MethodologyJson.write(new Encoder(g), methodology));
    }

    /**
     * Writes a methodology document to a file in UTF-8, replacing it.
     *
     * @param methodology the methodology, not null
     * @param file the file, not null
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if a number is NaN or infinite
     */
    public void writeMethodology(Methodology methodology, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeMethodology(methodology, out);
        }
    }

    /**
     * Writes a priorities document.
     *
     * @param priorities the priorities and decisions, not null
     * @param out where to write, not null; flushed, not closed
     * @throws IOException if writing fails
     */
    public void writePriorities(PriorityDocument priorities, Writer out) throws IOException {
        Objects.requireNonNull(priorities, "priorities");
        write(out, g -> PlanJson.writePriorities(new Encoder(g), priorities));
    }

    /**
     * Writes an action plans document.
     *
     * @param plans the plans, not null
     * @param out where to write, not null; flushed, not closed
     * @throws IOException if writing fails
     */
    public void writeActionPlans(List<OperationalActionPlan> plans, Writer out) throws IOException {
        Objects.requireNonNull(plans, "plans");
        write(out, g -> PlanJson.writePlans(new Encoder(g), plans));
    }

    /**
     * Writes a results document: fingerprint, methodology, units (with the external unit code: ISO alpha-3 for
     * countries), every node's scores (unrounded, published exactly as rounded, rank, band, coverage, status),
     * effective weights, warnings, intelligence gaps, imputed and treated cells. A value that is not a number (an
     * undefined weight) is written as {@code null}. Results are written, not read back: re-run the methodology on the
     * data (the fingerprint identifies the run) to obtain them again.
     *
     * @param result the result, not null
     * @param out where to write, not null; flushed, not closed
     * @throws IOException if writing fails
     */
    public void writeResults(ScoringResult result, Writer out) throws IOException {
        Objects.requireNonNull(result, "result");
        write(out, g -> ResultsJson.write(new Encoder(g), result));
    }

    private void write(Writer out, Consumer<tools.jackson.core.JsonGenerator> body) throws IOException {
        Objects.requireNonNull(out, "out");
        try {
            JsonDocuments.write(factory, out, body);
        } catch (JacksonIOException e) {
            throw e.getCause();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
