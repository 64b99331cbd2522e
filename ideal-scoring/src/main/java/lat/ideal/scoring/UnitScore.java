package lat.ideal.scoring;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One unit's result at one node: unrounded and published score, rank, band and coverage.
 *
 * <p>A unit without a score ({@link #status()} other than {@code SCORED}) has no unrounded value, no published
 * value, no rank and no band; it is never given a number.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param unit the unit's key, not null
 * @param name the unit's display name, not null
 * @param node the node's key, not null
 * @param status whether the unit has a score, not null
 * @param unrounded the unrounded score, empty without a score
 * @param published the score rounded as the node's rounding says, from the exact value; empty without a score
 * @param rank the rank (1 for the highest), empty without a score
 * @param band the band label, empty without a score or without banding
 * @param coverage the share of the node's leaves with a value of their own (not missing, not imputed), in [0, 1]; an
 *        UNKNOWN cell that its scale gives a number counts, and is listed among the intelligence gaps
 * @since 0.1
 */
public record UnitScore(String unit, String name, String node, ScoreStatus status, OptionalDouble unrounded,
                        Optional<BigDecimal> published, OptionalInt rank, Optional<String> band, double coverage) {

    /** Checks that no part is null. */
    public UnitScore {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(unrounded, "unrounded");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(rank, "rank");
        Objects.requireNonNull(band, "band");
    }

    /**
     * Tells whether the unit has a score.
     *
     * @return true if {@link #status()} is {@code SCORED}
     */
    public boolean hasScore() {
        return status == ScoreStatus.SCORED;
    }

    /**
     * Returns {@code unit published #rank band} or {@code unit STATUS}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        if (!hasScore()) {
            return unit + " " + status;
        }
        return String.format(Locale.ROOT, "%s %s #%d%s", unit, published.orElseThrow().toPlainString(),
                rank.orElse(0), band.map(b -> " " + b).orElse(""));
    }
}
