package lat.ideal.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import lat.ideal.model.Country;
import lat.ideal.model.Doubles;
import lat.ideal.model.Language;
import lat.ideal.scoring.ScoringInput;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.evidence.EvidenceReport;
import lat.ideal.scoring.evidence.EvidenceSummary;
import lat.ideal.scoring.priority.PriorityList;
import lat.ideal.scoring.priority.RegionalPriority;
import lat.ideal.scoring.trend.TrendResult;
import lat.ideal.scoring.trend.UnitTrend;
import lat.ideal.scoring.uncertainty.RankDistribution;
import lat.ideal.scoring.uncertainty.UncertaintyResult;

/**
 * Writes the analyses in long CSV form, one row per unit and node (or per priority), for spreadsheets and
 * statistics tools.
 *
 * <p>As in {@link ResultsCsv}: {@code unit} is the ISO 3166-1 alpha-3 code for countries ({@code BOL/area} for a
 * country in a crime area, the key otherwise) and {@code unit_name} the name the scoring input gave the unit; numbers
 * are the exact doubles in their shortest form; an empty cell means "none" (no rank, a statistic of a unit never
 * ranked); lists of countries are ISO alpha-3 codes separated by {@code ;}. Rows go node by node in the analysis's
 * order, units in its order. Text cells are neutralised against spreadsheet formula injection as in
 * {@link ObservationCsv}; CRLF line ends, UTF-8 without byte order mark.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class AnalysisCsv {
    /** The columns of {@link #writeUncertainty}, in order. */
    public static final List<String> UNCERTAINTY_COLUMNS = List.of("unit", "unit_name", "node", "nominal_rank",
            "mean_rank", "median_rank", "p5_rank", "p95_rank", "p_top_k", "k", "interval_width");
    /** The columns of {@link #writeTrend}, in order. */
    public static final List<String> TREND_COLUMNS = List.of("unit", "unit_name", "node", "score_before",
            "score_after", "change", "rank_before", "rank_after", "movement", "band_before", "band_after", "emerging");
    /** The columns of {@link #writePriorities}, in order. */
    public static final List<String> PRIORITY_COLUMNS = List.of("rank", "crime_area", "label", "regional_score",
            "method", "assessed", "top_band_countries", "confidence", "lead", "participants", "change");
    /** The columns of {@link #writeEvidence}, in order. */
    public static final List<String> EVIDENCE_COLUMNS = List.of("unit", "unit_name", "node", "confidence",
            "coverage", "mean_strength", "cells", "covered", "poorly_graded_cells");

    private static final AnalysisCsv DEFAULT = new AnalysisCsv(Language.EN);

    private final Language language;

    private AnalysisCsv(Language language) {
        this.language = language;
    }

    /**
     * Returns the writer, with crime-area labels in English.
     *
     * @return the writer, never null
     */
    public static AnalysisCsv withDefaults() {
        return DEFAULT;
    }

    /**
     * Returns a copy writing crime-area labels in another working language.
     *
     * @param value the language, not null
     * @return the copy, never null
     */
    public AnalysisCsv withLanguage(Language value) {
        return new AnalysisCsv(Objects.requireNonNull(value, "language"));
    }

    /**
     * Returns the language of the crime-area labels.
     *
     * @return the language, never null
     */
    public Language language() {
        return language;
    }

    private static void header(CsvWriter w, List<String> columns) throws IOException {
        for (String c : columns) {
            w.text(c);
        }
        w.endRow();
    }

    private static String number(double v) {
        return Double.isFinite(v) ? Doubles.format(v) : "";
    }

    private static String number(OptionalDouble v) {
        return v.isPresent() ? number(v.getAsDouble()) : "";
    }

    private static String number(OptionalInt v) {
        return v.isPresent() ? Integer.toString(v.getAsInt()) : "";
    }

    private static String countries(List<Country> countries) {
        return String.join(";", countries.stream().map(c -> Units.alpha3(c.code())).toList());
    }

    /**
     * Writes an uncertainty analysis: {@code nominal_rank} (empty for none), the mean, median, 5th and 95th percentile
     * rank (empty when no sample ranked the unit), {@code p_top_k} the share of samples in the top {@code k}, and
     * {@code interval_width} = {@code p95_rank - p5_rank}. See {@link RankDistribution}.
     *
     * @param result the analysis, not null
     * @param nominal the nominal result the analysis was run on (it names the units), not null
     * @param out where to write, not null; flushed, not closed
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if a unit of the analysis is not in the nominal result
     */
    public void writeUncertainty(UncertaintyResult result, ScoringResult nominal, Writer out) throws IOException {
        Objects.requireNonNull(result, "result");
        UnitNames names = UnitNames.of(Objects.requireNonNull(nominal, "nominal"));
        CsvWriter w = new CsvWriter(Objects.requireNonNull(out, "out"));
        header(w, UNCERTAINTY_COLUMNS);
        for (String node : result.nodes()) {
            List<RankDistribution> ds = result.distributions(node);
            for (int u = 0; u < ds.size(); u++) {
                RankDistribution d = ds.get(u);
                String key = result.units().get(u);
                w.text(names.code(key));
                w.text(names.name(key));
                w.text(node);
                w.number(d.nominal() == 0 ? "" : Integer.toString(d.nominal()));
                w.number(number(d.mean()));
                w.number(number(d.median()));
                w.number(number(d.p5()));
                w.number(number(d.p95()));
                w.number(number(d.topKProbability()));
                w.number(Integer.toString(d.topK()));
                w.number(number(d.intervalWidth()));
                w.endRow();
            }
        }
        out.flush();
    }

    /**
     * Writes a trend comparison: unrounded scores before and after, {@code change} = after - before,
     * {@code movement} = rank before - rank after (positive: a climb towards rank 1), the bands, and
     * {@code emerging} ({@code true} or {@code false}); empty cells where either assessment gives no value.
     *
     * @param trend the comparison, not null
     * @param before the earlier assessment's result, not null
     * @param after the later assessment's result (it names the units), not null
     * @param out where to write, not null; flushed, not closed
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if a unit of the comparison is in neither result
     */
    public void writeTrend(TrendResult trend, ScoringResult before, ScoringResult after, Writer out)
            throws IOException {
        Objects.requireNonNull(trend, "trend");
        UnitNames names = UnitNames.of(Objects.requireNonNull(after, "after"),
                Objects.requireNonNull(before, "before"));
        CsvWriter w = new CsvWriter(Objects.requireNonNull(out, "out"));
        header(w, TREND_COLUMNS);
        for (String node : trend.nodes()) {
            for (UnitTrend t : trend.trends(node)) {
                w.text(names.code(t.unit()));
                w.text(names.name(t.unit()));
                w.text(node);
                w.number(number(t.before()));
                w.number(number(t.after()));
                w.number(number(t.change()));
                w.number(number(t.rankBefore()));
                w.number(number(t.rankAfter()));
                w.number(number(t.movement()));
                w.text(t.bandBefore().orElse(""));
                w.text(t.bandAfter().orElse(""));
                w.text(Boolean.toString(t.emerging()));
                w.endRow();
            }
        }
        out.flush();
    }

    /**
     * Writes a priority list, one row per ranked crime area: {@code label} in this writer's language,
     * {@code regional_score} unrounded, {@code method} and {@code confidence} as their constant names
     * ({@code MEAN}, {@code HIGH}), {@code assessed}, {@code top_band_countries} and {@code participants} as ISO
     * alpha-3 lists by descending score, {@code lead} empty without one, {@code change} empty without a previous
     * assessment. Areas no country has a score for are not rows ({@link PriorityList#unassessed()}).
     *
     * @param list the priority list, not null
     * @param out where to write, not null; flushed, not closed
     * @throws IOException if writing fails
     */
    public void writePriorities(PriorityList list, Writer out) throws IOException {
        Objects.requireNonNull(list, "list");
        CsvWriter w = new CsvWriter(Objects.requireNonNull(out, "out"));
        header(w, PRIORITY_COLUMNS);
        for (RegionalPriority p : list.priorities()) {
            w.number(Integer.toString(p.rank()));
            w.text(p.crimeArea());
            w.text(p.label().in(language));
            w.number(number(p.regionalScore()));
            w.text(p.method().name());
            w.text(countries(p.assessed()));
            w.text(countries(p.topBand()));
            w.text(p.confidence().name());
            w.text(p.lead().map(c -> Units.alpha3(c.code())).orElse(""));
            w.text(countries(p.participants()));
            w.number(number(p.change()));
            w.endRow();
        }
        out.flush();
    }

    /**
     * Writes an evidence report: each unit's {@code confidence} ({@code HIGH}, {@code MODERATE}, {@code LOW}),
     * {@code coverage}, {@code mean_strength}, the number of {@code cells} expected and {@code covered}, and the
     * indicators of the cells backed only by poorly graded sources, separated by {@code ;}. See
     * {@link EvidenceSummary}.
     *
     * @param report the evidence report, not null
     * @param result the result the report was made for (it names the units and nodes), not null
     * @param out where to write, not null; flushed, not closed
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if a unit of the report is not in the result
     */
    public void writeEvidence(EvidenceReport report, ScoringResult result, Writer out) throws IOException {
        Objects.requireNonNull(report, "report");
        UnitNames names = UnitNames.of(Objects.requireNonNull(result, "result"));
        CsvWriter w = new CsvWriter(Objects.requireNonNull(out, "out"));
        header(w, EVIDENCE_COLUMNS);
        List<String> units = result.units().stream().map(ScoringInput.Unit::key).toList();
        for (String node : result.nodeKeys()) {
            for (String unit : units) {
                EvidenceSummary s = report.summary(unit, node);
                w.text(names.code(unit));
                w.text(names.name(unit));
                w.text(node);
                w.text(s.confidence().name());
                w.number(number(s.coverage()));
                w.number(number(s.meanStrength()));
                w.number(Integer.toString(s.cells()));
                w.number(Integer.toString(s.covered()));
                w.text(String.join(";", s.poorlyGradedCells().stream()
                        .map(c -> c.substring(c.lastIndexOf(':') + 1)).toList()));
                w.endRow();
            }
        }
        out.flush();
    }
}
