package lat.ideal.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import lat.ideal.model.Country;
import lat.ideal.model.Dataset;
import lat.ideal.model.IndicatorDefinition;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.TargetKind;
import lat.ideal.model.method.Aggregation;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Methodology;
import lat.ideal.model.method.Normalisation;
import lat.ideal.model.method.NormalisationMethod;
import lat.ideal.model.method.Weighting;
import lat.ideal.model.method.WeightingMethod;

/** The methodology rules of one validation run, optionally against a dataset; not thread-safe. */
final class MethodologyRules {
    /** The path of the methodology in a report. */
    static final String ROOT = "methodology";

    private static final Set<WeightingMethod> ORDERED = Set.of(WeightingMethod.RANK_SUM,
            WeightingMethod.RANK_RECIPROCAL, WeightingMethod.RANK_ORDER_CENTROID, WeightingMethod.AHP);

    private final Methodology methodology;
    private final Optional<Dataset> dataset;
    private final Problems out;
    private final Map<String, String> nodePaths = new HashMap<>();
    private final Map<String, String> leafPaths = new HashMap<>();

    MethodologyRules(Methodology methodology, Optional<Dataset> dataset, Problems out) {
        this.methodology = methodology;
        this.dataset = dataset;
        this.out = out;
    }

    void run() {
        BeanConstraints.check(methodology, ROOT, out);
        node(methodology.root(), ROOT + ".root", null);
    }

    private void node(MethodNode node, String path, MethodNode parent) {
        BeanConstraints.check(node, path, out);
        String first = nodePaths.putIfAbsent(node.key(), path);
        if (first != null) {
            out.error(Rules.DUPLICATE_NODE_KEY, path + ".key", node.key(), Texts.text(
                    "la clave de nodo '%s' ya se usa en %s: las claves deben ser únicas en el árbol, porque los pesos"
                            + " y los resultados se refieren a ellas",
                    "node key '%s' is already used at %s: keys must be unique in the tree, since weights and results"
                            + " refer to them",
                    "a chave de nó '%s' já é usada em %s: as chaves devem ser únicas na árvore, porque os pesos e os"
                            + " resultados se referem a elas", node.key(), first));
        }
        weight(node, path, parent);
        unusedWeightingData(node, path);
        if (node.isLeaf()) {
            leaf(node, path);
            return;
        }
        inner(node, path);
        for (int i = 0; i < node.children().size(); i++) {
            node(node.children().get(i), path + ".children[" + i + "]", node);
        }
    }

    // ---- weights ----

    private void weight(MethodNode node, String path, MethodNode parent) {
        double w = node.weight();
        String v = Texts.num(w);
        if (!Double.isFinite(w)) {
            nonFiniteWeight(path + ".weight", v, node.key());
        } else if (w < 0) {
            negativeWeight(path + ".weight", v, node.key());
        } else if (parent != null && w != 1 && parent.aggregation().method() != AggregationMethod.NONE
                && parent.weighting().method() != WeightingMethod.EXPLICIT) {
            out.warning(Rules.UNUSED_SETTING, path + ".weight", v, Texts.text(
                    "el peso %s del nodo '%s' no se usa: su padre '%s' pondera a sus hijos con %s; use EXPLICIT para"
                            + " aplicarlo",
                    "weight %s of node '%s' is not used: its parent '%s' weights its children %s; use EXPLICIT to"
                            + " apply it",
                    "o peso %s do nó '%s' não é usado: o seu pai '%s' pondera os filhos com %s; use EXPLICIT para"
                            + " aplicá-lo", v, node.key(), parent.key(), parent.weighting().method()));
        }
        if (parent != null && !node.isLeaf() && node.aggregation().method() == AggregationMethod.NONE
                && parent.aggregation().method() != AggregationMethod.NONE) {
            out.error(Rules.UNSCORED_CHILD, path + ".aggregation", AggregationMethod.NONE, Texts.text(
                    "el nodo '%s' tiene agregación NONE, así que no tiene puntuación que su padre '%s' pueda agregar:"
                            + " dele una agregación",
                    "node '%s' has aggregation NONE, so it has no score for its parent '%s' to aggregate: give it an"
                            + " aggregation",
                    "o nó '%s' tem agregação NONE, portanto não tem pontuação que o seu pai '%s' possa agregar:"
                            + " dê-lhe uma agregação", node.key(), parent.key()));
        }
    }

    private void nonFiniteWeight(String path, String value, String key) {
        out.error(Rules.NON_FINITE_WEIGHT, path, value, Texts.text(
                "el peso %s de '%s' no es un número finito: los pesos son números de 0 en adelante",
                "weight %s of '%s' is not a finite number: weights are numbers of 0 or more",
                "o peso %s de '%s' não é um número finito: os pesos são números de 0 em diante", value, key));
    }

    private void negativeWeight(String path, String value, String key) {
        out.error(Rules.NEGATIVE_WEIGHT, path, value, Texts.text(
                "el peso %s de '%s' es negativo: los pesos son números de 0 en adelante",
                "weight %s of '%s' is negative: weights are numbers of 0 or more",
                "o peso %s de '%s' é negativo: os pesos são números de 0 em diante", value, key));
    }

    private void allWeightsZero(String path, String value, MethodNode node) {
        out.error(Rules.ALL_WEIGHTS_ZERO, path, value, Texts.text(
                "ningún hijo del nodo '%s' tiene un peso positivo: al menos un peso debe ser mayor que 0",
                "no child of node '%s' has a positive weight: at least one weight must be above 0",
                "nenhum filho do nó '%s' tem um peso positivo: pelo menos um peso deve ser maior que 0", node.key()));
    }

    private void unusedWeightingData(MethodNode node, String path) {
        Weighting w = node.weighting();
        boolean inner = !node.isLeaf();
        if (!w.order().isEmpty() && !(inner && ORDERED.contains(w.method()))) {
            unused(path + ".weighting.order", w.order(), node, "order");
        }
        if (!w.pairwise().isEmpty() && !(inner && w.method() == WeightingMethod.AHP)) {
            unused(path + ".weighting.pairwise", w.pairwise(), node, "pairwise");
        }
        if (!w.allocations().isEmpty() && !(inner && w.method() == WeightingMethod.BUDGET)) {
            unused(path + ".weighting.allocations", w.allocations(), node, "allocations");
        }
    }

    private void unused(String path, Object value, MethodNode node, String setting) {
        LocalizedText where = node.isLeaf()
                ? LocalizedText.of("una hoja no pondera hijos", "a leaf weights no children",
                        "uma folha não pondera filhos")
                : Texts.text("la ponderación %s no lo lee", "weighting %s does not read it",
                        "a ponderação %s não o lê", node.weighting().method());
        out.warning(Rules.UNUSED_SETTING, path, value, Texts.text(
                "'%s' del nodo '%s' no se usa: %s", "'%s' of node '%s' is not used: %s",
                "'%s' do nó '%s' não é usado: %s", setting, node.key(), where));
    }

    // ---- inner nodes ----

    private void inner(MethodNode node, String path) {
        aggregation(node, path + ".aggregation");
        if (!node.normalisation().equals(Normalisation.identity())) {
            out.warning(Rules.UNUSED_SETTING, path + ".normalisation", node.normalisation().method(),
                    innerOnlyLeaves(node, "normalisation"));
        }
        if (node.treatment().enabled()) {
            out.warning(Rules.UNUSED_SETTING, path + ".treatment", "enabled", innerOnlyLeaves(node, "treatment"));
        }
        Weighting w = node.weighting();
        String wp = path + ".weighting";
        if (w.method() == WeightingMethod.EXPLICIT && node.aggregation().method() != AggregationMethod.NONE) {
            explicitWeights(node, path);
        } else if (ORDERED.contains(w.method())) {
            order(node, wp);
            if (w.method() == WeightingMethod.AHP) {
                new PairwiseRules(node, wp + ".pairwise", out).run();
            }
        } else if (w.method() == WeightingMethod.BUDGET) {
            budget(node, wp + ".allocations");
        }
    }

    private static LocalizedText innerOnlyLeaves(MethodNode node, String setting) {
        return Texts.text("'%s' del nodo interno '%s' no se usa: solo se aplica a las hojas",
                "'%s' of inner node '%s' is not used: it applies to leaves only",
                "'%s' do nó interno '%s' não é usado: só se aplica às folhas", setting, node.key());
    }

    private void aggregation(MethodNode node, String path) {
        Aggregation a = node.aggregation();
        Set<String> known = a.method() == AggregationMethod.GENERALISED_MEAN ? Set.of("p") : Set.of();
        parameters(a.parameters(), known, path + ".parameters", node, a.method());
        if (a.method() == AggregationMethod.GENERALISED_MEAN && !a.parameters().containsKey("p")) {
            missingParameter(path + ".parameters", node, a.method(), "p", LocalizedText.of(
                    "1 aritmética, 0 geométrica, -1 armónica", "1 arithmetic, 0 geometric, -1 harmonic",
                    "1 aritmética, 0 geométrica, -1 harmônica"));
        }
    }

    private void explicitWeights(MethodNode node, String path) {
        List<String> weights = new ArrayList<>();
        boolean anyPositive = false;
        boolean allValid = true;
        for (MethodNode child : node.children()) {
            weights.add(Texts.num(child.weight()));
            anyPositive |= child.weight() > 0 && Double.isFinite(child.weight());
            allValid &= child.weight() >= 0 && Double.isFinite(child.weight());
        }
        if (!anyPositive && allValid) {
            allWeightsZero(path + ".children", String.join(", ", weights), node);
        }
    }

    private void order(MethodNode node, String path) {
        Set<String> children = childKeys(node);
        Map<String, Integer> seen = new HashMap<>();
        List<String> order = node.weighting().order();
        for (int k = 0; k < order.size(); k++) {
            String key = order.get(k);
            String keyPath = path + ".order[" + k + "]";
            if (!children.contains(key)) {
                unknownChild(keyPath, key, node, children);
            } else {
                Integer first = seen.putIfAbsent(key, k);
                if (first != null) {
                    Nouns.duplicateKey(out, keyPath, key, path + ".order[" + first + "]", Nouns.ORDER);
                }
            }
        }
        Set<String> missing = new LinkedHashSet<>(children);
        missing.removeAll(order);
        if (!missing.isEmpty()) {
            out.error(Rules.INCOMPLETE_ORDER, path + ".order", String.join(", ", missing), Texts.text(
                    "el orden del nodo '%s' omite %s: la ponderación %s necesita cada hijo una vez",
                    "the order of node '%s' leaves out %s: weighting %s needs every child once",
                    "a ordem do nó '%s' omite %s: a ponderação %s precisa de cada filho uma vez",
                    node.key(), String.join(", ", missing), node.weighting().method()));
        }
    }

    private void budget(MethodNode node, String path) {
        List<Map<String, Double>> allocations = node.weighting().allocations();
        if (allocations.isEmpty()) {
            out.error(Rules.MISSING_ALLOCATIONS, path, "", Texts.text(
                    "la ponderación BUDGET del nodo '%s' no tiene asignaciones: dé los puntos de al menos un experto",
                    "BUDGET weighting of node '%s' has no allocations: give at least one expert's points",
                    "a ponderação BUDGET do nó '%s' não tem alocações: dê os pontos de pelo menos um especialista",
                    node.key()));
            return;
        }
        Set<String> children = childKeys(node);
        boolean anyPositive = false;
        boolean allValid = true;
        for (int e = 0; e < allocations.size(); e++) {
            for (Map.Entry<String, Double> entry : allocations.get(e).entrySet()) {
                String entryPath = path + "[" + e + "]." + entry.getKey();
                double points = entry.getValue();
                String v = Texts.num(points);
                if (!children.contains(entry.getKey())) {
                    unknownChild(entryPath, entry.getKey(), node, children);
                } else if (!Double.isFinite(points)) {
                    nonFiniteWeight(entryPath, v, entry.getKey());
                    allValid = false;
                } else if (points < 0) {
                    negativeWeight(entryPath, v, entry.getKey());
                    allValid = false;
                } else {
                    anyPositive |= points > 0;
                }
            }
        }
        if (!anyPositive && allValid) {
            allWeightsZero(path, "0", node);
        }
    }

    private static Set<String> childKeys(MethodNode node) {
        Set<String> keys = new LinkedHashSet<>();
        node.children().forEach(c -> keys.add(c.key()));
        return keys;
    }

    private void unknownChild(String path, String key, MethodNode node, Set<String> children) {
        out.error(Rules.UNKNOWN_CHILD, path, key, Texts.text(
                "'%s' no es un hijo del nodo '%s': use uno de %s", "'%s' is not a child of node '%s': use one of %s",
                "'%s' não é um filho do nó '%s': use um de %s", key, node.key(), Texts.list(children)));
    }

    // ---- leaves ----

    private void leaf(MethodNode node, String path) {
        String first = leafPaths.putIfAbsent(node.indicator(), path);
        if (first != null) {
            out.warning(Rules.INDICATOR_USED_TWICE, path + ".indicator", node.indicator(), Texts.text(
                    "el indicador '%s' ya lo lee %s: pesa dos veces", "indicator '%s' is already read by %s: it"
                            + " weighs twice", "o indicador '%s' já é lido por %s: pesa duas vezes",
                    node.indicator(), first));
        }
        Optional<IndicatorDefinition> def = Optional.empty();
        if (dataset.isPresent()) {
            def = dataset.get().indicator(node.indicator());
            if (def.isEmpty()) {
                undefinedIndicator(node, path);
            } else if (def.get().target() != methodology.unitKind()) {
                out.warning(Rules.UNIT_KIND_MISMATCH, path + ".indicator", node.indicator(), Texts.text(
                        "el indicador '%s' describe %s, pero la metodología puntúa %s: compruebe que es lo que"
                                + " quiere",
                        "indicator '%s' describes %s but the methodology scores %s: check that this is intended",
                        "o indicador '%s' descreve %s, mas a metodologia pontua %s: verifique que é o pretendido",
                        node.indicator(), Texts.kind(def.get().target()), Texts.kind(methodology.unitKind())));
            }
        }
        new NormalisationRules(node, path + ".normalisation", def.map(IndicatorDefinition::scale), out).run();
        if (dataset.isPresent() && node.normalisation().method() == NormalisationMethod.DISTANCE_TO_REFERENCE
                && node.normalisation().reference().isPresent()) {
            referenceUnit(node.normalisation().referenceUnit(), path + ".normalisation.referenceUnit");
        }
    }

    private void undefinedIndicator(MethodNode node, String path) {
        List<String> keys = new ArrayList<>();
        dataset.orElseThrow().indicators().forEach(d -> keys.add(d.key()));
        out.error(Rules.UNDEFINED_INDICATOR, path + ".indicator", node.indicator(), Texts.text(
                "el nodo '%s' lee el indicador '%s', que el conjunto de datos no define: use uno de %s",
                "node '%s' reads indicator '%s', which the dataset does not define: use one of %s",
                "o nó '%s' lê o indicador '%s', que o conjunto de dados não define: use um de %s",
                node.key(), node.indicator(), Texts.list(new LinkedHashSet<>(keys))));
    }

    private void referenceUnit(String unit, String path) {
        Dataset d = dataset.orElseThrow();
        Set<String> units = new LinkedHashSet<>();
        TargetKind kind = methodology.unitKind();
        if (kind == TargetKind.REGION) {
            return;
        }
        if (kind == TargetKind.CRIMINAL_GROUP) {
            d.groups().forEach(g -> units.add(g.id()));
        } else {
            for (Country c : d.countries()) {
                if (kind == TargetKind.COUNTRY) {
                    units.add(c.code());
                } else {
                    d.crimeAreas().areas().forEach(a -> units.add(c.code() + "/" + a.code()));
                }
            }
        }
        if (!units.contains(unit)) {
            out.error(Rules.UNKNOWN_REFERENCE_UNIT, path, unit, Texts.text(
                    "la unidad de referencia '%s' no es una unidad del conjunto de datos (%s): use una de %s",
                    "reference unit '%s' is not a unit of the dataset (%s): use one of %s",
                    "a unidade de referência '%s' não é uma unidade do conjunto de dados (%s): use uma de %s",
                    unit, Texts.kind(kind), Texts.list(units)));
        }
    }

    // ---- parameters, shared with the normalisation rules ----

    /**
     * Reports parameters that are not finite, and (as warnings) parameters the method does not read.
     *
     * @param parameters the parameters
     * @param known the names the method reads
     * @param path the parameters' path
     * @param node the node
     * @param method the method, for messages
     * @param out where to report
     */
    static void parameters(Map<String, Double> parameters, Set<String> known, String path, MethodNode node,
                           Object method, Problems out) {
        for (Map.Entry<String, Double> e : parameters.entrySet()) {
            String p = path + "." + e.getKey();
            String v = Texts.num(e.getValue());
            if (!known.contains(e.getKey())) {
                LocalizedText reads = known.isEmpty()
                        ? LocalizedText.of("no lee ninguno", "it reads none", "não lê nenhum")
                        : Texts.text("lee %s", "it reads %s", "lê %s", String.join(", ", new TreeSet<>(known)));
                out.warning(Rules.UNKNOWN_PARAMETER, p, v, Texts.text(
                        "%s del nodo '%s' no lee el parámetro '%s': %s",
                        "%s of node '%s' does not read parameter '%s': %s",
                        "%s do nó '%s' não lê o parâmetro '%s': %s", method, node.key(), e.getKey(), reads));
            } else if (!Double.isFinite(e.getValue())) {
                out.error(Rules.NON_FINITE_PARAMETER, p, v, Texts.text(
                        "el parámetro %s = %s de %s del nodo '%s' no es un número finito",
                        "parameter %s = %s of %s of node '%s' is not a finite number",
                        "o parâmetro %s = %s de %s do nó '%s' não é um número finito",
                        e.getKey(), v, method, node.key()));
            }
        }
    }

    private void parameters(Map<String, Double> parameters, Set<String> known, String path, MethodNode node,
                            Object method) {
        parameters(parameters, known, path, node, method, out);
    }

    /**
     * Reports a parameter a method needs and does not have.
     *
     * @param out where to report
     * @param path the parameters' path
     * @param node the node
     * @param method the method
     * @param name the parameter's name
     * @param meaning what the parameter means
     */
    static void missingParameter(Problems out, String path, MethodNode node, Object method, String name,
                                 LocalizedText meaning) {
        out.error(Rules.MISSING_PARAMETER, path, "", Texts.text(
                "%s del nodo '%s' necesita el parámetro %s (%s)", "%s of node '%s' needs parameter %s (%s)",
                "%s do nó '%s' precisa do parâmetro %s (%s)", method, node.key(), name, meaning));
    }

    private void missingParameter(String path, MethodNode node, Object method, String name, LocalizedText meaning) {
        missingParameter(out, path, node, method, name, meaning);
    }
}
