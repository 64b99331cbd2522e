package lat.ideal.model.method;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a node's children are weighted, keyed by child key (never by position), and whether the weights are then
 * renormalised to sum to one.
 *
 * <p>Renormalisation is an explicit step: with {@code renormalise == false} the weights are used as given (a
 * weighted sum such as Sleipnir's needs that), and mean-type aggregations divide by the weight sum themselves.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param method the method, not null
 * @param order child keys from the most to the least important, for the rank-order methods; empty otherwise
 * @param pairwise the AHP pairwise comparison matrix, rows and columns in {@code order}; empty otherwise
 * @param allocations experts' point allocations by child key, for {@link WeightingMethod#BUDGET}; empty otherwise
 * @param renormalise whether the effective weights are divided by their sum
 * @since 0.1
 */
public record Weighting(WeightingMethod method, List<String> order, List<List<Double>> pairwise,
                        List<Map<String, Double>> allocations, boolean renormalise) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Copies the lists. */
    public Weighting {
        Specs.notNull(method, "method");
        order = Specs.list(order, "order");
        List<List<Double>> rows = new ArrayList<>();
        for (List<Double> row : Specs.notNull(pairwise, "pairwise")) {
            rows.add(Specs.list(row, "pairwise row"));
        }
        pairwise = List.copyOf(rows);
        List<Map<String, Double>> alloc = new ArrayList<>();
        for (Map<String, Double> a : Specs.notNull(allocations, "allocations")) {
            alloc.add(Specs.sortedMap(a, "allocation"));
        }
        allocations = List.copyOf(alloc);
    }

    /**
     * Returns the children's own weights, used as given.
     *
     * @return the weighting
     */
    public static Weighting explicit() {
        return new Weighting(WeightingMethod.EXPLICIT, List.of(), List.of(), List.of(), false);
    }

    /**
     * Returns equal weights.
     *
     * @return the weighting
     */
    public static Weighting equal() {
        return new Weighting(WeightingMethod.EQUAL, List.of(), List.of(), List.of(), false);
    }

    /**
     * Returns rank-order weights.
     *
     * @param method one of the rank-order methods, not null
     * @param order child keys from the most to the least important
     * @return the weighting
     */
    public static Weighting rankOrder(WeightingMethod method, List<String> order) {
        return new Weighting(method, order, List.of(), List.of(), false);
    }

    /**
     * Returns AHP weights.
     *
     * @param order child keys naming the matrix rows and columns
     * @param pairwise the pairwise comparison matrix
     * @return the weighting
     */
    public static Weighting ahp(List<String> order, List<List<Double>> pairwise) {
        return new Weighting(WeightingMethod.AHP, order, pairwise, List.of(), false);
    }

    /**
     * Returns budget-allocation weights.
     *
     * @param allocations each expert's points by child key
     * @return the weighting
     */
    public static Weighting budget(List<Map<String, Double>> allocations) {
        return new Weighting(WeightingMethod.BUDGET, List.of(), List.of(), allocations, false);
    }

    /**
     * Returns objective weights (entropy or CRITIC).
     *
     * @param method {@link WeightingMethod#ENTROPY} or {@link WeightingMethod#CRITIC}
     * @return the weighting
     */
    public static Weighting objective(WeightingMethod method) {
        return new Weighting(method, List.of(), List.of(), List.of(), false);
    }

    /**
     * Returns a copy that renormalises (or not) the weights to sum to one.
     *
     * @param value whether to renormalise
     * @return the copy
     */
    public Weighting withRenormalise(boolean value) {
        return new Weighting(method, order, pairwise, allocations, value);
    }
}
