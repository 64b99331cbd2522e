package lat.ideal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import lat.ideal.io.IdealJson;
import lat.ideal.io.PriorityDocument;
import lat.ideal.model.TargetKind;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.priority.PriorityList;
import lat.ideal.scoring.priority.RegionalPriority;
import lat.ideal.scoring.trend.TrendAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ideal prioritize}: CLASI's recommended regional priorities, with confidence, reach and rationale. */
@Command(name = "prioritize", mixinStandardHelpOptions = true, aliases = "prioritise", sortOptions = false,
        description = {"Recommends regional priorities for CLASI from a country x crime-area assessment: crime areas by"
                + " mean threat over the countries, with transnational reach (countries in the top band), confidence"
                + " (from source grades and coverage), the lead country and a rationale in es/en/pt.",
            "A recommendation, never a decision: with --out it writes priorities.json (recommendations, no decisions)"
                + " and action-plans.json (draft operational action plans)."})
final class PrioritizeCommand implements Callable<Integer> {
    /** The recommendations file. */
    static final String PRIORITIES = "priorities.json";
    /** The draft action plans file. */
    static final String PLANS = "action-plans.json";

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    DataOptions data;

    @Option(names = "--method", paramLabel = "PRESET|FILE",
            description = "A country x crime-area methodology (default: ${DEFAULT-VALUE}).")
    String method = Methods.THREAT_PRESET;

    @Option(names = "--previous", paramLabel = "FILE",
            description = "The previous cycle's data, scored the same way, for the change of each regional score.")
    Path previous;

    @Option(names = "--previous-edition", paramLabel = "YEAR",
            description = "For GI-TOC previous data: its edition (default: the year in the file name).")
    Integer previousEdition;

    @Mixin
    AudienceOption audience;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write priorities.json and action-plans.json here.")
    Path out;

    @Override
    public Integer call() throws IOException {
        Texts texts = Texts.of(common.language);
        PrintWriter o = spec.commandLine().getOut();
        Inputs inputs = new Inputs(spec, common.language);
        Assessment a = Assessment.run(inputs, data, List.of(method), audience.audience, texts);
        ScoringResult current = a.results().get(0);
        if (current.methodology().unitKind() != TargetKind.COUNTRY_CRIME_AREA) {
            throw new UserException(texts.get("priorities.unit-kind", current.methodology().id()));
        }
        Optional<ScoringResult> before = Optional.empty();
        if (previous != null) {
            DataOptions p = new DataOptions();
            p.data = previous;
            p.edition = previousEdition;
            p.mapping = data.mapping;
            p.base = data.base;
            before = Optional.of(Assessment.run(inputs, p, List.of(method), audience.audience, texts).results().get(0));
        }
        PriorityList list = Priorities.of(current, a.dataset(), before, common.language);
        Summary summary = new Summary(texts, a.dataset());
        o.println(texts.get("priorities.title", a.dataset().countries().size()));
        Priorities.print(o, list, current, texts, summary);
        if (before.isPresent()) {
            // What the change column compares: each cycle under its own framework, as trend states it.
            o.println(TrendAnalysis.compare(before.get(), current).framework().statement().in(common.language));
        }
        o.println();
        for (RegionalPriority r : list.priorities()) {
            o.println(r.rank() + ". " + r.rationale().in(common.language));
        }
        if (out != null) {
            Files.createDirectories(out);
            PriorityDocument doc = new PriorityDocument(list.toPriorities(a.dataset().id(), a.dataset().period()),
                    List.of());
            try (Writer w = Files.newBufferedWriter(out.resolve(PRIORITIES), StandardCharsets.UTF_8)) {
                IdealJson.withDefaults().writePriorities(doc, w);
            }
            try (Writer w = Files.newBufferedWriter(out.resolve(PLANS), StandardCharsets.UTF_8)) {
                IdealJson.withDefaults().writeActionPlans(list.draftActionPlans(a.dataset().id(),
                        a.dataset().period()), w);
            }
            o.println();
            o.println(texts.get("assess.wrote", out.resolve(PRIORITIES) + ", " + out.resolve(PLANS)));
        }
        o.flush();
        return Main.OK;
    }
}
