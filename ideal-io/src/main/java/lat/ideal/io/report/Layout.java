package lat.ideal.io.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import lat.ideal.model.Tlp;
import lat.ideal.model.method.MethodNode;
import lat.ideal.scoring.Contribution;
import lat.ideal.scoring.Explanation;
import lat.ideal.scoring.ImputedCell;
import lat.ideal.scoring.IntelligenceGap;
import lat.ideal.scoring.Presets;
import lat.ideal.scoring.ScoringWarning;
import lat.ideal.scoring.TreatedCell;
import lat.ideal.scoring.UnitScore;

/**
 * A report laid out as a title, metadata, sections of {@link Block}s and a footer, in the report's language: what
 * both renderers print.
 *
 * @param title the title
 * @param marking the handling marking of the banner
 * @param bannerTitle what the banner is (its tooltip)
 * @param metadata label and value pairs under the title; the last is the result fingerprint
 * @param navLabel the name of the table of contents
 * @param sections the sections, in order
 * @param footerHeading the heading of the footer
 * @param footer the footer's paragraphs
 */
record Layout(String title, Tlp marking, String bannerTitle, List<Meta> metadata, String navLabel,
              List<Block.Section> sections, String footerHeading, List<String> footer) {

    /** Block characters in the longest contribution bar. */
    private static final int BAR_WIDTH = 24;
    private static final char BLOCK = '\u2588';

    /** One metadata line; {@code code} for a value shown as code (the fingerprint). */
    record Meta(String label, String value, boolean code) {
    }

    static Layout of(Content c) {
        Labels t = c.t;
        List<Block.Section> sections = new ArrayList<>(List.of(methodology(c), ranking(c), heatmap(c),
                contributions(c), coverage(c)));
        c.report.uncertainty().ifPresent(u -> sections.add(AnalysisSections.uncertainty(c, u)));
        c.report.trend().ifPresent(tr -> sections.add(AnalysisSections.trend(c, tr,
                c.report.previousResult().orElseThrow())));
        c.report.priorities().ifPresent(p -> sections.add(AnalysisSections.priorities(c, p)));
        sections.add(attribution(c));
        List<String> footer = List.of(c.audiencePolicy(), t.get("policy.metadata"),
                t.format("footer.fingerprint", c.result.fingerprint()), t.get("footer.generator"));
        return new Layout(c.report.title(), c.report.marking(), t.get("banner.title"), metadata(c),
                t.get("nav.label"), List.copyOf(sections), t.get("policy.heading"), footer);
    }

    private static List<Meta> metadata(Content c) {
        Labels t = c.t;
        List<Meta> out = new ArrayList<>();
        c.report.dataset().ifPresent(d -> {
            out.add(new Meta(t.get("header.dataset"), d.id() + (d.title().isBlank()
                    || d.title().equals(c.report.title()) ? "" : " \u2013 " + d.title()), false));
            out.add(new Meta(t.get("header.period"), d.period().toString(), false));
        });
        out.add(new Meta(t.get("header.methodology"), c.methodology.title().in(c.language) + " ("
                + c.methodology.id() + ", " + t.get("header.version") + " " + c.methodology.version() + ")", false));
        out.add(new Meta(t.get("header.node"), c.nodeLabel(c.headline.key()) + " (" + c.headline.key() + ")", false));
        out.add(new Meta(t.get("header.units"), t.format("header.unitsValue", c.rows.size(), c.scoredUnits()), false));
        if (c.report.dataset().isPresent()) {
            out.add(new Meta(t.get("header.observations"), c.observationsLine(), false));
        }
        out.add(new Meta(t.get("header.audience"), c.report.audience().map(Tlp::toString)
                .orElse(t.get("header.noAudience")), false));
        out.add(new Meta(t.get("header.marking"), c.report.marking().toString(), false));
        c.report.date().ifPresent(d -> out.add(new Meta(t.get("header.date"), d.toString(), false)));
        out.add(new Meta(t.get("header.fingerprint"), c.result.fingerprint(), true));
        return List.copyOf(out);
    }

    private static Block.Section section(Content c, String id, List<Block> blocks) {
        return new Block.Section(id, c.t.get(id + ".heading"), List.copyOf(blocks));
    }

    /** A table without data attributes. */
    private static Block.Table table(String caption, List<String> headers, Set<Integer> numeric, List<Block.Row> rows) {
        return new Block.Table(caption, headers, numeric, Set.of(), "", "", List.of(), rows);
    }

    private static Block.Row row(String... cells) {
        return new Block.Row("", 0, List.of(cells));
    }

    private static Block.Section methodology(Content c) {
        Labels t = c.t;
        List<Block> blocks = new ArrayList<>();
        if (!c.methodology.description().isBlank()) {
            // A preset's own description is worded in each language; any other as its author wrote it.
            blocks.add(new Block.Para(Presets.descriptions(c.methodology).map(d -> d.in(c.language))
                    .orElse(c.methodology.description())));
        }
        String preset = c.presetNote();
        if (!preset.isEmpty()) {
            blocks.add(new Block.Para(preset));
        }
        if (!c.methodology.sources().isEmpty()) {
            blocks.add(new Block.Sub(t.get("method.sources")));
            blocks.add(new Block.Items(c.methodology.sources()));
        }
        blocks.add(new Block.Para(t.format("method.units", t.get("unitKind." + c.methodology.unitKind().name()))));
        blocks.add(new Block.Para(c.scorerOptions()));
        List<Block.Row> rows = new ArrayList<>();
        for (Content.MethodRow r : c.method) {
            MethodNode n = r.node();
            rows.add(new Block.Row("", r.depth(), List.of(n.labels().in(c.language), n.key(),
                    r.weight().isPresent() ? Numbers.detail(r.weight().getAsDouble()) : Numbers.NONE,
                    c.aggregation(n), c.weighting(n), c.normalisation(n), c.missing(n), c.rounding(n),
                    c.banding(n))));
        }
        blocks.add(Block.Tab.of(new Block.Table(t.get("method.caption"), List.of(t.get("method.node"),
                t.get("method.key"), t.get("method.weight"), t.get("method.aggregation"), t.get("method.weighting"),
                t.get("method.normalisation"), t.get("method.missing"), t.get("method.rounding"),
                t.get("method.banding")), Set.of(2), Set.of(1), "", "", List.of(), rows)));
        return section(c, "methodology", blocks);
    }

    private static Block.Section ranking(Content c) {
        Labels t = c.t;
        String node = c.nodeLabel(c.headline.key());
        List<String> headers = new ArrayList<>(List.of(t.get("ranking.unit"), t.get("ranking.rank"),
                t.get("ranking.key"), t.get("ranking.score"), t.get("ranking.band"), t.get("ranking.coverage")));
        Set<Integer> numeric = new TreeSet<>(Set.of(1, 3, 5));
        if (c.report.evidence().isPresent()) {
            headers.add(t.get("ranking.confidence"));
        }
        for (String col : c.columns) {
            numeric.add(headers.size());
            headers.add(c.nodeLabel(col));
        }
        List<Block.Row> rows = new ArrayList<>();
        for (Content.Row r : c.rows) {
            UnitScore s = r.score();
            List<String> cells = new ArrayList<>(List.of(r.name(), s.rank().isPresent()
                    ? Integer.toString(s.rank().getAsInt()) : Numbers.NONE, s.unit(), c.score(s),
                    s.band().map(c::band).orElse(Numbers.NONE), Numbers.percent(s.coverage())));
            c.confidence(s.unit()).ifPresent(cells::add);
            for (UnitScore col : r.columns()) {
                cells.add(c.score(col));
            }
            rows.add(new Block.Row(s.unit(), 0, List.copyOf(cells)));
        }
        return section(c, "ranking", List.of(
                new Block.Para(t.format("ranking.intro", node, c.scoredUnits(), c.rows.size())),
                Block.Tab.of(new Block.Table(t.format("ranking.caption", node), List.copyOf(headers),
                        Set.copyOf(numeric), Set.of(2), "unit", "", List.of(), List.copyOf(rows)))));
    }

    private static Block.Section heatmap(Content c) {
        Labels t = c.t;
        if (c.heatmap.isEmpty()) {
            return section(c, "heatmap", List.of(new Block.Note(t.format("heatmap.none",
                    t.get("unitKind." + c.methodology.unitKind().name())))));
        }
        Content.Heatmap h = c.heatmap.get();
        String node = c.nodeLabel(c.headline.key());
        List<String> headers = new ArrayList<>();
        headers.add(t.get("heatmap.country"));
        Set<Integer> numeric = new TreeSet<>();
        for (String a : h.areas()) {
            numeric.add(headers.size());
            headers.add(c.areaLabel(a));
        }
        List<Block.Row> rows = new ArrayList<>();
        for (String country : h.countries()) {
            List<String> cells = new ArrayList<>();
            cells.add(c.countryName(country));
            for (String area : h.areas()) {
                UnitScore s = h.cell(country, area);
                cells.add(s == null ? t.get("heatmap.notAssessed")
                        : c.score(s) + s.band().map(x -> " (" + c.band(x) + ")").orElse(""));
            }
            rows.add(new Block.Row(country, 0, List.copyOf(cells)));
        }
        Block.Table table = new Block.Table(t.format("heatmap.caption", node), List.copyOf(headers),
                Set.copyOf(numeric), Set.of(), "country", "area", h.areas(), List.copyOf(rows));
        return section(c, "heatmap", List.of(new Block.Para(t.format("heatmap.intro", node)),
                new Block.Chart(Charts.heatmap(c, h)), new Block.Tab(table, t.get("chart.dataTable"), true)));
    }

    private static Block.Section contributions(Content c) {
        Labels t = c.t;
        if (c.bars.isEmpty()) {
            return section(c, "contributions", List.of(new Block.Note(t.get("contributions.none"))));
        }
        String node = c.nodeLabel(c.headline.key());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Para(t.format("contributions.intro", c.bars.size(), node)));
        if (c.bars.stream().anyMatch(x -> x.explanation().kind() == Explanation.Kind.LINEAR)) {
            blocks.add(new Block.Chart(Charts.contributions(c, c.bars)));
        }
        List<String> headers = new ArrayList<>();
        headers.add(t.get("ranking.unit"));
        for (String part : c.parts) {
            headers.add(c.nodeLabel(part));
        }
        headers.add(t.get("contributions.total"));
        headers.add(t.get("ranking.score"));
        headers.add(t.get("contributions.bar"));
        Set<Integer> numeric = new TreeSet<>();
        for (int i = 1; i < headers.size() - 1; i++) {
            numeric.add(i);
        }
        double longest = 0;
        for (Content.Bars x : c.bars) {
            longest = Math.max(longest, x.positive());
        }
        List<Block.Row> rows = new ArrayList<>();
        for (Content.Bars x : c.bars) {
            List<String> cells = new ArrayList<>();
            cells.add(x.name());
            if (x.explanation().kind() == Explanation.Kind.LINEAR) {
                for (Map.Entry<String, Double> e : x.byPart().entrySet()) {
                    cells.add(Numbers.detail(e.getValue()));
                }
                cells.add(Numbers.detail(x.explanation().total()));
                cells.add(c.score(x.score()));
                int n = longest > 0 ? (int) Math.round(x.positive() / longest * BAR_WIDTH) : 0;
                cells.add(n == 0 ? Numbers.NONE : String.valueOf(BLOCK).repeat(n));
            } else {
                cells.add(t.get("contributions.kind." + x.explanation().kind().name()));
                for (int i = 0; i < c.parts.size(); i++) {
                    cells.add(Numbers.NONE);
                }
                cells.add(c.score(x.score()));
                cells.add(Numbers.NONE);
            }
            rows.add(new Block.Row(x.score().unit(), 0, List.copyOf(cells)));
        }
        blocks.add(Block.Tab.of(new Block.Table(t.format("contributions.caption", node), List.copyOf(headers),
                Set.copyOf(numeric), Set.of(), "unit", "", List.of(), List.copyOf(rows))));
        for (Content.Bars x : c.bars) {
            List<Block.Row> lines = new ArrayList<>();
            for (Contribution line : x.explanation().contributions()) {
                lines.add(row(c.contributionLabel(line), Numbers.detail(line.raw()), Numbers.detail(line.treated()),
                        Numbers.detail(line.value()), Numbers.detail(line.weight()),
                        Numbers.detail(line.contribution()), c.flags(line)));
            }
            Block.Table details = table(t.format("contributions.detailsCaption", x.name(), c.score(x.score())),
                    List.of(t.get("detail.indicator"), t.get("detail.raw"), t.get("detail.treated"),
                            t.get("detail.value"), t.get("detail.weight"), t.get("detail.contribution"),
                            t.get("detail.flags")), Set.of(1, 2, 3, 4, 5), List.copyOf(lines));
            blocks.add(new Block.Tab(details, t.format("contributions.detailsCaption", x.name(), c.score(x.score())),
                    false));
        }
        return section(c, "contributions", blocks);
    }

    private static Block.Section coverage(Content c) {
        Labels t = c.t;
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Para(t.format("coverage.intro", c.scoredUnits(), c.rows.size(),
                c.nodeLabel(c.headline.key()))));
        List<Block.Row> rows = new ArrayList<>();
        for (Content.IndicatorCoverage ic : c.coverage) {
            rows.add(row(ic.label(), Integer.toString(ic.observed()), Integer.toString(ic.unknown()),
                    Integer.toString(ic.missing())));
        }
        blocks.add(Block.Tab.of(table(t.get("coverage.caption"), List.of(t.get("detail.indicator"),
                t.get("coverage.observed"), t.get("coverage.unknown"), t.get("coverage.missing")), Set.of(1, 2, 3),
                rows)));
        blocks.add(new Block.Sub(t.get("gaps.heading")));
        List<IntelligenceGap> gaps = c.result.intelligenceGaps();
        if (gaps.isEmpty()) {
            blocks.add(new Block.Note(t.get("gaps.none")));
        } else {
            blocks.add(new Block.Para(t.get("gaps.intro")));
            List<Block.Row> gapRows = new ArrayList<>();
            for (IntelligenceGap g : gaps) {
                gapRows.add(row(c.unitName(g.unit()), c.indicatorLabel(g.indicator()), g.value().isPresent()
                        ? Numbers.detail(g.value().getAsDouble()) : t.get("gaps.notScored")));
            }
            blocks.add(Block.Tab.of(table(t.get("gaps.caption"), List.of(t.get("ranking.unit"),
                    t.get("detail.indicator"), t.get("gaps.value")), Set.of(2), gapRows)));
        }
        c.report.evidence().ifPresent(e -> blocks.addAll(AnalysisSections.evidence(c, e)));
        blocks.add(new Block.Sub(t.get("imputed.heading")));
        List<ImputedCell> imputed = c.result.imputedCells();
        if (imputed.isEmpty()) {
            blocks.add(new Block.Note(t.get("imputed.none")));
        } else {
            List<Block.Row> imputedRows = new ArrayList<>();
            for (ImputedCell ic : imputed) {
                imputedRows.add(row(c.unitName(ic.unit()), c.nodeLabel(ic.node()), c.nodeLabel(ic.child()),
                        Numbers.detail(ic.value()), t.get("missing." + ic.policy().name())));
            }
            blocks.add(Block.Tab.of(table(t.get("imputed.caption"), List.of(t.get("ranking.unit"),
                    t.get("method.node"), t.get("imputed.child"), t.get("detail.value"), t.get("imputed.policy")),
                    Set.of(3), imputedRows)));
        }
        blocks.add(new Block.Sub(t.get("treated.heading")));
        List<TreatedCell> treated = c.result.treatedCells();
        if (treated.isEmpty()) {
            blocks.add(new Block.Note(t.get("treated.none")));
        } else {
            List<Block.Row> treatedRows = new ArrayList<>();
            for (TreatedCell tc : treated) {
                treatedRows.add(row(c.unitName(tc.unit()), c.indicatorLabel(tc.indicator()),
                        Numbers.detail(tc.original()), Numbers.detail(tc.treated()),
                        t.get("treated." + tc.method().name())));
            }
            blocks.add(Block.Tab.of(table(t.get("treated.caption"), List.of(t.get("ranking.unit"),
                    t.get("detail.indicator"), t.get("detail.raw"), t.get("detail.treated"),
                    t.get("treated.method")), Set.of(2, 3), treatedRows)));
        }
        blocks.add(new Block.Sub(t.get("warnings.heading")));
        List<ScoringWarning> warnings = c.result.warnings();
        if (warnings.isEmpty()) {
            blocks.add(new Block.Note(t.get("warnings.none")));
        } else {
            List<Block.Row> warningRows = new ArrayList<>();
            for (ScoringWarning w : warnings) {
                warningRows.add(row(t.get("warning." + w.kind().name()),
                        w.node().isEmpty() ? Numbers.NONE : c.nodeLabel(w.node()),
                        w.subject().isEmpty() ? Numbers.NONE : w.subject(), w.message()));
            }
            blocks.add(Block.Tab.of(table(t.get("warnings.caption"), List.of(t.get("warnings.kind"),
                    t.get("method.node"), t.get("warnings.subject"), t.get("warnings.detail")), Set.of(),
                    warningRows)));
        }
        return section(c, "coverage", blocks);
    }

    private static Block.Section attribution(Content c) {
        Labels t = c.t;
        List<Block> blocks = new ArrayList<>();
        List<String> sources = c.report.observationSources();
        if (c.report.attribution().isEmpty() && sources.isEmpty()) {
            blocks.add(new Block.Note(t.get("attribution.none")));
        }
        if (!c.report.attribution().isEmpty()) {
            blocks.add(new Block.Items(c.report.attribution()));
        }
        if (!sources.isEmpty()) {
            blocks.add(new Block.Sub(t.get("attribution.sources")));
            blocks.add(new Block.Items(sources));
        }
        return section(c, "attribution", blocks);
    }
}
