package lat.ideal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ideal validate FILE...}: every kind of file, every problem located, the exit code. */
final class ValidateTest {
    @TempDir
    static Path dir;

    private static Path init;

    @BeforeAll
    static void init() {
        init = dir.resolve("init");
        assertThat(Cli.run("init", init.toString()).exit()).isZero();
    }

    @Test
    void writtenFiles_areValid() {
        Cli.Run r = Cli.run("validate", init.resolve(InitCommand.DATASET).toString(),
                init.resolve(InitCommand.OBSERVATIONS).toString(), init.resolve(InitCommand.METHODOLOGY).toString(),
                init.resolve(InitCommand.GROUP_METHODOLOGY).toString(), init.resolve(DefaultData.MAPPING_FILE)
                        .toString(), init.resolve(DefaultData.GITOC_FILE).toString(), "--lang", "en");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains(init.resolve(InitCommand.DATASET) + ": valid (1 warning)",
                init.resolve(InitCommand.METHODOLOGY) + ": valid (0 warnings)",
                init.resolve(DefaultData.MAPPING_FILE) + ": valid (0 warnings)",
                init.resolve(DefaultData.GITOC_FILE) + ": valid (0 warnings)");
        // The one warning: no public source scores harm, so the harm indicator has no observation.
        assertThat(r.out()).contains("warning: indicators[1]: indicator 'harm-assessment' has observations for 0 of"
                + " 84");
    }

    @Test
    void brokenMapping_reportsEveryProblemWithLineAndColumn() throws IOException {
        Path mapping = dir.resolve("mapping.properties");
        Files.writeString(mapping, "# a broken mapping\ncountries = BO, Atlantis\ngrade = Z9\n"
                + "market.piracy = cocaine-trade\nmarket.drug-trafficking = Cocaine Trade\ncombine = median\n"
                + "no equals sign here\n", StandardCharsets.UTF_8);
        Cli.Run r = Cli.run("validate", mapping.toString(), "--lang", "en");
        assertThat(r.exit()).isEqualTo(Main.INVALID_INPUT);
        assertThat(r.out()).contains(mapping + ":2:13: countries: unknown country 'Atlantis'",
                mapping + ":3:9: grade: malformed grade 'Z9'", mapping + ":4:1: market.piracy: unknown crime area",
                mapping + ":5:27: market.drug-trafficking: 'Cocaine Trade' is not an indicator key",
                mapping + ":6:11: combine: unknown combination 'median'; allowed are mean and max",
                mapping + ":7:1: expected 'key = value'", mapping + ": 6 errors, 0 warnings");
    }

    @Test
    void brokenPreset_reportsTheLine() throws IOException {
        Path preset = dir.resolve("my-preset.properties");
        Files.writeString(preset, "id = mine\nversion = 1\nid = again\n", StandardCharsets.UTF_8);
        Cli.Run r = Cli.run("validate", preset.toString(), "--lang", "en");
        assertThat(r.exit()).isEqualTo(Main.INVALID_INPUT);
        assertThat(r.out()).contains(preset + ":3:1: ", "'id' is already set on line 1");
    }

    @Test
    void oneBadFileAmongGoodOnes_exits1AndNamesIt() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"period\": \"2023\","
                + " \"countries\": [\"ZZ\"]}", StandardCharsets.UTF_8);
        Path readme = init.resolve(InitCommand.README);
        Cli.Run r = Cli.run("validate", init.resolve(InitCommand.DATASET).toString(), bad.toString(),
                readme.toString(), dir.resolve("missing.csv").toString(), dir.toString(), "--lang", "en");
        assertThat(r.exit()).isEqualTo(Main.INVALID_INPUT);
        assertThat(r.out()).contains(init.resolve(InitCommand.DATASET) + ": valid",
                bad + ":1:", "'ZZ'", bad + ": 1 error, 0 warnings",
                readme + ":1:1: cannot tell what kind of file this is",
                dir.resolve("missing.csv") + ":1:1: the file does not exist",
                dir + ":1:1: not a file (a directory or a device)");
    }

    @Test
    void badRows_andRowsTheDefinitionsRefuse_areReportedTogether_countedInTheUsersLanguage() throws IOException {
        // Row 2 cannot be read (no country XX); row 3 can, but the embedded definitions have no indicator 'foo'.
        // Both come in one report, so one pass over the file fixes both.
        Path csv = dir.resolve("rows.csv");
        Files.writeString(csv, "country,crime_area,indicator,value\nXX,drug-trafficking,criminal-market-scale,5\n"
                + "CO,drug-trafficking,foo,5\n", StandardCharsets.UTF_8);
        Cli.Run es = Cli.run("validate", csv.toString(), "--lang", "es");
        assertThat(es.exit()).isEqualTo(Main.INVALID_INPUT);
        assertThat(es.out()).contains(csv + ":2:1: country: 'XX' no es un país", csv + ":3:3: indicator:",
                "'foo'", csv + ": 2 errores, 0 advertencias");
        Path one = dir.resolve("one.csv");
        Files.writeString(one, "country,crime_area,indicator,value\nCO,drug-trafficking,foo,5\n",
                StandardCharsets.UTF_8);
        Cli.Run pt = Cli.run("validate", one.toString(), "--lang", "pt");
        assertThat(pt.out()).contains(one + ": 1 erro, ");
    }

    @Test
    void noFile_isAUsageError() {
        assertThat(Cli.run("validate").exit()).isEqualTo(Main.USAGE);
    }
}
