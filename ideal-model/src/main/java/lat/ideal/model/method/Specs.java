package lat.ideal.model.method;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Argument checks shared by the specification records. */
final class Specs {
    private Specs() {
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

    static <T> List<T> list(List<? extends T> values, String name) {
        return List.copyOf(notNull(values, name));
    }

    static <V> Map<String, V> sortedMap(Map<String, ? extends V> values, String name) {
        notNull(values, name);
        TreeMap<String, V> copy = new TreeMap<>();
        values.forEach((k, v) -> copy.put(notNull(k, name + " key"), notNull(v, name + " value")));
        return Collections.unmodifiableMap(copy);
    }
}
