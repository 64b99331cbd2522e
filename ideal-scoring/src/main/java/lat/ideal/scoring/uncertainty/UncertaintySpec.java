package lat.ideal.scoring.uncertainty;

import java.io.Serializable;
import java.util.List;

/**
 * What a Monte Carlo uncertainty analysis varies and how many times: the uncertain factors, the number of samples,
 * the seed, the {@code k} of the top-k probability and the nodes whose ranks are reported.
 *
 * <p>The constructor only copies; {@link UncertaintyAnalysis#check} validates the whole specification against a
 * scorer and names every problem before any sampling, and {@link UncertaintyAnalysis#run} refuses an invalid one.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param samples the number of samples, at least 1
 * @param seed the seed; the same seed gives the same result whatever the number of threads
 * @param topK the {@code k} of the probability of being in the top {@code k}, 1 to the number of units
 * @param factors the uncertain factors, at least one, each kind at most once
 * @param nodes the nodes whose ranks are reported; empty for every inner node that aggregates
 * @since 0.1
 */
public record UncertaintySpec(int samples, long seed, int topK, List<UncertainFactor> factors, List<String> nodes)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The number of samples of {@link #of(long, List)}. */
    public static final int DEFAULT_SAMPLES = 1000;
    /** The {@code k} of {@link #of(long, List)}. */
    public static final int DEFAULT_TOP_K = 5;

    /** Copies the lists. */
    public UncertaintySpec {
        factors = List.copyOf(factors);
        nodes = List.copyOf(nodes);
    }

    /**
     * Returns a specification of 1,000 samples, top 5, reporting every aggregating inner node.
     *
     * @param seed the seed
     * @param factors the uncertain factors, not null
     * @return the specification, never null
     */
    public static UncertaintySpec of(long seed, List<UncertainFactor> factors) {
        return new UncertaintySpec(DEFAULT_SAMPLES, seed, DEFAULT_TOP_K, factors, List.of());
    }

    /**
     * Returns a copy with another number of samples.
     *
     * @param count the number of samples
     * @return the copy, never null
     */
    public UncertaintySpec withSamples(int count) {
        return new UncertaintySpec(count, seed, topK, factors, nodes);
    }

    /**
     * Returns a copy with another {@code k}.
     *
     * @param k the {@code k} of the top-k probability
     * @return the copy, never null
     */
    public UncertaintySpec withTopK(int k) {
        return new UncertaintySpec(samples, seed, k, factors, nodes);
    }

    /**
     * Returns a copy that reports other nodes.
     *
     * @param keys the nodes' keys, not null; empty for every aggregating inner node
     * @return the copy, never null
     */
    public UncertaintySpec withNodes(List<String> keys) {
        return new UncertaintySpec(samples, seed, topK, factors, keys);
    }
}
