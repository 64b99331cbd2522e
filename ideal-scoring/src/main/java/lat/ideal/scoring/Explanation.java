package lat.ideal.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import lat.ideal.model.method.AggregationMethod;

/**
 * Why a unit has its score at a node: one line per leaf below the node, with values, weights and contributions.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Explanation {
    private static final int DISPLAY_DECIMALS = 4;
    private static final double DISPLAY_SMALL = 1e-4;
    private final UnitScore score;
    private final AggregationMethod aggregation;
    private final Kind kind;
    private final List<Contribution> contributions;

    /** How the contributions relate to the score. */
    public enum Kind {
        /** Contributions add up to the unrounded score (linear aggregation all the way down). */
        LINEAR,
        /** Contributions add up to the natural logarithm of the score (geometric mean or product of leaves). */
        LOG,
        /** The aggregation does not decompose into per-indicator parts (TOPSIS, Copeland, nested non-linear). */
        NONE
    }

    Explanation(UnitScore score, AggregationMethod aggregation, Kind kind, List<Contribution> contributions) {
        this.score = Objects.requireNonNull(score, "score");
        this.aggregation = aggregation;
        this.kind = kind;
        this.contributions = List.copyOf(contributions);
    }

    /**
     * Returns the explained score.
     *
     * @return the unit's score at the node, never null
     */
    public UnitScore score() {
        return score;
    }

    /**
     * Returns how the node aggregated.
     *
     * @return the method, never null
     */
    public AggregationMethod aggregation() {
        return aggregation;
    }

    /**
     * Returns how the contributions relate to the score.
     *
     * @return the kind, never null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns one line per leaf below the node (or per imputed inner node), left to right.
     *
     * @return the lines, never null
     */
    public List<Contribution> contributions() {
        return contributions;
    }

    /**
     * Returns the sum of the contributions: the unrounded score for {@link Kind#LINEAR}, its logarithm for
     * {@link Kind#LOG}.
     *
     * @return the sum, or empty for {@link Kind#NONE} or a unit without a score
     */
    public OptionalDouble total() {
        if (kind == Kind.NONE || !score.hasScore()) {
            return OptionalDouble.empty();
        }
        double sum = 0;
        for (Contribution c : contributions) {
            sum += c.contribution().orElse(0);
        }
        return OptionalDouble.of(sum);
    }

    /**
     * Returns a table of the lines under a heading with the score.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append(score.unit()).append(" (").append(score.name()).append(") at ").append(score.node()).append(": ")
                .append(score.hasScore() ? score.published().orElseThrow().toPlainString() + " rank "
                        + score.rank().orElse(0) : score.status().toString())
                .append(" - ").append(aggregation).append(", contributions ").append(kind).append('\n');
        b.append(String.format(Locale.ROOT, "%-40s %8s %8s %10s %8s %12s  %s%n", "indicator", "raw", "treated",
                "value", "weight", "contribution", "flags"));
        for (Contribution c : contributions) {
            b.append(String.format(Locale.ROOT, "%-40s %8s %8s %10s %8s %12s  %s%n", c.node(), num(c.raw()),
                    num(c.treated()), num(c.value()), num(OptionalDouble.of(c.weight())), num(c.contribution()),
                    c.flags().stream().map(Enum::name).sorted().toList()));
        }
        return b.toString();
    }

    private static String num(OptionalDouble v) {
        if (v.isEmpty()) {
            return "-";
        }
        double x = v.getAsDouble();
        if (x != 0 && Math.abs(x) < DISPLAY_SMALL) {
            return String.format(Locale.ROOT, "%.3g", x);
        }
        BigDecimal shown = new BigDecimal(x).setScale(DISPLAY_DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
        return shown.signum() == 0 ? "0" : shown.toPlainString();
    }
}
