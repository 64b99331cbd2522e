package lat.ideal.scoring.trend;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How one unit's result at one node changed between two assessments.
 *
 * <p>The change is {@code after - before} of the unrounded scores; the rank movement is {@code rankBefore -
 * rankAfter}, so a positive movement means the unit climbed towards rank 1 (more threat). Each is empty where either
 * assessment gives no score. Ranks are each assessment's own, among its own units.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param unit the unit's key, not null
 * @param node the node's key, not null
 * @param before the earlier unrounded score, if any
 * @param after the later unrounded score, if any
 * @param rankBefore the earlier rank, if any
 * @param rankAfter the later rank, if any
 * @param bandBefore the earlier band, if any
 * @param bandAfter the later band, if any
 * @param emerging whether the unit is in the node's top band now and was not before (including having had no
 *     score)
 * @since 0.1
 */
public record UnitTrend(String unit, String node, OptionalDouble before, OptionalDouble after, OptionalInt rankBefore,
                        OptionalInt rankAfter, Optional<String> bandBefore, Optional<String> bandAfter,
                        boolean emerging) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks that no part is null. */
    public UnitTrend {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(rankBefore, "rankBefore");
        Objects.requireNonNull(rankAfter, "rankAfter");
        Objects.requireNonNull(bandBefore, "bandBefore");
        Objects.requireNonNull(bandAfter, "bandAfter");
    }

    /**
     * Returns the score change, {@code after - before}.
     *
     * @return the change, or empty where either score is missing
     */
    public OptionalDouble change() {
        return before.isPresent() && after.isPresent() ? OptionalDouble.of(after.getAsDouble() - before.getAsDouble())
                : OptionalDouble.empty();
    }

    /**
     * Returns the rank movement, {@code rankBefore - rankAfter}: positive for a climb towards rank 1.
     *
     * @return the movement, or empty where either rank is missing
     */
    public OptionalInt movement() {
        return rankBefore.isPresent() && rankAfter.isPresent()
                ? OptionalInt.of(rankBefore.getAsInt() - rankAfter.getAsInt()) : OptionalInt.empty();
    }

    /**
     * Tells whether the band changed (including gaining or losing one).
     *
     * @return true if the bands differ
     */
    public boolean bandChanged() {
        return !bandBefore.equals(bandAfter);
    }

    /**
     * Returns e.g. {@code BO criminality 4.94 -> 5.44 (+0.50), rank 80 -> 60 (+20), high -> very-high, emerging}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(unit).append(' ').append(node).append(' ')
                .append(number(before)).append(" -> ").append(number(after));
        change().ifPresent(c -> b.append(String.format(Locale.ROOT, " (%+.2f)", c)));
        b.append(", rank ").append(rank(rankBefore)).append(" -> ").append(rank(rankAfter));
        movement().ifPresent(m -> b.append(String.format(Locale.ROOT, " (%+d)", m)));
        if (bandChanged()) {
            b.append(", ").append(bandBefore.orElse("-")).append(" -> ").append(bandAfter.orElse("-"));
        }
        return emerging ? b.append(", emerging").toString() : b.toString();
    }

    private static String number(OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.2f", v.getAsDouble()) : "-";
    }

    private static String rank(OptionalInt r) {
        return r.isPresent() ? Integer.toString(r.getAsInt()) : "-";
    }
}
