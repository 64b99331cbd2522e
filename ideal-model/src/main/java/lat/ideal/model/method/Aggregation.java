package lat.ideal.model.method;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * An aggregation method with its parameters (e.g. {@code p} for {@link AggregationMethod#GENERALISED_MEAN}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param method the method, not null
 * @param parameters named parameters, not null; kept in key order
 * @since 0.1
 */
public record Aggregation(AggregationMethod method, Map<String, Double> parameters) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Copies the parameters. */
    public Aggregation {
        Specs.notNull(method, "method");
        parameters = Specs.sortedMap(parameters, "parameters");
    }

    /**
     * Returns an aggregation without parameters.
     *
     * @param method the method, not null
     * @return the aggregation, never null
     */
    public static Aggregation of(AggregationMethod method) {
        return new Aggregation(method, Map.of());
    }

    /**
     * Returns the generalised mean of order {@code p}.
     *
     * @param p the order (1 arithmetic, 0 geometric, -1 harmonic)
     * @return the aggregation, never null
     */
    public static Aggregation generalisedMean(double p) {
        return new Aggregation(AggregationMethod.GENERALISED_MEAN, new TreeMap<>(Map.of("p", p)));
    }

    /**
     * Returns a parameter.
     *
     * @param name the parameter's name, not null
     * @param fallback the value if the parameter is absent
     * @return the value
     */
    public double parameter(String name, double fallback) {
        Double v = parameters.get(name);
        return v == null ? fallback : v;
    }
}
