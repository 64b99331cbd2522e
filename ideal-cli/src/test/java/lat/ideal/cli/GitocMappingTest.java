package lat.ideal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import lat.ideal.io.GitocImport;
import lat.ideal.io.Located;
import lat.ideal.io.ReadResult;
import lat.ideal.model.Country;
import lat.ideal.model.Dataset;
import lat.ideal.model.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GI-TOC to IDEAL mapping file: what it says, and what it makes of each edition. */
final class GitocMappingTest {
    @TempDir
    Path dir;

    @Test
    void embeddedMapping_isTheDocumentedOne() {
        GitocMapping m = Ideal.mapping();
        assertThat(m.countries()).extracting(Country::code)
                .containsExactly("BO", "CL", "CR", "EC", "SV", "MX", "PA", "AR", "BR", "CO", "PE", "PY");
        assertThat(m.markets().get("drug-trafficking")).containsExactly("cocaine-trade", "cannabis-trade",
                "synthetic-drug-trade", "heroin-trade");
        assertThat(m.markets().get("money-laundering")).containsExactly("financial-crimes",
                "invert(anti-money-laundering)");
        assertThat(m.markets()).hasSize(7);
        assertThat(m.capability()).hasSize(5);
        assertThat(m.vulnerability()).hasSize(12).contains("anti-money-laundering");
        assertThat(m.source(2021)).isEqualTo("GI-TOC, Global Organized Crime Index 2021");
    }

    @Test
    void edition2021_leavesOutWhatItLacks_withWarningsAtTheMappingLines() {
        GitocImport y2021 = Ideal.gitoc(Cli.copyResource("gitoc-ocindex-2021.csv", dir), 2021);
        ReadResult<Dataset> r = Ideal.mapping().apply(y2021);
        assertThat(r.errors()).isEmpty();
        // The 2021 edition has no cyber-dependent crimes, financial crimes, counterfeit or excisable goods trade and
        // no private-sector actors (GI-TOC added them in 2023).
        assertThat(r.warnings()).extracting(Located::value).containsExactlyInAnyOrder("cyber-dependent-crimes",
                "trade-in-counterfeit-goods", "illicit-trade-in-excisable-goods", "financial-crimes",
                "private-sector-actors");
        assertThat(r.warnings()).allSatisfy(w -> assertThat(w.file()).isEqualTo(DefaultData.MAPPING_FILE));
        Dataset d = r.value().orElseThrow();
        assertThat(d.observationsFor(Target.countryArea(Country.of("BO"), "cybercrime"))).isEmpty();
        // GI-TOC 2021, Bolivia: anti-money laundering 4.5 -> 11 - 4.5 = 6.5 is the only money-laundering input left.
        assertThat(d.observationsFor(Target.countryArea(Country.of("BO"), "money-laundering")).get(0).rationale())
                .contains("max(11 - anti-money-laundering 4.5 = 6.5) = 6.5");
    }

    @Test
    void mean_combinesTheMarketsByTheirMean() throws IOException {
        String text = DefaultData.text(DefaultData.MAPPING_FILE).replace("combine = max", "combine = mean");
        GitocMapping mean = GitocMapping.read("mean.properties", new StringReader(text)).orElseThrow();
        Dataset d = mean.apply(Ideal.gitoc2023()).orElseThrow();
        // GI-TOC 2023, Colombia: cocaine 9.5, cannabis 7, synthetic drugs 6, heroin 5 -> mean 27.5 / 4 = 6.875.
        assertThat(d.observationsFor(Target.countryArea(Country.of("CO"), "drug-trafficking")).get(0).measurement())
                .hasToString("6.875");
    }

    @Test
    void unknownCountryForTheEdition_andAnIndicatorInTwoBlocks_areErrors() throws IOException {
        String text = DefaultData.text(DefaultData.MAPPING_FILE)
                .replace("countries = BO,", "countries = VA, BO,")
                .replace("capability = mafia-style-groups,", "capability = law-enforcement, mafia-style-groups,");
        GitocMapping m = GitocMapping.read("bad.properties", new StringReader(text)).orElseThrow();
        ReadResult<Dataset> r = m.apply(Ideal.gitoc2023());
        assertThat(r.value()).isEmpty();
        assertThat(r.errors()).extracting(Located::rule).containsExactlyInAnyOrder("unknown-country",
                "indicator-in-two-blocks");
        assertThat(r.errors()).extracting(Located::toString).allSatisfy(line ->
                assertThat(line).matches("bad\\.properties:[0-9]+:1: .+"));
        assertThat(List.of(r.errors().get(0).line(), r.errors().get(1).line())).doesNotContain(1);
    }
}
