package lat.ideal.scoring.trend;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.method.Methodology;

/**
 * How the indicator sets of two assessments differ, and whether they were compared on the common set.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param added the indicators only the later assessment reads, in its leaf order
 * @param removed the indicators only the earlier assessment reads, in its leaf order
 * @param common the indicators both read, in the later assessment's leaf order
 * @param restricted whether both were scored again on the common indicators only
 * @since 0.1
 */
public record FrameworkDifference(List<String> added, List<String> removed, List<String> common, boolean restricted)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Copies the lists. */
    public FrameworkDifference {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        common = List.copyOf(common);
    }

    /**
     * Returns the difference between two methodologies' indicator sets.
     *
     * @param before the earlier methodology, not null
     * @param after the later methodology, not null
     * @param restricted whether the comparison is made on the common indicators only
     * @return the difference, never null
     */
    public static FrameworkDifference of(Methodology before, Methodology after, boolean restricted) {
        Set<String> b = new LinkedHashSet<>(before.indicatorKeys());
        Set<String> a = new LinkedHashSet<>(after.indicatorKeys());
        List<String> added = new ArrayList<>();
        List<String> common = new ArrayList<>();
        for (String k : a) {
            (b.contains(k) ? common : added).add(k);
        }
        List<String> removed = new ArrayList<>();
        for (String k : b) {
            if (!a.contains(k)) {
                removed.add(k);
            }
        }
        return new FrameworkDifference(added, removed, common, restricted);
    }

    /**
     * Tells whether both assessments read the same indicators.
     *
     * @return true if nothing was added or removed
     */
    public boolean isSame() {
        return added.isEmpty() && removed.isEmpty();
    }

    /**
     * States the difference in plain words, in es/en/pt.
     *
     * @return the statement, never null
     */
    public LocalizedText statement() {
        int c = common.size();
        boolean one = c == 1;
        if (isSame()) {
            return one ? LocalizedText.of("Ambas evaluaciones leen el mismo indicador.",
                    "Both assessments read the same indicator.", "Ambas as avaliações leem o mesmo indicador.")
                    : LocalizedText.of(
                    String.format(Locale.ROOT, "Ambas evaluaciones leen los mismos %d indicadores.", c),
                    String.format(Locale.ROOT, "Both assessments read the same %d indicators.", c),
                    String.format(Locale.ROOT, "Ambas as avaliações leem os mesmos %d indicadores.", c));
        }
        // Spanish and Portuguese put "no" / "não" before a verb whose object is "ningún" / "nenhum".
        String es = String.format(Locale.ROOT, "La evaluación posterior %s y %s; %s.",
                added.isEmpty() ? "no agrega ningún indicador" : "agrega " + list(added, "indicador", "indicadores"),
                removed.isEmpty() ? "no quita ninguno" : "quita " + list(removed, "indicador", "indicadores"),
                one ? "1 indicador es común a ambas" : c + " indicadores son comunes a ambas");
        String en = String.format(Locale.ROOT, "The later assessment %s and %s; %s.",
                added.isEmpty() ? "adds no indicator" : "adds " + list(added, "indicator", "indicators"),
                removed.isEmpty() ? "removes none" : "removes " + list(removed, "indicator", "indicators"),
                one ? "1 indicator is common to both" : c + " indicators are common to both");
        String pt = String.format(Locale.ROOT, "A avaliação posterior %s e %s; %s.",
                added.isEmpty() ? "não acrescenta nenhum indicador"
                        : "acrescenta " + list(added, "indicador", "indicadores"),
                removed.isEmpty() ? "não retira nenhum" : "retira " + list(removed, "indicador", "indicadores"),
                one ? "1 indicador é comum a ambas" : c + " indicadores são comuns a ambas");
        if (restricted) {
            es += one ? " Ambas se puntuaron de nuevo sobre el indicador común."
                    : String.format(Locale.ROOT, " Ambas se puntuaron de nuevo sobre los %d indicadores comunes.", c);
            en += one ? " Both were scored again on the common indicator."
                    : String.format(Locale.ROOT, " Both were scored again on the %d common indicators.", c);
            pt += one ? " Ambas foram pontuadas de novo sobre o indicador comum."
                    : String.format(Locale.ROOT, " Ambas foram pontuadas de novo sobre os %d indicadores comuns.", c);
        } else {
            es += " Las puntuaciones se comparan tal como se calcularon, cada una con su propio marco.";
            en += " Scores are compared as computed, each under its own framework.";
            pt += " As pontuações são comparadas tal como calculadas, cada uma com o seu próprio quadro.";
        }
        return LocalizedText.of(es, en, pt);
    }

    /** "N indicators (a, b, ...)" for a list that is not empty. */
    private static String list(List<String> keys, String one, String many) {
        return keys.size() + " " + (keys.size() == 1 ? one : many) + " (" + String.join(", ", keys) + ")";
    }

    @Override
    public String toString() {
        return statement().en();
    }
}
