package lat.ideal.scoring.uncertainty;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import lat.ideal.model.method.Aggregation;
import lat.ideal.model.method.MissingData;
import lat.ideal.model.method.Normalisation;
import lat.ideal.scoring.evidence.EvidenceWeights;

/**
 * One uncertain input of a scoring pipeline, varied by an uncertainty or sensitivity analysis.
 *
 * <p>Factors act at different stages and an analysis recomputes only what lies downstream: weight noise and the
 * aggregator choice only re-aggregate; the normaliser, the imputation, the excluded indicator and the evidence-weight
 * mapping need the leaf stage again, which is computed once per distinct combination of their choices and then
 * reused. A choice among alternatives draws each listed alternative with equal probability; the methodology's own
 * setting is drawn only if it is listed. Scopes name node keys; an empty scope means every node the factor can
 * apply to, as each factor states. Nothing is checked here: {@link UncertaintyAnalysis#check} and
 * {@link SensitivityAnalysis#check} validate a whole specification against a scorer and name every problem.
 *
 * @since 0.1
 */
public sealed interface UncertainFactor extends Serializable permits UncertainFactor.WeightNoise,
        UncertainFactor.NormaliserChoice, UncertainFactor.AggregatorChoice, UncertainFactor.ImputationChoice,
        UncertainFactor.IndicatorExclusion, UncertainFactor.EvidenceMapping {

    /**
     * Returns the factor's name, as sensitivity results and messages show it.
     *
     * @return {@code weights}, {@code normaliser}, {@code aggregator}, {@code imputation}, {@code exclusion} or
     *     {@code evidence}
     */
    String name();

    /**
     * Returns uniform weight noise: each weight {@code w} of a node becomes {@code w (1 + f (2U - 1))} with
     * {@code U} uniform on [0, 1), then all are rescaled to the node's nominal weight sum.
     *
     * @param fraction the relative noise {@code f}, in [0, 1] (0.25 for +/- 25 %); 0 leaves every weight nominal
     * @return the factor on every node with weights, never null
     */
    static WeightNoise uniformWeights(double fraction) {
        return new WeightNoise(WeightNoise.Kind.UNIFORM, fraction, List.of());
    }

    /**
     * Returns Dirichlet weight noise around the nominal weights: a node's weights {@code w} become
     * {@code sum(w) * D} with {@code D ~ Dirichlet(c w / sum(w))}, whose mean is the nominal weights; a larger
     * concentration {@code c} gives less noise. Zero weights stay zero.
     *
     * @param concentration the concentration {@code c}, positive
     * @return the factor on every node with weights, never null
     */
    static WeightNoise dirichletWeights(double concentration) {
        return new WeightNoise(WeightNoise.Kind.DIRICHLET, concentration, List.of());
    }

    /**
     * Returns a choice among normalisers for every leaf.
     *
     * @param alternatives the normalisers to draw from, at least one
     * @return the factor, never null
     */
    static NormaliserChoice normalisers(List<Normalisation> alternatives) {
        return new NormaliserChoice(alternatives, List.of());
    }

    /**
     * Returns a choice among aggregations for every inner node that aggregates.
     *
     * @param alternatives the aggregations to draw from, at least one
     * @return the factor, never null
     */
    static AggregatorChoice aggregators(List<Aggregation> alternatives) {
        return new AggregatorChoice(alternatives, List.of());
    }

    /**
     * Returns a choice among missing-data policies for every inner node.
     *
     * @param alternatives the policies to draw from, at least one
     * @return the factor, never null
     */
    static ImputationChoice imputations(List<MissingData> alternatives) {
        return new ImputationChoice(alternatives, List.of());
    }

    /**
     * Returns leave-one-out indicator inclusion over every leaf: each draw keeps all indicators or leaves out one.
     *
     * @return the factor, never null
     */
    static IndicatorExclusion leaveOneOut() {
        return new IndicatorExclusion(List.of());
    }

    /**
     * Returns a choice among evidence-weight mappings (needs a dataset and a scorer whose cell combiner is an
     * {@link lat.ideal.scoring.evidence.EvidenceCombiner}).
     *
     * @param alternatives the mappings to draw from, at least one
     * @return the factor, never null
     */
    static EvidenceMapping evidenceWeights(List<EvidenceWeights> alternatives) {
        return new EvidenceMapping(alternatives);
    }

    /**
     * Noise on the weights of inner nodes, each node perturbed independently.
     *
     * @param kind uniform or Dirichlet, not null
     * @param amount the uniform relative noise in [0, 1], or the Dirichlet concentration, positive
     * @param nodes the inner nodes whose child weights are perturbed; empty for every node that has at least two
     *     children and aggregates
     */
    record WeightNoise(Kind kind, double amount, List<String> nodes) implements UncertainFactor {
        private static final long serialVersionUID = 1L;

        /** The distribution of the noise. */
        public enum Kind {
            /** Uniform relative noise, renormalised. */
            UNIFORM,
            /** Dirichlet around the nominal weights. */
            DIRICHLET
        }

        /** Copies the scope and checks that no part is null. */
        public WeightNoise {
            Objects.requireNonNull(kind, "kind");
            nodes = List.copyOf(nodes);
        }

        /**
         * Returns a copy on some nodes only.
         *
         * @param keys the inner nodes' keys, not null
         * @return the copy, never null
         */
        public WeightNoise onNodes(List<String> keys) {
            return new WeightNoise(kind, amount, keys);
        }

        @Override
        public String name() {
            return "weights";
        }
    }

    /**
     * A choice among normalisers for some leaves (one draw applies to all of them).
     *
     * @param alternatives the normalisers, at least one
     * @param leaves the leaves' keys; empty for every leaf
     */
    record NormaliserChoice(List<Normalisation> alternatives, List<String> leaves) implements UncertainFactor {
        private static final long serialVersionUID = 1L;

        /** Copies the lists. */
        public NormaliserChoice {
            alternatives = List.copyOf(alternatives);
            leaves = List.copyOf(leaves);
        }

        /**
         * Returns a copy on some leaves only.
         *
         * @param keys the leaves' keys, not null
         * @return the copy, never null
         */
        public NormaliserChoice onLeaves(List<String> keys) {
            return new NormaliserChoice(alternatives, keys);
        }

        @Override
        public String name() {
            return "normaliser";
        }
    }

    /**
     * A choice among aggregations for some inner nodes (one draw applies to all of them).
     *
     * @param alternatives the aggregations, at least one
     * @param nodes the inner nodes' keys; empty for every inner node whose aggregation is not {@code NONE}
     */
    record AggregatorChoice(List<Aggregation> alternatives, List<String> nodes) implements UncertainFactor {
        private static final long serialVersionUID = 1L;

        /** Copies the lists. */
        public AggregatorChoice {
            alternatives = List.copyOf(alternatives);
            nodes = List.copyOf(nodes);
        }

        /**
         * Returns a copy on some nodes only.
         *
         * @param keys the inner nodes' keys, not null
         * @return the copy, never null
         */
        public AggregatorChoice onNodes(List<String> keys) {
            return new AggregatorChoice(alternatives, keys);
        }

        @Override
        public String name() {
            return "aggregator";
        }
    }

    /**
     * A choice among missing-data policies for some inner nodes (one draw applies to all of them).
     *
     * @param alternatives the policies with their availability thresholds, at least one
     * @param nodes the inner nodes' keys; empty for every inner node
     */
    record ImputationChoice(List<MissingData> alternatives, List<String> nodes) implements UncertainFactor {
        private static final long serialVersionUID = 1L;

        /** Copies the lists. */
        public ImputationChoice {
            alternatives = List.copyOf(alternatives);
            nodes = List.copyOf(nodes);
        }

        /**
         * Returns a copy on some nodes only.
         *
         * @param keys the inner nodes' keys, not null
         * @return the copy, never null
         */
        public ImputationChoice onNodes(List<String> keys) {
            return new ImputationChoice(alternatives, keys);
        }

        @Override
        public String name() {
            return "imputation";
        }
    }

    /**
     * Leave-one-out indicator inclusion: each draw keeps every indicator or leaves out one of the candidates, each of
     * these {@code k + 1} outcomes equally likely.
     *
     * @param leaves the candidate leaves' keys; empty for every leaf
     */
    record IndicatorExclusion(List<String> leaves) implements UncertainFactor {
        private static final long serialVersionUID = 1L;

        /** Copies the list. */
        public IndicatorExclusion {
            leaves = List.copyOf(leaves);
        }

        /**
         * Returns a copy over some leaves only.
         *
         * @param keys the leaves' keys, not null
         * @return the copy, never null
         */
        public IndicatorExclusion onLeaves(List<String> keys) {
            return new IndicatorExclusion(keys);
        }

        @Override
        public String name() {
            return "exclusion";
        }
    }

    /**
     * A choice among evidence-weight mappings: the dataset's cells are combined again under each (the combination
     * rule stays the scorer's).
     *
     * @param alternatives the mappings, at least one
     */
    record EvidenceMapping(List<EvidenceWeights> alternatives) implements UncertainFactor {
        private static final long serialVersionUID = 1L;

        /** Copies the list. */
        public EvidenceMapping {
            alternatives = List.copyOf(alternatives);
        }

        @Override
        public String name() {
            return "evidence";
        }
    }
}
