package lat.ideal.io;

/**
 * A path into a JSON document ({@code observations[12].measurement}), built as a cheap chain and turned into text
 * only when a problem is reported.
 */
final class JsonPath {
    private static final JsonPath ROOT = new JsonPath(null, null, -1);

    private final JsonPath parent;
    private final String name;
    private final int index;

    private JsonPath(JsonPath parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    static JsonPath root() {
        return ROOT;
    }

    JsonPath field(String property) {
        return new JsonPath(this, property, -1);
    }

    JsonPath index(int i) {
        return new JsonPath(this, null, i);
    }

    @Override
    public String toString() {
        if (parent == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        append(b);
        return b.toString();
    }

    private void append(StringBuilder b) {
        if (parent == null) {
            return;
        }
        parent.append(b);
        if (name != null) {
            if (b.length() > 0) {
                b.append('.');
            }
            b.append(name);
        } else {
            b.append('[').append(index).append(']');
        }
    }
}
