package lat.ideal.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table: a header row and rows of cells, numeric columns right-aligned, long text cut with "...". */
final class Table {
    /** The widest a text cell is shown. */
    static final int MAX_TEXT = 34;

    private final List<String> header;
    private final boolean[] right;
    private final List<List<String>> rows = new ArrayList<>();

    /** Creates a table; a header starting with {@code >} marks a right-aligned column (the mark is not shown). */
    Table(List<String> header) {
        this.header = new ArrayList<>();
        this.right = new boolean[header.size()];
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            right[i] = h.startsWith(">");
            this.header.add(right[i] ? h.substring(1) : h);
        }
    }

    Table row(List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("row of " + cells.size() + " cells in a table of " + header.size()
                    + " columns");
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    /** Prints the table, text cells cut at {@value #MAX_TEXT} characters. */
    void print(PrintWriter out, String indent) {
        print(out, indent, MAX_TEXT);
    }

    /** Prints the table without cutting any cell. */
    void printFull(PrintWriter out, String indent) {
        print(out, indent, Integer.MAX_VALUE);
    }

    private void print(PrintWriter out, String indent, int maxText) {
        List<List<String>> shown = new ArrayList<>();
        for (List<String> r : rows) {
            List<String> cut = new ArrayList<>();
            for (String c : r) {
                cut.add(c.length() > maxText ? c.substring(0, maxText - 3) + "..." : c);
            }
            shown.add(cut);
        }
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = header.get(i).length();
            for (List<String> r : shown) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        line(out, indent, header, width);
        for (List<String> r : shown) {
            line(out, indent, r, width);
        }
    }

    private void line(PrintWriter out, String indent, List<String> cells, int[] width) {
        StringBuilder b = new StringBuilder(indent);
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            String pad = " ".repeat(width[i] - c.length());
            b.append(i == 0 ? "" : "  ").append(right[i] ? pad + c : c + pad);
        }
        out.println(b.toString().stripTrailing());
    }
}
