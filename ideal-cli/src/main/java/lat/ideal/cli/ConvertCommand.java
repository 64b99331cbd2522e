package lat.ideal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import lat.ideal.io.IdealJson;
import lat.ideal.io.ObservationCsv;
import lat.ideal.io.WideCsv;
import lat.ideal.model.Dataset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ideal convert IN OUT}: converts a dataset between JSON and CSV (and from GI-TOC's layout). */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Converts a dataset: JSON to CSV, CSV to JSON, or a GI-TOC edition to either; the output format"
                + " is told by OUT's extension.",
            "CSV holds observations only: converting CSV to JSON takes the definitions from --base (default: the"
                + " embedded dataset's). Marked (non-TLP:CLEAR) data is written to wide CSV only if it can be"
                + " written faithfully; long CSV keeps grades, markings and sources."})
final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "IN", description = "The dataset to read.")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "The file to write (.json or .csv); replaced if it"
            + " exists.")
    Path outFile;

    @Option(names = "--format", paramLabel = "json|csv|gitoc",
            description = "IN's format (default: told by its extension and header).")
    DataOptions.Format format;

    @Option(names = "--base", paramLabel = "FILE",
            description = "For CSV input: the dataset JSON with the definitions.")
    Path base;

    @Option(names = "--edition", paramLabel = "YEAR", description = "For GI-TOC input: the edition.")
    Integer edition;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "For GI-TOC input: map it to the IDEAL matrix with this mapping first.")
    Path mapping;

    @Option(names = "--wide", description = "Write wide CSV (one unit a row) instead of long CSV.")
    boolean wide;

    @Override
    public Integer call() throws IOException {
        Texts texts = Texts.of(common.language);
        String name = outFile.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".json") && !name.endsWith(".csv")) {
            throw new CommandLine.ParameterException(spec.commandLine(), texts.get("convert.extension", outFile));
        }
        DataOptions o = new DataOptions();
        o.data = in;
        o.format = format;
        o.base = base;
        o.edition = edition;
        o.mapping = mapping;
        Dataset d = new Inputs(spec, common.language).load(o, false).dataset();
        Path parent = outFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (name.endsWith(".json")) {
            IdealJson.withDefaults().writeDataset(d, outFile);
        } else if (wide) {
            try {
                WideCsv.withDefaults().write(d, outFile);
            } catch (IllegalArgumentException e) {
                throw new UserException(texts.get("convert.wide", outFile, e.getMessage()));
            }
        } else {
            ObservationCsv.withDefaults().write(d.observations(), outFile);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(texts.get("convert.wrote", outFile, d.observations().size()));
        out.flush();
        return Main.OK;
    }
}
