package lat.ideal.scoring;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A cell measured as UNKNOWN: no information, as distinct from a level meaning "none".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param unit the unit's key, not null
 * @param indicator the indicator key, not null
 * @param value the number the indicator's scale gives UNKNOWN and scoring used (Sleipnir: like Medium); empty when
 *        the scale gives none and the cell was scored as missing
 * @since 0.1
 */
public record IntelligenceGap(String unit, String indicator, OptionalDouble value) {

    /** Checks that no part is null. */
    public IntelligenceGap {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(value, "value");
    }
}
