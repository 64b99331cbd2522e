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
import lat.ideal.scoring.ScoringInput;
import lat.ideal.scoring.ScoringResult;

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

    private Report(ScoringResult result, Optional<Dataset> dataset, Optional<Tlp> audience, Tlp marking,
                   Language language, Optional<String> title, Optional<LocalDate> date, String node,
                   List<String> attribution, int contributionUnits) {
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
                node, attribution, contributionUnits);
    }

    /**
     * Returns the sources named by the included observations, sorted and without repeats.
     *
     * @return the sources, never null (empty without a dataset)
     */
    public List<String> observationSources() {
        Set<String> sources = new TreeSet<>();
        for (Observation o : included(dataset, result)) {
            o.source().ifPresent(sources::add);
        }
        return List.copyOf(sources);
    }

    /**
     * Returns the included observations of the indicators the methodology reads, in dataset order.
     *
     * @return the observations, never null (empty without a dataset)
     */
    public List<Observation> includedObservations() {
        return included(dataset, result);
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
         * Builds the report, re-scoring the releasable data for a restricted audience.
         *
         * @return the report, never null
         * @throws IllegalArgumentException if the node is not in the methodology, or the result was not scored from
         *         the dataset given (re-scoring the dataset does not reproduce the result's fingerprint)
         * @throws IllegalStateException if the declared marking is above the audience's clearance (a result
         *         without its dataset cannot be filtered)
         */
        public Report build() {
            String key = node == null ? headline(result) : node;
            if (!result.nodeKeys().contains(key)) {
                throw new IllegalArgumentException("node '" + key + "' is not in methodology '"
                        + result.methodology().id() + "'; its nodes are " + result.nodeKeys());
            }
            Optional<Dataset> shown = Optional.empty();
            ScoringResult scores = result;
            Tlp marking = declared == null ? Tlp.RED : declared;
            if (dataset != null) {
                ScoringResult check = rescore(result, dataset);
                if (!check.fingerprint().equals(result.fingerprint())) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT, "the result was not scored from"
                            + " dataset '%s': re-scoring it gives fingerprint %s, the result has %s", dataset.id(),
                            check.fingerprint(), result.fingerprint()));
                }
                Dataset releasable = audience == null ? dataset : dataset.releasableTo(audience);
                if (releasable.observations().size() < dataset.observations().size()) {
                    scores = rescore(result, releasable);
                }
                shown = Optional.of(releasable);
                marking = declared == null ? Tlp.CLEAR : declared;
                for (Observation o : included(shown, scores)) {
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
            return new Report(scores, shown, Optional.ofNullable(audience), marking, language,
                    Optional.ofNullable(title), Optional.ofNullable(date), key, List.copyOf(attribution),
                    contributionUnits);
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
