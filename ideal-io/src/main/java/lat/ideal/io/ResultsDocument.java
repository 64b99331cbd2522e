package lat.ideal.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.method.Aggregation;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.Methodology;
import lat.ideal.scoring.ImputedCell;
import lat.ideal.scoring.IntelligenceGap;
import lat.ideal.scoring.NodeResult;
import lat.ideal.scoring.Overrides;
import lat.ideal.scoring.RankBasis;
import lat.ideal.scoring.Scorer;
import lat.ideal.scoring.ScoringInput;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.ScoringWarning;
import lat.ideal.scoring.TiePolicy;
import lat.ideal.scoring.TreatedCell;
import lat.ideal.scoring.UnitScore;

/**
 * The content of a results document: everything a scoring run published, with what is needed to run it again.
 *
 * <p>{@link ScoringResult} is the live result of a run and is built only by the engine; this is its published form,
 * which {@link IdealJson#writeResults(ResultsDocument, java.io.Writer)} writes and {@link IdealJson#readResults(String,
 * java.io.Reader)} reads back. {@link #of(ScoringResult)} equals what is read back from
 * {@link IdealJson#writeResults(ScoringResult, java.io.Writer)}, and writing what was read gives the same bytes.
 * {@link ResultsVerification} scores the data again with the embedded methodology and options and compares every
 * number.
 *
 * <p>Numbers: a value that is not a finite number (an undefined effective weight, an unrounded score that
 * overflowed) is held as NaN and written as JSON {@code null}. Published scores are the exact decimals, with the
 * scale of the node's rounding. Unit keys are the scorer's (ISO alpha-2 for countries); the document writes each
 * unit's external code beside it ({@link Unit#code()}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param fingerprint the run's SHA-256 fingerprint, 64 lower-case hex digits, not null
 * @param methodology the methodology scored, not null
 * @param options the tie policy, rank basis and overrides of the run, not null
 * @param units the units scored, in input order, not null
 * @param nodes every node's results, depth first in methodology order, not null
 * @param warnings what the run had to report, not null
 * @param intelligenceGaps every UNKNOWN cell the methodology read, not null
 * @param imputedCells every child value a node imputed, not null
 * @param treatedCells every value outlier treatment changed, not null
 * @since 0.1
 */
public record ResultsDocument(String fingerprint, Methodology methodology, Options options, List<Unit> units,
                              List<NodeResults> nodes, List<ScoringWarning> warnings,
                              List<IntelligenceGap> intelligenceGaps, List<ImputedCell> imputedCells,
                              List<TreatedCell> treatedCells) {

    /** Checks that no part is null and copies the lists. */
    public ResultsDocument {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(methodology, "methodology");
        Objects.requireNonNull(options, "options");
        units = List.copyOf(units);
        nodes = List.copyOf(nodes);
        warnings = List.copyOf(warnings);
        intelligenceGaps = List.copyOf(intelligenceGaps);
        imputedCells = List.copyOf(imputedCells);
        treatedCells = List.copyOf(treatedCells);
    }

    /**
     * A scored unit as the document lists it.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param code the external code: ISO 3166-1 alpha-3 for a country, {@code BOL/crime-area} for a country in a
     *     crime area, the key itself otherwise; not null
     * @param key the scorer's key (ISO alpha-2 for a country), not blank
     * @param name the display name, not null
     * @param group the group label, empty for none, not null
     * @since 0.1
     */
    public record Unit(String code, String key, String name, String group) {

        /** Checks that no part is null. */
        public Unit {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(group, "group");
        }

        /**
         * Returns the scorer's unit: key, name and group.
         *
         * @return the unit, never null
         * @throws IllegalArgumentException if the key is blank
         */
        public ScoringInput.Unit toScoringUnit() {
            return new ScoringInput.Unit(key, name, group);
        }
    }

    /**
     * The tie policy, rank basis and overrides a run used: with the methodology, what a scorer needs to give the same
     * result again. (How several observations of one cell were combined is not recorded: the fingerprint covers the
     * combined values.)
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param tiePolicy how ties were ranked, not null
     * @param rankBasis what ranks and bands were computed from, not null
     * @param weightOverrides replacement weights by node key, one per child in child order; empty for none
     * @param aggregationOverrides replacement aggregations by node key; empty for none
     * @since 0.1
     */
    public record Options(TiePolicy tiePolicy, RankBasis rankBasis, Map<String, List<Double>> weightOverrides,
                          Map<String, Aggregation> aggregationOverrides) {

        private static final Options DEFAULTS = new Options(TiePolicy.COMPETITION, RankBasis.PUBLISHED, Map.of(),
                Map.of());

        /** Checks that no part is null and copies the maps, keeping their order. */
        public Options {
            Objects.requireNonNull(tiePolicy, "tiePolicy");
            Objects.requireNonNull(rankBasis, "rankBasis");
            Map<String, List<Double>> w = new LinkedHashMap<>();
            weightOverrides.forEach((k, v) -> w.put(Objects.requireNonNull(k, "node key"), List.copyOf(v)));
            weightOverrides = Collections.unmodifiableMap(w);
            aggregationOverrides = Collections.unmodifiableMap(new LinkedHashMap<>(aggregationOverrides));
        }

        /**
         * Returns the options of {@link Scorer#of(Methodology)}: competition ranking on published values, no
         * overrides.
         *
         * @return the options, never null
         */
        public static Options defaults() {
            return DEFAULTS;
        }

        /**
         * Returns the options a result was computed with.
         *
         * @param result the result, not null
         * @return the options, overrides in methodology node order, never null
         */
        public static Options of(ScoringResult result) {
            Overrides o = result.overrides();
            Map<String, List<Double>> weights = new LinkedHashMap<>();
            Map<String, Aggregation> aggregations = new LinkedHashMap<>();
            for (String key : result.nodeKeys()) {
                o.weights(key).ifPresent(w -> {
                    List<Double> list = new ArrayList<>(w.length);
                    for (double x : w) {
                        list.add(x);
                    }
                    weights.put(key, list);
                });
                o.aggregation(key).ifPresent(a -> aggregations.put(key, a));
            }
            return new Options(result.scorer().tiePolicy(), result.scorer().rankBasis(), weights, aggregations);
        }

        /**
         * Returns a scorer for a methodology with this tie policy and rank basis.
         *
         * @param methodology the methodology, not null
         * @return the scorer, never null
         * @throws IllegalArgumentException if the methodology cannot be scored
         */
        public Scorer scorer(Methodology methodology) {
            return Scorer.of(methodology).withTiePolicy(tiePolicy).withRankBasis(rankBasis);
        }

        /**
         * Returns the overrides.
         *
         * @return the overrides, never null
         * @throws IllegalArgumentException if a weight is negative or not finite
         */
        public Overrides overrides() {
            Overrides o = Overrides.none();
            for (Map.Entry<String, List<Double>> e : weightOverrides.entrySet()) {
                o = o.withWeights(e.getKey(), e.getValue().stream().mapToDouble(Double::doubleValue).toArray());
            }
            for (Map.Entry<String, Aggregation> e : aggregationOverrides.entrySet()) {
                o = o.withAggregation(e.getKey(), e.getValue());
            }
            return o;
        }
    }

    /**
     * One node's results as the document lists them.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param key the node's key, not null
     * @param labels the node's labels, not null
     * @param aggregation how the node aggregated (after overrides), {@code NONE} for a leaf, not null
     * @param effectiveWeights the weights the node used by child key, in child order; NaN where undefined; empty for
     *     a leaf
     * @param scores every unit's result, in unit order, not null
     * @since 0.1
     */
    public record NodeResults(String key, LocalizedText labels, AggregationMethod aggregation,
                              Map<String, Double> effectiveWeights, List<UnitScore> scores) {

        /** Checks that no part is null and copies the map (keeping its order) and the list. */
        public NodeResults {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(labels, "labels");
            Objects.requireNonNull(aggregation, "aggregation");
            effectiveWeights = Collections.unmodifiableMap(new LinkedHashMap<>(effectiveWeights));
            scores = List.copyOf(scores);
        }
    }

    /**
     * Returns the published form of a result.
     *
     * @param result the result, not null
     * @return the document, never null
     */
    public static ResultsDocument of(ScoringResult result) {
        Objects.requireNonNull(result, "result");
        Methodology m = result.methodology();
        List<Unit> units = new ArrayList<>();
        for (ScoringInput.Unit u : result.units()) {
            units.add(new Unit(Units.external(u.key(), m.unitKind()), u.key(), u.name(), u.group()));
        }
        List<NodeResults> nodes = new ArrayList<>();
        for (String key : result.nodeKeys()) {
            NodeResult node = result.node(key);
            Map<String, Double> weights = new LinkedHashMap<>();
            node.effectiveWeights().forEach((child, w) -> weights.put(child, finiteOrNaN(w)));
            List<UnitScore> scores = new ArrayList<>();
            for (UnitScore s : node.scores()) {
                scores.add(s.unrounded().isPresent() && !Double.isFinite(s.unrounded().getAsDouble())
                        ? new UnitScore(s.unit(), s.name(), s.node(), s.status(), OptionalDouble.of(Double.NaN),
                                s.published(), s.rank(), s.band(), s.coverage())
                        : s);
            }
            nodes.add(new NodeResults(key, node.labels(), node.aggregation(), weights, scores));
        }
        List<IntelligenceGap> gaps = new ArrayList<>();
        for (IntelligenceGap g : result.intelligenceGaps()) {
            gaps.add(g.value().isPresent() ? new IntelligenceGap(g.unit(), g.indicator(),
                    OptionalDouble.of(finiteOrNaN(g.value().getAsDouble()))) : g);
        }
        List<ImputedCell> imputed = new ArrayList<>();
        for (ImputedCell c : result.imputedCells()) {
            imputed.add(new ImputedCell(c.unit(), c.node(), c.child(), finiteOrNaN(c.value()), c.policy()));
        }
        List<TreatedCell> treated = new ArrayList<>();
        for (TreatedCell c : result.treatedCells()) {
            treated.add(new TreatedCell(c.unit(), c.leaf(), c.indicator(), finiteOrNaN(c.original()),
                    finiteOrNaN(c.treated()), c.method()));
        }
        return new ResultsDocument(result.fingerprint(), m, Options.of(result), units, nodes, result.warnings(), gaps,
                imputed, treated);
    }

    private static double finiteOrNaN(double v) {
        return Double.isFinite(v) ? v : Double.NaN;
    }

    /**
     * Returns the scorer's units, for scoring the data again.
     *
     * @return the units, in document order, never null
     */
    public List<ScoringInput.Unit> scoringUnits() {
        return units.stream().map(Unit::toScoringUnit).toList();
    }

    /**
     * Returns one node's results.
     *
     * @param nodeKey the node's key, not null
     * @return the node's results, never null
     * @throws IllegalArgumentException if the document has no such node
     */
    public NodeResults node(String nodeKey) {
        Objects.requireNonNull(nodeKey, "nodeKey");
        for (NodeResults n : nodes) {
            if (n.key().equals(nodeKey)) {
                return n;
            }
        }
        throw new IllegalArgumentException("no node '" + nodeKey + "' in the results of " + methodology.id());
    }

    /**
     * Returns {@code ResultsDocument[methodology version, units, nodes, fingerprint]}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "ResultsDocument[" + methodology.id() + " " + methodology.version() + ", " + units.size() + " units, "
                + nodes.size() + " nodes, " + fingerprint + "]";
    }
}
