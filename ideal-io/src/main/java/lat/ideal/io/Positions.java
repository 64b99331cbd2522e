package lat.ideal.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each value of a JSON document started, keyed by JSON path, so that a validator's problem path can be placed
 * in the file.
 *
 * <p>The elements of one large array (a dataset's observations) are kept compactly: one packed position per element
 * and one per property of the element, without path strings; everything else is kept by path text.
 */
final class Positions {
    private final String dense;
    private final Map<String, Long> byPath = new HashMap<>();
    private final List<String> denseNames = new ArrayList<>();
    private long[] elementPos = new long[64];
    private int[] firstField = new int[65];
    private int elements;
    private long[] fieldPos = new long[256];
    private byte[] fieldIds = new byte[256];
    private int fields;

    /**
     * Creates an index.
     *
     * @param dense the top-level array whose elements are kept compactly, or null for none
     */
    Positions(String dense) {
        this.dense = dense;
    }

    static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xffffffffL);
    }

    static int line(long packed) {
        return (int) (packed >>> 32);
    }

    static int column(long packed) {
        return (int) packed;
    }

    /** Records a value and, recursively, everything inside it. */
    void record(String path, JsonTree value) {
        byPath.put(path, pack(value.line, value.column));
        if (value instanceof JsonTree.Obj) {
            for (Map.Entry<String, JsonTree> e : ((JsonTree.Obj) value).fields.entrySet()) {
                record(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue());
            }
        } else if (value instanceof JsonTree.Arr) {
            List<JsonTree> items = ((JsonTree.Arr) value).items;
            for (int i = 0; i < items.size(); i++) {
                record(path + "[" + i + "]", items.get(i));
            }
        }
    }

    /** Records the next element of the dense array and the start of each of its properties. */
    void recordElement(JsonTree element) {
        if (elements == elementPos.length) {
            elementPos = Arrays.copyOf(elementPos, elements * 2);
            firstField = Arrays.copyOf(firstField, elements * 2 + 1);
        }
        elementPos[elements] = pack(element.line, element.column);
        firstField[elements] = fields;
        if (element instanceof JsonTree.Obj) {
            for (Map.Entry<String, JsonTree> e : ((JsonTree.Obj) element).fields.entrySet()) {
                int id = denseNames.indexOf(e.getKey());
                if (id < 0) {
                    if (denseNames.size() == Byte.MAX_VALUE) {
                        continue;
                    }
                    denseNames.add(e.getKey());
                    id = denseNames.size() - 1;
                }
                if (fields == fieldPos.length) {
                    fieldPos = Arrays.copyOf(fieldPos, fields * 2);
                    fieldIds = Arrays.copyOf(fieldIds, fields * 2);
                }
                fieldPos[fields] = pack(e.getValue().line, e.getValue().column);
                fieldIds[fields] = (byte) id;
                fields++;
            }
        }
        elements++;
        firstField[elements] = fields;
    }

    /**
     * Finds where the value at a path started; where the exact path was not recorded, the nearest recorded ancestor.
     *
     * @return the packed position, or the document start if nothing on the path was recorded
     */
    long locate(String path) {
        String p = path;
        while (true) {
            Long exact = byPath.get(p);
            if (exact != null) {
                return exact;
            }
            long d = locateDense(p);
            if (d != 0) {
                return d;
            }
            if (p.isEmpty()) {
                return pack(1, 1);
            }
            p = parent(p);
        }
    }

    private long locateDense(String p) {
        if (dense == null || !p.startsWith(dense + "[")) {
            return 0;
        }
        int close = p.indexOf(']', dense.length());
        int index;
        try {
            index = Integer.parseInt(p.substring(dense.length() + 1, close));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return 0;
        }
        if (index < 0 || index >= elements) {
            return 0;
        }
        String rest = p.substring(close + 1);
        if (rest.isEmpty()) {
            return elementPos[index];
        }
        if (rest.charAt(0) == '.' && rest.indexOf('.', 1) < 0 && rest.indexOf('[') < 0) {
            int id = denseNames.indexOf(rest.substring(1));
            for (int f = firstField[index]; f < firstField[index + 1]; f++) {
                if (fieldIds[f] == id) {
                    return fieldPos[f];
                }
            }
        }
        return 0;
    }

    private static String parent(String p) {
        int dot = p.lastIndexOf('.');
        int bracket = p.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut <= 0 ? "" : p.substring(0, cut);
    }
}
