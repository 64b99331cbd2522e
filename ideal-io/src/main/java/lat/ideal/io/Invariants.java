package lat.ideal.io;

import java.util.function.Supplier;

/** Builds a model value whose constructor checks invariants, reporting a broken one instead of throwing. */
final class Invariants {
    private Invariants() {
    }

    static <T> T build(Decoder d, JsonTree at, JsonPath path, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            d.error(at, path, "invalid", "", Messages.invalid(e.getMessage()));
            return null;
        }
    }
}
