package lat.ideal.model.validation;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.Scale;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Normalisation;
import lat.ideal.model.method.NormalisationMethod;

/** The rules of a leaf's normalisation, against its indicator's scale when the dataset is known. */
final class NormalisationRules {
    private final MethodNode node;
    private final Normalisation normalisation;
    private final String path;
    private final Optional<Scale> scale;
    private final Problems out;

    NormalisationRules(MethodNode node, String path, Optional<Scale> scale, Problems out) {
        this.node = node;
        this.normalisation = node.normalisation();
        this.path = path;
        this.scale = scale;
        this.out = out;
    }

    /**
     * Returns the parameters a normaliser reads, as documented on {@link NormalisationMethod}.
     *
     * @param method the method
     * @return the names
     */
    static Set<String> parametersOf(NormalisationMethod method) {
        switch (method) {
            case MIN_MAX:
                return Set.of("low", "high");
            case GOALPOSTS:
                return Set.of("min", "max", "low", "high");
            case DISTANCE_TO_TARGET:
                return Set.of("target");
            case LOG:
                return Set.of("shift");
            default:
                return Set.of();
        }
    }

    void run() {
        NormalisationMethod method = normalisation.method();
        MethodologyRules.parameters(normalisation.parameters(), parametersOf(method), path + ".parameters", node,
                method, out);
        reference(method);
        switch (method) {
            case MIN_MAX:
                range("low", 0.0, "high", 1.0);
                break;
            case GOALPOSTS:
                range("low", 0.0, "high", 1.0);
                goalposts();
                break;
            case DISTANCE_TO_TARGET:
                if (!normalisation.parameters().containsKey("target")) {
                    MethodologyRules.missingParameter(out, path + ".parameters", node, method, "target",
                            LocalizedText.of("el valor a alcanzar", "the value to reach", "o valor a atingir"));
                }
                break;
            case LOG:
                logDomain();
                break;
            default:
                break;
        }
    }

    private void reference(NormalisationMethod method) {
        String unit = normalisation.referenceUnit();
        if (method == NormalisationMethod.DISTANCE_TO_REFERENCE && unit.isEmpty()) {
            out.error(Rules.MISSING_REFERENCE, path + ".referenceUnit", "", Texts.text(
                    "DISTANCE_TO_REFERENCE del nodo '%s' no nombra una unidad de referencia: indique referenceUnit",
                    "DISTANCE_TO_REFERENCE of node '%s' names no reference unit: set referenceUnit",
                    "DISTANCE_TO_REFERENCE do nó '%s' não nomeia uma unidade de referência: indique referenceUnit",
                    node.key()));
        } else if (method != NormalisationMethod.DISTANCE_TO_REFERENCE && !unit.isEmpty()) {
            out.warning(Rules.UNUSED_SETTING, path + ".referenceUnit", unit, Texts.text(
                    "la unidad de referencia '%s' del nodo '%s' no se usa: solo la lee DISTANCE_TO_REFERENCE, no %s",
                    "reference unit '%s' of node '%s' is not used: only DISTANCE_TO_REFERENCE reads it, not %s",
                    "a unidade de referência '%s' do nó '%s' não é usada: só DISTANCE_TO_REFERENCE a lê, não %s",
                    unit, node.key(), method));
        }
    }

    /** Reports bounds that are not strictly increasing; absent bounds take their defaults. */
    private void range(String lowName, Double lowDefault, String highName, Double highDefault) {
        Map<String, Double> p = normalisation.parameters();
        Double low = p.getOrDefault(lowName, lowDefault);
        Double high = p.getOrDefault(highName, highDefault);
        if (low == null || high == null || !Double.isFinite(low) || !Double.isFinite(high) || low < high) {
            return;
        }
        String l = Texts.num(low);
        String h = Texts.num(high);
        out.error(Rules.INVALID_RANGE, path + ".parameters", lowName + "=" + l + ", " + highName + "=" + h,
                Texts.text("%s del nodo '%s' va de %s = %s a %s = %s: %s debe ser menor que %s (para invertir un"
                                + " indicador use direction)",
                        "%s of node '%s' goes from %s = %s to %s = %s: %s must be below %s (to reverse an indicator,"
                                + " use direction)",
                        "%s do nó '%s' vai de %s = %s a %s = %s: %s deve ser menor que %s (para inverter um"
                                + " indicador use direction)",
                        normalisation.method(), node.key(), lowName, l, highName, h, lowName, highName));
    }

    /** Goalposts default to the scale's bounds; a scale without a maximum needs an explicit upper goalpost. */
    private void goalposts() {
        Map<String, Double> p = normalisation.parameters();
        if (scale.isPresent() && !p.containsKey("max") && !Double.isFinite(scale.get().max())) {
            MethodologyRules.missingParameter(out, path + ".parameters", node, normalisation.method(), "max",
                    Texts.text("la escala %s del indicador no tiene máximo", "the indicator's scale %s has no maximum",
                            "a escala %s do indicador não tem máximo", Texts.scale(scale.get())));
            return;
        }
        range("min", scale.map(Scale::min).orElse(null), "max", scale.map(Scale::max).orElse(null));
    }

    private void logDomain() {
        double shift = normalisation.parameter("shift", 0);
        if (scale.isEmpty() || !Double.isFinite(shift) || scale.get().min() + shift > 0) {
            return;
        }
        String lowest = Texts.num(scale.get().min());
        String s = Texts.num(shift);
        out.warning(Rules.LOG_DOMAIN, path, "shift=" + s, Texts.text(
                "LOG del nodo '%s': el indicador puede valer %s en la escala %s, y ln(x + %s) no está definido donde"
                        + " x + %s <= 0: aumente el parámetro shift",
                "LOG of node '%s': the indicator can be %s on the scale %s, and ln(x + %s) is undefined where"
                        + " x + %s <= 0: raise parameter shift",
                "LOG do nó '%s': o indicador pode valer %s na escala %s, e ln(x + %s) não está definido onde"
                        + " x + %s <= 0: aumente o parâmetro shift",
                node.key(), lowest, Texts.scale(scale.get()), s, s));
    }
}
