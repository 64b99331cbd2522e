package lat.ideal.model;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Argument checks shared by the model's constructors. */
final class Checks {
    private Checks() {
    }

    static <T> T notNull(T value, String name) {
        return Objects.requireNonNull(value, () -> name + " must not be null");
    }

    static String notBlank(String value, String name) {
        notNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    static <T> List<T> list(Collection<? extends T> values, String name) {
        notNull(values, name);
        return List.copyOf(values);
    }

    static <K, V> Map<K, V> map(Map<? extends K, ? extends V> values, String name) {
        notNull(values, name);
        return Map.copyOf(values);
    }

    static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
