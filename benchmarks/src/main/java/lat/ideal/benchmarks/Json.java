package lat.ideal.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON writing for the comparison's manifest and results: objects keep insertion order; values are
 * strings, numbers (non-finite ones become {@code null}), booleans, lists of those, or nested {@code Json}.
 */
final class Json {
    private final Map<String, Object> fields;
    private final List<Object> items;

    private Json(Map<String, Object> fields, List<Object> items) {
        this.fields = fields;
        this.items = items;
    }

    static Json object() {
        return new Json(new LinkedHashMap<>(), null);
    }

    static Json array() {
        return new Json(null, new ArrayList<>());
    }

    /** Adds a field to an object; returns this object. */
    Json put(String key, Object value) {
        fields.put(key, value);
        return this;
    }

    /** Appends an item to an array; returns this array. */
    Json add(Object value) {
        items.add(value);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        write(b, this);
        return b.toString();
    }

    private static void write(StringBuilder b, Object v) {
        if (v instanceof Json) {
            Json j = (Json) v;
            if (j.fields != null) {
                b.append('{');
                String sep = "";
                for (Map.Entry<String, Object> e : j.fields.entrySet()) {
                    b.append(sep);
                    string(b, e.getKey());
                    b.append(':');
                    write(b, e.getValue());
                    sep = ",";
                }
                b.append('}');
            } else {
                write(b, j.items);
            }
        } else if (v instanceof List) {
            b.append('[');
            String sep = "";
            for (Object o : (List<?>) v) {
                b.append(sep);
                write(b, o);
                sep = ",";
            }
            b.append(']');
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            b.append(Double.isFinite(d) ? Double.toString(d) : "null");
        } else if (v instanceof Number || v instanceof Boolean) {
            b.append(v);
        } else {
            string(b, String.valueOf(v));
        }
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        b.append('"');
    }
}
