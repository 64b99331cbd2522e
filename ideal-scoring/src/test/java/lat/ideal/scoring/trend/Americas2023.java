package lat.ideal.scoring.trend;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import lat.ideal.scoring.GitocIndicators;

/**
 * The 35 countries of the Americas in the GI-TOC Global Organized Crime Index 2023 (test resource
 * {@code lat/ideal/scoring/gitoc/gitoc-ocindex-2023.csv}, the publisher's values; see the README beside it), as
 * editable tables from which a dataset is built.
 */
final class Americas2023 {
    /** Publisher spellings of the Americas that the JDK's locale data does not know. */
    private static final Map<String, String> ISO = Map.of("Antigua and Barbuda", "AG",
            "St, Kitts and Nevis", "KN", "Trinidad and Tobago", "TT", "St, Vincent and the Grenadines", "VC");

    final List<IndicatorDefinition> indicators = new ArrayList<>();
    final Map<Country, Map<String, Double>> values = new LinkedHashMap<>();

    private Americas2023() {
    }

    static Americas2023 read() {
        Americas2023 t = new Americas2023();
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Americas2023.class.getResourceAsStream(
                "/lat/ideal/scoring/gitoc/gitoc-ocindex-2023.csv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")) {
                if (!line.isBlank()) {
                String[] fields = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
                    for (int i = 0; i < fields.length; i++) {
                        fields[i] = fields[i].replace("\"", "");
                    }
                    rows.add(fields);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] header = rows.get(0);
        Map<Integer, String> columns = new LinkedHashMap<>();
        for (int c = 3; c < header.length; c++) {
            String h = header[c];
            if (!GitocIndicators.isComposite(h)) {
                IndicatorDefinition d = GitocIndicators.definition(h).orElseThrow();
                t.indicators.add(d);
                columns.put(c, d.key());
            }
        }
        for (String[] row : rows.subList(1, rows.size())) {
            if (!row[0].equals("Americas")) {
                continue;
            }
            Country country = ISO.containsKey(row[2]) ? Country.of(ISO.get(row[2])) : Country.parse(row[2]);
            Map<String, Double> v = new LinkedHashMap<>();
            columns.forEach((c, key) -> v.put(key, Double.parseDouble(row[c])));
            t.values.put(country, v);
        }
        return t;
    }

    Dataset dataset(String id) {
        ReportingPeriod year = ReportingPeriod.year(2023);
        Dataset.Builder b = Dataset.builder(id).period(year).indicators(indicators);
        values.forEach((country, v) -> {
            b.country(country);
            v.forEach((key, x) -> b.observation(Observation.of(Target.country(country), key, Measurement.of(x),
                    year)));
        });
        return b.build();
    }
}
