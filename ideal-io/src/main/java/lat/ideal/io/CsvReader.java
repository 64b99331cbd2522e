package lat.ideal.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An RFC 4180 tokenizer: comma-separated fields, optional double quotes (a doubled quote inside stands for one), any of
 * CRLF, LF or CR as record end. It keeps only the current record, so memory does not grow with the file.
 *
 * <p>A leading byte order mark is skipped. Blank lines are skipped. Malformed quoting is reported through the
 * problems and the field is kept as read; a field longer than the limit, or a record with more columns than the
 * limit, is reported and stops reading. Not thread-safe.
 */
final class CsvReader {
    private static final int BUFFER = 1 << 16;

    private final Reader in;
    private final Problems problems;
    private final int maxField;
    private final int maxColumns;
    private final char[] buf = new char[BUFFER];
    private int pos;
    private int len;
    private boolean eof;
    private int line = 1;
    private boolean first = true;
    private boolean stopped;
    private final StringBuilder field = new StringBuilder();
    private final List<String> fields = new ArrayList<>();
    private int[] fieldLines = new int[64];
    private int recordLine;
    private List<String> header = List.of();

    CsvReader(Reader in, Problems problems, ReadLimits limits) {
        this.in = in;
        this.problems = problems;
        this.maxField = limits.maxStringLength();
        this.maxColumns = limits.maxColumns();
    }

    /** The fields of the current record; valid until the next call of {@link #next()}. */
    List<String> fields() {
        return fields;
    }

    /** The line where the current record starts. */
    int line() {
        return recordLine;
    }

    /** The line where a field of the current record starts (a quoted field may span lines). */
    int fieldLine(int index) {
        return fieldLines[index];
    }

    /** Names the columns in problems reported from now on. */
    void header(List<String> names) {
        header = List.copyOf(names);
    }

    /** Reports a problem in the field being read, by column number and name. */
    private void problem(int atLine, String rule, lat.ideal.model.LocalizedText message) {
        int index = fields.size();
        problems.error(atLine, index + 1, index < header.size() ? header.get(index) : "", rule, "", message);
    }

    /** Tells whether reading stopped at a limit. */
    boolean stopped() {
        return stopped;
    }

    /** Makes sure a character is buffered; false at the end of the input. */
    private boolean fill() throws IOException {
        if (pos < len) {
            return true;
        }
        if (eof) {
            return false;
        }
        len = in.read(buf, 0, BUFFER);
        pos = 0;
        if (len <= 0) {
            eof = true;
            len = 0;
            return false;
        }
        return true;
    }

    private int read() throws IOException {
        return fill() ? buf[pos++] : -1;
    }

    private int peek() throws IOException {
        return fill() ? buf[pos] : -1;
    }

    private void newLine() {
        line++;
    }

    /**
     * Reads the next record.
     *
     * @return false at the end of the input or after a limit stopped reading
     */
    boolean next() throws IOException {
        if (stopped) {
            return false;
        }
        if (first) {
            first = false;
            if (peek() == '\uFEFF') {
                read();
            }
        }
        while (true) {
            fields.clear();
            recordLine = line;
            int c = peek();
            if (c == -1) {
                return false;
            }
            if (c == '\r' || c == '\n') {
                read();
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                newLine();
                continue;
            }
            if (readRecord()) {
                return !stopped;
            }
        }
    }

    /** Reads fields up to the end of the record; true when a record was read. */
    private boolean readRecord() throws IOException {
        while (true) {
            if (fields.size() == maxColumns) {
                problem(line, "limit-exceeded", Messages.limit("more than " + maxColumns + " columns"));
                stopped = true;
                return true;
            }
            if (fields.size() == fieldLines.length) {
                fieldLines = Arrays.copyOf(fieldLines, fieldLines.length * 2);
            }
            fieldLines[fields.size()] = line;
            int end = readField();
            fields.add(field.toString());
            if (stopped) {
                return true;
            }
            if (end == ',') {
                continue;
            }
            if (end == '\r' && peek() == '\n') {
                read();
            }
            if (end != -1) {
                newLine();
            }
            return true;
        }
    }

    /** Reads one field into {@code field}; returns the character that ended it ({@code ,}, CR, LF or -1). */
    private int readField() throws IOException {
        field.setLength(0);
        int startLine = line;
        int c = read();
        if (c == '"') {
            while (true) {
                c = read();
                if (c == -1) {
                    problem(startLine, "csv-syntax", Messages.unclosedQuote());
                    stopped = true;
                    return -1;
                }
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        append('"');
                        continue;
                    }
                    break;
                }
                if (c == '\n' || (c == '\r' && peek() != '\n')) {
                    newLine();
                } else if (c == '\r') {
                    append('\r');
                    read();
                    newLine();
                    c = '\n';
                }
                append((char) c);
                if (stopped) {
                    return -1;
                }
            }
            c = read();
            if (c != ',' && c != '\r' && c != '\n' && c != -1) {
                problem(line, "csv-syntax", Messages.textAfterQuote());
                while (c != ',' && c != '\r' && c != '\n' && c != -1) {
                    append((char) c);
                    c = read();
                }
            }
            return c;
        }
        boolean reported = false;
        while (c != ',' && c != '\r' && c != '\n' && c != -1) {
            if (c == '"' && !reported) {
                problem(line, "csv-syntax", Messages.strayQuote());
                reported = true;
            }
            append((char) c);
            if (stopped) {
                return -1;
            }
            c = read();
        }
        return c;
    }

    private void append(char c) {
        if (field.length() == maxField) {
            if (!stopped) {
                problem(line, "limit-exceeded", Messages.limit("a field longer than " + maxField + " characters"));
                stopped = true;
            }
            return;
        }
        field.append(c);
    }
}
