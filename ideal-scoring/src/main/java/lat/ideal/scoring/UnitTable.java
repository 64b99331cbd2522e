package lat.ideal.scoring;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The units of a {@link ScoringInput}, stored compactly: keys packed into one array with offsets, names only when
 * some name differs from its key, group labels deduplicated, and an open-addressing index from key to position.
 *
 * <p>A million units {@code u0, u1, ...} take about 19 MB here (7 bytes of key, a 4-byte offset and 8 bytes of
 * index per unit) where a list of {@link ScoringInput.Unit} records, their key strings and a
 * {@code HashMap<String, Integer>} took about 139 MB. {@link #list()} is a read-only view that materialises a unit
 * on every {@code get}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class UnitTable {
    /** The golden-ratio multiplier that spreads consecutive string hashes over the index. */
    private static final int SPREAD = 0x9E3779B9;

    private final int size;
    private final Packed keys;
    /** The names, or null when every name equals its key. */
    private final Packed names;
    /** The group label of each unit as a position in {@link #labels}, -1 for none; null when no unit has a group. */
    private final int[] groupOf;
    /** The distinct non-empty group labels, in order of first appearance. */
    private final List<String> labels;
    /** Unit position + 1 per slot, 0 for an empty slot; its length is a power of two at least twice the size. */
    private final int[] index;
    private final int shift;
    private final UnitList list;

    private UnitTable(int size, Packed keys, Packed names, int[] groupOf, List<String> labels, int[] index) {
        this.size = size;
        this.keys = keys;
        this.names = names;
        this.groupOf = groupOf;
        this.labels = labels;
        this.index = index;
        this.shift = Integer.numberOfLeadingZeros(index.length) + 1;
        this.list = new UnitList(this);
    }

    /**
     * Stores units, checking that no key repeats.
     *
     * @param units the units, no null element
     * @return the table
     * @throws NullPointerException if a unit is null
     * @throws IllegalArgumentException if a key appears twice
     */
    static UnitTable of(List<ScoringInput.Unit> units) {
        if (units instanceof UnitList) {
            return ((UnitList) units).table;
        }
        int n = units.size();
        int[] index = new int[tableLength(n)];
        int shift = Integer.numberOfLeadingZeros(index.length) + 1;
        Packed.Builder keys = new Packed.Builder(n);
        Packed.Builder names = null;
        int[] groupOf = null;
        Map<String, Integer> labelIndex = new HashMap<>();
        List<String> labels = new ArrayList<>();
        int u = 0;
        for (ScoringInput.Unit unit : units) {
            Objects.requireNonNull(unit, "unit");
            if (u == n) {
                throw new ConcurrentModificationException("the unit list grew while it was read");
            }
            String key = unit.key();
            int slot = slot(key.hashCode(), shift);
            for (int at; (at = index[slot]) != 0; slot = (slot + 1) & (index.length - 1)) {
                if (keys.equalsAt(at - 1, key)) {
                    throw new IllegalArgumentException("unit key '" + key + "' appears twice");
                }
            }
            index[slot] = u + 1;
            keys.add(key);
            if (names == null && !unit.name().equals(key)) {
                names = new Packed.Builder(n);
                for (int v = 0; v < u; v++) {
                    names.add(keys.get(v));
                }
            }
            if (names != null) {
                names.add(unit.name());
            }
            String group = unit.group();
            if (!group.isEmpty()) {
                if (groupOf == null) {
                    groupOf = new int[n];
                    Arrays.fill(groupOf, -1);
                }
                Integer label = labelIndex.get(group);
                if (label == null) {
                    label = labels.size();
                    labelIndex.put(group, label);
                    labels.add(group);
                }
                groupOf[u] = label;
            }
            u++;
        }
        if (u != n) {
            throw new ConcurrentModificationException("the unit list shrank while it was read");
        }
        return new UnitTable(n, keys.build(), names == null ? null : names.build(), groupOf, List.copyOf(labels),
                index);
    }

    private static int tableLength(int n) {
        int length = 2;
        while (length < 2L * n) {
            length <<= 1;
        }
        return length;
    }

    private static int slot(int hash, int shift) {
        return (hash * SPREAD) >>> shift;
    }

    int size() {
        return size;
    }

    /**
     * Returns the position of a key.
     *
     * @param key the key, not null
     * @return the position, or -1 when absent
     */
    int indexOf(String key) {
        int mask = index.length - 1;
        for (int slot = slot(key.hashCode(), shift), at; (at = index[slot]) != 0; slot = (slot + 1) & mask) {
            if (keys.equalsAt(at - 1, key)) {
                return at - 1;
            }
        }
        return -1;
    }

    String key(int u) {
        Objects.checkIndex(u, size);
        return keys.get(u);
    }

    boolean keyEquals(int u, String key) {
        Objects.checkIndex(u, size);
        return keys.equalsAt(u, key);
    }

    String name(int u) {
        Objects.checkIndex(u, size);
        return names == null ? keys.get(u) : names.get(u);
    }

    String group(int u) {
        Objects.checkIndex(u, size);
        int g = groupOf == null ? -1 : groupOf[u];
        return g < 0 ? "" : labels.get(g);
    }

    /**
     * Returns every unit's group as a position in {@link #groupLabels()}, -1 for none: the table's own array, which
     * callers only read (no copy of one int per unit for every scoring).
     *
     * @return one entry per unit, or null when no unit has a group
     */
    int[] groupIndices() {
        return groupOf;
    }

    /**
     * Returns the distinct non-empty group labels, in order of first appearance.
     *
     * @return the labels, never null
     */
    List<String> groupLabels() {
        return labels;
    }

    ScoringInput.Unit unit(int u) {
        String key = key(u);
        return new ScoringInput.Unit(key, names == null ? key : names.get(u), group(u));
    }

    /**
     * Returns the read-only list view of the units.
     *
     * @return the view, never null
     */
    List<ScoringInput.Unit> list() {
        return list;
    }

    /** The units as an immutable list that builds each {@link ScoringInput.Unit} when asked for it. */
    private static final class UnitList extends AbstractList<ScoringInput.Unit> implements RandomAccess {
        final UnitTable table;

        UnitList(UnitTable table) {
            this.table = table;
        }

        @Override
        public ScoringInput.Unit get(int index) {
            return table.unit(index);
        }

        @Override
        public int size() {
            return table.size;
        }

        @Override
        public int indexOf(Object o) {
            if (!(Objects.requireNonNull(o) instanceof ScoringInput.Unit)) {
                return -1;
            }
            ScoringInput.Unit unit = (ScoringInput.Unit) o;
            int u = table.indexOf(unit.key());
            return u >= 0 && table.unit(u).equals(unit) ? u : -1;
        }

        @Override
        public int lastIndexOf(Object o) {
            return indexOf(o);
        }

        @Override
        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }
    }

    /**
     * Strings packed into one array: one byte per character while every character is Latin-1, two bytes (a
     * {@code char[]}) as soon as one is not, so that any string, unpaired surrogates included, comes back unchanged.
     */
    static final class Packed {
        private final byte[] latin1;
        private final char[] utf16;
        /** Where string {@code i} starts; string {@code i} ends where {@code i + 1} starts. */
        private final int[] starts;

        private Packed(byte[] latin1, char[] utf16, int[] starts) {
            this.latin1 = latin1;
            this.utf16 = utf16;
            this.starts = starts;
        }

        String get(int i) {
            return get(latin1, utf16, starts, i);
        }

        private static String get(byte[] latin1, char[] utf16, int[] starts, int i) {
            int from = starts[i];
            int length = starts[i + 1] - from;
            return latin1 != null ? new String(latin1, from, length, StandardCharsets.ISO_8859_1)
                    : new String(utf16, from, length);
        }

        boolean equalsAt(int i, String s) {
            return equalsAt(latin1, utf16, starts, i, s);
        }

        private static boolean equalsAt(byte[] latin1, char[] utf16, int[] starts, int i, String s) {
            int from = starts[i];
            int length = starts[i + 1] - from;
            if (s.length() != length) {
                return false;
            }
            for (int k = 0; k < length; k++) {
                char c = latin1 != null ? (char) (latin1[from + k] & 0xFF) : utf16[from + k];
                if (c != s.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        /** Appends strings, growing its arrays as needed. */
        static final class Builder {
            private byte[] latin1;
            private char[] utf16;
            private int length;
            private final int[] starts;
            private int count;

            Builder(int capacity) {
                starts = new int[capacity + 1];
                latin1 = new byte[Math.max(16, capacity * 4)];
            }

            void add(String s) {
                int n = s.length();
                if (latin1 != null) {
                    for (int k = 0; k < n && latin1 != null; k++) {
                        if (s.charAt(k) > 0xFF) {
                            widen();
                        }
                    }
                }
                ensure(length + n);
                if (latin1 != null) {
                    for (int k = 0; k < n; k++) {
                        latin1[length + k] = (byte) s.charAt(k);
                    }
                } else {
                    s.getChars(0, n, utf16, length);
                }
                length += n;
                starts[++count] = length;
            }

            String get(int i) {
                return Packed.get(latin1, utf16, starts, i);
            }

            boolean equalsAt(int i, String s) {
                return Packed.equalsAt(latin1, utf16, starts, i, s);
            }

            private void widen() {
                utf16 = new char[latin1.length];
                for (int k = 0; k < length; k++) {
                    utf16[k] = (char) (latin1[k] & 0xFF);
                }
                latin1 = null;
            }

            private void ensure(int capacity) {
                int current = latin1 != null ? latin1.length : utf16.length;
                if (capacity <= current) {
                    return;
                }
                int grown = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(capacity, 2L * current));
                if (grown < capacity) {
                    throw new IllegalArgumentException("unit keys and names exceed " + grown + " characters");
                }
                if (latin1 != null) {
                    latin1 = Arrays.copyOf(latin1, grown);
                } else {
                    utf16 = Arrays.copyOf(utf16, grown);
                }
            }

            Packed build() {
                return latin1 != null ? new Packed(Arrays.copyOf(latin1, length), null, starts)
                        : new Packed(null, Arrays.copyOf(utf16, length), starts);
            }
        }
    }
}
