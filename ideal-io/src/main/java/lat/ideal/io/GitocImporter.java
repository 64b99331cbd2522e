package lat.ideal.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lat.ideal.model.Country;
import lat.ideal.model.Dataset;
import lat.ideal.model.IndicatorDefinition;
import lat.ideal.model.Measurement;
import lat.ideal.model.Observation;
import lat.ideal.model.ReportingPeriod;
import lat.ideal.model.Target;
import lat.ideal.model.Tlp;
import lat.ideal.scoring.GitocIndicators;

/**
 * Imports the GI-TOC Global Organized Crime Index from the publisher's dataset layout, of any edition.
 *
 * <p>Columns are detected from the header, in any order: a country column ({@code Country}, {@code country} or
 * {@code name} for names, {@code code} for alpha-2 codes, {@code iso3} for alpha-3 codes; a code wins over a name),
 * {@code Continent} and {@code Region} (kept per row), {@code latitude} and {@code longitude} (ignored), the composites
 * however spelled ({@code Criminality}, {@code Criminality avg,}, {@code criminal_markets}; absent in some layouts),
 * and the indicators by their published names ({@code Human trafficking}, ..., {@code Non-state actors}; 10 or 15
 * markets, 4 or 5 actor types, 12 resilience indicators). Any other column is an error. Indicator keys are the
 * kebab-case of the header ({@code Anti-money laundering} gives {@code anti-money-laundering}), blocks are
 * {@code criminal-markets}, {@code criminal-actors} and {@code resilience}, every scale is 1..10 in steps of 0.5
 * about countries, resilience has negative polarity.
 *
 * <p>Country names map to ISO codes through a table of every spelling the published files use ({@code Congo, Dem.
 * Rep.}, {@code Korea, DPR}, {@code Cabo Verde}, {@code Turkey}, {@code Türkiye}, {@code Côte d'Ivoire}, ...), then
 * through {@link Country#find(CharSequence)}. The dataset has id {@code gitoc-ocindex-<edition>}, the edition's year
 * as period, every country in file order, the indicators in header order, and one observation per filled indicator
 * cell with source {@code GI-TOC Global Organized Crime Index <edition>} and marking {@code TLP:CLEAR}. Composites are
 * kept per country as {@link BigDecimal}s exactly as written, to compare computed scores against.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class GitocImporter {
    private static final Map<String, String> NAMES = loadNames();
    private static final Set<String> NAME_COLUMNS = Set.of("country", "name");

    private final ReadLimits limits;

    private GitocImporter(ReadLimits limits) {
        this.limits = limits;
    }

    /**
     * Returns an importer with {@link ReadLimits#defaults()}.
     *
     * @return the importer, never null
     */
    public static GitocImporter withDefaults() {
        return new GitocImporter(ReadLimits.defaults());
    }

    /**
     * Returns a copy with other read limits.
     *
     * @param value the limits, not null
     * @return the copy, never null
     */
    public GitocImporter withLimits(ReadLimits value) {
        return new GitocImporter(Objects.requireNonNull(value, "limits"));
    }

    /**
     * Looks up a country by a name as GI-TOC spells it, or by any code or name {@link Country#find} knows.
     *
     * @param name the name, not null
     * @return the country, or empty
     */
    public static Optional<Country> country(String name) {
        String code = NAMES.get(normalise(name));
        return code != null ? Optional.of(Country.of(code)) : Country.find(name);
    }

    /**
     * Imports a file (UTF-8, with or without byte order mark).
     *
     * @param file the file, not null
     * @param edition the edition year, e.g. 2023
     * @return the import and every located problem, never null
     */
    public ReadResult<GitocImport> read(Path file, int edition) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), in, edition);
        } catch (IOException e) {
            Problems problems = new Problems(file.toString(), limits.maxProblems());
            problems.error(1, 1, "", "io-error", "", Messages.io(String.valueOf(e.getMessage())));
            return ReadResult.failed(problems.list());
        }
    }

    /**
     * Imports from characters.
     *
     * @param fileName the name used in problem locations, not null
     * @param in the characters, not null; not closed
     * @param edition the edition year, e.g. 2023
     * @return the import and every located problem, never null
     */
    public ReadResult<GitocImport> read(String fileName, Reader in, int edition) {
        Problems problems = new Problems(fileName, limits.maxProblems());
        CsvReader csv = new CsvReader(in, problems, limits);
        try {
            CsvHeader header = CsvHeader.read(csv, problems, false);
            if (header == null) {
                return ReadResult.failed(problems.list());
            }
            Layout layout = new Layout(header, csv.line(), problems);
            if (problems.hasErrors()) {
                return ReadResult.failed(problems.list());
            }
            String source = "GI-TOC Global Organized Crime Index " + edition;
            Optional<String> sourceReference = Optional.of(source);
            ReportingPeriod period = ReportingPeriod.year(edition);
            int[] compositeColumns = columns(layout.composites);
            List<String> compositeKeys = List.copyOf(layout.composites.values());
            int[] indicatorColumns = columns(layout.indicators);
            List<IndicatorDefinition> indicators = List.copyOf(layout.indicators.values());
            List<GitocImport.Row> rows = new ArrayList<>();
            List<Observation> observations = new ArrayList<>();
            Set<Country> seen = new HashSet<>();
            CsvRow row = new CsvRow(csv, header, problems);
            while (csv.next() && !problems.isFull()) {
                if (!row.complete()) {
                    continue;
                }
                Country country = layout.country(row);
                if (country == null) {
                    continue;
                }
                if (!seen.add(country)) {
                    row.error(layout.countryColumn, "duplicate-unit", row.cell(layout.countryColumn),
                            Messages.duplicateUnit(row.cell(layout.countryColumn)));
                    continue;
                }
                Map<String, BigDecimal> composites = new LinkedHashMap<>();
                for (int c = 0; c < compositeColumns.length; c++) {
                    String text = row.cell(compositeColumns[c]);
                    if (!text.isEmpty() && number(row, compositeColumns[c], text) != null) {
                        composites.put(compositeKeys.get(c), new BigDecimal(text));
                    }
                }
                Target target = Target.country(country);
                for (int c = 0; c < indicatorColumns.length; c++) {
                    String text = row.cell(indicatorColumns[c]);
                    Measurement m = text.isEmpty() ? null : number(row, indicatorColumns[c], text);
                    if (m != null) {
                        // The canonical constructor: one record per cell, where of(...).withSource(...) makes three.
                        observations.add(new Observation(target, indicators.get(c).key(), m, period,
                                Optional.empty(), sourceReference, Tlp.CLEAR, Optional.empty(), Optional.empty(),
                                Optional.empty()));
                    }
                }
                String name = layout.nameColumn >= 0 ? row.cell(layout.nameColumn) : row.cell(layout.countryColumn);
                rows.add(new GitocImport.Row(country, name, row.cell(layout.region), row.cell(layout.continent),
                        composites));
            }
            if (problems.hasErrors()) {
                return ReadResult.failed(problems.list());
            }
            Dataset dataset = Dataset.builder("gitoc-ocindex-" + edition).title(source).period(period)
                    .countries(rows.stream().map(GitocImport.Row::country).toList())
                    .indicators(indicators).observations(observations).build();
            return ReadResult.of(new GitocImport(edition, dataset, rows), problems.list());
        } catch (IOException e) {
            problems.error(1, 1, "", "io-error", "", Messages.io(String.valueOf(e.getMessage())));
            return ReadResult.failed(problems.list());
        }
    }

    private static int[] columns(Map<Integer, ?> byColumn) {
        return byColumn.keySet().stream().mapToInt(Integer::intValue).toArray();
    }

    private static Measurement number(CsvRow row, int column, String text) {
        Values.Parsed p = Values.number(text);
        if (p.rule() != null) {
            row.error(column, p.rule(), text, p.message());
            return null;
        }
        return p.value();
    }

    /** Where the columns of one file are. */
    private static final class Layout {
        int countryColumn = -1;
        int nameColumn = -1;
        boolean countryIsCode;
        int region = -1;
        int continent = -1;
        final Map<Integer, String> composites = new LinkedHashMap<>();
        final Map<Integer, IndicatorDefinition> indicators = new LinkedHashMap<>();

        Layout(CsvHeader header, int line, Problems problems) {
            int code = -1;
            for (int i = 0; i < header.names.size(); i++) {
                String h = header.names.get(i);
                String lower = h.trim().toLowerCase(Locale.ROOT);
                Optional<IndicatorDefinition> d = GitocIndicators.definition(h);
                if (NAME_COLUMNS.contains(lower)) {
                    nameColumn = i;
                } else if (lower.equals("code") || lower.equals("iso3") || lower.equals("iso")) {
                    code = i;
                } else if (lower.equals("region")) {
                    region = i;
                } else if (lower.equals("continent")) {
                    continent = i;
                } else if (lower.equals("latitude") || lower.equals("longitude")) {
                    continue;
                } else if (GitocIndicators.isComposite(h)) {
                    composites.put(i, GitocIndicators.key(h));
                } else if (d.isPresent()) {
                    indicators.put(i, d.get());
                } else {
                    problems.error(line, i + 1, h, "unknown-column", h, Messages.unknownGitocColumn(h));
                }
            }
            countryIsCode = code >= 0;
            countryColumn = code >= 0 ? code : nameColumn;
            if (countryColumn < 0) {
                problems.error(line, 1, "Country", "missing-column", "Country", Messages.noCountryColumn());
            }
        }

        Country country(CsvRow row) {
            String text = row.cell(countryColumn);
            Optional<Country> c = countryIsCode ? Country.find(text) : GitocImporter.country(text);
            if (c.isEmpty()) {
                row.error(countryColumn, "bad-country", text, Messages.badCountry(text));
                return null;
            }
            return c.get();
        }
    }

    static String normalise(String name) {
        String d = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && b.length() > 0
                    && b.charAt(b.length() - 1) != ' ') {
                b.append(' ');
            }
        }
        return b.toString().trim();
    }

    private static Map<String, String> loadNames() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = GitocImporter.class.getResourceAsStream("gitoc-countries.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource gitoc-countries.tsv is missing from lat.ideal.io");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                names.put(normalise(line.substring(0, tab)), line.substring(tab + 1).trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(names);
    }
}
