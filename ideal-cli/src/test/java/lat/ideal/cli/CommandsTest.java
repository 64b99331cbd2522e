package lat.ideal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import lat.ideal.io.IdealJson;
import lat.ideal.model.Dataset;
import lat.ideal.model.Language;
import lat.ideal.scoring.Presets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes, messages and files of the commands, run in-process. */
final class CommandsTest {
    @TempDir
    Path dir;

    @Test
    void noCommand_printsUsageAndExits2() {
        Cli.Run r = Cli.run();
        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("Usage: ideal", "assess", "init", "validate", "methods", "convert");
    }

    @Test
    void everyCommand_hasHelp() {
        for (String command : List.of("assess", "init", "validate", "methods", "convert", "sensitivity", "trend",
                "prioritize")) {
            Cli.Run r = Cli.run(command, "--help");
            assertThat(r.exit()).as(command).isZero();
            assertThat(r.out()).as(command).startsWith("Usage: ideal " + command);
        }
    }

    @Test
    void unknownOption_isAUsageErrorWithoutStackTrace() {
        Cli.Run r = Cli.run("assess", "--bogus");
        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("Unknown option: '--bogus'", "Try 'ideal assess --help'.")
                .doesNotContain("\tat ", "Exception");
    }

    @Test
    void misspelledCommand_suggestsTheRightOne() {
        Cli.Run r = Cli.run("asses");
        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("ideal assess");
    }

    @Test
    void unknownMethod_isAUsageError() {
        Cli.Run r = Cli.run("assess", "--method", "no-such-preset", "--lang", "en");
        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("--method 'no-such-preset' is neither a preset (" + String.join(", ",
                Presets.names()) + ") nor a file");
    }

    @Test
    void badLanguage_isAUsageError() {
        Cli.Run fr = Cli.run("methods", "--lang", "fr");
        assertThat(fr.exit()).isEqualTo(Main.USAGE);
        assertThat(fr.err()).contains("Invalid value for option '--lang': language 'fr' is not one of es, en, pt")
                .doesNotContain("Exception", "cannot convert");
        Cli.Run purple = Cli.run("assess", "--audience", "TLP:PURPLE");
        assertThat(purple.exit()).isEqualTo(Main.USAGE);
        assertThat(purple.err()).contains("Invalid value for option '--audience': 'TLP:PURPLE' is not a TLP 2.0"
                + " marking").doesNotContain("Exception", "cannot convert");
    }

    @Test
    void invalidJson_exits1WithEveryProblemLocated() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"schemaVersion\": \"1.0\",\n  \"id\": \"x\",\n  \"period\": \"20x3\",\n"
                + "  \"colour\": \"red\"\n}\n", StandardCharsets.UTF_8);
        Cli.Run r = Cli.run("assess", "--data", bad.toString(), "--lang", "en", "--out", dir.toString());
        assertThat(r.exit()).isEqualTo(Main.INVALID_INPUT);
        assertThat(r.err().lines().toList()).anySatisfy(l -> assertThat(l).startsWith(bad + ":4:"))
                .anySatisfy(l -> assertThat(l).startsWith(bad + ":5:").contains("colour"))
                .allSatisfy(l -> assertThat(l).matches(".+:[0-9]+:[0-9]+: .+"));
        assertThat(r.err()).doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void invalidCsv_exits1WithRowAndColumn_inTheChosenLanguage() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "country,crime_area,indicator,value\nBO,drug-trafficking,criminal-market-scale,\"7,5\"\n"
                + "XX,drug-trafficking,criminal-market-scale,7.5\n", StandardCharsets.UTF_8);
        Cli.Run en = Cli.run("assess", "--data", bad.toString(), "--lang", "en");
        Cli.Run es = Cli.run("assess", "--data", bad.toString(), "--lang", "es");
        assertThat(en.exit()).isEqualTo(Main.INVALID_INPUT);
        assertThat(en.err()).contains(bad + ":2:4: ", bad + ":3:1: ", "'XX' is not a country");
        assertThat(es.exit()).isEqualTo(Main.INVALID_INPUT);
        assertThat(es.err()).contains(bad + ":3:1: ").doesNotContain("is not a country");
    }

    @Test
    void debug_showsTheStackTraceOfAUserError() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{", StandardCharsets.UTF_8);
        assertThat(Cli.run("assess", "--data", bad.toString()).err()).doesNotContain("\tat ");
        assertThat(Cli.run("assess", "--data", bad.toString(), "--debug").err()).contains("\tat ");
    }

    @Test
    void methods_listsEveryPresetWithItsTitle() {
        Cli.Run r = Cli.run("methods", "--lang", "en");
        assertThat(r.exit()).isZero();
        for (String name : Presets.names()) {
            assertThat(r.out()).contains(name, Presets.preset(name).title().en());
        }
        assertThat(Cli.run("methods", "--lang", "pt").out()).contains(Presets.preset("sleipnir-v1").title().pt());
    }

    @Test
    void outputDirectoryThatCannotBeMade_saysWhyInWords() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x", StandardCharsets.UTF_8);
        Cli.Run r = Cli.run("assess", "--out", file.resolve("reports").toString(), "--lang", "en");
        assertThat(r.exit()).isEqualTo(Main.INVALID_INPUT);
        assertThat(r.err()).startsWith("ideal: cannot read or write " + file).doesNotContain("Exception", "\tat ");
    }

    @Test
    void ioMessage_namesTheFileAndTheReason_inTheUsersLanguage() {
        // A file system's exceptions often carry only the path: the message gives the reason in words.
        assertThat(Main.ioMessage(new NoSuchFileException("a.csv"), Language.EN))
                .isEqualTo("cannot read or write a.csv: no such file or directory");
        assertThat(Main.ioMessage(new AccessDeniedException("/x"), Language.ES))
                .isEqualTo("no se pudo leer ni escribir /x: permiso denegado");
        assertThat(Main.ioMessage(new FileSystemException("/d/o", null, "Read-only file system"),
                Language.PT)).isEqualTo("não foi possível ler nem gravar /d/o: Read-only file system");
        assertThat(Main.ioMessage(new IOException("disk full"), Language.EN))
                .isEqualTo("cannot read or write a file: disk full");
    }

    @Test
    void assess_inSpanish_translatesHeadings() {
        Cli.Run r = Cli.run("assess", "--lang", "es", "--out", dir.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Principales amenazas por país x área delictiva", "Tráfico de drogas",
                "Prioridades regionales", "Datos: GI-TOC, Global Organized Crime Index 2023",
                "Entrada: datos integrados (ideal init los escribe en archivos), 536 observaciones, marca TLP:CLEAR",
                "muy alta").doesNotContain("embedded", "very-high", "very high");
        // The reports' attribution lines are in the report's language too.
        assertThat(dir.resolve("report.md")).content().contains("GI-TOC, Global Organized Crime Index 2023"
                + " (ocindex.net), publicado por la Global Initiative Against Transnational Organized Crime.",
                "una elección documentada y editable de este proyecto, no de GI-TOC ni de IDEAL.")
                .doesNotContain("published by", "mapped onto");
        assertThat(dir.resolve("report-sleipnir-v1.md")).content().contains("Los grupos criminales son ficticios,"
                + " con fines de demostración: no describen ningún grupo real.");
    }

    @Test
    void prioritize_inPortuguese_namesTheTopBandInPortuguese() {
        Cli.Run r = Cli.run("prioritize", "--lang", "pt");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Está na faixa superior (muito alta) em 2 países: Paraguai, Colômbia.")
                .doesNotContain("very-high");
    }

    @Test
    void assess_gitocWithoutMethod_scoresTheIndex() {
        Path file = Cli.copyResource("default/" + DefaultData.GITOC_FILE, dir);
        Cli.Run r = Cli.run("assess", "--data", file.toString(), "--lang", "en", "--out", dir.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        // GI-TOC 2023, published: Myanmar has the highest criminality, 8.15.
        assertThat(r.out()).contains("Top countries - Criminality (gitoc-ocindex), 193 of 193 scored")
                .containsPattern("1 +Myanmar.* +8\\.15");
    }

    @Test
    void assess_withAPresetForUnitsTheDataHasNot_exits1() {
        Path file = Cli.copyResource("default/" + DefaultData.GITOC_FILE, dir);
        Cli.Run r = Cli.run("assess", "--data", file.toString(), "--method", "morile-risk", "--lang", "en");
        assertThat(r.exit()).isEqualTo(Main.INVALID_INPUT);
        assertThat(r.err()).contains("Preset 'morile-risk' scores criminal groups, and " + file + " has none");
    }

    @Test
    void assess_gitocWithoutEditionInTheName_asksForIt() {
        Path file = Cli.copyResource("default/" + DefaultData.GITOC_FILE, dir);
        Path renamed = file.resolveSibling("index.csv");
        assertThat(file.toFile().renameTo(renamed.toFile())).isTrue();
        Cli.Run r = Cli.run("assess", "--data", renamed.toString(), "--lang", "en");
        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("--edition YEAR");
        assertThat(Cli.run("assess", "--data", renamed.toString(), "--edition", "2023", "--out", dir.toString())
                .exit()).isZero();
    }

    @Test
    void audience_dropsObservationsTheAudienceMayNotReceive() throws IOException {
        Dataset d = Ideal.defaultDataset();
        Dataset.Builder b = DefaultData.skeleton().toBuilder();
        d.observations().forEach(o -> b.observation(o.indicator().equals(GitocMapping.MARKET_INDICATOR)
                ? o.withHandling(lat.ideal.model.Tlp.AMBER) : o));
        Path file = dir.resolve("amber.json");
        IdealJson.withDefaults().writeDataset(b.build(), file);
        Cli.Run all = Cli.run("assess", "--data", file.toString(), "--lang", "en", "--out", dir.toString());
        Cli.Run clear = Cli.run("assess", "--data", file.toString(), "--audience", "CLEAR", "--lang", "en", "--out",
                dir.toString());
        assertThat(all.out()).as(all.toString()).contains("marking TLP:AMBER", "No data for: Harm (");
        assertThat(clear.exit()).as(clear.toString()).isZero();
        assertThat(clear.out()).contains("marking TLP:CLEAR", "No data for: Criminal markets, Harm (");
    }

    @Test
    void convert_jsonToCsvAndBack_keepsTheDataset() {
        Path json = dir.resolve("d.json");
        Path csv = dir.resolve("d.csv");
        Path back = dir.resolve("back.json");
        Path defs = dir.resolve("definitions.json");
        assertThat(Cli.run("init", dir.resolve("i").toString()).exit()).isZero();
        assertThat(Cli.run("convert", dir.resolve("i").resolve(InitCommand.DATASET).toString(), json.toString())
                .exit()).isZero();
        Cli.Run toCsv = Cli.run("convert", json.toString(), csv.toString(), "--lang", "en");
        assertThat(toCsv.exit()).isZero();
        assertThat(toCsv.out()).contains("Wrote " + csv + " (536 observations)");
        assertThat(Cli.run("convert", dir.resolve("i").resolve(InitCommand.DEFINITIONS).toString(), defs.toString())
                .exit()).isZero();
        assertThat(Cli.run("convert", csv.toString(), back.toString(), "--base", defs.toString()).exit()).isZero();
        assertThat(Ideal.dataset(back)).isEqualTo(Ideal.defaultDataset());
    }

    @Test
    void convert_gitocToJson_keepsEveryCountry() {
        Path file = Cli.copyResource("default/" + DefaultData.GITOC_FILE, dir);
        Path json = dir.resolve("gitoc.json");
        assertThat(Cli.run("convert", file.toString(), json.toString()).exit()).isZero();
        assertThat(Ideal.dataset(json).countries()).hasSize(193);
    }

    @Test
    void convert_toAnUnknownExtension_isAUsageError() {
        assertThat(Cli.run("convert", "in.json", dir.resolve("out.xml").toString()).exit()).isEqualTo(Main.USAGE);
    }
}
