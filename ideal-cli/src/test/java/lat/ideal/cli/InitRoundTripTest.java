package lat.ideal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lat.ideal.io.IdealJson;
import lat.ideal.io.ObservationCsv;
import lat.ideal.model.Dataset;
import lat.ideal.scoring.Scorer;
import lat.ideal.scoring.ScoringResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ideal init DIR} writes files that {@code ideal assess --data DIR/...} reads back unchanged. */
final class InitRoundTripTest {
    @TempDir
    static Path dir;

    private static Path init;
    private static Cli.Run initRun;

    @BeforeAll
    static void init() {
        init = dir.resolve("my-assessment");
        initRun = Cli.run("init", init.toString(), "--lang", "en");
    }

    @Test
    void init_writesEveryFile() {
        assertThat(initRun.exit()).as(initRun.toString()).isZero();
        for (String name : List.of(InitCommand.DATASET, InitCommand.DEFINITIONS, InitCommand.OBSERVATIONS,
                InitCommand.METHODOLOGY, InitCommand.GROUP_METHODOLOGY, DefaultData.MAPPING_FILE,
                DefaultData.GITOC_FILE, InitCommand.README)) {
            assertThat(init.resolve(name)).isRegularFile();
            assertThat(initRun.out()).contains(init.resolve(name).toString());
        }
        assertThat(init.resolve(InitCommand.README)).content().contains("GI-TOC, Global Organized Crime Index 2023",
                "fictional");
    }

    @Test
    void datasetJson_readsBackEqualToTheEmbeddedDataset() {
        assertThat(Ideal.dataset(init.resolve(InitCommand.DATASET))).isEqualTo(Ideal.defaultDataset());
    }

    @Test
    void observationsCsv_readIntoTheDefinitions_equalsTheEmbeddedDataset() {
        Dataset base = IdealJson.withDefaults().readDataset(init.resolve(InitCommand.DEFINITIONS)).orElseThrow();
        Dataset read = ObservationCsv.withDefaults().readInto(base, init.resolve(InitCommand.OBSERVATIONS))
                .orElseThrow();
        assertThat(read).isEqualTo(Ideal.defaultDataset());
    }

    @Test
    void methodologyJson_scoresLikeThePreset() {
        Dataset d = Ideal.defaultDataset();
        ScoringResult fromFile = Scorer.of(IdealJson.withDefaults().readMethodology(init.resolve(
                InitCommand.METHODOLOGY)).orElseThrow()).score(d);
        assertThat(fromFile.fingerprint()).isEqualTo(Ideal.score("ideal-socta", d).fingerprint());
    }

    @Test
    void assess_onEachWrittenForm_printsTheDefaultRankings() {
        String expected = rankings(Cli.run("assess", "--lang", "en", "--out", dir.resolve("r0").toString()));
        String json = rankings(Cli.run("assess", "--lang", "en", "--data", init.resolve(InitCommand.DATASET)
                .toString(), "--out", dir.resolve("r1").toString()));
        String csv = rankings(Cli.run("assess", "--lang", "en", "--data", init.resolve(InitCommand.OBSERVATIONS)
                .toString(), "--base", init.resolve(InitCommand.DEFINITIONS).toString(), "--out",
                dir.resolve("r2").toString()));
        String withMethods = rankings(Cli.run("assess", "--lang", "en", "--data", init.resolve(InitCommand.DATASET)
                .toString(), "--method", init.resolve(InitCommand.METHODOLOGY).toString(), "--method",
                init.resolve(InitCommand.GROUP_METHODOLOGY).toString(), "--out", dir.resolve("r3").toString()));
        assertThat(json).isEqualTo(expected);
        assertThat(csv).isEqualTo(expected);
        assertThat(withMethods).isEqualTo(expected.substring(0, expected.indexOf("  Sleipnir vs MoRiLE")));
    }

    @Test
    void assess_onTheWrittenGitocFileAndMapping_givesTheDefaultThreats() {
        Cli.Run r = Cli.run("assess", "--lang", "en", "--data", init.resolve(DefaultData.GITOC_FILE).toString(),
                "--mapping", init.resolve(DefaultData.MAPPING_FILE).toString(), "--out", dir.resolve("r4").toString());
        Cli.Run d = Cli.run("assess", "--lang", "en", "--out", dir.resolve("r5").toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        String threats = section(r.out(), "Top threats", "Criminal groups");
        assertThat(threats).isNotBlank().isEqualTo(section(d.out(), "Top threats", "Criminal groups"));
    }

    @Test
    void init_refusesToOverwriteWithoutForce() throws IOException {
        Path again = dir.resolve("again");
        assertThat(Cli.run("init", again.toString()).exit()).isZero();
        Files.writeString(again.resolve(InitCommand.DATASET), "{}");
        Cli.Run refused = Cli.run("init", again.toString(), "--lang", "en");
        assertThat(refused.exit()).isEqualTo(Main.INVALID_INPUT);
        assertThat(refused.err()).contains(again.resolve(InitCommand.DATASET)
                + " already exists (--force replaces it)");
        assertThat(again.resolve(InitCommand.DATASET)).hasContent("{}");
        assertThat(Cli.run("init", again.toString(), "--force").exit()).isZero();
        assertThat(Ideal.dataset(again.resolve(InitCommand.DATASET))).isEqualTo(Ideal.defaultDataset());
    }

    /** The output from the first ranking on: the lines above name the data's origin, which differs by design. */
    private static String rankings(Cli.Run r) {
        assertThat(r.exit()).as(r.toString()).isZero();
        return r.out().substring(r.out().indexOf("Top threats"), r.out().indexOf("\nData: "));
    }

    private static String section(String out, String from, String to) {
        int start = out.indexOf(from);
        int end = out.indexOf(to);
        return start < 0 ? "" : out.substring(start, end < 0 ? out.indexOf("\nData: ") : end).strip();
    }
}
