package lat.ideal.scoring.evidence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lat.ideal.model.Dataset;
import lat.ideal.model.IndicatorDefinition;
import lat.ideal.model.Observation;
import lat.ideal.model.Target;
import lat.ideal.model.TargetKind;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Methodology;
import lat.ideal.scoring.ScoringInput;
import lat.ideal.scoring.ScoringResult;

/**
 * The evidence behind every result of a scoring: each unit's confidence level at each node, from the evidence
 * weights and coverage of the cells below it, and the cells backed only by poorly graded sources.
 *
 * <p>The cells of a unit at a node are the unit's cells of every indicator a leaf below the node reads. A cell's
 * observations are those about the unit's own target and, for {@code COUNTRY_CRIME_AREA} units, those about the
 * whole country (the scoring engine applies a country-level observation to each of its crime areas). They are
 * combined by an {@link EvidenceCombiner} and summarised by a {@link ConfidenceRule}.
 *
 * <p>{@link #ungraded(ScoringResult, EvidenceWeights, ConfidenceRule)} serves results scored from arrays rather
 * than a dataset: each cell with a value counts as one ungraded source.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class EvidenceReport {
    private final List<String> units;
    private final List<String> nodes;
    private final Map<String, Integer> unitIndex;
    private final Map<String, EvidenceSummary[]> summaries;
    private final Map<String, CellEvidence> cells;
    private final List<String> poorlyGraded;

    private EvidenceReport(List<String> units, List<String> nodes, Map<String, EvidenceSummary[]> summaries,
                           Map<String, CellEvidence> cells, List<String> poorlyGraded) {
        this.units = List.copyOf(units);
        this.nodes = List.copyOf(nodes);
        Map<String, Integer> index = new HashMap<>();
        for (int u = 0; u < units.size(); u++) {
            index.put(units.get(u), u);
        }
        this.unitIndex = index;
        this.summaries = summaries;
        this.cells = Collections.unmodifiableMap(cells);
        this.poorlyGraded = List.copyOf(poorlyGraded);
    }

    /**
     * Assesses the evidence of a result from the dataset it was scored from.
     *
     * @param result the result, not null
     * @param dataset the dataset the result was scored from, not null
     * @param combiner how a cell's observations combine and grades weigh, not null
     * @param rule how coverage and strength give a level, not null
     * @return the report, never null
     */
    public static EvidenceReport of(ScoringResult result, Dataset dataset, EvidenceCombiner combiner,
                                    ConfidenceRule rule) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(combiner, "combiner");
        Methodology m = result.methodology();
        List<String> unitKeys = unitKeys(result);
        Map<String, Map<String, List<Observation>>> byUnit = new HashMap<>();
        List<String> indicators = m.indicatorKeys();
        for (String indicator : indicators) {
            for (Observation o : dataset.observationsOf(indicator)) {
                for (String unit : unitsOf(o.target(), m.unitKind(), unitKeys)) {
                    byUnit.computeIfAbsent(unit, k -> new HashMap<>())
                            .computeIfAbsent(indicator, k -> new ArrayList<>()).add(o);
                }
            }
        }
        Map<String, CellEvidence> cells = new LinkedHashMap<>();
        for (String unit : unitKeys) {
            Map<String, List<Observation>> own = byUnit.getOrDefault(unit, Map.of());
            for (String indicator : indicators) {
                List<Observation> obs = own.getOrDefault(indicator, List.of());
                Optional<IndicatorDefinition> def = dataset.indicator(indicator);
                cells.put(cellKey(unit, indicator), obs.isEmpty() || def.isEmpty() ? CellEvidence.missing()
                        : combiner.combine(obs, def.get().scale()));
            }
        }
        return build(result, unitKeys, cells, rule);
    }

    /**
     * Assesses the evidence of a result scored without graded observations: every cell with a value in the input
     * counts as one ungraded source.
     *
     * @param result the result, not null
     * @param weights the mapping whose {@link EvidenceWeights#ungraded()} weight applies, not null
     * @param rule how coverage and strength give a level, not null
     * @return the report, never null
     */
    public static EvidenceReport ungraded(ScoringResult result, EvidenceWeights weights, ConfidenceRule rule) {
        Objects.requireNonNull(weights, "weights");
        ScoringInput input = result.input();
        List<String> unitKeys = unitKeys(result);
        EvidenceCombiner combiner = EvidenceCombiner.withDefaults().withWeights(weights);
        double[] w = {weights.ungraded()};
        boolean[] poor = {false};
        Map<String, CellEvidence> cells = new LinkedHashMap<>();
        for (int u = 0; u < unitKeys.size(); u++) {
            for (String indicator : result.methodology().indicatorKeys()) {
                int i = input.indicatorIndex(indicator).orElse(-1);
                double v = i < 0 ? Double.NaN : input.value(u, i);
                cells.put(cellKey(unitKeys.get(u), indicator), Double.isNaN(v) ? CellEvidence.missing()
                        : combiner.combine(new double[] {v}, w, poor));
            }
        }
        return build(result, unitKeys, cells, rule);
    }

    private static EvidenceReport build(ScoringResult result, List<String> unitKeys, Map<String, CellEvidence> cells,
                                        ConfidenceRule rule) {
        Objects.requireNonNull(rule, "rule");
        Methodology m = result.methodology();
        Map<String, EvidenceSummary[]> summaries = new HashMap<>();
        for (MethodNode node : m.root().nodes()) {
            List<String> indicators = node.leaves().stream().map(MethodNode::indicator).distinct().toList();
            EvidenceSummary[] row = new EvidenceSummary[unitKeys.size()];
            for (int u = 0; u < row.length; u++) {
                Map<String, CellEvidence> own = new LinkedHashMap<>();
                for (String indicator : indicators) {
                    String key = cellKey(unitKeys.get(u), indicator);
                    own.put(key, cells.get(key));
                }
                row[u] = rule.summarise(own);
            }
            summaries.put(node.key(), row);
        }
        List<String> poor = new ArrayList<>();
        cells.forEach((k, c) -> {
            if (c.poorlyGradedOnly()) {
                poor.add(k);
            }
        });
        return new EvidenceReport(unitKeys, m.root().nodes().stream().map(MethodNode::key).toList(), summaries,
                cells, poor);
    }

    /**
     * Returns the key of a cell in this report: {@code unit:indicator}, e.g. {@code BO/drug-trafficking:cocaine}.
     *
     * @param unitKey the unit's key, not null
     * @param indicatorKey the indicator's key, not null
     * @return the key, never null
     */
    public static String cellKey(String unitKey, String indicatorKey) {
        return unitKey + ":" + indicatorKey;
    }

    /**
     * Returns the evidence summary of a unit at a node.
     *
     * @param unitKey the unit's key, not null
     * @param nodeKey the node's key, not null
     * @return the summary, never null
     * @throws IllegalArgumentException if there is no such unit or node
     */
    public EvidenceSummary summary(String unitKey, String nodeKey) {
        EvidenceSummary[] row = summaries.get(nodeKey);
        Integer u = unitIndex.get(unitKey);
        if (row == null || u == null) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "no result for unit '%s' at node '%s': units %s, nodes %s", unitKey, nodeKey, units, nodes));
        }
        return row[u];
    }

    /**
     * Returns the confidence level of a unit at a node.
     *
     * @param unitKey the unit's key, not null
     * @param nodeKey the node's key, not null
     * @return the level, never null
     * @throws IllegalArgumentException if there is no such unit or node
     */
    public Confidence confidence(String unitKey, String nodeKey) {
        return summary(unitKey, nodeKey).confidence();
    }

    /**
     * Returns one cell's combined evidence.
     *
     * @param unitKey the unit's key, not null
     * @param indicatorKey the indicator's key, not null
     * @return the evidence, or empty if the methodology reads no such cell
     */
    public Optional<CellEvidence> cell(String unitKey, String indicatorKey) {
        return Optional.ofNullable(cells.get(cellKey(unitKey, indicatorKey)));
    }

    /**
     * Returns the cells backed only by poorly graded sources, unit by unit, as {@link #cellKey(String, String)}.
     *
     * @return the keys, never null
     */
    public List<String> poorlyGradedCells() {
        return poorlyGraded;
    }

    /**
     * Returns the unit keys, in the result's order.
     *
     * @return the keys, never null
     */
    public List<String> units() {
        return units;
    }

    /**
     * Returns how many units have each confidence level at a node.
     *
     * @param nodeKey the node's key, not null
     * @return the counts, in level order from high to low, never null
     * @throws IllegalArgumentException if there is no such node
     */
    public Map<Confidence, Integer> levels(String nodeKey) {
        EvidenceSummary[] row = summaries.get(nodeKey);
        if (row == null) {
            throw new IllegalArgumentException("no node '" + nodeKey + "': nodes " + nodes);
        }
        Map<Confidence, Integer> counts = new LinkedHashMap<>();
        for (Confidence c : Confidence.values()) {
            counts.put(c, 0);
        }
        for (EvidenceSummary s : row) {
            counts.merge(s.confidence(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Returns e.g. {@code EvidenceReport[12 units; at threat: high 3, moderate 7, low 2; 4 poorly graded cells]}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("EvidenceReport[").append(units.size()).append(" units; at ")
                .append(nodes.get(0)).append(':');
        levels(nodes.get(0)).forEach((c, n) -> b.append(' ').append(c.label().en()).append(' ').append(n)
                .append(c == Confidence.LOW ? "" : ","));
        return b.append("; ").append(poorlyGraded.size()).append(" poorly graded cells]").toString();
    }

    private static List<String> unitKeys(ScoringResult result) {
        return result.units().stream().map(ScoringInput.Unit::key).toList();
    }

    private static List<String> unitsOf(Target target, TargetKind kind, List<String> unitKeys) {
        if (target.kind() == kind) {
            return List.of(target.unitKey());
        }
        if (kind == TargetKind.COUNTRY_CRIME_AREA && target.kind() == TargetKind.COUNTRY) {
            String prefix = target.unitKey() + "/";
            return unitKeys.stream().filter(k -> k.startsWith(prefix)).toList();
        }
        return List.of();
    }
}
