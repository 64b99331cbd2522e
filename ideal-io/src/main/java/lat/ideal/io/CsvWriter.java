package lat.ideal.io;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes RFC 4180 CSV (CRLF record ends, fields quoted only where needed) with spreadsheet formula injection
 * neutralised.
 *
 * <p>A text cell that would start with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return (after
 * any number of apostrophes) gets one more leading apostrophe ({@code '}), so that a spreadsheet shows it as text
 * instead of running it; {@link #restore(String)} removes exactly that apostrophe when reading back. Number cells
 * written from doubles are plain decimals and are left alone. Not thread-safe.
 */
final class CsvWriter {
    private final Writer out;
    private boolean rowStart = true;

    CsvWriter(Writer out) {
        this.out = out;
    }

    private static boolean dangerous(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** Tells whether a cell, after its leading apostrophes, starts with a character a spreadsheet would run. */
    private static boolean risky(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '\'') {
            i++;
        }
        return i < s.length() && dangerous(s.charAt(i));
    }

    /** Prefixes an apostrophe to a cell that a spreadsheet could take for a formula. */
    static String neutralise(String s) {
        return risky(s) ? "'" + s : s;
    }

    /** Undoes {@link #neutralise(String)}: drops one leading apostrophe from a cell it would have prefixed. */
    static String restore(String s) {
        return s.startsWith("'") && risky(s.substring(1)) ? s.substring(1) : s;
    }

    private void separator() throws IOException {
        if (!rowStart) {
            out.write(',');
        }
        rowStart = false;
    }

    private void raw(String s) throws IOException {
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        if (!quote) {
            out.write(s);
            return;
        }
        out.write('"');
        out.write(s.replace("\"", "\"\""));
        out.write('"');
    }

    /** Writes a text cell, neutralised. */
    void text(String s) throws IOException {
        separator();
        raw(neutralise(s));
    }

    /** Writes a cell that is a plain decimal as it is, anything else as neutralised text. */
    void number(String s) throws IOException {
        separator();
        raw(Values.isDecimal(s) ? s : neutralise(s));
    }

    void endRow() throws IOException {
        out.write("\r\n");
        rowStart = true;
    }
}
