package lat.ideal.scoring.uncertainty;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What a variance-based sensitivity analysis varies, what it measures and how it samples.
 *
 * <p>Each uncertain factor is one dimension of a {@link SaltelliDesign}: a coordinate {@code u} in [0, 1) picks the
 * option {@code floor(k u)} of a discrete factor with {@code k} options. Weight noise is one factor too: {@code u}
 * picks one of {@code weightSets} noise draws (each seeded from the specification's seed and its number), which then
 * perturbs every node in the factor's scope; more sets approximate the continuous noise more closely. The constructor
 * only copies; {@link SensitivityAnalysis#check} validates the whole specification and names every problem.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param samples the base sample size {@code N}, at least 2; the pipeline is scored {@code N (d + 2)} times
 * @param seed the seed of the design, the weight-noise sets and the bootstrap
 * @param resamples the number of bootstrap resamples, at least 1
 * @param level the confidence level of the intervals, in (0, 1)
 * @param weightSets the number of weight-noise draws {@code u} picks from, at least 1
 * @param factors the uncertain factors, at least one, each kind at most once
 * @param target what is measured, not null
 * @since 0.1
 */
public record SensitivitySpec(int samples, long seed, int resamples, double level, int weightSets,
                              List<UncertainFactor> factors, SensitivityTarget target) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The base sample size of {@link #of(long, SensitivityTarget, List)}. */
    public static final int DEFAULT_SAMPLES = 500;

    /** Copies the list and checks that the target is present. */
    public SensitivitySpec {
        factors = List.copyOf(factors);
        Objects.requireNonNull(target, "target");
    }

    /**
     * Returns a specification with base sample size 500, 1,000 bootstrap resamples, 95 % intervals and 100 weight
     * noise sets.
     *
     * @param seed the seed
     * @param target what is measured, not null
     * @param factors the uncertain factors, not null
     * @return the specification, never null
     */
    public static SensitivitySpec of(long seed, SensitivityTarget target, List<UncertainFactor> factors) {
        return new SensitivitySpec(DEFAULT_SAMPLES, seed, 1000, 0.95, 100, factors, target);
    }

    /**
     * Returns a copy with another base sample size.
     *
     * @param count the base sample size {@code N}
     * @return the copy, never null
     */
    public SensitivitySpec withSamples(int count) {
        return new SensitivitySpec(count, seed, resamples, level, weightSets, factors, target);
    }

    /**
     * Returns a copy with another bootstrap.
     *
     * @param count the number of resamples
     * @param confidenceLevel the level of the intervals
     * @return the copy, never null
     */
    public SensitivitySpec withBootstrap(int count, double confidenceLevel) {
        return new SensitivitySpec(samples, seed, count, confidenceLevel, weightSets, factors, target);
    }

    /**
     * Returns a copy with another number of weight-noise sets.
     *
     * @param count the number of sets
     * @return the copy, never null
     */
    public SensitivitySpec withWeightSets(int count) {
        return new SensitivitySpec(samples, seed, resamples, level, count, factors, target);
    }
}
