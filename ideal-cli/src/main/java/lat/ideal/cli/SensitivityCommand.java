package lat.ideal.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.validation.Problem;
import lat.ideal.model.validation.ValidationReport;
import lat.ideal.scoring.ScoringInput;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.UnitScore;
import lat.ideal.scoring.uncertainty.RankDistribution;
import lat.ideal.scoring.uncertainty.SampleRunner;
import lat.ideal.scoring.uncertainty.SensitivityAnalysis;
import lat.ideal.scoring.uncertainty.SensitivityResult;
import lat.ideal.scoring.uncertainty.SensitivitySpec;
import lat.ideal.scoring.uncertainty.SensitivityTarget;
import lat.ideal.scoring.uncertainty.SobolIndex;
import lat.ideal.scoring.uncertainty.UncertainFactor;
import lat.ideal.scoring.uncertainty.UncertaintyAnalysis;
import lat.ideal.scoring.uncertainty.UncertaintyResult;
import lat.ideal.scoring.uncertainty.UncertaintySpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ideal sensitivity}: how far the ranking depends on the weights and on each indicator. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Monte Carlo uncertainty of the ranking: re-scores the data --samples times with every weight"
                + " perturbed by up to +/- --noise (and, with --leave-one-out, one indicator left out at a time), and"
                + " prints each unit's nominal rank, median rank, 5th-95th percentile interval and probability of"
                + " being in the top k.",
            "With --sobol, also the first-order and total-effect Sobol indices of those factors on the mean absolute"
                + " rank shift. The same --seed gives the same result on any machine and any number of threads."})
final class SensitivityCommand implements Callable<Integer> {
    /** How many units the table shows. */
    static final int SHOWN = 15;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    DataOptions data;

    @Option(names = "--method", paramLabel = "PRESET|FILE",
            description = "The methodology (default: the first preset the data calls for).")
    String method;

    @Option(names = "--node", paramLabel = "KEY", description = "The node whose ranking is analysed (default: the"
            + " headline node, e.g. threat).")
    String node;

    @Option(names = "--samples", paramLabel = "N", description = "Monte Carlo samples (default: ${DEFAULT-VALUE}).")
    int samples = UncertaintySpec.DEFAULT_SAMPLES;

    @Option(names = "--seed", paramLabel = "S", description = "The seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--noise", paramLabel = "F", description = "Relative weight noise: each weight times 1 +/- up to F,"
            + " then rescaled (default: ${DEFAULT-VALUE}).")
    double noise = 0.25;

    @Option(names = "--leave-one-out", description = "Also leave one indicator out in each sample (or none).")
    boolean leaveOneOut;

    @Option(names = "--top", paramLabel = "K", description = "The k of the probability of being in the top k"
            + " (default: ${DEFAULT-VALUE}).")
    int top = UncertaintySpec.DEFAULT_TOP_K;

    @Option(names = "--sobol", description = "Also compute Sobol sensitivity indices of the factors.")
    boolean sobol;

    @Mixin
    AudienceOption audience;

    @Override
    public Integer call() {
        Texts texts = Texts.of(common.language);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Inputs inputs = new Inputs(spec, common.language);
        List<String> methods = method == null ? List.of() : List.of(method);
        Assessment a = Assessment.run(inputs, data, methods, audience.audience, texts);
        ScoringResult nominal = a.results().get(0);
        String key = node != null ? node : Summary.headline(nominal);
        if (!nominal.nodeKeys().contains(key)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    texts.get("sensitivity.node", key, String.join(", ", nominal.nodeKeys())));
        }
        List<UncertainFactor> factors = new ArrayList<>();
        factors.add(UncertainFactor.uniformWeights(noise));
        if (leaveOneOut) {
            // Only leaves with a sibling: leaving out a block's only indicator would leave the block empty.
            factors.add(UncertainFactor.leaveOneOut().onLeaves(leavesWithSiblings(nominal.methodology().root())));
        }
        ScoringInput input = Assessment.input(a.loaded(), a.dataset(), nominal.methodology());
        UncertaintySpec uspec = new UncertaintySpec(samples, seed, top, factors, List.of(key));
        refuse(UncertaintyAnalysis.check(nominal.scorer(), input, uspec), texts);
        UncertaintyResult u = UncertaintyAnalysis.run(nominal.scorer(), input, uspec, SampleRunner.withDefaults()
                .withProgress(ProgressBar.forTerminal(err, texts.get("sensitivity.progress"))));

        Summary summary = new Summary(texts, a.dataset());
        out.println(texts.get("sensitivity.title", nominal.node(key).labels().in(common.language),
                nominal.methodology().id(), samples, seed, factorNames(factors, texts)));
        Table t = new Table(List.of(">#", texts.get("column.unit." + nominal.methodology().unitKind().name()),
                ">" + nominal.node(key).labels().in(common.language), ">" + texts.get("column.median"),
                ">" + texts.get("column.interval"), ">" + texts.get("column.top", top)));
        for (UnitScore s : nominal.node(key).top(SHOWN)) {
            RankDistribution d = u.distribution(s.unit(), key);
            String unit = summary.unitLabel(s.unit(), s.name(), nominal.methodology().unitKind());
            t.row(List.of(Integer.toString(d.nominal()), unit, s.published().orElseThrow().toPlainString(),
                    rank(d.median()), rank(d.p5()) + "-" + rank(d.p95()),
                    String.format(Locale.ROOT, "%.0f%%", 100 * d.topKProbability())));
        }
        t.print(out, "  ");
        if (sobol) {
            SensitivitySpec sspec = SensitivitySpec.of(seed, SensitivityTarget.meanAbsoluteRankShift(key), factors)
                    .withSamples(samples);
            refuse(SensitivityAnalysis.check(nominal.scorer(), input, sspec), texts);
            SensitivityResult r = SensitivityAnalysis.run(nominal.scorer(), input, sspec, SampleRunner.withDefaults()
                    .withProgress(ProgressBar.forTerminal(err, texts.get("sensitivity.progress"))));
            out.println();
            out.println(texts.get("sensitivity.sobol", r.indices().evaluations()));
            Table s = new Table(List.of(texts.get("column.factor"), ">" + texts.get("column.first-order"),
                    ">" + texts.get("column.total-effect")));
            for (SobolIndex i : r.indices().indices()) {
                s.row(List.of(texts.get("factor." + i.factor()),
                        interval(i.firstOrder(), i.firstOrderLow(), i.firstOrderHigh()),
                        interval(i.totalEffect(), i.totalEffectLow(), i.totalEffectHigh())));
            }
            s.print(out, "  ");
        }
        out.flush();
        return Main.OK;
    }

    private static List<String> leavesWithSiblings(MethodNode node) {
        List<String> out = new ArrayList<>();
        for (MethodNode c : node.children()) {
            if (c.isLeaf() && node.children().size() > 1) {
                out.add(c.key());
            } else if (!c.isLeaf()) {
                out.addAll(leavesWithSiblings(c));
            }
        }
        return out;
    }

    private static String rank(double r) {
        return r == Math.rint(r) ? Long.toString((long) r) : String.format(Locale.ROOT, "%.1f", r);
    }

    private static String interval(double value, double low, double high) {
        return String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", value, low, high);
    }

    private static String factorNames(List<UncertainFactor> factors, Texts texts) {
        List<String> names = new ArrayList<>();
        for (UncertainFactor f : factors) {
            names.add(texts.get("factor." + f.name()));
        }
        return String.join(", ", names);
    }

    /** Options that make an analysis impossible (too few samples, k above the unit count) are usage errors. */
    private void refuse(ValidationReport report, Texts texts) {
        if (!report.isValid()) {
            List<String> lines = new ArrayList<>();
            for (Problem p : report.errors()) {
                lines.add(p.path() + ": " + p.message(common.language));
            }
            throw new CommandLine.ParameterException(spec.commandLine(), String.join("\n", lines));
        }
    }
}
