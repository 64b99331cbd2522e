package lat.ideal.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lat.ideal.model.validation.Problem;
import lat.ideal.model.validation.Severity;

/**
 * Reads the line format of preset files: {@code key = value} per line, {@code #} comments, blank lines ignored,
 * no continuation lines. Problems are collected with the source name and line number, never thrown.
 */
final class PresetReader {
    private PresetReader() {
    }

    /** A value with the line it came from (0 for a value given as a parameter override). */
    record Entry(String value, int line) {
    }

    static Map<String, Entry> read(String source, CharSequence text, List<Problem> problems) {
        Map<String, Entry> out = new LinkedHashMap<>();
        String[] lines = text.toString().split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                problems.add(problem(source, number, "preset-syntax", line,
                        "line is not 'key = value' (found '%s')", abbreviate(line)));
                continue;
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            Entry previous = out.get(key);
            if (previous != null) {
                problems.add(problem(source, number, "preset-duplicate", key,
                        "'%s' is already set on line %d", key, previous.line()));
                continue;
            }
            out.put(key, new Entry(value, number));
        }
        return out;
    }

    static Problem problem(String source, int line, String rule, String value, String format, Object... args) {
        String where = line > 0 ? source + ":" + line : source + " (parameter)";
        return new Problem(Severity.ERROR, rule, where, value, Messages.format(format, args));
    }

    static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    /** Splits a comma-separated list, trimming items and dropping empty ones. */
    static List<String> list(String value) {
        List<String> out = new ArrayList<>();
        for (String s : value.split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
