package lat.ideal.io.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import lat.ideal.model.Country;
import lat.ideal.model.Dataset;
import lat.ideal.model.OperationalActionPlan;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.UnitScore;
import lat.ideal.scoring.evidence.Confidence;
import lat.ideal.scoring.evidence.EvidenceReport;
import lat.ideal.scoring.priority.PriorityList;
import lat.ideal.scoring.priority.RegionalPriority;
import lat.ideal.scoring.trend.TrendResult;
import lat.ideal.scoring.trend.UnitTrend;
import lat.ideal.scoring.uncertainty.RankDistribution;
import lat.ideal.scoring.uncertainty.UncertainFactor;
import lat.ideal.scoring.uncertainty.UncertaintyResult;

/**
 * The sections and blocks that draw the optional analyses: confidence levels, rank intervals, the trend since the
 * previous cycle and the regional priorities with their draft action plans.
 */
final class AnalysisSections {
    private AnalysisSections() {
    }

    /** Confidence levels at the shown node, and the cells backed only by poorly graded sources. */
    static List<Block> evidence(Content c, EvidenceReport evidence) {
        Labels t = c.t;
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Sub(t.get("evidence.heading")));
        StringJoiner levels = new StringJoiner(", ");
        for (Map.Entry<Confidence, Integer> e : evidence.levels(c.headline.key()).entrySet()) {
            levels.add(e.getKey().label(c.language) + " " + e.getValue());
        }
        blocks.add(new Block.Para(t.format("evidence.levels", c.nodeLabel(c.headline.key()), levels)));
        List<String> poor = evidence.poorlyGradedCells();
        if (poor.isEmpty()) {
            blocks.add(new Block.Note(t.get("evidence.noPoor")));
        } else {
            List<Block.Row> rows = new ArrayList<>();
            for (String cell : poor) {
                int at = cell.lastIndexOf(':');
                rows.add(new Block.Row("", 0, List.of(c.unitName(cell.substring(0, at)),
                        c.indicatorLabel(cell.substring(at + 1)))));
            }
            blocks.add(Block.Tab.of(new Block.Table(t.get("evidence.poorCaption"), List.of(t.get("ranking.unit"),
                    t.get("detail.indicator")), Set.of(), Set.of(), "", "", List.of(), List.copyOf(rows))));
        }
        return blocks;
    }

    static Block.Section uncertainty(Content c, UncertaintyResult u) {
        Labels t = c.t;
        String node = c.headline.key();
        List<Block> blocks = new ArrayList<>();
        StringJoiner factors = new StringJoiner(", ");
        for (UncertainFactor f : u.spec().factors()) {
            factors.add(t.find("factor." + f.name()).orElse(f.name()));
        }
        blocks.add(new Block.Para(t.format("uncertainty.intro", u.spec().samples(), u.spec().seed(), factors)));
        if (!u.nodes().contains(node)) {
            blocks.add(new Block.Note(t.format("uncertainty.noNode", c.nodeLabel(node))));
            return new Block.Section("uncertainty", t.get("uncertainty.heading"), List.copyOf(blocks));
        }
        List<String> units = new ArrayList<>();
        List<RankDistribution> distributions = new ArrayList<>();
        for (Content.Row r : c.rows) {
            units.add(r.score().unit());
            distributions.add(u.distribution(r.score().unit(), node));
        }
        blocks.add(new Block.Chart(Charts.rankIntervals(c, units, distributions)));
        List<Block.Row> rows = new ArrayList<>();
        int k = u.spec().topK();
        for (int i = 0; i < units.size(); i++) {
            RankDistribution d = distributions.get(i);
            rows.add(new Block.Row(units.get(i), 0, List.of(c.unitName(units.get(i)),
                    d.nominal() > 0 ? Integer.toString(d.nominal()) : Numbers.NONE, rank(d.median()),
                    rank(d.mean()), rank(d.p5()), rank(d.p95()), Numbers.percent(d.topKProbability()),
                    Integer.toString(d.unranked()))));
        }
        blocks.add(Block.Tab.of(new Block.Table(t.format("uncertainty.caption", c.nodeLabel(node)),
                List.of(t.get("ranking.unit"), t.get("uncertainty.nominal"), t.get("uncertainty.median"),
                        t.get("uncertainty.mean"), t.get("uncertainty.p5"), t.get("uncertainty.p95"),
                        t.format("uncertainty.topK", k), t.get("uncertainty.unranked")),
                Set.of(1, 2, 3, 4, 5, 6, 7), Set.of(), "unit", "", List.of(), List.copyOf(rows))));
        return new Block.Section("uncertainty", t.get("uncertainty.heading"), List.copyOf(blocks));
    }

    private static String rank(double x) {
        return Double.isNaN(x) ? Numbers.NONE : Numbers.plain(x, 2);
    }

    static Block.Section trend(Content c, TrendResult trend, ScoringResult before) {
        Labels t = c.t;
        String node = c.headline.key();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Para(trend.framework().statement().in(c.language)));
        if (!trend.nodes().contains(node)) {
            blocks.add(new Block.Note(t.format("trend.noNode", c.nodeLabel(node))));
            return new Block.Section("trend", t.get("trend.heading"), List.copyOf(blocks));
        }
        blocks.add(new Block.Para(t.format("trend.intro", c.nodeLabel(node))));
        List<Block.Row> rows = new ArrayList<>();
        for (UnitTrend u : trend.trends(node)) {
            UnitScore was = before.node(node).score(u.unit());
            UnitScore now = c.result.node(node).score(u.unit());
            rows.add(new Block.Row(u.unit(), 0, List.of(c.unitName(u.unit()), c.score(was), c.score(now),
                    u.change().isPresent() ? signed(u.change().getAsDouble()) : Numbers.NONE,
                    u.rankBefore().isPresent() ? Integer.toString(u.rankBefore().getAsInt()) : Numbers.NONE,
                    u.rankAfter().isPresent() ? Integer.toString(u.rankAfter().getAsInt()) : Numbers.NONE,
                    u.movement().isPresent() ? signed(u.movement().getAsInt()) : Numbers.NONE,
                    u.bandBefore().map(c::band).orElse(Numbers.NONE), u.bandAfter().map(c::band).orElse(Numbers.NONE),
                    u.emerging() ? t.get("trend.emergingYes") : "")));
        }
        blocks.add(Block.Tab.of(new Block.Table(t.format("trend.caption", c.nodeLabel(node)),
                List.of(t.get("ranking.unit"), t.get("trend.before"), t.get("trend.after"), t.get("trend.change"),
                        t.get("trend.rankBefore"), t.get("trend.rankAfter"), t.get("trend.movement"),
                        t.get("trend.bandBefore"), t.get("trend.bandAfter"), t.get("trend.emerging")),
                Set.of(1, 2, 3, 4, 5, 6), Set.of(), "unit", "", List.of(), List.copyOf(rows))));
        List<String> emerging = trend.emerging(node).stream().map(u -> c.unitName(u.unit())).toList();
        blocks.add(emerging.isEmpty() ? new Block.Note(t.get("trend.noEmerging"))
                : new Block.Para(t.format("trend.emergingList", String.join(", ", emerging))));
        if (!trend.unitsOnlyBefore().isEmpty()) {
            blocks.add(new Block.Para(t.format("trend.onlyBefore", names(c, trend.unitsOnlyBefore()))));
        }
        if (!trend.unitsOnlyAfter().isEmpty()) {
            blocks.add(new Block.Para(t.format("trend.onlyAfter", names(c, trend.unitsOnlyAfter()))));
        }
        return new Block.Section("trend", t.get("trend.heading"), List.copyOf(blocks));
    }

    private static String names(Content c, List<String> units) {
        return String.join(", ", units.stream().map(c::unitName).toList());
    }

    private static String signed(double x) {
        String s = Numbers.detail(x);
        return x > 0 && !s.equals("0") ? "+" + s : s;
    }

    static Block.Section priorities(Content c, PriorityList list) {
        Labels t = c.t;
        int decimals = c.methodology.node(list.node()).orElseThrow().rounding().decimals();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Para(t.format("priorities.intro", c.nodeLabel(list.node()),
                list.method().label().in(c.language))));
        List<Block.Row> rows = new ArrayList<>();
        List<String> rationales = new ArrayList<>();
        for (RegionalPriority p : list.priorities()) {
            String area = p.label().in(c.language);
            rows.add(new Block.Row(p.crimeArea(), 0, List.of(area, Integer.toString(p.rank()),
                    Numbers.plain(p.regionalScore(), decimals), Integer.toString(p.reach()),
                    p.confidence().label(c.language), p.lead().map(c::countryName).orElse(Numbers.NONE),
                    countries(c, p.participants()), p.change().isPresent()
                            ? signed(p.change().getAsDouble()) : Numbers.NONE)));
            rationales.add(p.rationale().in(c.language));
        }
        blocks.add(Block.Tab.of(new Block.Table(t.get("priorities.caption"), List.of(t.get("priorities.area"),
                t.get("ranking.rank"), t.get("priorities.score"), t.get("priorities.reach"),
                t.get("priorities.confidence"), t.get("priorities.lead"), t.get("priorities.participants"),
                t.get("priorities.change")), Set.of(1, 2, 3, 7), Set.of(), "area", "", List.of(),
                List.copyOf(rows))));
        if (!rationales.isEmpty()) {
            blocks.add(new Block.Sub(t.get("priorities.rationales")));
            blocks.add(new Block.Items(rationales));
        }
        if (!list.unassessed().isEmpty()) {
            blocks.add(new Block.Note(t.format("priorities.unassessed",
                    String.join(", ", list.unassessed().stream().map(c::areaLabel).toList()))));
        }
        blocks.add(new Block.Sub(t.get("plans.heading")));
        Optional<Dataset> data = c.report.dataset();
        if (data.isEmpty()) {
            blocks.add(new Block.Note(t.get("plans.noDataset")));
        } else {
            List<OperationalActionPlan> plans = list.draftActionPlans(data.get().id(), data.get().period());
            blocks.add(new Block.Para(t.get("plans.intro")));
            List<Block.Row> planRows = new ArrayList<>();
            for (OperationalActionPlan plan : plans) {
                String area = list.priorities().stream()
                        .filter(p -> PriorityList.priorityId(data.get().id(), p).equals(plan.priorityId()))
                        .map(p -> p.label().in(c.language)).findFirst().orElse(plan.priorityId());
                planRows.add(new Block.Row(plan.id(), 0, List.of(plan.id(), area, c.countryName(plan.leadCountry()),
                        countries(c, plan.participants()), t.get("plans.status." + plan.status().name()))));
            }
            if (!planRows.isEmpty()) {
                blocks.add(Block.Tab.of(new Block.Table(t.get("plans.caption"), List.of(t.get("plans.id"),
                        t.get("priorities.area"), t.get("priorities.lead"), t.get("plans.others"),
                        t.get("plans.status")), Set.of(), Set.of(), "", "", List.of(), List.copyOf(planRows))));
            }
            List<RegionalPriority> withoutLead = list.withoutLead();
            if (!withoutLead.isEmpty()) {
                blocks.add(new Block.Note(t.format("plans.withoutLead", String.join(", ",
                        withoutLead.stream().map(p -> p.label().in(c.language)).toList()))));
            }
        }
        return new Block.Section("priorities", t.get("priorities.heading"), List.copyOf(blocks));
    }

    private static String countries(Content c, List<Country> countries) {
        return countries.isEmpty() ? Numbers.NONE
                : String.join(", ", countries.stream().map(c::countryName).toList());
    }
}
