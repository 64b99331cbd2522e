package lat.ideal.io.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import lat.ideal.model.Dataset;
import lat.ideal.model.Language;
import lat.ideal.model.Observation;
import lat.ideal.model.Tlp;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.MethodNode;
import lat.ideal.scoring.Scorer;
import lat.ideal.scoring.ScoringInput;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.evidence.ConfidenceRule;
import lat.ideal.scoring.evidence.EvidenceCombiner;
import lat.ideal.scoring.evidence.EvidenceReport;
import lat.ideal.scoring.priority.Prioritisation;
import lat.ideal.scoring.priority.PriorityList;
import lat.ideal.scoring.trend.TrendAnalysis;
import lat.ideal.scoring.trend.TrendResult;
import lat.ideal.scoring.uncertainty.SampleRunner;
import lat.ideal.scoring.uncertainty.UncertaintyAnalysis;
import lat.ideal.scoring.uncertainty.UncertaintyResult;
import lat.ideal.scoring.uncertainty.UncertaintySpec;

/**
 * What a report shows: a scoring result (recomputed from the releasable data when the report is for a restricted
 * audience), the dataset it came from, the handling marking, the language and the presentation options.
 *
 * <p>Build one with {@link #builder(ScoringResult)} and render it with {@link HtmlReport} or {@link MarkdownReport}.
 * Rendering is deterministic: the same report gives the same bytes (no clock is read; {@link Builder#date(LocalDate)}
 * prints a date only when given one).
 *
 * <pre>{@code
 * ScoringResult result = Scorer.of(Presets.methodology("ideal-socta", dataset)).score(dataset);
 * Report report = Report.builder(result).dataset(dataset).audience(Tlp.GREEN).language(Language.ES).build();
 * HtmlReport.write(report, Path.of("informe.html"));
 * }</pre>
 *
 * <p><b>Audience filtering</b> (the policy in full is in the {@linkplain lat.ideal.io.report package
 * documentation}): a report for an audience cleared to TLP level X is built from {@link Dataset#releasableTo(Tlp)
 * the observations marked X or less} only, re-scored with the result's methodology, scorer options and overrides;
 * nothing in it depends on a more restricted observation.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Report {
    /** How many units get contribution bars unless {@link Builder#contributionUnits(int)} says otherwise. */
    public static final int DEFAULT_CONTRIBUTION_UNITS = 10;

    private final ScoringResult result;
    private final Optional<Dataset> dataset;
    private final Optional<Tlp> audience;
    private final Tlp marking;
    private final Language language;
    private final Optional<String> title;
    private final Optional<LocalDate> date;
    private final String node;
    private final List<String> attribution;
    private final int contributionUnits;
    private final Analyses analyses;

    /** The optional analyses shown beside the scores, each computed from the data the report includes. */
    private record Analyses(Optional<EvidenceReport> evidence, Optional<UncertaintyResult> uncertainty,
                            Optional<ScoringResult> previous, Optional<Dataset> previousData,
                            Optional<TrendResult> trend, Optional<PriorityList> priorities) {
    }

    private Report(ScoringResult result, Optional<Dataset> dataset, Optional<Tlp> audience, Tlp marking,
                   Language language, Optional<String> title, Optional<LocalDate> date, String node,
                   List<String> attribution, int contributionUnits, Analyses analyses) {
        this.result = result;
        this.dataset = dataset;
        this.audience = audience;
        this.marking = marking;
        this.language = language;
        this.title = title;
        this.date = date;
        this.node = node;
        this.attribution = attribution;
        this.contributionUnits = contributionUnits;
        this.analyses = analyses;
    }

    /**
     * Starts a report on a scoring result.
     *
     * @param result the result, not null
     * @return the builder, never null
     */
    public static Builder builder(ScoringResult result) {
        return new Builder(Objects.requireNonNull(result, "result"));
    }

    /**
     * Returns the result the report shows: the one given to the builder, or, for a restricted audience, the same
     * methodology re-scored on the releasable observations.
     *
     * @return the result, never null
     */
    public ScoringResult result() {
        return result;
    }

    /**
     * Returns the data the report includes: the dataset given to the builder reduced to the observations the
     * audience may receive.
     *
     * @return the dataset, or empty when the builder was given none
     */
    public Optional<Dataset> dataset() {
        return dataset;
    }

    /**
     * Returns the clearance of the audience the report is for.
     *
     * @return the clearance, or empty for a report that includes every observation
     */
    public Optional<Tlp> audience() {
        return audience;
    }

    /**
     * Returns the report's handling marking, shown at its top and bottom: the most restricted marking among the
     * included observations of the indicators the methodology reads (at least the marking declared with
     * {@link Builder#marking(Tlp)}); without a dataset, the declared marking.
     *
     * @return the marking, never null
     */
    public Tlp marking() {
        return marking;
    }

    /**
     * Returns the language the report is written in.
     *
     * @return the language, never null
     */
    public Language language() {
        return language;
    }

    /**
     * Returns the title: the one given, else the dataset's title, else the dataset's id, else the methodology's title.
     *
     * @return the title, never null
     */
    public String title() {
        if (title.isPresent()) {
            return title.get();
        }
        if (dataset.isPresent()) {
            Dataset d = dataset.get();
            return d.title().isBlank() ? d.id() : d.title();
        }
        return result.methodology().title().in(language);
    }

    /**
     * Returns the date printed as the report's date.
     *
     * @return the date, or empty when none was given (no clock is read)
     */
    public Optional<LocalDate> date() {
        return date;
    }

    /**
     * Returns the key of the node the ranking, heatmap and contribution bars show.
     *
     * @return the node key, never null
     */
    public String node() {
        return node;
    }

    /**
     * Returns the attribution lines given to the builder (e.g. {@code GI-TOC, Global Organized Crime Index 2023}).
     *
     * @return the lines, in the order given, never null
     */
    public List<String> attribution() {
        return attribution;
    }

    /**
     * Returns how many of the best-ranked units get contribution bars.
     *
     * @return zero or more
     */
    public int contributionUnits() {
        return contributionUnits;
    }

    /**
     * Returns the same report in another language.
     *
     * @param value the language, not null
     * @return the copy, never null
     */
    public Report withLanguage(Language value) {
        return new Report(result, dataset, audience, marking, Objects.requireNonNull(value, "language"), title, date,
                node, attribution, contributionUnits, analyses);
    }

    /**
     * Returns the confidence levels of the scores shown, from the evidence behind them.
     *
     * @return the evidence report, or empty unless {@link Builder#confidence(EvidenceCombiner, ConfidenceRule)} was
     *         called
     */
    public Optional<EvidenceReport> evidence() {
        return analyses.evidence();
    }

    /**
     * Returns the Monte Carlo rank intervals of the scores shown.
     *
     * @return the uncertainty result, or empty unless the builder was given an uncertainty analysis
     */
    public Optional<UncertaintyResult> uncertainty() {
        return analyses.uncertainty();
    }

    /**
     * Returns the comparison with the previous assessment cycle.
     *
     * @return the trend, or empty unless {@link Builder#previousCycle(ScoringResult, Dataset)} was called
     */
    public Optional<TrendResult> trend() {
        return analyses.trend();
    }

    /**
     * Returns the previous cycle's result as the report shows it (re-scored on its releasable data for a restricted
     * audience).
     *
     * @return the result, or empty unless {@link Builder#previousCycle(ScoringResult, Dataset)} was called
     */
    public Optional<ScoringResult> previousResult() {
        return analyses.previous();
    }

    /**
     * Returns the recommended regional priorities.
     *
     * @return the priority list, or empty unless {@link Builder#priorities(Prioritisation)} was called
     */
    public Optional<PriorityList> priorities() {
        return analyses.priorities();
    }

    /**
     * Returns the sources named by the included observations, sorted and without repeats.
     *
     * @return the sources, never null (empty without a dataset)
     */
    public List<String> observationSources() {
        Set<String> sources = new TreeSet<>();
        for (Observation o : includedObservations()) {
            o.source().ifPresent(sources::add);
        }
        return List.copyOf(sources);
    }

    /**
     * Returns the included observations of the indicators the methodology reads, in dataset order, then those of
     * the previous cycle's dataset (see {@link Builder#previousCycle(ScoringResult, Dataset)}).
     *
     * @return the observations, never null (empty without a dataset)
     */
    public List<Observation> includedObservations() {
        List<Observation> out = new ArrayList<>(included(dataset, result));
        analyses.previous().ifPresent(before -> out.addAll(included(analyses.previousData(), before)));
        return List.copyOf(out);
    }

    private static List<Observation> included(Optional<Dataset> dataset, ScoringResult result) {
        List<Observation> out = new ArrayList<>();
        if (dataset.isPresent()) {
            Set<String> read = Set.copyOf(result.methodology().indicatorKeys());
            for (Observation o : dataset.get().observations()) {
                if (read.contains(o.indicator())) {
                    out.add(o);
                }
            }
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return "Report[" + title() + ", " + result.methodology().id() + ", node " + node + ", " + marking
                + audience.map(a -> ", for " + a).orElse("") + ", " + language.code() + "]";
    }

    /** Builds a {@link Report}; not thread-safe. */
    public static final class Builder {
        private final ScoringResult result;
        private Dataset dataset;
        private Tlp audience;
        private Tlp declared;
        private Language language = Language.EN;
        private String title;
        private LocalDate date;
        private String node;
        private final List<String> attribution = new ArrayList<>();
        private int contributionUnits = DEFAULT_CONTRIBUTION_UNITS;
        private EvidenceCombiner evidenceCombiner;
        private ConfidenceRule confidenceRule;
        private UncertaintySpec uncertaintySpec;
        private SampleRunner uncertaintyRunner;
        private UncertaintyResult uncertaintyResult;
        private ScoringResult previous;
        private Dataset previousData;
        private Prioritisation prioritisation;

        /** One result as the report shows it, with the data it includes and whether anything was filtered out. */
        private record Shown(ScoringResult scores, Optional<Dataset> data, boolean filtered) {
        }

        private Builder(ScoringResult result) {
            this.result = result;
        }

        /**
         * Sets the dataset the result was scored from: it supplies the handling markings, the observations'
         * sources, crime-area labels, and the data that a restricted audience's report is re-scored from.
         *
         * @param value the dataset, not null
         * @return this builder
         */
        public Builder dataset(Dataset value) {
            dataset = Objects.requireNonNull(value, "dataset");
            return this;
        }

        /**
         * Prepares the report for an audience cleared to a TLP level: only observations marked at that level or
         * less are included, and every figure is recomputed from them. Without this call the report includes
         * every observation.
         *
         * @param clearance the audience's clearance, not null
         * @return this builder
         */
        public Builder audience(Tlp clearance) {
            audience = Objects.requireNonNull(clearance, "clearance");
            return this;
        }

        /**
         * Declares the marking of the data behind the result: the report's marking when no dataset is given
         * (default {@code TLP:RED}, since a result alone carries no markings), and the least marking otherwise.
         *
         * @param value the marking, not null
         * @return this builder
         */
        public Builder marking(Tlp value) {
            declared = Objects.requireNonNull(value, "marking");
            return this;
        }

        /**
         * Sets the language (default English).
         *
         * @param value the language, not null
         * @return this builder
         */
        public Builder language(Language value) {
            language = Objects.requireNonNull(value, "language");
            return this;
        }

        /**
         * Sets the title (default: the dataset's title, else its id, else the methodology's title).
         *
         * @param value the title, not blank
         * @return this builder
         */
        public Builder title(String value) {
            if (Objects.requireNonNull(value, "title").isBlank()) {
                throw new IllegalArgumentException("title must not be blank");
            }
            title = value;
            return this;
        }

        /**
         * Sets the date printed on the report (default: none; the report never reads the clock).
         *
         * @param value the date, not null
         * @return this builder
         */
        public Builder date(LocalDate value) {
            date = Objects.requireNonNull(value, "date");
            return this;
        }

        /**
         * Sets the node shown by the ranking, the heatmap and the contribution bars (default: the root, or the
         * root's first child when the root only groups its children, as the GI-TOC index's root does).
         *
         * @param key the node's key, not null
         * @return this builder
         */
        public Builder node(String key) {
            node = Objects.requireNonNull(key, "node");
            return this;
        }

        /**
         * Adds attribution lines, printed in the order given.
         *
         * @param lines the lines, none blank
         * @return this builder
         */
        public Builder attribution(String... lines) {
            for (String line : lines) {
                if (Objects.requireNonNull(line, "attribution line").isBlank()) {
                    throw new IllegalArgumentException("attribution lines must not be blank");
                }
                attribution.add(line);
            }
            return this;
        }

        /**
         * Sets how many of the best-ranked units get contribution bars (default
         * {@value Report#DEFAULT_CONTRIBUTION_UNITS}).
         *
         * @param value zero or more
         * @return this builder
         */
        public Builder contributionUnits(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("contributionUnits " + value + " is negative");
            }
            contributionUnits = value;
            return this;
        }

        /**
         * Sets how the confidence level of every score is assessed, from the grades and coverage of the releasable
         * observations behind it (without a dataset, every cell with a value counts as one ungraded source).
         *
         * @param combiner how a cell's observations combine and grades weigh, not null
         * @param rule how coverage and strength give a level, not null
         * @return this builder
         */
        public Builder confidence(EvidenceCombiner combiner, ConfidenceRule rule) {
            evidenceCombiner = Objects.requireNonNull(combiner, "combiner");
            confidenceRule = Objects.requireNonNull(rule, "rule");
            return this;
        }

        /**
         * Asks for rank intervals: the report runs this Monte Carlo analysis on the data it includes, with the
         * shown result's scorer (the result's overrides are not applied to the samples).
         *
         * @param spec the analysis, valid for the scorer and data (see
         *        {@link UncertaintyAnalysis#check(Scorer, Dataset, UncertaintySpec)}), not null
         * @param runner the runner (threads, progress, cancellation), not null
         * @return this builder
         */
        public Builder uncertainty(UncertaintySpec spec, SampleRunner runner) {
            uncertaintySpec = Objects.requireNonNull(spec, "spec");
            uncertaintyRunner = Objects.requireNonNull(runner, "runner");
            uncertaintyResult = null;
            return this;
        }

        /**
         * Shows rank intervals computed beforehand. Such a result cannot be filtered: {@link #build()} refuses it
         * for an audience that may not receive every observation (ask for the analysis with
         * {@link #uncertainty(UncertaintySpec, SampleRunner)} instead).
         *
         * @param value the uncertainty result of the same units, not null
         * @return this builder
         */
        public Builder uncertainty(UncertaintyResult value) {
            uncertaintyResult = Objects.requireNonNull(value, "uncertainty");
            uncertaintySpec = null;
            uncertaintyRunner = null;
            return this;
        }

        /**
         * Compares with the previous assessment cycle: a trend table, and the change of each regional priority.
         * The previous cycle is filtered for the audience exactly like the current one, and its observations
         * count towards the report's marking.
         *
         * @param before the previous cycle's result, not null
         * @param beforeData the dataset it was scored from, not null
         * @return this builder
         */
        public Builder previousCycle(ScoringResult before, Dataset beforeData) {
            previous = Objects.requireNonNull(before, "before");
            previousData = Objects.requireNonNull(beforeData, "beforeData");
            return this;
        }

        /**
         * Recommends regional priorities for CLASI (with draft operational action plans) from the scores shown;
         * needs {@link #confidence(EvidenceCombiner, ConfidenceRule)} and units that are country x crime-area cells.
         *
         * @param value the prioritisation, not null
         * @return this builder
         */
        public Builder priorities(Prioritisation value) {
            prioritisation = Objects.requireNonNull(value, "prioritisation");
            return this;
        }

        /**
         * Builds the report, re-scoring the releasable data for a restricted audience and running the analyses
         * asked for on the data the report includes.
         *
         * @return the report, never null
         * @throws IllegalArgumentException if the node is not in the methodology, a result was not scored from the
         *         dataset given with it (re-scoring the dataset does not reproduce the result's fingerprint), the
         *         uncertainty specification or the prioritisation does not fit the result (the message lists every
         *         problem), or a precomputed uncertainty result has other units
         * @throws IllegalStateException if the declared marking is above the audience's clearance (a result
         *         without its dataset cannot be filtered), priorities are asked for without confidence, or a
         *         precomputed uncertainty result is given for an audience that may not receive every observation
         */
        public Report build() {
            String key = node == null ? headline(result) : node;
            if (!result.nodeKeys().contains(key)) {
                throw new IllegalArgumentException("node '" + key + "' is not in methodology '"
                        + result.methodology().id() + "'; its nodes are " + result.nodeKeys());
            }
            if (prioritisation != null && evidenceCombiner == null) {
                throw new IllegalStateException("priorities need confidence levels: call confidence(combiner, rule)");
            }
            Shown current = show(result, dataset);
            Shown before = previous == null ? null : show(previous, previousData);
            Tlp marking = declared == null ? Tlp.CLEAR : declared;
            for (Shown part : before == null ? List.of(current) : List.of(current, before)) {
                if (part.data().isEmpty()) {
                    marking = marking.max(declared == null ? Tlp.RED : declared);
                }
                for (Observation o : included(part.data(), part.scores())) {
                    marking = marking.max(o.handling());
                }
            }
            if (audience != null && !marking.releasableTo(audience)) {
                throw new IllegalStateException("cannot prepare a report for an audience cleared to " + audience
                        + (dataset != null ? ": the declared marking is " + marking
                        : ": without the dataset the result cannot be filtered, and its declared marking is "
                        + marking + (declared == null ? " (the default; declare a lower one with marking(Tlp) if"
                        + " the data allow)" : "")));
            }
            Optional<EvidenceReport> evidence = Optional.empty();
            if (evidenceCombiner != null) {
                evidence = Optional.of(current.data().isPresent()
                        ? EvidenceReport.of(current.scores(), current.data().get(), evidenceCombiner, confidenceRule)
                        : EvidenceReport.ungraded(current.scores(), evidenceCombiner.weights(), confidenceRule));
            }
            Optional<TrendResult> trend = before == null ? Optional.empty()
                    : Optional.of(TrendAnalysis.compare(before.scores(), current.scores()));
            Optional<PriorityList> priorities = Optional.empty();
            if (prioritisation != null) {
                priorities = Optional.of(before == null
                        ? prioritisation.prioritise(current.scores(), evidence.orElseThrow())
                        : prioritisation.prioritise(current.scores(), evidence.orElseThrow(), before.scores()));
            }
            Analyses analyses = new Analyses(evidence, uncertainty(current),
                    Optional.ofNullable(before).map(Shown::scores),
                    before == null ? Optional.empty() : before.data(), trend, priorities);
            return new Report(current.scores(), current.data(), Optional.ofNullable(audience), marking, language,
                    Optional.ofNullable(title), Optional.ofNullable(date), key, List.copyOf(attribution),
                    contributionUnits, analyses);
        }

        private Optional<UncertaintyResult> uncertainty(Shown current) {
            if (uncertaintyResult != null) {
                if (current.filtered()) {
                    throw new IllegalStateException("an uncertainty result computed beforehand cannot be filtered"
                            + " for an audience cleared to " + audience + ": give its specification with"
                            + " uncertainty(spec, runner) so that the report runs it on the releasable data");
                }
                List<String> keys = current.scores().units().stream().map(ScoringInput.Unit::key).toList();
                if (!uncertaintyResult.units().equals(keys)) {
                    throw new IllegalArgumentException("the uncertainty result has units " + uncertaintyResult.units()
                            + ", the report's result has " + keys);
                }
                return Optional.of(uncertaintyResult);
            }
            if (uncertaintySpec == null) {
                return Optional.empty();
            }
            Scorer scorer = current.scores().scorer();
            return Optional.of(current.data().isPresent()
                    ? UncertaintyAnalysis.run(scorer, current.data().get(), uncertaintySpec, uncertaintyRunner)
                    : UncertaintyAnalysis.run(scorer, current.scores().input(), uncertaintySpec, uncertaintyRunner));
        }

        /**
         * What the report shows of one result: the result itself when it has no dataset or the audience may
         * receive all of its data, else the same scoring of the releasable observations.
         */
        private Shown show(ScoringResult scored, Dataset data) {
            if (data == null) {
                return new Shown(scored, Optional.empty(), false);
            }
            ScoringResult check = rescore(scored, data);
            if (!check.fingerprint().equals(scored.fingerprint())) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "the result was not scored from"
                        + " dataset '%s': re-scoring it gives fingerprint %s, the result has %s", data.id(),
                        check.fingerprint(), scored.fingerprint()));
            }
            Dataset releasable = audience == null ? data : data.releasableTo(audience);
            boolean filtered = releasable.observations().size() < data.observations().size();
            return new Shown(filtered ? rescore(scored, releasable) : scored, Optional.of(releasable), filtered);
        }

        /** The root, or the root's first child when the root has no aggregation of its own. */
        private static String headline(ScoringResult result) {
            MethodNode root = result.methodology().root();
            if (root.aggregation().method() == AggregationMethod.NONE && !root.children().isEmpty()) {
                return root.children().get(0).key();
            }
            return root.key();
        }

        /**
         * Scores a dataset as the result was scored: same methodology, scorer options and overrides, and the
         * result's unit names where the units are the same.
         */
        private static ScoringResult rescore(ScoringResult result, Dataset data) {
            ScoringInput input = result.scorer().input(data);
            List<ScoringInput.Unit> units = result.units();
            if (input.units().size() == units.size()) {
                boolean same = true;
                for (int u = 0; u < units.size() && same; u++) {
                    same = units.get(u).key().equals(input.units().get(u).key());
                }
                if (same) {
                    input = input.withUnits(units);
                }
            }
            return result.scorer().prepare(input).aggregate(result.overrides());
        }
    }
}
