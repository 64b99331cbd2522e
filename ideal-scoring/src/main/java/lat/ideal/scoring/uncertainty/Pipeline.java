package lat.ideal.scoring.uncertainty;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import lat.ideal.model.Dataset;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Methodology;
import lat.ideal.scoring.Overrides;
import lat.ideal.scoring.PreparedScoring;
import lat.ideal.scoring.ScoringInput;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.Scorer;
import lat.ideal.scoring.evidence.EvidenceCombiner;

/**
 * A scoring pipeline with its uncertain factors resolved against the methodology: draws a variant, prepares the leaf
 * stage once per distinct upstream choice, and re-aggregates with the downstream choices. Assumes a specification
 * that {@link Specifications} found valid.
 */
final class Pipeline {
    /** No choice made: the methodology's own setting. */
    static final int NOMINAL = -1;

    private final Scorer scorer;
    private final Dataset dataset;
    private final ScoringInput nominalInput;
    private final UncertainFactor.WeightNoise weightNoise;
    private final UncertainFactor.NormaliserChoice normaliser;
    private final UncertainFactor.AggregatorChoice aggregator;
    private final UncertainFactor.ImputationChoice imputation;
    private final UncertainFactor.IndicatorExclusion exclusion;
    private final UncertainFactor.EvidenceMapping evidence;
    private final List<String> weightNodes;
    private final Set<String> normaliserLeaves;
    private final List<String> aggregatorNodes;
    private final Set<String> imputationNodes;
    private final List<String> exclusionLeaves;
    private final Map<List<Integer>, Stage> stages = new ConcurrentHashMap<>();
    private final Map<Integer, ScoringInput> inputs = new ConcurrentHashMap<>();

    /** A prepared leaf stage with the nominal weights of the nodes whose weights are perturbed. */
    static final class Stage {
        final PreparedScoring prepared;
        final Map<String, double[]> weights;

        Stage(PreparedScoring prepared, Map<String, double[]> weights) {
            this.prepared = prepared;
            this.weights = weights;
        }
    }

    /** One draw: a choice per discrete factor ({@link #NOMINAL} where absent) and a seed for weight noise. */
    static final class Draw {
        int normaliser = NOMINAL;
        int imputation = NOMINAL;
        int exclusion = NOMINAL;
        int evidence = NOMINAL;
        int aggregator = NOMINAL;
        SplittableRandom weightNoise;
    }

    Pipeline(Scorer scorer, Dataset dataset, ScoringInput input, List<UncertainFactor> factors) {
        this.scorer = scorer;
        this.dataset = dataset;
        this.nominalInput = input;
        Methodology m = scorer.methodology();
        this.weightNoise = find(factors, UncertainFactor.WeightNoise.class);
        this.normaliser = find(factors, UncertainFactor.NormaliserChoice.class);
        this.aggregator = find(factors, UncertainFactor.AggregatorChoice.class);
        this.imputation = find(factors, UncertainFactor.ImputationChoice.class);
        this.exclusion = find(factors, UncertainFactor.IndicatorExclusion.class);
        this.evidence = find(factors, UncertainFactor.EvidenceMapping.class);
        this.weightNodes = weightNoise == null ? List.of() : weightNodes(m, weightNoise.nodes());
        this.normaliserLeaves = normaliser == null ? Set.of() : Set.copyOf(leaves(m, normaliser.leaves()));
        this.aggregatorNodes = aggregator == null ? List.of() : aggregatingNodes(m, aggregator.nodes());
        this.imputationNodes = imputation == null ? Set.of() : Set.copyOf(innerNodes(m, imputation.nodes()));
        this.exclusionLeaves = exclusion == null ? List.of() : leaves(m, exclusion.leaves());
    }

    private static <T extends UncertainFactor> T find(List<UncertainFactor> factors, Class<T> type) {
        for (UncertainFactor f : factors) {
            if (type.isInstance(f)) {
                return type.cast(f);
            }
        }
        return null;
    }

    /** The inner nodes whose weights noise perturbs: the scope, or every aggregating node with two children. */
    static List<String> weightNodes(Methodology m, List<String> scope) {
        if (!scope.isEmpty()) {
            return scope;
        }
        List<String> out = new ArrayList<>();
        for (MethodNode n : m.root().nodes()) {
            if (n.children().size() >= 2 && n.aggregation().method() != AggregationMethod.NONE) {
                out.add(n.key());
            }
        }
        return out;
    }

    /** The leaves a scope names, or every leaf. */
    static List<String> leaves(Methodology m, List<String> scope) {
        return scope.isEmpty() ? m.root().leaves().stream().map(MethodNode::key).toList() : scope;
    }

    /** The inner nodes a scope names, or every inner node. */
    static List<String> innerNodes(Methodology m, List<String> scope) {
        return scope.isEmpty() ? m.root().nodes().stream().filter(n -> !n.isLeaf()).map(MethodNode::key).toList()
                : scope;
    }

    /** The inner nodes a scope names, or every inner node that aggregates. */
    static List<String> aggregatingNodes(Methodology m, List<String> scope) {
        return scope.isEmpty() ? m.root().nodes().stream()
                .filter(n -> !n.isLeaf() && n.aggregation().method() != AggregationMethod.NONE)
                .map(MethodNode::key).toList() : scope;
    }

    /** The nodes whose ranks are reported by default: every inner node that aggregates. */
    static List<String> reportNodes(Methodology m, List<String> scope) {
        return aggregatingNodes(m, scope);
    }

    /** The number of options of each factor, in the factors' order (0 for weight noise, which is continuous). */
    int options(UncertainFactor f) {
        if (f instanceof UncertainFactor.NormaliserChoice) {
            return normaliser.alternatives().size();
        }
        if (f instanceof UncertainFactor.AggregatorChoice) {
            return aggregator.alternatives().size();
        }
        if (f instanceof UncertainFactor.ImputationChoice) {
            return imputation.alternatives().size();
        }
        if (f instanceof UncertainFactor.IndicatorExclusion) {
            return exclusionLeaves.size() + 1;
        }
        if (f instanceof UncertainFactor.EvidenceMapping) {
            return evidence.alternatives().size();
        }
        return 0;
    }

    /** Sets the choice of a discrete factor. */
    static void choose(Draw draw, UncertainFactor f, int option) {
        if (f instanceof UncertainFactor.NormaliserChoice) {
            draw.normaliser = option;
        } else if (f instanceof UncertainFactor.AggregatorChoice) {
            draw.aggregator = option;
        } else if (f instanceof UncertainFactor.ImputationChoice) {
            draw.imputation = option;
        } else if (f instanceof UncertainFactor.IndicatorExclusion) {
            draw.exclusion = option;
        } else if (f instanceof UncertainFactor.EvidenceMapping) {
            draw.evidence = option;
        }
    }

    /** Scores one draw: the cached leaf stage of its upstream choices, re-aggregated with its downstream ones. */
    ScoringResult score(Draw draw) {
        Stage stage = stage(draw);
        return stage.prepared.aggregate(overrides(stage, draw));
    }

    /**
     * One thread's way of ranking some nodes under draws, as {@link #score(Draw)} would rank them, without building
     * the full result: only the smallest subtree holding the nodes is re-aggregated, by a reranker per leaf stage
     * met. Not thread-safe.
     */
    final class Ranker {
        private final List<String> nodes;
        private final Map<Stage, PreparedScoring.Reranker> rerankers = new IdentityHashMap<>();
        private final int[][] ranks;
        /** The stage of the last draw and the upstream choices it was prepared for. */
        private Stage last;
        private final int[] lastChoices = new int[4];

        Ranker(List<String> nodes) {
            this.nodes = nodes;
            this.ranks = new int[nodes.size()][nominalInput.unitCount()];
        }

        /** Ranks the nodes under one draw into arrays shared by every draw (read them before the next). */
        int[][] ranksInPlace(Draw draw) {
            Stage stage = stageOf(draw);
            rerankers.computeIfAbsent(stage, s -> s.prepared.reranker(nodes)).ranks(overrides(stage, draw), ranks);
            return ranks;
        }

        /** Ranks the nodes under one draw into new arrays. */
        int[][] ranks(Draw draw) {
            Stage stage = stageOf(draw);
            return rerankers.computeIfAbsent(stage, s -> s.prepared.reranker(nodes)).ranks(overrides(stage, draw));
        }

        private Stage stageOf(Draw draw) {
            if (last == null || lastChoices[0] != draw.normaliser || lastChoices[1] != draw.imputation
                    || lastChoices[2] != draw.exclusion || lastChoices[3] != draw.evidence) {
                last = stage(draw);
                lastChoices[0] = draw.normaliser;
                lastChoices[1] = draw.imputation;
                lastChoices[2] = draw.exclusion;
                lastChoices[3] = draw.evidence;
            }
            return last;
        }
    }

    /** The downstream choices of a draw as overrides; draws the weight noise, node by node in scope order. */
    private Overrides overrides(Stage stage, Draw draw) {
        Overrides overrides = Overrides.none();
        if (draw.aggregator != NOMINAL) {
            for (String node : aggregatorNodes) {
                overrides = overrides.withAggregation(node, aggregator.alternatives().get(draw.aggregator));
            }
        }
        if (draw.weightNoise != null) {
            for (String node : weightNodes) {
                double[] w = stage.weights.get(node);
                double[] noisy = weightNoise.kind() == UncertainFactor.WeightNoise.Kind.UNIFORM
                        ? Noise.uniform(w, weightNoise.amount(), draw.weightNoise)
                        : Noise.dirichlet(w, weightNoise.amount(), draw.weightNoise);
                overrides = overrides.withWeights(node, noisy);
            }
        }
        return overrides;
    }

    /** Scores the nominal methodology. */
    ScoringResult nominal() {
        return stage(new Draw()).prepared.aggregate();
    }

    private Stage stage(Draw draw) {
        List<Integer> key = List.of(draw.normaliser, draw.imputation, draw.exclusion, draw.evidence);
        return stages.computeIfAbsent(key, k -> prepare(draw));
    }

    private Stage prepare(Draw draw) {
        Methodology m = variant(draw.normaliser, draw.imputation, draw.exclusion);
        Scorer s = MethodologyEdits.scorerFor(scorer, m);
        ScoringInput input = draw.evidence == NOMINAL ? nominalInput
                : inputs.computeIfAbsent(draw.evidence, e -> ScoringInput.from(dataset, scorer.methodology(),
                ((EvidenceCombiner) scorer.cellCombiner()).withWeights(evidence.alternatives().get(e))));
        PreparedScoring prepared = s.prepare(input);
        Map<String, double[]> weights = new LinkedHashMap<>();
        if (!weightNodes.isEmpty()) {
            ScoringResult r = prepared.aggregate();
            for (String node : weightNodes) {
                weights.put(node, r.effectiveWeights(node).values().stream().mapToDouble(Double::doubleValue)
                        .toArray());
            }
        }
        return new Stage(prepared, weights);
    }

    /** The methodology with the upstream choices applied. */
    Methodology variant(int normaliserChoice, int imputationChoice, int exclusionChoice) {
        Methodology m = scorer.methodology();
        MethodNode root = m.root();
        if (normaliserChoice != NOMINAL) {
            root = MethodologyEdits.map(root, n -> n.isLeaf() && normaliserLeaves.contains(n.key())
                    ? n.withNormalisation(normaliser.alternatives().get(normaliserChoice)) : n);
        }
        if (imputationChoice != NOMINAL) {
            root = MethodologyEdits.map(root, n -> !n.isLeaf() && imputationNodes.contains(n.key())
                    ? n.withMissing(imputation.alternatives().get(imputationChoice)) : n);
        }
        if (exclusionChoice > 0) {
            root = MethodologyEdits.withoutLeaf(root, exclusionLeaves.get(exclusionChoice - 1));
        }
        return root == m.root() ? m : m.withRoot(root);
    }
}
