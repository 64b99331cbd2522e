package lat.ideal.io.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import lat.ideal.model.Language;

/**
 * The report's own words in es/en/pt, read from {@code messages_<code>.properties} beside this class (UTF-8).
 *
 * <p>The three tables are read once and never change. A key missing from a table is a programming error; the tests
 * check that the three tables have the same keys.
 */
final class Labels {
    private static final Map<Language, Map<String, String>> TABLES = load();

    private final Language language;
    private final Map<String, String> table;

    private Labels(Language language) {
        this.language = language;
        this.table = TABLES.get(language);
    }

    static Labels of(Language language) {
        return new Labels(language);
    }

    static Set<String> keys(Language language) {
        return TABLES.get(language).keySet();
    }

    Language language() {
        return language;
    }

    String get(String key) {
        String s = table.get(key);
        if (s == null) {
            throw new IllegalStateException("no " + language.code() + " text for '" + key + "'");
        }
        return s;
    }

    Optional<String> find(String key) {
        return Optional.ofNullable(table.get(key));
    }

    String format(String key, Object... args) {
        return String.format(Locale.ROOT, get(key), args);
    }

    private static Map<Language, Map<String, String>> load() {
        Map<Language, Map<String, String>> tables = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            String file = "messages_" + l.code() + ".properties";
            try (InputStream in = Labels.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("report texts " + file + " are missing from the jar");
                }
                Properties p = new Properties();
                try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                Map<String, String> table = new TreeMap<>();
                for (String k : p.stringPropertyNames()) {
                    table.put(k, p.getProperty(k));
                }
                tables.put(l, Map.copyOf(table));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.copyOf(tables);
    }
}
