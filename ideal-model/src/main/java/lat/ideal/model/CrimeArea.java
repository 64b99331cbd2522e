package lat.ideal.model;

import jakarta.validation.constraints.Pattern;
import java.util.Optional;

/**
 * A crime area (a threat such as drug trafficking), with labels in es/en/pt and an optional parent area.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the area's code, lower-case words joined by hyphens (e.g. {@code drug-trafficking})
 * @param labels the labels, not null
 * @param parent the code of the parent area, if this area refines another
 * @since 0.1
 */
public record CrimeArea(@Pattern(regexp = Keys.KEY_PATTERN, message = Keys.KEY_MESSAGE) String code,
                        LocalizedText labels, Optional<String> parent) {

    /** Checks that no part is null. */
    public CrimeArea {
        Checks.notBlank(code, "code");
        Checks.notNull(labels, "labels");
        Checks.notNull(parent, "parent");
    }

    /**
     * Creates a top-level crime area.
     *
     * @param code the code, not blank
     * @param labels the labels, not null
     * @return the area, never null
     */
    public static CrimeArea of(String code, LocalizedText labels) {
        return new CrimeArea(code, labels, Optional.empty());
    }

    /**
     * Returns a copy with a parent area.
     *
     * @param parentCode the parent's code, not blank
     * @return the copy, never null
     */
    public CrimeArea withParent(String parentCode) {
        return new CrimeArea(code, labels, Optional.of(Checks.notBlank(parentCode, "parentCode")));
    }
}
