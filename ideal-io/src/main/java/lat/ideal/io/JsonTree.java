package lat.ideal.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value that remembers where it started; built for one document part at a time and dropped after
 * conversion.
 */
abstract class JsonTree {
    final int line;
    final int column;
    /** Where the property name of this value started, for a value of an object's property (0 otherwise). */
    int nameLine;
    int nameColumn;

    JsonTree(int line, int column) {
        this.line = line;
        this.column = column;
    }

    abstract JsonType type();

    /**
     * An object: its properties in the order written (of a name written twice, the first), each value knowing where
     * its name started.
     */
    static final class Obj extends JsonTree {
        final Map<String, JsonTree> fields = new LinkedHashMap<>();

        Obj(int line, int column) {
            super(line, column);
        }

        @Override
        JsonType type() {
            return JsonType.OBJECT;
        }
    }

    /** An array. */
    static final class Arr extends JsonTree {
        final List<JsonTree> items = new ArrayList<>();

        Arr(int line, int column) {
            super(line, column);
        }

        @Override
        JsonType type() {
            return JsonType.ARRAY;
        }
    }

    /** A string, number, boolean or null, with its text exactly as written. */
    static final class Scalar extends JsonTree {
        final JsonType kind;
        final String text;
        final boolean integral;

        Scalar(int line, int column, JsonType kind, String text, boolean integral) {
            super(line, column);
            this.kind = kind;
            this.text = text;
            this.integral = integral;
        }

        @Override
        JsonType type() {
            return kind;
        }
    }
}
