package lat.ideal.scoring.uncertainty;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import lat.ideal.model.Dataset;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.method.Aggregation;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Methodology;
import lat.ideal.model.method.MissingData;
import lat.ideal.model.method.Normalisation;
import lat.ideal.model.validation.Problem;
import lat.ideal.model.validation.Severity;
import lat.ideal.model.validation.ValidationReport;
import lat.ideal.scoring.ScoringInput;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.Scorer;
import lat.ideal.scoring.evidence.EvidenceCombiner;

/** Validates uncertain factors and analysis settings as a whole, naming every problem in es/en/pt. */
final class Specifications {
    private final Scorer scorer;
    private final Methodology methodology;
    private final Dataset dataset;
    private final ScoringInput input;
    private final List<Problem> problems = new ArrayList<>();

    Specifications(Scorer scorer, Dataset dataset, ScoringInput input) {
        this.scorer = scorer;
        this.methodology = scorer.methodology();
        this.dataset = dataset;
        this.input = input;
    }

    ValidationReport report() {
        return ValidationReport.of(problems);
    }

    void error(String rule, String path, Object value, String es, String en, String pt) {
        problems.add(new Problem(Severity.ERROR, rule, path, String.valueOf(value), LocalizedText.of(es, en, pt)));
    }

    static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    void atLeast(String path, long value, long least, String es, String en, String pt) {
        if (value < least) {
            error("too-small", path, value,
                    format("%s es %d; debe ser al menos %d", es, value, least),
                    format("%s is %d; it must be at least %d", en, value, least),
                    format("%s é %d; deve ser pelo menos %d", pt, value, least));
        }
    }

    /** Checks every factor on its own and against the methodology. */
    void factors(List<UncertainFactor> factors) {
        if (factors.isEmpty()) {
            error("no-factor", "factors", "",
                    "no hay ningún factor incierto: indique al menos uno",
                    "there is no uncertain factor: give at least one",
                    "não há nenhum fator incerto: indique pelo menos um");
        }
        Set<Class<?>> seen = new HashSet<>();
        for (int i = 0; i < factors.size(); i++) {
            UncertainFactor f = factors.get(i);
            String path = "factors[" + i + "]";
            if (!seen.add(f.getClass())) {
                error("duplicate-factor", path, f.name(),
                        format("el factor '%s' aparece más de una vez: cada factor puede aparecer una sola vez",
                                f.name()),
                        format("factor '%s' appears more than once: each factor may appear once", f.name()),
                        format("o fator '%s' aparece mais de uma vez: cada fator pode aparecer uma só vez",
                                f.name()));
                continue;
            }
            if (f instanceof UncertainFactor.WeightNoise) {
                weightNoise((UncertainFactor.WeightNoise) f, path);
            } else if (f instanceof UncertainFactor.NormaliserChoice) {
                normalisers((UncertainFactor.NormaliserChoice) f, path);
            } else if (f instanceof UncertainFactor.AggregatorChoice) {
                aggregators((UncertainFactor.AggregatorChoice) f, path);
            } else if (f instanceof UncertainFactor.ImputationChoice) {
                imputations((UncertainFactor.ImputationChoice) f, path);
            } else if (f instanceof UncertainFactor.IndicatorExclusion) {
                exclusion((UncertainFactor.IndicatorExclusion) f, path);
            } else {
                evidence((UncertainFactor.EvidenceMapping) f, path);
            }
        }
    }

    private void weightNoise(UncertainFactor.WeightNoise f, String path) {
        double a = f.amount();
        if (f.kind() == UncertainFactor.WeightNoise.Kind.UNIFORM && !(a >= 0 && a <= 1)) {
            error("noise-out-of-range", path + ".amount", a,
                    format("el ruido uniforme relativo %s no está en [0, 1]", a),
                    format("uniform relative noise %s is not in [0, 1]", a),
                    format("o ruído uniforme relativo %s não está em [0, 1]", a));
        }
        if (f.kind() == UncertainFactor.WeightNoise.Kind.DIRICHLET && !(a > 0 && Double.isFinite(a))) {
            error("noise-out-of-range", path + ".amount", a,
                    format("la concentración de Dirichlet %s no es un número positivo finito", a),
                    format("Dirichlet concentration %s is not a finite positive number", a),
                    format("a concentração de Dirichlet %s não é um número positivo finito", a));
        }
        List<String> nodes = Pipeline.weightNodes(methodology, f.nodes());
        if (nodes.isEmpty()) {
            error("nothing-to-perturb", path + ".nodes", "",
                    "ningún nodo agrega dos o más hijos ponderados: no hay pesos que perturbar",
                    "no node aggregates two or more weighted children: there are no weights to perturb",
                    "nenhum nó agrega dois ou mais filhos ponderados: não há pesos a perturbar");
        }
        ScoringResult nominal = null;
        for (int k = 0; k < nodes.size(); k++) {
            String p = path + ".nodes[" + k + "]";
            Optional<MethodNode> n = node(nodes.get(k), p, false);
            if (n.isEmpty()) {
                continue;
            }
            if (n.get().children().size() < 2 || n.get().aggregation().method() == AggregationMethod.NONE) {
                error("nothing-to-perturb", p, nodes.get(k),
                        format("el nodo '%s' no agrega dos o más hijos ponderados", nodes.get(k)),
                        format("node '%s' does not aggregate two or more weighted children", nodes.get(k)),
                        format("o nó '%s' não agrega dois ou mais filhos ponderados", nodes.get(k)));
                continue;
            }
            if (nominal == null) {
                nominal = scorer.score(input);
            }
            for (double w : nominal.effectiveWeights(nodes.get(k)).values()) {
                if (!(w >= 0 && Double.isFinite(w))) {
                    error("nothing-to-perturb", p, nodes.get(k),
                            format("el nodo '%s' no usa pesos (su agregación %s no los tiene)", nodes.get(k),
                                    n.get().aggregation().method()),
                            format("node '%s' uses no weights (its aggregation %s has none)", nodes.get(k),
                                    n.get().aggregation().method()),
                            format("o nó '%s' não usa pesos (a sua agregação %s não os tem)", nodes.get(k),
                                    n.get().aggregation().method()));
                    break;
                }
            }
        }
    }

    private void normalisers(UncertainFactor.NormaliserChoice f, String path) {
        List<String> leaves = Pipeline.leaves(methodology, f.leaves());
        boolean scopeOk = scope(leaves, path + ".leaves", true);
        alternatives(f.alternatives(), path);
        if (scopeOk) {
            Set<String> set = Set.copyOf(leaves);
            for (int j = 0; j < f.alternatives().size(); j++) {
                Normalisation a = f.alternatives().get(j);
                checkVariant(MethodologyEdits.map(methodology.root(), n -> n.isLeaf() && set.contains(n.key())
                        ? n.withNormalisation(a) : n), path + ".alternatives[" + j + "]");
            }
        }
    }

    private void aggregators(UncertainFactor.AggregatorChoice f, String path) {
        List<String> nodes = Pipeline.aggregatingNodes(methodology, f.nodes());
        boolean scopeOk = scope(nodes, path + ".nodes", false);
        alternatives(f.alternatives(), path);
        for (int j = 0; j < f.alternatives().size(); j++) {
            Aggregation a = f.alternatives().get(j);
            String p = path + ".alternatives[" + j + "]";
            if (a.method() == AggregationMethod.NONE) {
                error("aggregation-none", p, a.method(),
                        "la alternativa NONE quitaría la puntuación de los nodos: elija un método que agregue",
                        "alternative NONE would take the nodes' scores away: choose a method that aggregates",
                        "a alternativa NONE tiraria a pontuação dos nós: escolha um método que agregue");
            } else if (scopeOk) {
                Set<String> set = Set.copyOf(nodes);
                checkVariant(MethodologyEdits.map(methodology.root(), n -> !n.isLeaf() && set.contains(n.key())
                        ? n.withAggregation(a) : n), p);
            }
        }
    }

    private void imputations(UncertainFactor.ImputationChoice f, String path) {
        List<String> nodes = Pipeline.innerNodes(methodology, f.nodes());
        boolean scopeOk = scope(nodes, path + ".nodes", false);
        alternatives(f.alternatives(), path);
        if (scopeOk) {
            Set<String> set = Set.copyOf(nodes);
            for (int j = 0; j < f.alternatives().size(); j++) {
                MissingData a = f.alternatives().get(j);
                checkVariant(MethodologyEdits.map(methodology.root(), n -> !n.isLeaf() && set.contains(n.key())
                        ? n.withMissing(a) : n), path + ".alternatives[" + j + "]");
            }
        }
    }

    private void exclusion(UncertainFactor.IndicatorExclusion f, String path) {
        List<String> leaves = Pipeline.leaves(methodology, f.leaves());
        if (!scope(leaves, path + ".leaves", true)) {
            return;
        }
        for (int k = 0; k < leaves.size(); k++) {
            String leaf = leaves.get(k);
            String p = path + ".leaves[" + k + "]";
            boolean emptied = false;
            for (MethodNode n : methodology.root().nodes()) {
                if (n.children().size() == 1 && n.children().get(0).key().equals(leaf)) {
                    emptied = true;
                    error("exclusion-empties-node", p, leaf,
                            format("excluir '%s' dejaría el nodo '%s' sin hijos", leaf, n.key()),
                            format("leaving out '%s' would leave node '%s' without children", leaf, n.key()),
                            format("excluir '%s' deixaria o nó '%s' sem filhos", leaf, n.key()));
                }
            }
            if (!emptied) {
                checkVariant(MethodologyEdits.withoutLeaf(methodology.root(), leaf), p);
            }
        }
    }

    private void evidence(UncertainFactor.EvidenceMapping f, String path) {
        alternatives(f.alternatives(), path);
        if (dataset == null) {
            error("evidence-needs-dataset", path, f.name(),
                    "el factor de pesos de evidencia necesita el conjunto de datos: ejecute el análisis sobre un"
                            + " Dataset, no sobre un ScoringInput",
                    "the evidence-weight factor needs the dataset: run the analysis on a Dataset, not a"
                            + " ScoringInput",
                    "o fator de pesos de evidência precisa do conjunto de dados: execute a análise sobre um Dataset,"
                            + " não sobre um ScoringInput");
        }
        if (!(scorer.cellCombiner() instanceof EvidenceCombiner)) {
            error("evidence-not-weighted", path, scorer.cellCombiner().getClass().getSimpleName(),
                    "el scorer no pondera la evidencia (su combinador de celdas no es un EvidenceCombiner): este"
                            + " factor no cambiaría nada",
                    "the scorer does not weight evidence (its cell combiner is not an EvidenceCombiner): this"
                            + " factor would change nothing",
                    "o scorer não pondera a evidência (o seu combinador de células não é um EvidenceCombiner):"
                            + " este fator não mudaria nada");
        }
    }

    private void alternatives(List<?> alternatives, String path) {
        if (alternatives.isEmpty()) {
            error("no-alternatives", path + ".alternatives", "",
                    "la lista de alternativas está vacía: indique al menos una",
                    "the list of alternatives is empty: give at least one",
                    "a lista de alternativas está vazia: indique pelo menos uma");
        }
    }

    /** Checks that every key names a leaf (or an inner node); returns whether all do. */
    private boolean scope(List<String> keys, String path, boolean leaves) {
        boolean ok = true;
        for (int k = 0; k < keys.size(); k++) {
            ok &= node(keys.get(k), path + "[" + k + "]", leaves).isPresent();
        }
        return ok;
    }

    /** Looks up a node of the expected kind, reporting an unknown key or the wrong kind. */
    Optional<MethodNode> node(String key, String path, boolean leaf) {
        Optional<MethodNode> n = methodology.node(key);
        if (n.isEmpty()) {
            error("unknown-node", path, key,
                    format("la metodología '%s' no tiene ningún nodo '%s'", methodology.id(), key),
                    format("methodology '%s' has no node '%s'", methodology.id(), key),
                    format("a metodologia '%s' não tem nenhum nó '%s'", methodology.id(), key));
            return n;
        }
        if (n.get().isLeaf() != leaf) {
            error("wrong-node-kind", path, key,
                    format("'%s' es %s; aquí se espera %s", key, n.get().isLeaf() ? "una hoja" : "un nodo interno",
                            leaf ? "una hoja" : "un nodo interno"),
                    format("'%s' is %s; %s is expected here", key, n.get().isLeaf() ? "a leaf" : "an inner node",
                            leaf ? "a leaf" : "an inner node"),
                    format("'%s' é %s; aqui espera-se %s", key, n.get().isLeaf() ? "uma folha" : "um nó interno",
                            leaf ? "uma folha" : "um nó interno"));
            return Optional.empty();
        }
        return n;
    }

    /** Looks up a node that has scores of its own (a leaf, or an inner node that aggregates). */
    void scoredNode(String key, String path) {
        Optional<MethodNode> n = methodology.node(key);
        if (n.isEmpty()) {
            node(key, path, false);
        } else if (!n.get().isLeaf() && n.get().aggregation().method() == AggregationMethod.NONE) {
            error("node-not-scored", path, key,
                    format("el nodo '%s' no tiene puntuación propia (agregación NONE)", key),
                    format("node '%s' has no score of its own (aggregation NONE)", key),
                    format("o nó '%s' não tem pontuação própria (agregação NONE)", key));
        }
    }

    /** Reports a unit key the input does not have. */
    void unit(String key, String path) {
        if (input.unitIndex(key).isEmpty()) {
            error("unknown-unit", path, key,
                    format("no hay ninguna unidad '%s' entre las %d evaluadas", key, input.unitCount()),
                    format("there is no unit '%s' among the %d scored", key, input.unitCount()),
                    format("não há nenhuma unidade '%s' entre as %d avaliadas", key, input.unitCount()));
        }
    }

    int unitCount() {
        return input.unitCount();
    }

    private void checkVariant(MethodNode root, String path) {
        for (Problem p : Scorer.check(methodology.withRoot(root)).errors()) {
            problems.add(new Problem(p.severity(), p.rule(), path + ": " + p.path(), p.value(), p.message()));
        }
    }
}
