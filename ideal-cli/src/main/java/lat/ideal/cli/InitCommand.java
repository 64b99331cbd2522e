package lat.ideal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import lat.ideal.io.IdealJson;
import lat.ideal.io.ObservationCsv;
import lat.ideal.model.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ideal init DIR}: writes the embedded default assessment as editable files. */
@Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes the embedded default dataset, its methodologies and its GI-TOC mapping as editable"
                + " files: the starting point of an assessment of one's own.",
            "ideal assess --data DIR/dataset.json reads them back (or DIR/observations.csv with --base"
                + " DIR/definitions.json, or DIR/gitoc-ocindex-2023.csv with --mapping"
                + " DIR/gitoc-to-ideal.properties)."})
final class InitCommand implements Callable<Integer> {
    /** The dataset, every part. */
    static final String DATASET = "dataset.json";
    /** The dataset's definitions without observations, the base of the CSV. */
    static final String DEFINITIONS = "definitions.json";
    /** The observations, long CSV. */
    static final String OBSERVATIONS = "observations.csv";
    /** The threat methodology ({@code ideal-socta} resolved against the dataset). */
    static final String METHODOLOGY = "methodology.json";
    /** The group methodology ({@code sleipnir-v1}). */
    static final String GROUP_METHODOLOGY = "groups-methodology.json";
    /** What the folder holds. */
    static final String README = "README.md";

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to write (created if needed).")
    Path dir;

    @Option(names = "--force", description = "Replace files that are already there.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        Texts texts = Texts.of(common.language);
        List<String> names = List.of(DATASET, DEFINITIONS, OBSERVATIONS, METHODOLOGY, GROUP_METHODOLOGY,
                DefaultData.MAPPING_FILE, DefaultData.GITOC_FILE, README);
        List<String> existing = new ArrayList<>();
        for (String n : names) {
            if (Files.exists(dir.resolve(n))) {
                existing.add(dir.resolve(n).toString());
            }
        }
        if (!existing.isEmpty() && !force) {
            List<String> lines = new ArrayList<>();
            existing.forEach(f -> lines.add(texts.get("init.exists", f)));
            throw new UserException(lines);
        }
        Files.createDirectories(dir);
        Dataset d = DefaultData.dataset();
        IdealJson json = IdealJson.withDefaults();
        json.writeDataset(d, dir.resolve(DATASET));
        json.writeDataset(DefaultData.skeleton(), dir.resolve(DEFINITIONS));
        ObservationCsv.withDefaults().write(d.observations(), dir.resolve(OBSERVATIONS));
        json.writeMethodology(Methods.preset(Methods.THREAT_PRESET, d), dir.resolve(METHODOLOGY));
        json.writeMethodology(Methods.preset(Methods.GROUP_PRESET, d), dir.resolve(GROUP_METHODOLOGY));
        for (String n : DefaultData.copiedFiles()) {
            Files.writeString(dir.resolve(n), DefaultData.text(n), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve(README), readme(), StandardCharsets.UTF_8);
        PrintWriter out = spec.commandLine().getOut();
        out.println(texts.get("init.wrote", dir, d.observations().size()));
        for (String n : names) {
            out.println("  " + dir.resolve(n));
        }
        out.println(texts.get("init.next", dir.resolve(DATASET)));
        out.flush();
        return Main.OK;
    }

    /** The folder's README: what each file is, how to assess it, and the data's attribution. */
    static String readme() {
        return DefaultData.text("init-README.md") + "\n" + DefaultData.text(DefaultData.README_FILE);
    }
}
