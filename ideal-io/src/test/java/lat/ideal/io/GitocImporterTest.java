package lat.ideal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lat.ideal.model.Country;
import lat.ideal.model.Dataset;
import lat.ideal.model.IndicatorDefinition;
import lat.ideal.model.Measurement;
import lat.ideal.model.Observation;
import lat.ideal.model.Polarity;
import lat.ideal.model.Scale;
import lat.ideal.model.Target;
import lat.ideal.model.Tlp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The GI-TOC importer on the four published files (see gitoc/README.md for their provenance). */
final class GitocImporterTest {
    private static final GitocImporter IMPORTER = GitocImporter.withDefaults();

    static GitocImport load(String file, int edition) throws IOException {
        try (InputStream in = GitocImporterTest.class.getResourceAsStream("gitoc/" + file);
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            ReadResult<GitocImport> result = IMPORTER.read(file, r, edition);
            assertThat(result.problems()).isEmpty();
            return result.orElseThrow();
        }
    }

    private static Set<Country> countries(GitocImport g) {
        return g.rows().stream().map(GitocImport.Row::country).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "gitoc-ocindex-2021.csv, 2021, 193, 26, 4",
        "gitoc-ocindex-2023.csv, 2023, 193, 32, 4",
        "gitoc-ocindex-2025-indicators.csv, 2025, 193, 32, 0",
        "gitoc-ocindex-2025-composites-subset.csv, 2025, 38, 0, 4"})
    void everyRow_mapsToADistinctCountry(String file, int edition, int rows, int indicators, int composites)
            throws IOException {
        GitocImport g = load(file, edition);
        assertThat(g.rows()).hasSize(rows);
        assertThat(countries(g)).hasSize(rows);
        assertThat(g.dataset().countries()).hasSize(rows);
        assertThat(g.dataset().indicators()).hasSize(indicators);
        assertThat(g.dataset().observations()).hasSize(rows * indicators);
        assertThat(g.rows()).allSatisfy(r -> assertThat(r.composites()).hasSize(composites));
    }

    @Test
    void everyEdition_coversTheSame193Countries() throws IOException {
        Set<Country> y2021 = countries(load("gitoc-ocindex-2021.csv", 2021));
        assertThat(countries(load("gitoc-ocindex-2023.csv", 2023))).isEqualTo(y2021);
        assertThat(countries(load("gitoc-ocindex-2025-indicators.csv", 2025))).isEqualTo(y2021);
        assertThat(countries(load("gitoc-ocindex-2025-composites-subset.csv", 2025))).isSubsetOf(y2021);
    }

    @Test
    void the2025NamesTable_agreesWithThePublishedCodes() throws IOException {
        GitocImport g = load("gitoc-ocindex-2025-indicators.csv", 2025);
        for (GitocImport.Row r : g.rows()) {
            assertThat(GitocImporter.country(r.name())).as(r.name()).contains(r.country());
        }
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = ';', value = {
        "Congo, Dem. Rep.; CD", "Congo, Dem, Rep,; CD", "Congo, Rep.; CG", "Korea, DPR; KP", "Korea, Rep.; KR",
        "Cabo Verde; CV", "Turkey; TR", "Türkiye; TR", "Côte d'Ivoire; CI", "Cote d’Ivoire; CI",
        "St. Kitts and Nevis; KN", "Micronesia (Federated States of); FM", "Sao Tome and Principe; ST",
        "Bolivia; BO", "Czech Republic; CZ", "Macedonia; MK"})
    void publisherSpellings_mapToIsoCodes(String name, String code) {
        assertThat(GitocImporter.country(name)).contains(Country.of(code));
    }

    @Test
    void rowsKeepNamesRegionsAndCompositesAsWritten() throws IOException {
        GitocImport g = load("gitoc-ocindex-2021.csv", 2021);
        // gitoc-ocindex-2021.csv, line 2: Asia,Western Asia,Turkey,6.89,6.4,...,7.38,...,3.54,...
        GitocImport.Row turkey = g.row(Country.of("TR")).orElseThrow();
        assertThat(turkey.name()).isEqualTo("Turkey");
        assertThat(turkey.region()).isEqualTo("Western Asia");
        assertThat(turkey.continent()).isEqualTo("Asia");
        assertThat(turkey.composites()).containsExactly(Map.entry("criminality", new BigDecimal("6.89")),
                Map.entry("criminal-markets", new BigDecimal("6.4")), Map.entry("criminal-actors",
                        new BigDecimal("7.38")), Map.entry("resilience", new BigDecimal("3.54")));
        assertThat(g.composite(Country.of("TR"), "criminal-markets").orElseThrow().toPlainString()).isEqualTo("6.4");
        // the first market column, "Human trafficking", is 7 for Turkey
        assertThat(g.dataset().observationsFor(Target.country(Country.of("TR"))).get(0)).isEqualTo(
                Observation.of(Target.country(Country.of("TR")), "human-trafficking", Measurement.of(7),
                        lat.ideal.model.ReportingPeriod.year(2021))
                        .withSource("GI-TOC Global Organized Crime Index 2021").withHandling(Tlp.CLEAR));
    }

    @Test
    void indicators_followTheScoringConvention() throws IOException {
        Dataset d = load("gitoc-ocindex-2023.csv", 2023).dataset();
        assertThat(d.id()).isEqualTo("gitoc-ocindex-2023");
        assertThat(d.indicators()).extracting(IndicatorDefinition::key).contains("human-trafficking",
                "anti-money-laundering", "mafia-style-groups", "extortion-and-protection-racketeering",
                "private-sector-actors", "non-state-actors");
        Map<String, Long> blocks = d.indicators().stream().collect(Collectors.groupingBy(IndicatorDefinition::block,
                Collectors.counting()));
        assertThat(blocks).containsExactlyInAnyOrderEntriesOf(Map.of(IndicatorDefinition.CRIMINAL_MARKETS, 15L,
                IndicatorDefinition.CRIMINAL_ACTORS, 5L, IndicatorDefinition.RESILIENCE, 12L));
        assertThat(d.indicators()).allSatisfy(i -> {
            assertThat(i.scale()).isEqualTo(Scale.Continuous.of(1, 10, 0.5));
            assertThat(i.polarity()).isEqualTo(i.block().equals(IndicatorDefinition.RESILIENCE) ? Polarity.NEGATIVE
                    : Polarity.POSITIVE);
        });
    }

    /**
     * Recomputes each published composite from the imported indicators by the publisher's rule (METHODOLOGY.md
     * section 4): a pillar is the mean of its block, criminality the mean of the two unrounded pillar means, each
     * published half-up to 2 decimals. Exact decimal arithmetic: the indicators are multiples of 0.5.
     */
    private static int reproduce(GitocImport g) {
        int checked = 0;
        for (GitocImport.Row r : g.rows()) {
            if (r.composites().isEmpty()) {
                continue;
            }
            Map<String, BigDecimal> means = new java.util.HashMap<>();
            for (String block : List.of(IndicatorDefinition.CRIMINAL_MARKETS, IndicatorDefinition.CRIMINAL_ACTORS,
                    IndicatorDefinition.RESILIENCE)) {
                List<BigDecimal> values = g.dataset().observationsFor(Target.country(r.country())).stream()
                        .filter(o -> g.dataset().indicator(o.indicator()).orElseThrow().block().equals(block))
                        .map(o -> new BigDecimal(o.measurement().toString())).toList();
                means.put(block, values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL128));
            }
            means.put("criminality", means.get(IndicatorDefinition.CRIMINAL_MARKETS)
                    .add(means.get(IndicatorDefinition.CRIMINAL_ACTORS))
                    .divide(BigDecimal.valueOf(2), MathContext.DECIMAL128));
            for (Map.Entry<String, BigDecimal> published : r.composites().entrySet()) {
                assertThat(means.get(published.getKey()).setScale(2, RoundingMode.HALF_UP))
                        .as("%s %s", r.name(), published.getKey())
                        .isEqualByComparingTo(published.getValue());
                checked++;
            }
        }
        return checked;
    }

    @Test
    void publishedComposites_followFromTheImportedBlocks() throws IOException {
        // data/README.md: every published composite can be reproduced exactly (772, 772 and 152 values)
        assertThat(reproduce(load("gitoc-ocindex-2021.csv", 2021))).isEqualTo(772);
        assertThat(reproduce(load("gitoc-ocindex-2023.csv", 2023))).isEqualTo(772);
        GitocImport y2025 = load("gitoc-ocindex-2025-indicators.csv", 2025)
                .withCompositesFrom(load("gitoc-ocindex-2025-composites-subset.csv", 2025));
        assertThat(reproduce(y2025)).isEqualTo(152);
    }

    @Test
    void unknownColumn_isLocated() {
        ReadResult<GitocImport> r = IMPORTER.read("g.csv", new StringReader(
                "Country,Human trafficking,Dragon trade\nBolivia,5,1\n"), 2023);
        assertThat(r.value()).isEmpty();
        Located p = r.problems().get(0);
        assertThat(p.line() + ":" + p.column() + " " + p.path() + " " + p.rule())
                .isEqualTo("1:3 Dragon trade unknown-column");
    }

    @Test
    void unknownCountry_isLocated() {
        ReadResult<GitocImport> r = IMPORTER.read("g.csv", new StringReader(
                "Continent,Region,Country,Human trafficking\nAmericas,South America,Bolivia,5\n"
                        + "Europe,Nowhere,Atlantis,3\n"), 2023);
        Located p = r.problems().get(0);
        assertThat(p.line() + ":" + p.column() + " " + p.path() + " " + p.rule())
                .isEqualTo("3:3 Country bad-country");
    }

    @Test
    void missingCountryColumn_isReported() {
        ReadResult<GitocImport> r = IMPORTER.read("g.csv", new StringReader("Region,Prevention\nX,1\n"), 2023);
        assertThat(r.problems()).extracting(Located::rule).containsExactly("missing-column");
    }

    @Test
    void decimalCommaInAnIndicator_isLocated() {
        ReadResult<GitocImport> r = IMPORTER.read("g.csv", new StringReader(
                "Country,Prevention\nBolivia,\"4,5\"\n"), 2023);
        Located p = r.problems().get(0);
        assertThat(p.line() + ":" + p.column() + " " + p.path() + " " + p.rule())
                .isEqualTo("2:2 Prevention decimal-comma");
    }

    @Test
    void emptyIndicatorCell_isAMissingValue() {
        GitocImport g = IMPORTER.read("g.csv", new StringReader("Country,Prevention,Law enforcement\nBolivia,,3\n"),
                2023).orElseThrow();
        assertThat(g.dataset().observations()).extracting(Observation::indicator).containsExactly("law-enforcement");
        assertThat(new HashSet<>(g.dataset().indicators().stream().map(IndicatorDefinition::key).toList()))
                .containsExactlyInAnyOrder("prevention", "law-enforcement");
    }
}
