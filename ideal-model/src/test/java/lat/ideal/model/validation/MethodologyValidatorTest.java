package lat.ideal.model.validation;

import static lat.ideal.model.validation.Fixtures.assertProblem;
import static lat.ideal.model.validation.Fixtures.only;
import static lat.ideal.model.validation.Severity.ERROR;
import static lat.ideal.model.validation.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import lat.ideal.model.Dataset;
import lat.ideal.model.TargetKind;
import lat.ideal.model.method.Aggregation;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Methodology;
import lat.ideal.model.method.Normalisation;
import lat.ideal.model.method.NormalisationMethod;
import lat.ideal.model.method.OutlierTreatment;
import lat.ideal.model.method.Weighting;
import lat.ideal.model.method.WeightingMethod;
import org.junit.jupiter.api.Test;

/** One test per methodology rule of {@link DatasetValidator}, each breaking the fixture methodology once. */
final class MethodologyValidatorTest {

    private static final DatasetValidator VALIDATOR = DatasetValidator.withDefaults();
    private static final Dataset DATASET = Fixtures.dataset();
    private static final MethodNode SEIZURES = MethodNode.leaf("seizures");
    private static final MethodNode PORT = MethodNode.leaf("port-hub");
    private static final String ROOT = "methodology.root";

    /** A leaf with its own key, reading an indicator of another key. */
    private static MethodNode leaf(String key, String indicator) {
        MethodNode l = MethodNode.leaf(indicator);
        return new MethodNode(key, l.labels(), l.weight(), l.children(), indicator, l.aggregation(), l.weighting(),
                l.normalisation(), l.direction(), l.treatment(), l.missing(), l.rounding(), l.banding());
    }

    private static Methodology weighted(Weighting weighting, MethodNode... children) {
        Methodology m = Fixtures.methodology(children);
        return m.withRoot(m.root().withWeighting(weighting));
    }

    private static Methodology aggregated(Aggregation aggregation) {
        Methodology m = Fixtures.methodology();
        return m.withRoot(m.root().withAggregation(aggregation));
    }

    private static Methodology normalised(Normalisation normalisation) {
        return Fixtures.methodology(SEIZURES.withNormalisation(normalisation), PORT);
    }

    private static Methodology ahp(List<List<Double>> matrix) {
        return weighted(Weighting.ahp(List.of("seizures", "port-hub"), matrix));
    }

    @Test
    void validMethodology_hasNoProblem() {
        assertThat(VALIDATOR.validate(Fixtures.methodology()).problems()).isEmpty();
        assertThat(VALIDATOR.validate(Fixtures.methodology(), DATASET).problems()).isEmpty();
    }

    @Test
    void ordinalIndicatorUnderANumericNormaliser_isFine() {
        Methodology m = Methodology.of("groups", TargetKind.CRIMINAL_GROUP, MethodNode.node("group-threat",
                Aggregation.of(AggregationMethod.WEIGHTED_SUM),
                List.of(MethodNode.leaf("violence").withNormalisation(Normalisation.minMax(0, 1)))));
        assertThat(VALIDATOR.validate(m, DATASET).problems()).isEmpty();
    }

    @Test
    void validateAlone_skipsTheRulesThatNeedData() {
        Methodology m = Fixtures.methodology(SEIZURES, PORT, MethodNode.leaf("heroin"));
        assertThat(VALIDATOR.validate(m).problems()).isEmpty();
        assertThat(only(VALIDATOR.validate(m, DATASET), Rules.UNDEFINED_INDICATOR).path())
                .isEqualTo(ROOT + ".children[2].indicator");
    }

    // ---- tree ----

    @Test
    void duplicateNodeKey() {
        Methodology m = Fixtures.methodology(SEIZURES, MethodNode.node("seizures",
                Aggregation.of(AggregationMethod.ARITHMETIC_MEAN), List.of(PORT)));
        assertProblem(only(VALIDATOR.validate(m), Rules.DUPLICATE_NODE_KEY), ERROR, ROOT + ".children[1].key",
                "seizures",
                "node key 'seizures' is already used at methodology.root.children[0]: keys must be unique in the tree,"
                        + " since weights and results refer to them",
                "la clave de nodo 'seizures' ya se usa en methodology.root.children[0]: las claves deben ser únicas"
                        + " en el árbol, porque los pesos y los resultados se refieren a ellas");
    }

    @Test
    void unscoredChild() {
        Methodology m = Fixtures.methodology(MethodNode.node("markets", Aggregation.of(AggregationMethod.NONE),
                List.of(SEIZURES)), PORT);
        assertProblem(only(VALIDATOR.validate(m), Rules.UNSCORED_CHILD), ERROR, ROOT + ".children[0].aggregation",
                "NONE",
                "node 'markets' has aggregation NONE, so it has no score for its parent 'country-threat' to"
                        + " aggregate: give it an aggregation",
                "el nodo 'markets' tiene agregación NONE, así que no tiene puntuación que su padre 'country-threat'"
                        + " pueda agregar: dele una agregación");
    }

    @Test
    void indicatorUsedTwice() {
        Methodology m = Fixtures.methodology(SEIZURES, leaf("seizures-again", "seizures"));
        assertProblem(only(VALIDATOR.validate(m), Rules.INDICATOR_USED_TWICE), WARNING,
                ROOT + ".children[1].indicator", "seizures",
                "indicator 'seizures' is already read by methodology.root.children[0]: it weighs twice",
                "el indicador 'seizures' ya lo lee methodology.root.children[0]: pesa dos veces");
    }

    // ---- weights ----

    @Test
    void negativeWeight() {
        Methodology m = weighted(Weighting.explicit(), SEIZURES.withWeight(-0.2), PORT);
        assertProblem(only(VALIDATOR.validate(m), Rules.NEGATIVE_WEIGHT), ERROR, ROOT + ".children[0].weight",
                "-0.2", "weight -0.2 of 'seizures' is negative: weights are numbers of 0 or more",
                "el peso -0.2 de 'seizures' es negativo: los pesos son números de 0 en adelante");
    }

    @Test
    void nonFiniteWeight() {
        Methodology m = weighted(Weighting.explicit(), SEIZURES, PORT.withWeight(Double.NaN));
        assertProblem(only(VALIDATOR.validate(m), Rules.NON_FINITE_WEIGHT), ERROR, ROOT + ".children[1].weight",
                "NaN", "weight NaN of 'port-hub' is not a finite number: weights are numbers of 0 or more",
                "el peso NaN de 'port-hub' no es un número finito: los pesos son números de 0 en adelante");
    }

    @Test
    void allWeightsZero() {
        Methodology m = weighted(Weighting.explicit(), SEIZURES.withWeight(0), PORT.withWeight(0));
        assertProblem(only(VALIDATOR.validate(m), Rules.ALL_WEIGHTS_ZERO), ERROR, ROOT + ".children", "0, 0",
                "no child of node 'country-threat' has a positive weight: at least one weight must be above 0",
                "ningún hijo del nodo 'country-threat' tiene un peso positivo: al menos un peso debe ser mayor que 0");
    }

    @Test
    void allWeightsZero_ofBudgetAllocations() {
        Methodology m = weighted(Weighting.budget(List.of(Map.of("seizures", 0.0, "port-hub", 0.0))));
        assertThat(only(VALIDATOR.validate(m), Rules.ALL_WEIGHTS_ZERO).path())
                .isEqualTo(ROOT + ".weighting.allocations");
    }

    @Test
    void unknownChild() {
        Methodology m = weighted(Weighting.rankOrder(WeightingMethod.RANK_SUM,
                List.of("port-hub", "seizures", "ghost")));
        assertProblem(only(VALIDATOR.validate(m), Rules.UNKNOWN_CHILD), ERROR, ROOT + ".weighting.order[2]", "ghost",
                "'ghost' is not a child of node 'country-threat': use one of seizures, port-hub",
                "'ghost' no es un hijo del nodo 'country-threat': use uno de seizures, port-hub");
    }

    @Test
    void unknownChild_andNegativePoints_ofBudgetAllocations() {
        Methodology m = weighted(Weighting.budget(List.of(Map.of("seizures", 60.0, "ghost", 40.0),
                Map.of("seizures", -5.0, "port-hub", 10.0))));
        ValidationReport r = VALIDATOR.validate(m);
        assertThat(only(r, Rules.UNKNOWN_CHILD).path()).isEqualTo(ROOT + ".weighting.allocations[0].ghost");
        assertProblem(only(r, Rules.NEGATIVE_WEIGHT), ERROR, ROOT + ".weighting.allocations[1].seizures", "-5",
                "weight -5 of 'seizures' is negative: weights are numbers of 0 or more",
                "el peso -5 de 'seizures' es negativo: los pesos son números de 0 en adelante");
    }

    @Test
    void incompleteOrder() {
        Methodology m = weighted(Weighting.rankOrder(WeightingMethod.RANK_RECIPROCAL, List.of("seizures")));
        assertProblem(only(VALIDATOR.validate(m), Rules.INCOMPLETE_ORDER), ERROR, ROOT + ".weighting.order",
                "port-hub",
                "the order of node 'country-threat' leaves out port-hub: weighting RANK_RECIPROCAL needs every child"
                        + " once",
                "el orden del nodo 'country-threat' omite port-hub: la ponderación RANK_RECIPROCAL necesita cada hijo"
                        + " una vez");
    }

    @Test
    void duplicateKey_inAnOrder() {
        Methodology m = weighted(Weighting.rankOrder(WeightingMethod.RANK_ORDER_CENTROID,
                List.of("seizures", "seizures", "port-hub")));
        assertProblem(only(VALIDATOR.validate(m), Rules.DUPLICATE_KEY), ERROR, ROOT + ".weighting.order[1]",
                "seizures",
                "'seizures' already appears at methodology.root.weighting.order[0]: each child in the order must"
                        + " appear only once",
                "'seizures' ya aparece en methodology.root.weighting.order[0]: cada hijo del orden debe aparecer una"
                        + " sola vez");
    }

    @Test
    void pairwiseNotSquare() {
        assertProblem(only(VALIDATOR.validate(ahp(List.of(List.of(1.0, 3.0)))), Rules.PAIRWISE_NOT_SQUARE), ERROR,
                ROOT + ".weighting.pairwise", "1 rows",
                "the pairwise matrix of node 'country-threat' has 1 rows for 2 keys in the order: it needs 2 rows of"
                        + " 2 entries",
                "la matriz de comparaciones del nodo 'country-threat' tiene 1 filas para 2 claves en el orden:"
                        + " necesita 2 filas de 2 entradas");
        Methodology shortRow = ahp(List.of(List.of(1.0, 3.0), List.of(0.333)));
        assertThat(only(VALIDATOR.validate(shortRow), Rules.PAIRWISE_NOT_SQUARE).message().en()).isEqualTo(
                "row 1 of the pairwise matrix of node 'country-threat' has 1 entries: it needs 2, one per key of the"
                        + " order");
    }

    @Test
    void pairwiseNotPositive() {
        Methodology m = ahp(List.of(List.of(1.0, -3.0), List.of(0.333, 1.0)));
        assertProblem(only(VALIDATOR.validate(m), Rules.PAIRWISE_NOT_POSITIVE), ERROR,
                ROOT + ".weighting.pairwise[0][1]", "-3",
                "entry -3 compares 'seizures' with 'port-hub': comparisons are positive finite numbers (1/9 to 9 on"
                        + " Saaty's scale)",
                "la entrada -3 compara 'seizures' con 'port-hub': las comparaciones son números positivos y finitos"
                        + " (de 1/9 a 9 en la escala de Saaty)");
    }

    @Test
    void pairwiseNotReciprocal() {
        Methodology m = ahp(List.of(List.of(1.0, 3.0), List.of(0.5, 1.0)));
        assertProblem(only(VALIDATOR.validate(m), Rules.PAIRWISE_NOT_RECIPROCAL), ERROR,
                ROOT + ".weighting.pairwise[1][0]", "0.5",
                "entry 0.5 comparing 'port-hub' with 'seizures' is not the reciprocal of 3: it should be 0.333 (1/3),"
                        + " within 1%",
                "la entrada 0.5 que compara 'port-hub' con 'seizures' no es la recíproca de 3: debería ser 0.333"
                        + " (1/3), con un margen del 1%");
    }

    @Test
    void pairwiseNotReciprocal_onTheDiagonal_butHandTypedReciprocalsPass() {
        assertThat(VALIDATOR.validate(ahp(List.of(List.of(1.0, 3.0), List.of(0.333, 1.0)))).problems()).isEmpty();
        Methodology m = ahp(List.of(List.of(2.0, 3.0), List.of(0.333, 1.0)));
        assertThat(only(VALIDATOR.validate(m), Rules.PAIRWISE_NOT_RECIPROCAL).message().en())
                .isEqualTo("entry 2 compares 'seizures' with itself: it must be 1");
    }

    @Test
    void missingAllocations() {
        Methodology m = weighted(Weighting.budget(List.of()));
        assertProblem(only(VALIDATOR.validate(m), Rules.MISSING_ALLOCATIONS), ERROR, ROOT + ".weighting.allocations",
                "", "BUDGET weighting of node 'country-threat' has no allocations: give at least one expert's points",
                "la ponderación BUDGET del nodo 'country-threat' no tiene asignaciones: dé los puntos de al menos un"
                        + " experto");
    }

    // ---- parameters ----

    @Test
    void missingParameter_ofAGeneralisedMean() {
        Methodology m = aggregated(Aggregation.of(AggregationMethod.GENERALISED_MEAN));
        assertProblem(only(VALIDATOR.validate(m), Rules.MISSING_PARAMETER), ERROR,
                ROOT + ".aggregation.parameters", "",
                "GENERALISED_MEAN of node 'country-threat' needs parameter p (1 arithmetic, 0 geometric, -1 harmonic)",
                "GENERALISED_MEAN del nodo 'country-threat' necesita el parámetro p (1 aritmética, 0 geométrica,"
                        + " -1 armónica)");
    }

    @Test
    void missingParameter_ofDistanceToTarget() {
        Methodology m = normalised(Normalisation.of(NormalisationMethod.DISTANCE_TO_TARGET));
        assertThat(only(VALIDATOR.validate(m), Rules.MISSING_PARAMETER).message().en()).isEqualTo(
                "DISTANCE_TO_TARGET of node 'seizures' needs parameter target (the value to reach)");
    }

    @Test
    void missingParameter_ofGoalpostsOverAScaleWithoutMaximum() {
        Methodology m = normalised(Normalisation.of(NormalisationMethod.GOALPOSTS));
        assertThat(VALIDATOR.validate(m).problems()).isEmpty();
        assertProblem(only(VALIDATOR.validate(m, DATASET), Rules.MISSING_PARAMETER), ERROR,
                ROOT + ".children[0].normalisation.parameters", "",
                "GOALPOSTS of node 'seizures' needs parameter max (the indicator's scale 0, 1, 2, ... has no maximum)",
                "GOALPOSTS del nodo 'seizures' necesita el parámetro max (la escala 0, 1, 2, ... del indicador no"
                        + " tiene máximo)");
    }

    @Test
    void nonFiniteParameter() {
        Methodology m = aggregated(Aggregation.generalisedMean(Double.NaN));
        assertProblem(only(VALIDATOR.validate(m), Rules.NON_FINITE_PARAMETER), ERROR,
                ROOT + ".aggregation.parameters.p", "NaN",
                "parameter p = NaN of GENERALISED_MEAN of node 'country-threat' is not a finite number",
                "el parámetro p = NaN de GENERALISED_MEAN del nodo 'country-threat' no es un número finito");
    }

    @Test
    void unknownParameter() {
        Methodology m = aggregated(new Aggregation(AggregationMethod.ARITHMETIC_MEAN, Map.of("p", 2.0)));
        assertProblem(only(VALIDATOR.validate(m), Rules.UNKNOWN_PARAMETER), WARNING,
                ROOT + ".aggregation.parameters.p", "2",
                "ARITHMETIC_MEAN of node 'country-threat' does not read parameter 'p': it reads none",
                "ARITHMETIC_MEAN del nodo 'country-threat' no lee el parámetro 'p': no lee ninguno");
        Methodology typo = normalised(new Normalisation(NormalisationMethod.MIN_MAX, Map.of("hi", 10.0), ""));
        assertThat(only(VALIDATOR.validate(typo), Rules.UNKNOWN_PARAMETER).message().en())
                .isEqualTo("MIN_MAX of node 'seizures' does not read parameter 'hi': it reads high, low");
    }

    @Test
    void invalidRange() {
        Methodology m = normalised(Normalisation.minMax(1, 0));
        assertProblem(only(VALIDATOR.validate(m), Rules.INVALID_RANGE), ERROR,
                ROOT + ".children[0].normalisation.parameters", "low=1, high=0",
                "MIN_MAX of node 'seizures' goes from low = 1 to high = 0: low must be below high (to reverse an"
                        + " indicator, use direction)",
                "MIN_MAX del nodo 'seizures' va de low = 1 a high = 0: low debe ser menor que high (para invertir un"
                        + " indicador use direction)");
        assertThat(only(VALIDATOR.validate(normalised(Normalisation.goalposts(10, 1))), Rules.INVALID_RANGE)
                .value()).isEqualTo("min=10, max=1");
    }

    @Test
    void missingReference() {
        Methodology m = normalised(new Normalisation(NormalisationMethod.DISTANCE_TO_REFERENCE, Map.of(), ""));
        assertProblem(only(VALIDATOR.validate(m), Rules.MISSING_REFERENCE), ERROR,
                ROOT + ".children[0].normalisation.referenceUnit", "",
                "DISTANCE_TO_REFERENCE of node 'seizures' names no reference unit: set referenceUnit",
                "DISTANCE_TO_REFERENCE del nodo 'seizures' no nombra una unidad de referencia: indique referenceUnit");
    }

    @Test
    void unknownReferenceUnit() {
        Methodology m = normalised(Normalisation.distanceToReference("PE"));
        assertThat(VALIDATOR.validate(m).problems()).isEmpty();
        assertThat(VALIDATOR.validate(normalised(Normalisation.distanceToReference("CL")), DATASET).problems())
                .isEmpty();
        assertProblem(only(VALIDATOR.validate(m, DATASET), Rules.UNKNOWN_REFERENCE_UNIT), ERROR,
                ROOT + ".children[0].normalisation.referenceUnit", "PE",
                "reference unit 'PE' is not a unit of the dataset (a country (CC)): use one of BO, CL",
                "la unidad de referencia 'PE' no es una unidad del conjunto de datos (un país (CC)): use una de BO,"
                        + " CL");
    }

    // ---- settings without effect ----

    @Test
    void unusedSetting_aWeightUnderEqualWeighting() {
        Methodology m = Fixtures.methodology(SEIZURES.withWeight(0.3), PORT);
        assertProblem(only(VALIDATOR.validate(m), Rules.UNUSED_SETTING), WARNING, ROOT + ".children[0].weight", "0.3",
                "weight 0.3 of node 'seizures' is not used: its parent 'country-threat' weights its children EQUAL;"
                        + " use EXPLICIT to apply it",
                "el peso 0.3 del nodo 'seizures' no se usa: su padre 'country-threat' pondera a sus hijos con EQUAL;"
                        + " use EXPLICIT para aplicarlo");
    }

    @Test
    void unusedSetting_anOrderTheMethodDoesNotRead() {
        Weighting explicit = new Weighting(WeightingMethod.EXPLICIT, List.of("seizures", "port-hub"), List.of(),
                List.of(), false);
        Problem p = only(VALIDATOR.validate(weighted(explicit)), Rules.UNUSED_SETTING);
        assertProblem(p, WARNING, ROOT + ".weighting.order", "[seizures, port-hub]",
                "'order' of node 'country-threat' is not used: weighting EXPLICIT does not read it",
                "'order' del nodo 'country-threat' no se usa: la ponderación EXPLICIT no lo lee");
    }

    @Test
    void unusedSetting_aReferenceUnitOfAnotherNormaliser() {
        Methodology m = normalised(new Normalisation(NormalisationMethod.Z_SCORE, Map.of(), "BO"));
        assertThat(only(VALIDATOR.validate(m), Rules.UNUSED_SETTING).message().en()).isEqualTo(
                "reference unit 'BO' of node 'seizures' is not used: only DISTANCE_TO_REFERENCE reads it, not Z_SCORE");
    }

    @Test
    void unusedSetting_aNormalisationOrTreatmentOnAnInnerNode() {
        Methodology m = Fixtures.methodology();
        MethodNode root = m.root().withNormalisation(Normalisation.minMax(0, 1))
                .withTreatment(OutlierTreatment.winsorise(2));
        List<Problem> found = VALIDATOR.validate(m.withRoot(root)).problems();
        assertThat(found).extracting(Problem::path).containsExactly(ROOT + ".normalisation", ROOT + ".treatment");
        assertThat(found.get(0).message().en())
                .isEqualTo("'normalisation' of inner node 'country-threat' is not used: it applies to leaves only");
    }

    // ---- against the dataset ----

    @Test
    void undefinedIndicator() {
        Methodology m = Fixtures.methodology(SEIZURES, PORT, MethodNode.leaf("heroin"));
        assertProblem(only(VALIDATOR.validate(m, DATASET), Rules.UNDEFINED_INDICATOR), ERROR,
                ROOT + ".children[2].indicator", "heroin",
                "node 'heroin' reads indicator 'heroin', which the dataset does not define: use one of cocaine-trade,"
                        + " violence, seizures, port-hub",
                "el nodo 'heroin' lee el indicador 'heroin', que el conjunto de datos no define: use uno de"
                        + " cocaine-trade, violence, seizures, port-hub");
    }

    @Test
    void unitKindMismatch() {
        Methodology m = Fixtures.methodology(SEIZURES, MethodNode.leaf("cocaine-trade"));
        assertProblem(only(VALIDATOR.validate(m, DATASET), Rules.UNIT_KIND_MISMATCH), WARNING,
                ROOT + ".children[1].indicator", "cocaine-trade",
                "indicator 'cocaine-trade' describes a country in a crime area (CC/crime-area) but the methodology"
                        + " scores a country (CC): check that this is intended",
                "el indicador 'cocaine-trade' describe un país en un área delictiva (CC/área), pero la metodología"
                        + " puntúa un país (CC): compruebe que es lo que quiere");
    }

    @Test
    void logDomain() {
        Methodology m = normalised(Normalisation.of(NormalisationMethod.LOG));
        assertProblem(only(VALIDATOR.validate(m, DATASET), Rules.LOG_DOMAIN), WARNING,
                ROOT + ".children[0].normalisation", "shift=0",
                "LOG of node 'seizures': the indicator can be 0 on the scale 0, 1, 2, ..., and ln(x + 0) is undefined"
                        + " where x + 0 <= 0: raise parameter shift",
                "LOG del nodo 'seizures': el indicador puede valer 0 en la escala 0, 1, 2, ..., y ln(x + 0) no está"
                        + " definido donde x + 0 <= 0: aumente el parámetro shift");
        Methodology shifted = normalised(new Normalisation(NormalisationMethod.LOG, Map.of("shift", 1.0), ""));
        assertThat(VALIDATOR.validate(shifted, DATASET).problems()).isEmpty();
    }
}
