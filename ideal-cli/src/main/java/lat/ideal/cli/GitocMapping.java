package lat.ideal.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import lat.ideal.io.GitocImport;
import lat.ideal.io.GitocImporter;
import lat.ideal.io.Located;
import lat.ideal.io.ReadResult;
import lat.ideal.model.Country;
import lat.ideal.model.CrimeArea;
import lat.ideal.model.CrimeAreaCatalogue;
import lat.ideal.model.Dataset;
import lat.ideal.model.Doubles;
import lat.ideal.model.IndicatorDefinition;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.Measurement;
import lat.ideal.model.Observation;
import lat.ideal.model.Polarity;
import lat.ideal.model.Scale;
import lat.ideal.model.SourceGrade;
import lat.ideal.model.Target;
import lat.ideal.model.TargetKind;
import lat.ideal.model.Tlp;
import lat.ideal.model.validation.Problem;
import lat.ideal.model.validation.Severity;

/**
 * A mapping from the GI-TOC Global Organized Crime Index to the IDEAL matrix (country x crime area), read from an
 * editable text file, that turns an imported GI-TOC edition into a dataset for the {@code ideal-socta} preset.
 *
 * <p>File format: UTF-8, one {@code key = value} per line, {@code #} at the start of a line for a comment, a
 * {@code \} at the end of a line to continue the value on the next. Keys:
 * <ul>
 *   <li>{@code title}, {@code source}: the dataset's title and every observation's source reference;
 *       {@code {edition}} becomes the edition year.</li>
 *   <li>{@code grade} (an Admiralty or UK 3x5x2 grade, e.g. {@code B2}) and {@code handling} (a TLP 2.0 marking):
 *       put on every observation.</li>
 *   <li>{@code countries}: the countries, by ISO code or name, comma-separated.</li>
 *   <li>{@code combine}: {@code mean} (arithmetic mean) or {@code max} (the largest value) of a crime area's
 *       market indicators.</li>
 *   <li>{@code market.AREA}: the GI-TOC indicators whose {@code combine} is the market scale of crime area
 *       {@code AREA} (a code of the IDEAL catalogue); {@code invert(KEY)} stands for {@code min + max - x} on the
 *       indicator's scale ({@code 11 - x} on GI-TOC's 1..10).</li>
 *   <li>{@code capability}, {@code vulnerability}: GI-TOC indicators taken as published, per country, as the
 *       {@code group-capability} block and, with negative polarity, as the {@code crime-relevant-factors} block.</li>
 * </ul>
 *
 * <p>The dataset it produces has id {@code ideal-gitoc-EDITION}, the edition's period, the mapping's countries and
 * the crime areas of its {@code market.*} entries in file order, and these indicators: {@value #MARKET_INDICATOR}
 * (block {@code criminal-markets}, per country x crime area, scale 1..10), the capability and vulnerability
 * indicators (re-blocked as above), and {@value #HARM_INDICATOR} (block {@code harm}, per country x crime area,
 * scale 1..10) with no observation: no public source scores harm, and {@code ideal-socta} leaves an empty block out
 * and shares its weight among the others. A crime area's market observation carries a rationale that names every
 * input and its value. A listed indicator that the edition lacks is left out with a warning; a crime area left with
 * no input gets no observation.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class GitocMapping {
    /** The key of the derived market-scale indicator. */
    public static final String MARKET_INDICATOR = "criminal-market-scale";
    /** The key of the harm indicator, defined without observations. */
    public static final String HARM_INDICATOR = "harm-assessment";

    private static final String EDITION = "{edition}";
    private static final Set<String> KEYS = Set.of("title", "source", "grade", "handling", "countries", "combine",
            "capability", "vulnerability");
    private static final Scale ONE_TO_TEN = Scale.Continuous.of(1, 10);

    /** One input of a crime area's market scale. */
    private record Input(String indicator, boolean inverted) {
        @Override
        public String toString() {
            return inverted ? "invert(" + indicator + ")" : indicator;
        }
    }

    /** How a crime area's inputs are combined. */
    private enum Combine {
        MEAN, MAX
    }

    private final String fileName;
    private final String title;
    private final String source;
    private final SourceGrade grade;
    private final Tlp handling;
    private final List<Country> countries;
    private final Combine combine;
    private final Map<String, List<Input>> markets;
    private final List<String> capability;
    private final List<String> vulnerability;
    private final Map<String, Integer> lines;

    private GitocMapping(Parser p) {
        this.fileName = p.fileName;
        this.title = p.title;
        this.source = p.source;
        this.grade = p.grade;
        this.handling = p.handling;
        this.countries = List.copyOf(p.countries);
        this.combine = p.combine;
        Map<String, List<Input>> m = new LinkedHashMap<>();
        p.markets.forEach((k, v) -> m.put(k, List.copyOf(v)));
        this.markets = java.util.Collections.unmodifiableMap(m);
        this.capability = List.copyOf(p.capability);
        this.vulnerability = List.copyOf(p.vulnerability);
        this.lines = Map.copyOf(p.lines);
    }

    /**
     * Reads a mapping file.
     *
     * @param file the file (UTF-8), not null
     * @return the mapping, or every problem with its line and column, never null
     */
    public static ReadResult<GitocMapping> read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), in);
        } catch (IOException e) {
            return ReadResult.failed(List.of(located(file.toString(), 1, 1, "", Severity.ERROR, "io-error", "",
                    LocalizedText.of("no se puede leer el archivo: " + e.getMessage(),
                            "cannot read the file: " + e.getMessage(),
                            "não é possível ler o arquivo: " + e.getMessage()))));
        }
    }

    /**
     * Reads a mapping from characters.
     *
     * @param fileName the name used in problem locations, not null
     * @param in the characters, not null; not closed
     * @return the mapping, or every problem with its line and column, never null
     * @throws IOException if reading fails
     */
    public static ReadResult<GitocMapping> read(String fileName, Reader in) throws IOException {
        Parser p = new Parser(Objects.requireNonNull(fileName, "fileName"));
        p.parse(new BufferedReader(in));
        if (p.problems.stream().anyMatch(Located::isError)) {
            return ReadResult.failed(p.problems);
        }
        return ReadResult.of(new GitocMapping(p), p.problems);
    }

    /**
     * Returns the countries to map, in file order.
     *
     * @return the countries, never null
     */
    public List<Country> countries() {
        return countries;
    }

    /**
     * Returns the crime areas and their market inputs as written ({@code invert(KEY)} for an inverted input).
     *
     * @return the inputs by crime-area code, in file order, never null
     */
    public Map<String, List<String>> markets() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        markets.forEach((k, v) -> out.put(k, v.stream().map(Input::toString).collect(Collectors.toUnmodifiableList())));
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * Returns the GI-TOC indicators taken as criminal-group capability.
     *
     * @return the keys, never null
     */
    public List<String> capability() {
        return capability;
    }

    /**
     * Returns the GI-TOC indicators taken, turned round, as vulnerability.
     *
     * @return the keys, never null
     */
    public List<String> vulnerability() {
        return vulnerability;
    }

    /**
     * Returns the source reference for an edition, as the observations carry it.
     *
     * @param edition the edition year
     * @return the source, never null
     */
    public String source(int edition) {
        return source.replace(EDITION, Integer.toString(edition));
    }

    /**
     * Applies the mapping to an imported GI-TOC edition.
     *
     * <p>Problems point at the mapping file's lines: an error for a country the edition does not have or an
     * indicator listed both as capability and as vulnerability (no dataset then), a warning for an indicator the
     * edition lacks (left out).
     *
     * @param gitoc the import, not null
     * @return the dataset and the problems, never null
     */
    public ReadResult<Dataset> apply(GitocImport gitoc) {
        Objects.requireNonNull(gitoc, "gitoc");
        Dataset src = gitoc.dataset();
        int edition = gitoc.edition();
        List<Located> problems = new ArrayList<>();
        for (Country c : countries) {
            if (gitoc.row(c).isEmpty()) {
                problems.add(error("countries", "unknown-country", c.code(), LocalizedText.of(
                        "el país " + c.code() + " no figura en la edición " + edition,
                        "country " + c.code() + " is not in the " + edition + " edition",
                        "o país " + c.code() + " não está na edição " + edition)));
            }
        }
        for (String key : capability) {
            if (vulnerability.contains(key)) {
                problems.add(error("vulnerability", "indicator-in-two-blocks", key, LocalizedText.of(
                        "el indicador '" + key + "' figura en capability y en vulnerability; un indicador pertenece"
                                + " a un solo bloque",
                        "indicator '" + key + "' is listed under capability and under vulnerability; an indicator"
                                + " belongs to one block",
                        "o indicador '" + key + "' aparece em capability e em vulnerability; um indicador pertence"
                                + " a um só bloco")));
            }
        }
        if (problems.stream().anyMatch(Located::isError)) {
            return ReadResult.failed(problems);
        }
        String src0 = source(edition);
        List<IndicatorDefinition> indicators = new ArrayList<>();
        indicators.add(new IndicatorDefinition(MARKET_INDICATOR, LocalizedText.of(
                "Escala de los mercados criminales (mercados GI-TOC asignados al área delictiva)",
                "Criminal market scale (GI-TOC markets mapped to the crime area)",
                "Escala dos mercados criminosos (mercados GI-TOC atribuídos à área criminal)"),
                IndicatorDefinition.CRIMINAL_MARKETS, TargetKind.COUNTRY_CRIME_AREA, Polarity.POSITIVE, "score",
                ONE_TO_TEN));
        indicators.add(new IndicatorDefinition(HARM_INDICATOR, LocalizedText.of(
                "Daño (evaluación del analista; sin datos públicos)", "Harm (analyst assessment; no public data)",
                "Dano (avaliação do analista; sem dados públicos)"), IndicatorDefinition.HARM,
                TargetKind.COUNTRY_CRIME_AREA, Polarity.POSITIVE, "score", ONE_TO_TEN));
        List<String> usedCapability = reblock(src, capability, "capability", IndicatorDefinition.GROUP_CAPABILITY,
                Polarity.POSITIVE, indicators, problems);
        List<String> usedVulnerability = reblock(src, vulnerability, "vulnerability",
                IndicatorDefinition.CRIME_RELEVANT_FACTORS, Polarity.NEGATIVE, indicators, problems);
        Map<String, List<Input>> present = new LinkedHashMap<>();
        for (Map.Entry<String, List<Input>> e : markets.entrySet()) {
            List<Input> kept = new ArrayList<>();
            for (Input in : e.getValue()) {
                if (src.indicator(in.indicator()).isPresent()) {
                    kept.add(in);
                } else {
                    problems.add(missingIndicator("market." + e.getKey(), in.indicator(), edition));
                }
            }
            present.put(e.getKey(), kept);
        }
        List<CrimeArea> areas = new ArrayList<>();
        CrimeAreaCatalogue ideal = CrimeAreaCatalogue.ideal();
        for (String code : markets.keySet()) {
            areas.add(ideal.find(code).orElseThrow());
        }
        Dataset.Builder b = Dataset.builder("ideal-gitoc-" + edition)
                .title(title.replace(EDITION, Integer.toString(edition)))
                .period(src.period())
                .countries(countries)
                .crimeAreas(CrimeAreaCatalogue.of(areas))
                .indicators(indicators);
        for (Country c : countries) {
            Map<String, Observation> byKey = new LinkedHashMap<>();
            for (Observation o : src.observationsFor(Target.country(c))) {
                byKey.putIfAbsent(o.indicator(), o);
            }
            for (Map.Entry<String, List<Input>> e : present.entrySet()) {
                market(src, c, e.getKey(), e.getValue(), byKey, src0).ifPresent(b::observation);
            }
            for (String key : usedCapability) {
                copy(byKey.get(key), src0).ifPresent(b::observation);
            }
            for (String key : usedVulnerability) {
                copy(byKey.get(key), src0).ifPresent(b::observation);
            }
        }
        return ReadResult.of(b.build(), problems);
    }

    private Optional<Observation> market(Dataset src, Country c, String area, List<Input> inputs,
                                         Map<String, Observation> byKey, String sourceText) {
        List<String> parts = new ArrayList<>();
        double sum = 0;
        double max = Double.NEGATIVE_INFINITY;
        int n = 0;
        for (Input in : inputs) {
            Observation o = byKey.get(in.indicator());
            if (o == null) {
                continue;
            }
            Scale scale = src.indicator(in.indicator()).orElseThrow().scale();
            OptionalDouble v = scale.numericValue(o.measurement());
            if (v.isEmpty()) {
                continue;
            }
            double x = in.inverted() ? scale.min() + scale.max() - v.getAsDouble() : v.getAsDouble();
            parts.add(in.inverted()
                    ? String.format(Locale.ROOT, "%s - %s = %s", Doubles.format(scale.min() + scale.max()),
                            in.indicator() + " " + Doubles.format(v.getAsDouble()), Doubles.format(x))
                    : in.indicator() + " " + Doubles.format(x));
            sum += x;
            max = Math.max(max, x);
            n++;
        }
        if (n == 0) {
            return Optional.empty();
        }
        double value = combine == Combine.MEAN ? sum / n : max;
        String rationale = (combine == Combine.MEAN ? "mean(" : "max(") + String.join(", ", parts) + ") = "
                + Doubles.format(value);
        return Optional.of(mark(Observation.of(Target.countryArea(c, area), MARKET_INDICATOR, Measurement.of(value),
                src.period()), sourceText).withRationale(rationale));
    }

    private Optional<Observation> copy(Observation o, String sourceText) {
        if (o == null) {
            return Optional.empty();
        }
        return Optional.of(mark(Observation.of(o.target(), o.indicator(), o.measurement(), o.period()), sourceText));
    }

    private Observation mark(Observation o, String sourceText) {
        return o.withGrade(grade).withSource(sourceText).withHandling(handling);
    }

    private List<String> reblock(Dataset src, List<String> keys, String entry, String block, Polarity polarity,
                                 List<IndicatorDefinition> out, List<Located> problems) {
        List<String> used = new ArrayList<>();
        for (String key : keys) {
            Optional<IndicatorDefinition> d = src.indicator(key);
            if (d.isEmpty()) {
                problems.add(missingIndicator(entry, key, src.period().start().getYear()));
                continue;
            }
            IndicatorDefinition def = d.get();
            out.add(new IndicatorDefinition(def.key(), def.labels(), block, TargetKind.COUNTRY, polarity, def.unit(),
                    def.scale()));
            used.add(key);
        }
        return used;
    }

    private Located missingIndicator(String entry, String key, int edition) {
        return located(fileName, lines.getOrDefault(entry, 1), 1, entry, Severity.WARNING, "indicator-not-in-edition",
                key, LocalizedText.of(
                        "el indicador '" + key + "' no figura en la edición " + edition + " y se omite",
                        "indicator '" + key + "' is not in the " + edition + " edition and is left out",
                        "o indicador '" + key + "' não está na edição " + edition + " e é omitido"));
    }

    private Located error(String entry, String rule, String value, LocalizedText message) {
        return located(fileName, lines.getOrDefault(entry, 1), 1, entry, Severity.ERROR, rule, value, message);
    }

    private static Located located(String file, int line, int column, String path, Severity severity, String rule,
                                   String value, LocalizedText message) {
        return Located.of(new Problem(severity, rule, path, value, message), file, line, column, path);
    }

    @Override
    public String toString() {
        return "GitocMapping[" + fileName + ", " + countries.size() + " countries, " + markets.keySet() + "]";
    }

    /** Reads the file line by line, collecting every problem. */
    private static final class Parser {
        final String fileName;
        final List<Located> problems = new ArrayList<>();
        final Map<String, Integer> lines = new LinkedHashMap<>();
        String title = "GI-TOC " + EDITION + " mapped to the IDEAL matrix";
        String source = "GI-TOC, Global Organized Crime Index " + EDITION;
        SourceGrade grade = SourceGrade.parse("B2");
        Tlp handling = Tlp.CLEAR;
        final List<Country> countries = new ArrayList<>();
        Combine combine = Combine.MEAN;
        final Map<String, List<Input>> markets = new LinkedHashMap<>();
        final List<String> capability = new ArrayList<>();
        final List<String> vulnerability = new ArrayList<>();

        Parser(String fileName) {
            this.fileName = fileName;
        }

        void parse(BufferedReader in) throws IOException {
            String raw;
            int lineNo = 0;
            StringBuilder pending = null;
            int start = 0;
            while ((raw = in.readLine()) != null) {
                lineNo++;
                String line = lineNo == 1 && raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
                if (pending == null) {
                    String t = line.strip();
                    if (t.isEmpty() || t.startsWith("#")) {
                        continue;
                    }
                    pending = new StringBuilder();
                    start = lineNo;
                }
                String t = pending.length() == 0 ? line : line.strip();
                if (t.endsWith("\\")) {
                    pending.append(t, 0, t.length() - 1);
                    continue;
                }
                pending.append(t);
                entry(start, pending.toString());
                pending = null;
            }
            if (pending != null) {
                entry(start, pending.toString());
            }
            if (countries.isEmpty() && !lines.containsKey("countries")) {
                problem(1, 1, "countries", "missing-entry", "", LocalizedText.of(
                        "falta la entrada 'countries' (los países, separados por comas)",
                        "entry 'countries' is missing (the countries, comma-separated)",
                        "falta a entrada 'countries' (os países, separados por vírgulas)"));
            }
            if (lines.keySet().stream().noneMatch(k -> k.startsWith("market."))) {
                problem(1, 1, "market", "missing-entry", "", LocalizedText.of(
                        "no hay ninguna entrada 'market.AREA' (los mercados GI-TOC de un área delictiva)",
                        "there is no 'market.AREA' entry (the GI-TOC markets of a crime area)",
                        "não há nenhuma entrada 'market.AREA' (os mercados GI-TOC de uma área criminal)"));
            }
        }

        private void entry(int line, String text) {
            int eq = text.indexOf('=');
            if (eq < 0) {
                problem(line, 1, "", "malformed-line", text.strip(), LocalizedText.of(
                        "se esperaba 'clave = valor'", "expected 'key = value'", "esperava-se 'chave = valor'"));
                return;
            }
            String key = text.substring(0, eq).strip();
            String value = text.substring(eq + 1).strip();
            int column = eq + 2 + (text.length() - eq - 1 - text.substring(eq + 1).stripLeading().length());
            if (lines.containsKey(key)) {
                problem(line, 1, key, "duplicate-key", key, LocalizedText.of(
                        "la clave '" + key + "' ya figura en la línea " + lines.get(key),
                        "key '" + key + "' is already given on line " + lines.get(key),
                        "a chave '" + key + "' já aparece na linha " + lines.get(key)));
                return;
            }
            lines.put(key, line);
            if (key.startsWith("market.")) {
                market(line, column, key, value);
                return;
            }
            if (!KEYS.contains(key)) {
                problem(line, 1, key, "unknown-key", key, LocalizedText.of(
                        "clave desconocida '" + key + "'; se admiten " + allowed(),
                        "unknown key '" + key + "'; allowed are " + allowed(),
                        "chave desconhecida '" + key + "'; são admitidas " + allowed()));
                return;
            }
            switch (key) {
                case "title":
                    title = value;
                    break;
                case "source":
                    if (value.isEmpty()) {
                        blank(line, column, key);
                    } else {
                        source = value;
                    }
                    break;
                case "grade":
                    grade(line, column, value);
                    break;
                case "handling":
                    try {
                        handling = Tlp.parse(value);
                    } catch (IllegalArgumentException e) {
                        problem(line, column, key, "malformed-marking", value, LocalizedText.of(
                                "'" + value + "' no es una marca TLP 2.0 (TLP:CLEAR, TLP:GREEN, TLP:AMBER,"
                                        + " TLP:AMBER+STRICT, TLP:RED)",
                                "'" + value + "' is not a TLP 2.0 marking (TLP:CLEAR, TLP:GREEN, TLP:AMBER,"
                                        + " TLP:AMBER+STRICT, TLP:RED)",
                                "'" + value + "' não é uma marcação TLP 2.0 (TLP:CLEAR, TLP:GREEN, TLP:AMBER,"
                                        + " TLP:AMBER+STRICT, TLP:RED)"));
                    }
                    break;
                case "countries":
                    countries(line, column, value);
                    break;
                case "combine":
                    if (value.equalsIgnoreCase("mean")) {
                        combine = Combine.MEAN;
                    } else if (value.equalsIgnoreCase("max")) {
                        combine = Combine.MAX;
                    } else {
                        problem(line, column, key, "unknown-combination", value, LocalizedText.of(
                                "combinación desconocida '" + value + "'; se admiten mean y max",
                                "unknown combination '" + value + "'; allowed are mean and max",
                                "combinação desconhecida '" + value + "'; são admitidas mean e max"));
                    }
                    break;
                case "capability":
                    keys(line, column, key, value, capability);
                    break;
                default:
                    keys(line, column, key, value, vulnerability);
                    break;
            }
        }

        private static String allowed() {
            return new java.util.TreeSet<>(KEYS) + " and market.AREA";
        }

        private void grade(int line, int column, String value) {
            if (value.isEmpty()) {
                blank(line, column, "grade");
                return;
            }
            SourceGrade g = SourceGrade.parse(value);
            Optional<String> wrong = g.problem();
            if (wrong.isPresent()) {
                problem(line, column, "grade", "malformed-grade", value, LocalizedText.of(
                        "calificación mal formada '" + value + "': " + wrong.get(),
                        "malformed grade '" + value + "': " + wrong.get(),
                        "classificação malformada '" + value + "': " + wrong.get()));
                return;
            }
            grade = g;
        }

        private void countries(int line, int column, String value) {
            Set<Country> seen = new LinkedHashSet<>();
            for (String item : list(value)) {
                Optional<Country> c = GitocImporter.country(item);
                if (c.isEmpty()) {
                    problem(line, column, "countries", "unknown-country", item, LocalizedText.of(
                            "país desconocido '" + item + "'; se admiten códigos ISO y nombres",
                            "unknown country '" + item + "'; ISO codes and names are allowed",
                            "país desconhecido '" + item + "'; são admitidos códigos ISO e nomes"));
                } else if (!seen.add(c.get())) {
                    problem(line, column, "countries", "duplicate-country", item, LocalizedText.of(
                            "el país '" + item + "' figura dos veces", "country '" + item + "' is listed twice",
                            "o país '" + item + "' aparece duas vezes"));
                }
            }
            countries.addAll(seen);
            if (seen.isEmpty()) {
                blank(line, column, "countries");
            }
        }

        private void market(int line, int column, String key, String value) {
            String area = key.substring("market.".length());
            if (!CrimeAreaCatalogue.ideal().contains(area)) {
                String codes = CrimeAreaCatalogue.ideal().byCode().keySet().toString();
                problem(line, 1, key, "unknown-crime-area", area, LocalizedText.of(
                        "área delictiva desconocida '" + area + "'; las del catálogo IDEAL son " + codes,
                        "unknown crime area '" + area + "'; the IDEAL catalogue's are " + codes,
                        "área criminal desconhecida '" + area + "'; as do catálogo IDEAL são " + codes));
                return;
            }
            List<Input> inputs = new ArrayList<>();
            List<String> items = list(value);
            for (String item : items) {
                boolean inverted = item.startsWith("invert(") && item.endsWith(")");
                String indicator = inverted ? item.substring("invert(".length(), item.length() - 1).strip() : item;
                if (!indicator.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                    malformedKey(line, column, key, item);
                } else if (inputs.stream().anyMatch(i -> i.indicator().equals(indicator))) {
                    duplicateKey(line, column, key, indicator);
                } else {
                    inputs.add(new Input(indicator, inverted));
                }
            }
            if (items.isEmpty()) {
                blank(line, column, key);
            } else if (!inputs.isEmpty()) {
                markets.put(area, inputs);
            }
        }

        private void keys(int line, int column, String key, String value, List<String> out) {
            for (String item : list(value)) {
                if (!item.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                    malformedKey(line, column, key, item);
                } else if (out.contains(item)) {
                    duplicateKey(line, column, key, item);
                } else {
                    out.add(item);
                }
            }
        }

        private void malformedKey(int line, int column, String key, String item) {
            problem(line, column, key, "malformed-key", item, LocalizedText.of(
                    "'" + item + "' no es una clave de indicador (minúsculas, cifras y guiones) ni invert(CLAVE)",
                    "'" + item + "' is not an indicator key (lower-case letters, digits and hyphens) nor"
                            + " invert(KEY)",
                    "'" + item + "' não é uma chave de indicador (minúsculas, algarismos e hífens) nem"
                            + " invert(CHAVE)"));
        }

        private void duplicateKey(int line, int column, String key, String item) {
            problem(line, column, key, "duplicate-indicator", item, LocalizedText.of(
                    "el indicador '" + item + "' figura dos veces", "indicator '" + item + "' is listed twice",
                    "o indicador '" + item + "' aparece duas vezes"));
        }

        private void blank(int line, int column, String key) {
            problem(line, column, key, "blank-value", "", LocalizedText.of(
                    "'" + key + "' necesita un valor", "'" + key + "' needs a value",
                    "'" + key + "' precisa de um valor"));
        }

        private static List<String> list(String value) {
            List<String> out = new ArrayList<>();
            for (String s : value.split(",")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
            return out;
        }

        private void problem(int line, int column, String path, String rule, String value, LocalizedText message) {
            problems.add(located(fileName, line, column, path, Severity.ERROR, rule, value, message));
        }
    }
}
