package lat.ideal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import lat.ideal.model.TargetKind;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.trend.TrendAnalysis;
import lat.ideal.scoring.trend.TrendResult;
import lat.ideal.scoring.trend.UnitTrend;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ideal trend OLD NEW}: what changed between two assessment cycles. */
@Command(name = "trend", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compares two assessment cycles scored with the same preset (e.g. GI-TOC 2021 and 2023): the"
                + " framework difference, emerging threats (units now in the top band) and the largest score changes.",
            "Each cycle is scored with the preset fitted to its own indicators; --common-indicators scores both again"
                + " on the indicators they share."})
final class TrendCommand implements Callable<Integer> {
    /** How many changes are listed. */
    static final int SHOWN = 10;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier cycle's data.")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later cycle's data.")
    Path after;

    @Option(names = "--method", paramLabel = "PRESET", description = "The preset (default: the first the newer data"
            + " calls for).")
    String method;

    @Option(names = "--node", paramLabel = "KEY", description = "The node compared (default: the headline node).")
    String node;

    @Option(names = "--common-indicators", description = "Score both cycles again on their common indicators.")
    boolean commonIndicators;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "For GI-TOC data under a country x crime-area preset: the mapping (default: the embedded"
                    + " one).")
    Path mapping;

    @Override
    public Integer call() {
        Texts texts = Texts.of(common.language);
        PrintWriter out = spec.commandLine().getOut();
        Inputs inputs = new Inputs(spec, common.language);
        List<String> methods = method == null ? List.of() : List.of(method);
        Assessment later = Assessment.run(inputs, options(after), methods, null, texts);
        String name = method != null ? method : later.results().get(0).methodology().id();
        Assessment earlier = Assessment.run(inputs, options(before), List.of(name), null, texts);
        ScoringResult a = later.results().get(0);
        ScoringResult b = earlier.results().get(0);
        TrendResult t = commonIndicators ? TrendAnalysis.compareOnCommonIndicators(b.scorer(), earlier.dataset(),
                a.scorer(), later.dataset()) : TrendAnalysis.compare(b, a);
        String key = node != null ? node : Summary.headline(a);
        if (!t.nodes().contains(key)) {
            throw new CommandLine.ParameterException(spec.commandLine(), texts.get("trend.node", key,
                    String.join(", ", t.nodes())));
        }
        Summary summary = new Summary(texts, later.dataset());
        TargetKind kind = a.methodology().unitKind();
        out.println(texts.get("trend.title", a.node(key).labels().in(common.language), a.methodology().id(),
                earlier.origin(), later.origin()));
        out.println(t.framework().statement().in(common.language));
        out.println(texts.get("trend.units", t.units().size(), t.unitsOnlyBefore().size(), t.unitsOnlyAfter().size()));
        List<UnitTrend> emerging = t.emerging(key);
        out.println(texts.get("trend.emerging", emerging.size()));
        for (UnitTrend e : emerging) {
            out.println("  " + summary.unitLabel(e.unit(), e.unit(), kind) + ": "
                    + e.bandBefore().map(summary::band).orElse("-") + " -> "
                    + e.bandAfter().map(summary::band).orElse("-"));
        }
        List<UnitTrend> moves = new ArrayList<>(t.trends(key));
        moves.removeIf(x -> x.change().isEmpty());
        moves.sort(Comparator.comparingDouble((UnitTrend x) -> -Math.abs(x.change().getAsDouble()))
                .thenComparing(UnitTrend::unit));
        out.println(texts.get("trend.changes", Math.min(SHOWN, moves.size())));
        Table table = new Table(List.of(texts.get("column.unit." + a.methodology().unitKind().name()),
                ">" + texts.get("column.before"), ">" + texts.get("column.after"), ">" + texts.get("column.change"),
                ">" + texts.get("column.rank")));
        for (UnitTrend m : moves.subList(0, Math.min(SHOWN, moves.size()))) {
            table.row(List.of(summary.unitLabel(m.unit(), m.unit(), kind), num(m.before().getAsDouble()),
                    num(m.after().getAsDouble()),
                    String.format(Locale.ROOT, "%+.2f", m.change().getAsDouble()),
                    m.rankBefore().getAsInt() + " -> " + m.rankAfter().getAsInt()));
        }
        table.print(out, "  ");
        out.flush();
        return Main.OK;
    }

    private DataOptions options(Path file) {
        DataOptions o = new DataOptions();
        o.data = file;
        o.mapping = mapping;
        return o;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
