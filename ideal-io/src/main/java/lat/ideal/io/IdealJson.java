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
import lat.ideal.model.ReportingPeriod;
import lat.ideal.model.method.Methodology;
import lat.ideal.model.validation.DatasetValidator;
import lat.ideal.model.validation.ValidationReport;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.evidence.EvidenceReport;
import lat.ideal.scoring.evidence.EvidenceSummary;
import lat.ideal.scoring.priority.PriorityList;
import lat.ideal.scoring.trend.TrendResult;
import lat.ideal.scoring.uncertainty.RankDistribution;
import lat.ideal.scoring.uncertainty.UncertaintyResult;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads and writes the IDEAL JSON documents: datasets, methodologies, priorities, action plans and results.
 *
 * <p><b>Strict.</b> Every document is a JSON object with {@code "schemaVersion": "1.0"} (and optionally a
 * {@code "$schema"} string for editors). Unknown properties, duplicate keys, content after the document, {@code NaN}
 * and {@code Infinity}, and values of the wrong type are errors, each reported with file, line, column and JSON path.
 * {@link ReadLimits} bound document size, nesting, string, number and name lengths. JSON is read with the streaming
 * parser only (no data binding, hence no polymorphic typing). The readers never throw on bad input: they return a
 * {@link ReadResult}. After a successful read the configured validator runs (by default
 * {@link DatasetValidator#withDefaults()} for datasets and methodologies, including the methodology a results
 * document embeds) and its problems are placed where the offending values were read. Where some observations of a
 * dataset cannot be read but its definitions can, the validator still checks the observations that could, and its
 * errors come in the same report (not its warnings: coverage would be judged on observations that are missing), so
 * that one read lists every problem.
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
 * <p><b>Results document</b> ({@link DocumentType#RESULTS}): see {@link #writeResults(ResultsDocument, Writer)};
 * read back as a {@link ResultsDocument} and re-run by {@link ResultsVerification}.
 *
 * <p><b>Analysis documents</b>, written only: {@link DocumentType#UNCERTAINTY},
 * {@link DocumentType#TREND}, {@link DocumentType#PRIORITY_LIST} and {@link DocumentType#EVIDENCE}; see
 * {@link #writeUncertainty}, {@link #writeTrend}, {@link #writePriorityList} and {@link #writeEvidence}. Each names
 * the scoring runs it comes from by methodology and fingerprint; {@link AnalysisCsv} writes the same analyses as
 * long CSV.
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
     * Reads a results document from a file.
     *
     * @param file the file, not null
     * @return the results and the located problems, never null
     */
    public ReadResult<ResultsDocument> readResults(Path file) {
        return JsonDocuments.read(factory, limits, file, new ResultsJson(), resultsValidator());
    }

    /**
     * Reads a results document from characters; the embedded methodology is checked by the methodology validator.
     *
     * @param fileName the name used in problem locations, not null
     * @param in the characters, not null; not closed
     * @return the results and the located problems, never null
     */
    public ReadResult<ResultsDocument> readResults(String fileName, Reader in) {
        return JsonDocuments.read(factory, limits, fileName, in, new ResultsJson(), resultsValidator());
    }

    private Function<ResultsDocument, ValidationReport> resultsValidator() {
        return doc -> methodologyValidator.apply(doc.methodology());
    }

    /**
     * Writes a results document: see {@link #writeResults(ResultsDocument, Writer)}.
     *
     * @param result the result, not null
     * @param out where to write, not null; flushed, not closed
     * @throws IOException if writing fails
     */
    public void writeResults(ScoringResult result, Writer out) throws IOException {
        writeResults(ResultsDocument.of(result), out);
    }

    /**
     * Writes a results document: fingerprint, methodology, scoring options (tie policy, rank basis, weight and
     * aggregation overrides), units (the external code, ISO alpha-3 for countries, with the scorer's key, name and
     * group), every node's labels, aggregation, effective weights and scores (unrounded, published exactly as
     * rounded, rank, band, coverage, status), warnings, intelligence gaps, imputed and treated cells. Everywhere
     * but in {@code units} a unit is named by its external code. A value that is not a number (an undefined weight)
     * is written as {@code null}. Reading the document back gives an equal {@link ResultsDocument}, and writing
     * that gives the same characters; {@link ResultsVerification} re-runs it.
     *
     * @param results the results, not null
     * @param out where to write, not null; flushed, not closed
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if a coverage or an override weight is not a finite number, or a score, gap
     *     or cell names a unit that {@code units} does not list
     */
    public void writeResults(ResultsDocument results, Writer out) throws IOException {
        Objects.requireNonNull(results, "results");
        write(out, g -> ResultsJson.write(new Encoder(g), results));
    }

    /**
     * Writes an uncertainty document: the nominal run ({@code assessment}: methodology, version, fingerprint), the
     * specification ({@code samples}, {@code seed}, {@code topK} and every {@code factors} entry with all its
     * parameters, so the analysis can be run again), the units, and per reported node each unit's
     * {@code nominalRank} (left out for none), {@code samples}, {@code unranked}, {@code meanRank},
     * {@code medianRank}, {@code p5Rank}, {@code p95Rank}, {@code intervalWidth} ({@code null} when no sample ranked
     * the unit), {@code topK} and {@code topKProbability}. See {@link RankDistribution} for the statistics.
     *
     * @param result the analysis, not null
     * @param nominal the nominal result the analysis was run on (it names the units), not null
     * @param out where to write, not null; flushed, not closed
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if the analysis's units are not the nominal result's
     */
    public void writeUncertainty(UncertaintyResult result, ScoringResult nominal, Writer out) throws IOException {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(nominal, "nominal");
        write(out, g -> AnalysisJson.writeUncertainty(new Encoder(g), result, nominal));
    }

    /**
     * Writes a trend document: both runs ({@code before}, {@code after}: methodology, version, fingerprint), the
     * {@code framework} difference (added, removed and common indicators, whether both were scored again on the
     * common ones, and the statement in es/en/pt), the common units and those of only one assessment, and per
     * compared node the {@code emerging} units by later rank and each unit's {@code scoreBefore},
     * {@code scoreAfter}, {@code change} ({@code after - before}, unrounded), {@code rankBefore}, {@code rankAfter},
     * {@code movement} ({@code rankBefore - rankAfter}: positive is a climb towards rank 1), {@code bandBefore},
     * {@code bandAfter} (each left out where absent) and {@code emerging}. When the comparison was restricted to
     * the common indicators, the fingerprints are those of the full runs given here.
     *
     * @param trend the comparison, not null
     * @param before the earlier assessment's result, not null
     * @param after the later assessment's result, not null
     * @param out where to write, not null; flushed, not closed
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if a unit of the comparison is in neither result
     */
    public void writeTrend(TrendResult trend, ScoringResult before, ScoringResult after, Writer out)
            throws IOException {
        Objects.requireNonNull(trend, "trend");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        write(out, g -> AnalysisJson.writeTrend(new Encoder(g), trend, before, after));
    }

    /**
     * Writes a priority list document: {@code assessmentId}, {@code period}, the prioritised {@code node} and the
     * regional score {@code method}; each priority's {@code rank}, {@code priorityId}, {@code crimeArea},
     * {@code label} and {@code rationale} (es/en/pt), {@code regionalScore} (unrounded), {@code assessed},
     * {@code topBand} and {@code participants} (ISO alpha-2, by descending score), {@code reach},
     * {@code confidence}, {@code lead} and {@code change} (left out where absent); the {@code unassessed} crime
     * areas; and, as the priorities and action plans documents write them, the {@code recommendations}
     * ({@link PriorityList#toPriorities}) and the {@code draftActionPlans} ({@link PriorityList#draftActionPlans}).
     * Everything in it is a recommendation: decisions are recorded apart.
     *
     * @param list the priority list, not null
     * @param assessmentId the recommending assessment's id, not blank
     * @param period the period of the priorities and plans, not null
     * @param out where to write, not null; flushed, not closed
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if the assessment id is blank
     */
    public void writePriorityList(PriorityList list, String assessmentId, ReportingPeriod period, Writer out)
            throws IOException {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(period, "period");
        if (assessmentId.isBlank()) {
            throw new IllegalArgumentException("assessment id must not be blank");
        }
        write(out, g -> AnalysisJson.writePriorityList(new Encoder(g), list, assessmentId, period));
    }

    /**
     * Writes an evidence document: the run ({@code assessment}), the units, and per node the number of units at each
     * confidence {@code levels} and each unit's {@code confidence}, {@code coverage}, {@code meanStrength},
     * {@code cells}, {@code covered} and {@code poorlyGradedCells} ({@code {unit, indicator}}); then every cell backed
     * only by poorly graded sources. See {@link EvidenceSummary}.
     *
     * @param report the evidence report, not null
     * @param result the result the report was made for (it names the units and nodes), not null
     * @param out where to write, not null; flushed, not closed
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if the report's units are not the result's
     */
    public void writeEvidence(EvidenceReport report, ScoringResult result, Writer out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(result, "result");
        write(out, g -> AnalysisJson.writeEvidence(new Encoder(g), report, result));
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
