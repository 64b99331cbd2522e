package lat.ideal.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lat.ideal.io.GitocImport;
import lat.ideal.io.GitocImporter;
import lat.ideal.io.IdealJson;
import lat.ideal.io.Located;
import lat.ideal.io.ObservationCsv;
import lat.ideal.io.ReadResult;
import lat.ideal.io.WideCsv;
import lat.ideal.model.Dataset;
import lat.ideal.model.Language;
import lat.ideal.model.method.Methodology;
import lat.ideal.model.validation.DatasetValidator;
import lat.ideal.scoring.Presets;
import lat.ideal.scoring.Scorer;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Reads what a command works on, reporting every problem as {@code FILE:LINE:COL: message}: datasets in each
 * format, GI-TOC editions (mapped to the IDEAL matrix when asked), mappings and methodologies.
 */
final class Inputs {
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19[0-9]{2}|2[0-9]{3})(?![0-9])");

    private final CommandSpec spec;
    private final Language language;
    private final DatasetValidator validator = DatasetValidator.withDefaults();

    Inputs(CommandSpec spec, Language language) {
        this.spec = spec;
        this.language = language;
    }

    /**
     * What was read: the dataset, where it came from, the GI-TOC import it was built from (if any), and the
     * warnings.
     */
    record Loaded(Dataset dataset, String origin, Optional<GitocImport> gitoc, List<Located> warnings) {
    }

    /**
     * Loads the data a command names, or the embedded default, or throws a {@link UserException} listing every
     * problem.
     *
     * @param mapGitoc whether GI-TOC data is mapped to the IDEAL matrix (without {@code --mapping}, with the embedded
     *        mapping); a {@code --mapping} option always maps
     */
    Loaded load(DataOptions o, boolean mapGitoc) {
        ReadResult<Loaded> r = read(o, mapGitoc);
        Loaded l = value(r);
        return new Loaded(l.dataset(), l.origin(), l.gitoc(), r.warnings());
    }

    /** Reads the data a command names, or the embedded default, with every problem found. */
    ReadResult<Loaded> read(DataOptions o, boolean mapGitoc) {
        if (o.data().isEmpty()) {
            if (o.mapping == null) {
                return ReadResult.of(new Loaded(DefaultData.dataset(),
                        Texts.of(language).get("origin.embedded"), Optional.empty(), List.of()),
                        List.of());
            }
            GitocImport gitoc = DefaultData.gitoc();
            ReadResult<GitocMapping> m = GitocMapping.read(o.mapping);
            if (failed(m)) {
                return ReadResult.failed(m.problems());
            }
            return mapped(DefaultData.GITOC_FILE + " + " + o.mapping, gitoc, List.of(), m, true);
        }
        Path file = o.data;
        String origin = file.toString();
        DataOptions.Format format = o.format != null ? o.format : detect(file);
        switch (format) {
            case JSON:
                return loaded(origin, IdealJson.withDefaults().withDatasetValidator(validator::validate)
                        .readDataset(file));
            case CSV: {
                Dataset base = DefaultData.skeleton();
                if (o.base != null) {
                    ReadResult<Dataset> b = IdealJson.withDefaults().withDatasetValidator(validator::validate)
                            .readDataset(o.base);
                    if (failed(b)) {
                        return ReadResult.failed(b.problems());
                    }
                    base = b.value().get();
                }
                return loaded(origin, isWide(file)
                        ? WideCsv.withDefaults().withValidator(validator::validate).readInto(base, file)
                        : ObservationCsv.withDefaults().withValidator(validator::validate).readInto(base, file));
            }
            default: {
                int edition = o.edition != null ? o.edition : edition(file);
                ReadResult<GitocImport> r = GitocImporter.withDefaults().read(file, edition);
                if (failed(r)) {
                    return ReadResult.failed(r.problems());
                }
                GitocImport gitoc = r.value().get();
                if (!mapGitoc && o.mapping == null) {
                    return ReadResult.of(new Loaded(gitoc.dataset(), origin, Optional.of(gitoc), List.of()),
                            r.problems());
                }
                ReadResult<GitocMapping> m = o.mapping == null ? ReadResult.of(DefaultData.mapping(), List.of())
                        : GitocMapping.read(o.mapping);
                if (failed(m)) {
                    List<Located> all = new ArrayList<>(r.problems());
                    all.addAll(m.problems());
                    return ReadResult.failed(all);
                }
                return mapped(origin, gitoc, r.problems(), m, false);
            }
        }
    }

    /** Applies a mapping; the embedded GI-TOC edition keeps the embedded fictional groups beside it. */
    private static ReadResult<Loaded> mapped(String origin, GitocImport gitoc, List<Located> before,
                                             ReadResult<GitocMapping> mapping, boolean withGroups) {
        ReadResult<Dataset> d = mapping.value().get().apply(gitoc);
        List<Located> all = new ArrayList<>(before);
        all.addAll(mapping.problems());
        all.addAll(d.problems());
        if (failed(d)) {
            return ReadResult.failed(all);
        }
        Dataset data = withGroups ? DefaultData.withGroups(d.value().get()) : d.value().get();
        return ReadResult.of(new Loaded(data, origin, Optional.of(gitoc), List.of()), all);
    }

    private static ReadResult<Loaded> loaded(String origin, ReadResult<Dataset> r) {
        if (r.value().isEmpty()) {
            return ReadResult.failed(r.problems());
        }
        return ReadResult.of(new Loaded(r.value().get(), origin, Optional.empty(), List.of()), r.problems());
    }

    private static boolean failed(ReadResult<?> r) {
        return r.value().isEmpty() || !r.errors().isEmpty();
    }

    /**
     * Resolves {@code --method}: a preset name, or a methodology JSON file checked against the dataset (every
     * problem placed where it was read).
     */
    Methodology methodology(String nameOrFile, Dataset dataset) {
        if (Presets.names().contains(nameOrFile)) {
            try {
                return Methods.preset(nameOrFile, dataset);
            } catch (IllegalArgumentException e) {
                throw new UserException(Texts.of(language).get("method.unfit", nameOrFile, e.getMessage()));
            }
        }
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    Texts.of(language).get("method.unknown", nameOrFile, String.join(", ", Presets.names())));
        }
        ReadResult<Methodology> r = IdealJson.withDefaults()
                .withMethodologyValidator(m -> validator.validate(m, dataset).plus(Scorer.check(m)))
                .readMethodology(file);
        return value(r);
    }

    /**
     * Returns the value read, or throws a {@link UserException} listing every error, then the number of warnings
     * ({@code ideal validate} lists them).
     */
    <T> T value(ReadResult<T> r) {
        if (r.value().isEmpty() || !r.errors().isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (Located p : r.errors()) {
                lines.add(p.format(language));
            }
            if (!r.warnings().isEmpty()) {
                lines.add(Texts.of(language).count("assess.warnings", r.warnings().size()));
            }
            throw new UserException(lines);
        }
        return r.value().get();
    }

    /** Tells a file's format by its extension and, for CSV, by its header. */
    DataOptions.Format detect(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return DataOptions.Format.JSON;
        }
        String header = header(file).toLowerCase(Locale.ROOT);
        if (header.startsWith("{")) {
            return DataOptions.Format.JSON;
        }
        if (header.contains("human trafficking") || header.contains("criminal markets")) {
            return DataOptions.Format.GITOC;
        }
        return DataOptions.Format.CSV;
    }

    private boolean isWide(Path file) {
        String h = header(file).strip();
        if (h.startsWith("\"")) {
            h = h.substring(1);
        }
        return h.toLowerCase(Locale.ROOT).startsWith("unit");
    }

    private String header(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            if (line == null) {
                return "";
            }
            return line.startsWith("\uFEFF") ? line.substring(1) : line;
        } catch (IOException e) {
            throw new UserException(file + ":1:1: " + Texts.of(language).get("file.unreadable", e.getMessage()));
        }
    }

    private int edition(Path file) {
        Matcher m = YEAR.matcher(file.getFileName().toString());
        if (!m.find()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    Texts.of(language).get("gitoc.edition", file));
        }
        return Integer.parseInt(m.group(1));
    }
}
