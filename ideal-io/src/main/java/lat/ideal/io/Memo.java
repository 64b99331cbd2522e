package lat.ideal.io;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Remembers the values parsed from the most frequent texts of one file (country names, periods, markings), which
 * repeat on nearly every row; bounded, so a file of distinct texts cannot make it grow without limit. Not
 * thread-safe: one per read.
 */
final class Memo<T> {
    private static final int MAX = 4_096;

    private final Map<String, T> values = new HashMap<>();

    /** Returns the remembered value of a text, or parses it (a null result, a failure, is not remembered). */
    T get(String text, Function<String, T> parse) {
        T v = values.get(text);
        if (v == null) {
            v = parse.apply(text);
            if (v != null) {
                if (values.size() == MAX) {
                    values.clear();
                }
                values.put(text, v);
            }
        }
        return v;
    }
}
