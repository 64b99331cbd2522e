package lat.ideal.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lat.ideal.io.IdealJson;
import lat.ideal.io.ResultsCsv;
import lat.ideal.io.report.HtmlReport;
import lat.ideal.io.report.MarkdownReport;
import lat.ideal.io.report.Report;
import lat.ideal.model.Dataset;
import lat.ideal.model.Observation;
import lat.ideal.model.method.Methodology;
import lat.ideal.model.Language;
import lat.ideal.model.Tlp;
import lat.ideal.scoring.ScoringResult;

/**
 * Writes what {@code ideal assess} produces into its output folder: {@code report.html}, {@code report.md},
 * {@code results.json} and {@code results.csv} for the first methodology, the same files suffixed {@code -ID} (the
 * methodology's id) for each further one.
 */
final class Outputs {
    private Outputs() {
    }

    /** Writes every file and returns them in the order written. */
    static List<Path> write(Path dir, Assessment a, Tlp audience, Language language) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < a.results().size(); i++) {
            ScoringResult r = a.results().get(i);
            String suffix = i == 0 ? "" : "-" + r.methodology().id();
            Report.Builder b = Report.builder(r).dataset(a.dataset()).language(language)
                    .attribution(attribution(a.dataset(), r.methodology(), language).toArray(new String[0]));
            if (audience != null) {
                b.audience(audience);
            }
            Report report = b.build();
            Path html = dir.resolve("report" + suffix + ".html");
            HtmlReport.withDefaults().write(report, html);
            Path md = dir.resolve("report" + suffix + ".md");
            MarkdownReport.withDefaults().write(report, md);
            written.add(html);
            written.add(md);
            String stem = "results" + suffix;
            Path json = dir.resolve(stem + ".json");
            try (Writer w = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
                IdealJson.withDefaults().writeResults(r, w);
            }
            Path csv = dir.resolve(stem + ".csv");
            ResultsCsv.withDefaults().write(r, csv);
            written.add(json);
            written.add(csv);
        }
        return written;
    }

    /**
     * The attribution lines of a report on a methodology's result, in the report's language: the GI-TOC credit, the
     * mapping's status and the fictional groups' note, where the observations the methodology reads call for them.
     */
    static List<String> attribution(Dataset d, Methodology m, Language language) {
        Texts t = Texts.of(language);
        Set<String> sources = new LinkedHashSet<>();
        for (String key : m.indicatorKeys()) {
            for (Observation o : d.observationsOf(key)) {
                o.source().ifPresent(sources::add);
            }
        }
        List<String> lines = new ArrayList<>();
        for (String source : sources) {
            if (source.startsWith("GI-TOC")) {
                lines.add(t.get("attribution.gitoc", source));
            }
        }
        if (m.indicatorKeys().contains(GitocMapping.MARKET_INDICATOR)) {
            lines.add(t.get("attribution.mapping", DefaultData.MAPPING_FILE));
        }
        if (sources.contains(DefaultData.GROUPS_SOURCE)) {
            lines.add(t.get("attribution.fictional"));
        }
        return lines;
    }
}
