package lat.ideal.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lat.ideal.model.Country;
import lat.ideal.model.Dataset;
import lat.ideal.model.IndicatorDefinition;
import lat.ideal.model.Measurement;
import lat.ideal.model.Observation;
import lat.ideal.model.ReportingPeriod;
import lat.ideal.model.Target;

/**
 * A test-only reader of the GI-TOC CSV files in test resources (the io module has the real importer): a dataset of
 * the indicator columns, and the published composites by country code and composite key.
 */
final class GitocCsv {
    /** Publisher spellings -> ISO alpha-2 codes, from test resources {@code gitoc/countries.tsv}. */
    private static final Map<String, String> CODES = codes();

    final Dataset dataset;
    /** Published composites: country code -> composite key -> value as published. */
    final Map<String, Map<String, BigDecimal>> published;

    private GitocCsv(Dataset dataset, Map<String, Map<String, BigDecimal>> published) {
        this.dataset = dataset;
        this.published = published;
    }

    /** Reads a publisher sheet (2021 or 2023 layout): country in column 3, composites interleaved. */
    static GitocCsv sheet(String file, int year) {
        List<List<String>> rows = rows(file);
        List<String> header = rows.get(0);
        return build(rows, header, 2, year, true);
    }

    /** Reads the 2025 extract: ISO alpha-2 code in column 1, indicators from column 5, no composites. */
    static GitocCsv extract2025(String file) {
        List<List<String>> rows = rows(file);
        return build(rows, rows.get(0), 0, 2025, false);
    }

    private static GitocCsv build(List<List<String>> rows, List<String> header, int countryColumn, int year,
                                  boolean byName) {
        ReportingPeriod period = ReportingPeriod.year(year);
        Dataset.Builder b = Dataset.builder("gitoc-" + year).period(period).title("GI-TOC " + year);
        Map<Integer, IndicatorDefinition> columns = new LinkedHashMap<>();
        Map<Integer, String> composites = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c);
            if (GitocIndicators.isComposite(h)) {
                composites.put(c, GitocIndicators.key(h));
            } else {
                int column = c;
                GitocIndicators.definition(h).ifPresent(d -> columns.put(column, d));
            }
        }
        columns.values().forEach(b::indicator);
        Map<String, Map<String, BigDecimal>> published = new LinkedHashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            String name = row.get(countryColumn);
            Country country = Country.of(byName ? CODES.get(name) : name);
            b.country(country);
            Target target = Target.country(country);
            for (Map.Entry<Integer, IndicatorDefinition> e : columns.entrySet()) {
                b.observation(Observation.of(target, e.getValue().key(),
                        Measurement.of(Double.parseDouble(row.get(e.getKey()))), period));
            }
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            composites.forEach((c, key) -> values.put(key, new BigDecimal(row.get(c))));
            published.put(country.code(), values);
        }
        return new GitocCsv(b.build(), published);
    }

    /** Reads the 2025 composites subset: iso3 -> composite key -> value. */
    static Map<String, Map<String, BigDecimal>> composites2025(String file) {
        List<List<String>> rows = rows(file);
        List<String> header = rows.get(0);
        Map<String, Map<String, BigDecimal>> out = new LinkedHashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            for (int c = 2; c < header.size(); c++) {
                values.put(header.get(c).replace('_', '-'), new BigDecimal(row.get(c)));
            }
            out.put(row.get(0), values);
        }
        return out;
    }

    private static Map<String, String> codes() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : text("countries.tsv").split("\r?\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.split("\t");
                out.put(parts[0], parts[1]);
            }
        }
        return out;
    }

    static List<List<String>> rows(String file) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : text(file).split("\r?\n")) {
            if (!line.isBlank()) {
                rows.add(fields(line));
            }
        }
        return rows;
    }

    private static String text(String file) {
        try (InputStream in = GitocCsv.class.getResourceAsStream("gitoc/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits one CSV line with double-quoted fields (RFC 4180, no embedded line breaks). */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        out.add(cell.toString());
        return out;
    }
}
