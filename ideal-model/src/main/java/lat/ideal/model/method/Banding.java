package lat.ideal.model.method;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import lat.ideal.model.LocalizedText;

/**
 * How a node's scores are put into bands (e.g. low / moderate / high / very high).
 *
 * <p>With {@link Method#THRESHOLDS}, {@code cuts} are score thresholds in ascending order and a score {@code s} is
 * in band {@code i} where {@code cuts[i-1] <= s < cuts[i]}. With {@link Method#QUANTILES}, {@code cuts} are
 * probabilities in (0, 1) and the thresholds are those quantiles of the scored units. {@code labels} has one more
 * entry than {@code cuts}, from the lowest band to the highest.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param method thresholds or quantiles, not null
 * @param cuts the cut points in ascending order
 * @param labels band labels (keys such as {@code very-high}), one more than the cuts
 * @since 0.1
 */
public record Banding(Method method, List<Double> cuts, List<String> labels) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The display names of the labels of {@link #quartiles()}, which the presets use too. */
    private static final Map<String, LocalizedText> STANDARD = Map.of(
            "low", LocalizedText.of("baja", "low", "baixa"),
            "moderate", LocalizedText.of("moderada", "moderate", "moderada"),
            "high", LocalizedText.of("alta", "high", "alta"),
            "very-high", LocalizedText.of("muy alta", "very high", "muito alta"));

    /** How cut points are read. */
    public enum Method {
        /** No bands: no cuts and no labels. */
        NONE,
        /** Cut points are scores. */
        THRESHOLDS,
        /** Cut points are probabilities of the units' score distribution. */
        QUANTILES
    }

    /** Copies the lists and checks their sizes and order. */
    public Banding {
        Specs.notNull(method, "method");
        cuts = Specs.list(cuts, "cuts");
        labels = Specs.list(labels, "labels");
        if (method == Method.NONE && !(cuts.isEmpty() && labels.isEmpty())) {
            throw new IllegalArgumentException("banding NONE takes no cuts and no labels");
        }
        if (method != Method.NONE && labels.size() != cuts.size() + 1) {
            throw new IllegalArgumentException("banding has " + cuts.size() + " cuts and " + labels.size()
                    + " labels; it needs one label more than cuts");
        }
        for (int i = 0; i < cuts.size(); i++) {
            double c = cuts.get(i);
            if (!Double.isFinite(c) || (i > 0 && c <= cuts.get(i - 1))) {
                throw new IllegalArgumentException("banding cuts " + cuts + " are not finite and strictly ascending");
            }
            if (method == Method.QUANTILES && !(c > 0 && c < 1)) {
                throw new IllegalArgumentException("quantile cut " + c + " is not in (0, 1)");
            }
        }
    }

    /**
     * Returns no banding.
     *
     * @return the banding
     */
    public static Banding none() {
        return new Banding(Method.NONE, List.of(), List.of());
    }

    /**
     * Returns quartile bands: low, moderate, high, very high.
     *
     * @return the banding
     */
    public static Banding quartiles() {
        return new Banding(Method.QUANTILES, List.of(0.25, 0.5, 0.75), List.of("low", "moderate", "high", "very-high"));
    }

    /**
     * Returns how a band label reads in each working language: the labels of {@link #quartiles()} ({@code low},
     * {@code moderate}, {@code high}, {@code very-high}) in Spanish, English and Portuguese, any other label (a
     * methodology's own) as written, in every language.
     *
     * @param label a band label, not blank
     * @return its display name, never null
     */
    public static LocalizedText displayName(String label) {
        LocalizedText standard = STANDARD.get(label);
        return standard != null ? standard : LocalizedText.same(label);
    }

    /**
     * Returns threshold bands.
     *
     * @param cuts score thresholds in ascending order
     * @param labels one more label than cuts, lowest first
     * @return the banding
     */
    public static Banding thresholds(List<Double> cuts, List<String> labels) {
        return new Banding(Method.THRESHOLDS, cuts, labels);
    }
}
