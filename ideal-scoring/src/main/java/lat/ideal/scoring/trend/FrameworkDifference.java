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
        if (isSame()) {
            return LocalizedText.of(
                    String.format(Locale.ROOT, "Ambas evaluaciones leen los mismos %d indicadores.", common.size()),
                    String.format(Locale.ROOT, "Both assessments read the same %d indicators.", common.size()),
                    String.format(Locale.ROOT, "Ambas as avaliações leem os mesmos %d indicadores.", common.size()));
        }
        String es = String.format(Locale.ROOT, "La evaluación posterior agrega %s y quita %s; %d indicadores son"
                + " comunes a ambas.", list(added, "ningún indicador", "indicador", "indicadores"),
                list(removed, "ninguno", "indicador", "indicadores"), common.size());
        String en = String.format(Locale.ROOT, "The later assessment adds %s and removes %s; %d indicators are"
                + " common to both.", list(added, "no indicator", "indicator", "indicators"),
                list(removed, "none", "indicator", "indicators"), common.size());
        String pt = String.format(Locale.ROOT, "A avaliação posterior acrescenta %s e retira %s; %d indicadores são"
                + " comuns a ambas.", list(added, "nenhum indicador", "indicador", "indicadores"),
                list(removed, "nenhum", "indicador", "indicadores"), common.size());
        if (restricted) {
            es += String.format(Locale.ROOT, " Ambas se puntuaron de nuevo sobre los %d indicadores comunes.",
                    common.size());
            en += String.format(Locale.ROOT, " Both were scored again on the %d common indicators.", common.size());
            pt += String.format(Locale.ROOT, " Ambas foram pontuadas de novo sobre os %d indicadores comuns.",
                    common.size());
        } else {
            es += " Las puntuaciones se comparan tal como se calcularon, cada una con su propio marco.";
            en += " Scores are compared as computed, each under its own framework.";
            pt += " As pontuações são comparadas tal como calculadas, cada uma com o seu próprio quadro.";
        }
        return LocalizedText.of(es, en, pt);
    }

    private static String list(List<String> keys, String none, String one, String many) {
        if (keys.isEmpty()) {
            return none;
        }
        return keys.size() + " " + (keys.size() == 1 ? one : many) + " (" + String.join(", ", keys) + ")";
    }

    @Override
    public String toString() {
        return statement().en();
    }
}
