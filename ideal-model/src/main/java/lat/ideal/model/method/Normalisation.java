package lat.ideal.model.method;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A normalisation method with its parameters.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param method the method, not null
 * @param parameters named parameters (see {@link NormalisationMethod}), not null; kept in key order
 * @param referenceUnit the reference unit of {@link NormalisationMethod#DISTANCE_TO_REFERENCE}, empty for none
 * @since 0.1
 */
public record Normalisation(NormalisationMethod method, Map<String, Double> parameters, String referenceUnit)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Copies the parameters. */
    public Normalisation {
        Specs.notNull(method, "method");
        parameters = Specs.sortedMap(parameters, "parameters");
        Specs.notNull(referenceUnit, "referenceUnit");
    }

    /**
     * Returns a normalisation without parameters.
     *
     * @param method the method, not null
     * @return the normalisation, never null
     */
    public static Normalisation of(NormalisationMethod method) {
        return new Normalisation(method, Map.of(), "");
    }

    /**
     * Returns the identity.
     *
     * @return the identity normalisation
     */
    public static Normalisation identity() {
        return of(NormalisationMethod.IDENTITY);
    }

    /**
     * Returns min-max to {@code [low, high]}.
     *
     * @param low the lower end of the target range
     * @param high the upper end of the target range
     * @return the normalisation
     */
    public static Normalisation minMax(double low, double high) {
        return new Normalisation(NormalisationMethod.MIN_MAX, new TreeMap<>(Map.of("low", low, "high", high)), "");
    }

    /**
     * Returns goalposts {@code [min, max]} mapped to {@code [0, 1]}.
     *
     * @param min the lower goalpost
     * @param max the upper goalpost
     * @return the normalisation
     */
    public static Normalisation goalposts(double min, double max) {
        return new Normalisation(NormalisationMethod.GOALPOSTS, new TreeMap<>(Map.of("min", min, "max", max)), "");
    }

    /**
     * Returns distance to a reference unit.
     *
     * @param unit the reference unit's key, not blank
     * @return the normalisation
     */
    public static Normalisation distanceToReference(String unit) {
        return new Normalisation(NormalisationMethod.DISTANCE_TO_REFERENCE, Map.of(),
                Specs.notBlank(unit, "unit"));
    }

    /**
     * Returns distance to a target value.
     *
     * @param target the target value
     * @return the normalisation
     */
    public static Normalisation distanceToTarget(double target) {
        return new Normalisation(NormalisationMethod.DISTANCE_TO_TARGET, new TreeMap<>(Map.of("target", target)), "");
    }

    /**
     * Returns a parameter.
     *
     * @param name the name, not null
     * @param fallback the value if absent
     * @return the value
     */
    public double parameter(String name, double fallback) {
        Double v = parameters.get(name);
        return v == null ? fallback : v;
    }

    /**
     * Returns the reference unit, if any.
     *
     * @return the reference unit's key, or empty
     */
    public Optional<String> reference() {
        return referenceUnit.isEmpty() ? Optional.empty() : Optional.of(referenceUnit);
    }
}
