package lat.ideal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lat.ideal.io.IdealJson;
import lat.ideal.io.Located;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.validation.DatasetValidator;
import lat.ideal.model.validation.Problem;
import lat.ideal.model.validation.Severity;
import lat.ideal.scoring.Preset;
import lat.ideal.scoring.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ideal validate FILE...}: reports every problem in data, methodology, mapping and preset files. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks files and reports every problem as FILE:LINE:COL: message (warnings too); exits 1 if any"
                + " file has an error.",
            "Datasets (JSON, long or wide CSV, GI-TOC), methodologies, priorities and action plans (JSON), GI-TOC"
                + " mappings and preset files (.properties); the kind is told by extension and content."})
final class ValidateCommand implements Callable<Integer> {
    private static final Pattern FILE_LINE = Pattern.compile("(.*):([0-9]+)");

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The files to check.")
    List<Path> files;

    @Option(names = "--base", paramLabel = "FILE",
            description = "For CSV data: the dataset JSON that defines what the rows are about (default: the embedded"
                    + " dataset's definitions).")
    Path base;

    @Option(names = "--edition", paramLabel = "YEAR", description = "For GI-TOC data: the edition (default: the year in"
            + " the file name).")
    Integer edition;

    @Override
    public Integer call() throws IOException {
        Texts texts = Texts.of(common.language);
        PrintWriter out = spec.commandLine().getOut();
        int failed = 0;
        for (Path file : files) {
            List<Located> problems = check(file);
            long errors = problems.stream().filter(Located::isError).count();
            for (Located p : problems) {
                out.println(p.format(common.language));
            }
            long warnings = problems.size() - errors;
            out.println(errors == 0 ? texts.get("validate.valid", file, texts.count("count.warnings", warnings))
                    : texts.get("validate.invalid", file, texts.count("count.errors", errors),
                    texts.count("count.warnings", warnings)));
            if (errors > 0) {
                failed++;
            }
        }
        out.flush();
        return failed == 0 ? Main.OK : Main.INVALID_INPUT;
    }

    private List<Located> check(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.exists(file)) {
            return fileProblem(file, "io-error", LocalizedText.of("el archivo no existe", "the file does not exist",
                    "o arquivo não existe"));
        }
        if (!Files.isRegularFile(file)) {
            return fileProblem(file, "io-error", LocalizedText.of("no es un archivo (es un directorio o un"
                    + " dispositivo)", "not a file (a directory or a device)", "não é um arquivo (é um diretório ou"
                    + " um dispositivo)"));
        }
        DatasetValidator validator = DatasetValidator.withDefaults();
        if (name.endsWith(".properties")) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.lines().anyMatch(l -> l.strip().startsWith("market."))) {
                return GitocMapping.read(file).problems();
            }
            return preset(file, text);
        }
        Inputs inputs = new Inputs(spec, common.language);
        if (!name.endsWith(".json") && !name.endsWith(".csv")) {
            return fileProblem(file, "unknown-file-kind", LocalizedText.of(
                    "no se sabe qué clase de archivo es: se admiten .json, .csv y .properties",
                    "cannot tell what kind of file this is: .json, .csv and .properties are checked",
                    "não se sabe que tipo de arquivo é: são aceitos .json, .csv e .properties"));
        }
        if (name.endsWith(".json")) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            IdealJson json = IdealJson.withDefaults().withDatasetValidator(validator::validate)
                    .withMethodologyValidator(m -> validator.validate(m).plus(Scorer.check(m)));
            if (hasProperty(text, "root")) {
                return json.readMethodology(file).problems();
            }
            if (hasProperty(text, "plans")) {
                return json.readActionPlans(file).problems();
            }
            if (hasProperty(text, "priorities") || hasProperty(text, "decisions")) {
                return json.readPriorities(file).problems();
            }
            return json.readDataset(file).problems();
        }
        DataOptions o = new DataOptions();
        o.data = file;
        o.base = base;
        o.edition = edition;
        return inputs.read(o, false).problems();
    }

    private static List<Located> fileProblem(Path file, String rule, LocalizedText message) {
        return List.of(Located.of(new Problem(Severity.ERROR, rule, "", file.toString(), message), file.toString(), 1,
                1, ""));
    }

    private static boolean hasProperty(String json, String name) {
        return Pattern.compile("\"" + name + "\"\\s*:").matcher(json).find();
    }

    /** Checks a preset file; its problems name {@code FILE:LINE} in their path. */
    private List<Located> preset(Path file, String text) {
        Preset.Parsed parsed = Preset.parse(file.toString(), text);
        List<Located> out = new ArrayList<>();
        for (Problem p : parsed.report().problems()) {
            Matcher m = FILE_LINE.matcher(p.path());
            int line = m.matches() ? Integer.parseInt(m.group(2)) : 1;
            out.add(Located.of(p, file.toString(), line, 1, ""));
        }
        return out;
    }
}
