package lat.ideal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lat.ideal.model.CrimeAreaCatalogue;
import lat.ideal.model.Dataset;
import lat.ideal.model.Observation;
import lat.ideal.model.SourceGrade;
import lat.ideal.model.TargetKind;
import lat.ideal.model.Tlp;
import lat.ideal.model.validation.DatasetValidator;
import lat.ideal.model.validation.ValidationReport;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.UnitScore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default run ({@code ideal assess} without options) against values computed independently from the data. */
final class DefaultAssessmentTest {
    @TempDir
    static Path dir;

    private static Cli.Run run;

    @BeforeAll
    static void assess() {
        run = Cli.run("assess", "--lang", "en", "--out", dir.resolve("report").toString());
    }

    @Test
    void defaultRun_succeedsCompactlyAndCreditsGitoc() {
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).hasSizeLessThan(60)
                .contains("Data: GI-TOC, Global Organized Crime Index 2023; Fictional, for demonstration");
        assertThat(run.out()).contains("(GI-TOC 2023) + fictional criminal groups");
    }

    @Test
    void defaultRun_topTenCellsAreThoseComputedFromTheGitocCsv() {
        List<ReferenceThreat.Cell> expected = ReferenceThreat.ranked().subList(0, Summary.TOP);
        List<List<String>> rows = table(run.outLines(), "Top threats by country x crime area", Summary.TOP);
        for (int i = 0; i < Summary.TOP; i++) {
            ReferenceThreat.Cell c = expected.get(i);
            List<String> row = rows.get(i);
            assertThat(row.get(1)).as("row %d", i + 1).isEqualTo(countryName(c.country()));
            assertThat(areaLabel(c.area())).as("row %d", i + 1).startsWith(row.get(2).replace("...", ""));
            assertThat(row.get(3)).as("row %d", i + 1).isEqualTo(c.threat().roundHalfUp(1).toPlainString());
        }
    }

    @Test
    void defaultRun_writesReportsAndResults_withTheIndependentScores() throws IOException {
        Path out = dir.resolve("report");
        assertThat(run.out()).contains("Wrote to " + out + ": report.html, report.md, results.json, results.csv,"
                + " report-sleipnir-v1.html, report-sleipnir-v1.md, results-sleipnir-v1.json, results-sleipnir-v1.csv");
        assertThat(out.resolve("report.html")).content().contains("TLP:CLEAR",
                "GI-TOC, Global Organized Crime Index 2023 (ocindex.net)");
        assertThat(out.resolve("report.md")).content().contains("gitoc-to-ideal.properties")
                .doesNotContain("describe no real group");
        assertThat(out.resolve("report-sleipnir-v1.md")).content()
                .contains("The criminal groups are fictional, for demonstration");
        Map<String, String> threat = new java.util.HashMap<>();
        for (String line : Files.readAllLines(out.resolve("results.csv"))) {
            List<String> cells = ReferenceThreat.split(line);
            if (cells.get(2).equals("threat")) {
                threat.put(cells.get(0), cells.get(3));
            }
        }
        assertThat(threat).hasSize(84);
        for (ReferenceThreat.Cell c : ReferenceThreat.cells()) {
            String unit = new Locale("", c.country()).getISO3Country() + "/" + c.area();
            assertThat(threat).as(unit).containsEntry(unit, c.threat().roundHalfUp(1).toPlainString());
        }
    }

    @Test
    void everyCell_equalsTheIndependentComputation() {
        ScoringResult result = Ideal.score("ideal-socta", Ideal.defaultDataset());
        List<ReferenceThreat.Cell> cells = ReferenceThreat.cells();
        assertThat(result.node("threat").scores()).hasSize(cells.size());
        for (ReferenceThreat.Cell c : cells) {
            UnitScore s = result.node("threat").score(c.unit());
            assertThat(s.published()).as(c.unit()).contains(c.threat().roundHalfUp(1));
        }
        List<String> topUnits = result.top("threat", Summary.TOP).stream().map(UnitScore::unit).toList();
        assertThat(topUnits).containsExactlyElementsOf(
                ReferenceThreat.ranked().subList(0, Summary.TOP).stream().map(ReferenceThreat.Cell::unit).toList());
    }

    @Test
    void regionalPriorities_areTheCrimeAreasByMeanThreat_withReachAndLead() {
        // Regional score: the mean over the twelve countries of the exact threat, half-up to one decimal. Reach: the
        // countries where the published threat is in ideal-socta's top band (75 and above). Lead: the country with
        // the highest threat (every score here is of high confidence: graded B2, 18 of 19 cells covered).
        List<Map.Entry<String, Exact>> expected = ReferenceThreat.areasByMean();
        List<List<String>> rows = table(run.outLines(), "Regional priorities for CLASI", expected.size());
        BigDecimal topBand = new BigDecimal("75");
        for (int i = 0; i < expected.size(); i++) {
            String area = expected.get(i).getKey();
            int reach = 0;
            ReferenceThreat.Cell lead = null;
            for (ReferenceThreat.Cell c : ReferenceThreat.cells()) {
                if (c.area().equals(area)) {
                    reach += c.threat().roundHalfUp(1).compareTo(topBand) >= 0 ? 1 : 0;
                    lead = lead == null || c.threat().compareTo(lead.threat()) > 0 ? c : lead;
                }
            }
            List<String> row = rows.get(i);
            assertThat(areaLabel(area)).as("row %d", i + 1).startsWith(row.get(1).replace("...", ""));
            assertThat(row.get(2)).as("row %d", i + 1).isEqualTo(expected.get(i).getValue().roundHalfUp(1)
                    .toPlainString());
            assertThat(row.get(3)).as("row %d", i + 1).isEqualTo(reach + "/12");
            assertThat(row.get(4)).as("row %d", i + 1).isEqualTo("high");
            assertThat(row.get(5)).as("row %d", i + 1).isEqualTo(countryName(lead.country()));
        }
    }

    @Test
    void groups_areScoredBySleipnirAsTheirLevelsAdd() {
        // Sleipnir v1 (METHODOLOGY.md section 3): attribute weights 19 (corruption) down to 1 (links to criminal
        // extremist groups) in the CSV's column order; High 4P, Medium 2P, Low 1P, Nil 0, Unknown 2P.
        Map<String, Integer> level = Map.of("high", 4, "medium", 2, "low", 1, "nil", 0, "unknown", 2);
        List<String> lines = DefaultData.text(DefaultData.SLEIPNIR_FILE).lines().toList();
        List<List<String>> rows = table(run.outLines(), "Criminal groups", lines.size() - 1);
        Map<String, String> printed = new java.util.HashMap<>();
        rows.forEach(r -> printed.put(r.get(1), r.get(2)));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            int score = 0;
            for (int i = 2; i < cells.length; i++) {
                score += level.get(cells[i].toLowerCase(Locale.ROOT)) * (19 - (i - 2));
            }
            String name = cells[1].replace(" (fictional)", "");
            assertThat(printed).as(name).containsEntry(name, Integer.toString(score));
        }
    }

    @Test
    void defaultDataset_isValidAndMarked() {
        Dataset d = Ideal.defaultDataset();
        ValidationReport report = DatasetValidator.withDefaults().validate(d);
        assertThat(report.errors()).isEmpty();
        assertThat(d.countries()).hasSize(12);
        assertThat(d.crimeAreas().areas()).hasSize(7)
                .noneMatch(a -> a.code().equals(CrimeAreaCatalogue.PROPERTY_CRIME));
        assertThat(d.groups()).hasSize(8).allMatch(g -> g.name().startsWith("Fictional group "));
        List<Observation> gitoc = new ArrayList<>();
        for (Observation o : d.observations()) {
            if (o.target().kind() != TargetKind.CRIMINAL_GROUP) {
                gitoc.add(o);
            }
        }
        // 12 x 7 market scales + 12 x 5 actor indicators + 12 x 12 resilience indicators.
        assertThat(gitoc).hasSize(84 + 60 + 144).allSatisfy(o -> {
            assertThat(o.source()).contains("GI-TOC, Global Organized Crime Index 2023");
            assertThat(o.grade()).contains(SourceGrade.parse("B2"));
            assertThat(o.handling()).isEqualTo(Tlp.CLEAR);
        });
        assertThat(d.observationsOf(GitocMapping.HARM_INDICATOR)).isEmpty();
    }

    @Test
    void marketScale_rationaleNamesEveryInput() {
        Dataset d = Ideal.defaultDataset();
        Observation ml = d.observationsFor(lat.ideal.model.Target.countryArea(lat.ideal.model.Country.of("PY"),
                "money-laundering")).get(0);
        // GI-TOC 2023, Paraguay: financial crimes 7.5, anti-money laundering 2.5 -> 11 - 2.5 = 8.5; max 8.5.
        assertThat(ml.rationale()).contains(
                "max(financial-crimes 7.5, 11 - anti-money-laundering 2.5 = 8.5) = 8.5");
        assertThat(ml.measurement()).hasToString("8.5");
    }

    /** The rows of the table under the line starting with {@code title}, split on runs of two or more spaces. */
    static List<List<String>> table(List<String> lines, String title, int count) {
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(title)) {
                at = i;
            }
        }
        assertThat(at).as("a line starting with '%s'", title).isNotNegative();
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines.subList(at + 2, at + 2 + count)) {
            rows.add(List.of(line.strip().split(" {2,}")));
        }
        return rows;
    }

    static String countryName(String code) {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }

    static String areaLabel(String code) {
        return CrimeAreaCatalogue.ideal().find(code).orElseThrow().labels().en();
    }
}
