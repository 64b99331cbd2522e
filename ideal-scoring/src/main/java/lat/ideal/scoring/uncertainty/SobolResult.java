package lat.ideal.scoring.uncertainty;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Sobol first-order and total-effect indices of every factor, with how they were estimated.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param indices one entry per factor, in the factors' order; not null
 * @param mean the mean output over the base matrices {@code A} and {@code B}
 * @param variance the output variance over {@code A} and {@code B} (population form); 0 makes every index 0
 * @param samples the base sample size {@code N}
 * @param evaluations the number of model evaluations, {@code N(d + 2)}
 * @param resamples the number of bootstrap resamples
 * @param level the confidence level of the intervals, in (0, 1)
 * @param seed the seed of the design and the bootstrap
 * @since 0.1
 */
public record SobolResult(List<SobolIndex> indices, double mean, double variance, int samples, int evaluations,
                          int resamples, double level, long seed) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Copies the list. */
    public SobolResult {
        indices = List.copyOf(indices);
    }

    /**
     * Looks up a factor's indices.
     *
     * @param factor the factor's name, not null
     * @return the indices, or empty if no factor has that name
     */
    public Optional<SobolIndex> index(String factor) {
        return indices.stream().filter(i -> i.factor().equals(factor)).findFirst();
    }

    /**
     * Returns a table of the indices with their intervals, one factor per line.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "Sobol indices (Saltelli design, Jansen estimators): N %d, %d evaluations, %.0f%% bootstrap"
                        + " intervals of %d resamples, seed %d; output mean %.6g, variance %.6g%n",
                samples, evaluations, level * 100, resamples, seed, mean, variance));
        int width = "factor".length();
        for (SobolIndex i : indices) {
            width = Math.max(width, i.factor().length());
        }
        b.append(String.format(Locale.ROOT, "%-" + width + "s  %-26s  %-26s%n", "factor", "first order [interval]",
                "total effect [interval]"));
        for (SobolIndex i : indices) {
            b.append(String.format(Locale.ROOT, "%-" + width + "s  %7.4f [%7.4f, %7.4f]  %7.4f [%7.4f, %7.4f]%n",
                    i.factor(), i.firstOrder(), i.firstOrderLow(), i.firstOrderHigh(), i.totalEffect(),
                    i.totalEffectLow(), i.totalEffectHigh()));
        }
        return b.toString();
    }
}
