package lat.ideal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import lat.ideal.model.Dataset;
import lat.ideal.model.Observation;
import lat.ideal.model.TargetKind;
import lat.ideal.scoring.Agreement;
import lat.ideal.scoring.Presets;
import lat.ideal.scoring.Scorer;
import lat.ideal.scoring.ScoringResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ideal assess}: scores a dataset, prints the rankings and writes the reports and results. */
@Command(name = "assess", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Scores a dataset with one or more methodologies, prints the rankings and writes report.html,"
                + " report.md, results.json and results.csv.",
            "Without options: the embedded Latin American dataset (GI-TOC 2023 mapped onto the twelve IDEAL countries"
                + " x seven threats, under ideal-socta) and its fictional criminal groups (under sleipnir-v1)."})
final class AssessCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    DataOptions data;

    @Option(names = "--method", paramLabel = "PRESET|FILE",
            description = "A preset (see ideal methods) or a methodology JSON file; repeatable (default: the presets"
                    + " the data calls for).")
    List<String> methods = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where the reports and results go (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("ideal-report");

    @Mixin
    AudienceOption audience;

    @Override
    public Integer call() throws java.io.IOException {
        Texts texts = Texts.of(common.language);
        PrintWriter o = spec.commandLine().getOut();
        Inputs inputs = new Inputs(spec, common.language);
        Assessment a = Assessment.run(inputs, data, methods, audience.audience, texts);
        Summary summary = new Summary(texts, a.dataset());
        o.println(texts.get("assess.title", a.dataset().title()));
        o.println(texts.get("assess.origin", a.origin(), a.dataset().observations().size(),
                a.dataset().highestMarking()));
        if (!a.loaded().warnings().isEmpty()) {
            o.println(texts.count("assess.warnings", a.loaded().warnings().size()));
        }
        for (ScoringResult r : a.results()) {
            o.println();
            summary.ranking(o, r);
            if (r.methodology().unitKind() == TargetKind.COUNTRY_CRIME_AREA) {
                o.println();
                o.println(texts.get("priorities.title", a.dataset().countries().size()));
                Priorities.print(o, Priorities.of(r, a.dataset(), java.util.Optional.empty(), common.language), r,
                        texts, summary);
                o.println("  " + texts.get("priorities.note"));
            }
        }
        if (a.results().stream().anyMatch(r -> r.methodology().id().equals(Methods.GROUP_PRESET))) {
            o.println("  " + texts.get("groups.note"));
        }
        agreement(a, texts).ifPresent(line -> o.println("  " + line));
        o.println();
        o.println(texts.get("assess.data", String.join("; ", sources(a.dataset()))));
        List<Path> written = Outputs.write(out, a, audience.audience, common.language);
        o.println(texts.get("assess.wrote-dir", out, String.join(", ", written.stream()
                .map(p -> p.getFileName().toString()).toList())));
        o.flush();
        return Main.OK;
    }

    /** Compares the Sleipnir ranking of the groups with the MoRiLE one, where the data has both. */
    private java.util.Optional<String> agreement(Assessment a, Texts texts) {
        ScoringResult sleipnir = null;
        for (ScoringResult r : a.results()) {
            if (r.methodology().id().equals(Methods.GROUP_PRESET)) {
                sleipnir = r;
            }
        }
        boolean morile = Presets.indicators("morile-risk").stream()
                .anyMatch(d -> !a.dataset().observationsOf(d.key()).isEmpty());
        if (sleipnir == null || !morile || !methods.isEmpty()) {
            return java.util.Optional.empty();
        }
        ScoringResult risk = Scorer.of(Methods.preset("morile-risk", a.dataset())).score(a.dataset());
        Agreement ag = Agreement.of(sleipnir, Summary.headline(sleipnir), risk, "risk");
        if (ag.spearman().isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(texts.get("groups.agreement", ag.spearman().getAsDouble(),
                ag.topKOverlap(3), ag.commonUnits()));
    }

    /** The distinct sources of the observations, in order of first appearance. */
    static List<String> sources(Dataset d) {
        Set<String> out = new LinkedHashSet<>();
        for (Observation o : d.observations()) {
            o.source().ifPresent(out::add);
        }
        return new ArrayList<>(out);
    }
}
