package lat.ideal.io;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The header row of a CSV file: column names (trimmed, lower case) and their positions. */
final class CsvHeader {
    final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();

    private CsvHeader(List<String> names) {
        this.names = names;
        for (int i = 0; i < names.size(); i++) {
            index.putIfAbsent(names.get(i), i);
        }
    }

    /**
     * Reads the header row, reporting an empty file, a semicolon-separated file and duplicate names; null if the file
     * cannot be read further.
     */
    static CsvHeader read(CsvReader csv, Problems problems, boolean lowerCase) throws java.io.IOException {
        if (!csv.next()) {
            if (!csv.stopped() && !problems.hasErrors()) {
                problems.error(1, 1, "", "empty-file", "", Messages.emptyFile());
            }
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String f : csv.fields()) {
            String n = f.trim();
            names.add(lowerCase ? n.toLowerCase(Locale.ROOT) : n);
        }
        int line = csv.line();
        if (names.size() == 1 && names.get(0).indexOf(';') >= 0) {
            problems.error(line, 1, "", "semicolon-separator", names.get(0), Messages.semicolon());
            return null;
        }
        CsvHeader header = new CsvHeader(names);
        csv.header(names);
        for (int i = 0; i < names.size(); i++) {
            if (header.index.get(names.get(i)) != i) {
                problems.error(line, i + 1, names.get(i), "duplicate-column", names.get(i),
                        Messages.duplicateColumn(names.get(i)));
            }
        }
        return header;
    }

    /** Reports every column not in the allowed set. */
    void only(int line, Problems problems, Collection<String> allowed) {
        for (int i = 0; i < names.size(); i++) {
            if (!allowed.contains(names.get(i))) {
                problems.error(line, i + 1, names.get(i), "unknown-column", names.get(i),
                        Messages.unknownColumn(names.get(i), allowed));
            }
        }
    }

    /** Returns the 0-based position of a column, or -1. */
    int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    /** Returns the position of a required column, or reports it missing and returns -1. */
    int require(int line, Problems problems, String name) {
        int i = indexOf(name);
        if (i < 0) {
            problems.error(line, 1, name, "missing-column", name, Messages.missingColumn(name));
        }
        return i;
    }
}
