package lat.ideal.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lat.ideal.io.IdealJson;
import lat.ideal.io.ResultsCsv;
import lat.ideal.scoring.ScoringResult;

/**
 * Writes what {@code ideal assess} produces into its output folder: {@code results.json} and {@code results.csv} for
 * the first methodology, {@code results-ID.json} and {@code results-ID.csv} for each further one.
 */
final class Outputs {
    private Outputs() {
    }

    /** Writes every file and returns them in the order written. */
    static List<Path> write(Path dir, Assessment a) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < a.results().size(); i++) {
            ScoringResult r = a.results().get(i);
            String stem = i == 0 ? "results" : "results-" + r.methodology().id();
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
}
