package lat.ideal.io.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.StringJoiner;
import lat.ideal.model.Country;
import lat.ideal.model.CrimeAreaCatalogue;
import lat.ideal.model.Dataset;
import lat.ideal.model.Language;
import lat.ideal.model.Observation;
import lat.ideal.model.TargetKind;
import lat.ideal.model.Tlp;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.Banding;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Methodology;
import lat.ideal.model.method.Normalisation;
import lat.ideal.model.method.WeightingMethod;
import lat.ideal.scoring.Contribution;
import lat.ideal.scoring.Explanation;
import lat.ideal.scoring.NodeResult;
import lat.ideal.scoring.Presets;
import lat.ideal.scoring.ScoreStatus;
import lat.ideal.scoring.ScoringInput;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.UnitScore;
import lat.ideal.scoring.uncertainty.RankDistribution;

/**
 * Everything a renderer prints, computed once per rendering in the report's language: the same sections in the same
 * order for HTML and Markdown, so that the two formats cannot disagree.
 */
final class Content {
    final Report report;
    final Labels t;
    final Language language;
    final ScoringResult result;
    final Methodology methodology;
    final NodeResult headline;
    /** Nodes shown beside the headline score in the ranking: its children, then its siblings under a grouping root. */
    final List<String> columns;
    final List<Row> rows;
    final Optional<Heatmap> heatmap;
    /** The headline's children (or the headline itself when it is a leaf): the segments of contribution bars. */
    final List<String> parts;
    final List<Bars> bars;
    final List<MethodRow> method;
    final List<IndicatorCoverage> coverage;
    private final Map<String, String> indicatorLabels;
    private final CrimeAreaCatalogue areas;

    /** One unit in the ranking. */
    record Row(UnitScore score, String name, List<UnitScore> columns) {
    }

    /** Countries x crime areas at the headline node. */
    record Heatmap(List<String> countries, List<String> areas, Map<String, UnitScore> cells) {
        UnitScore cell(String country, String area) {
            return cells.get(country + "/" + area);
        }
    }

    /** One unit's explanation, with the contributions summed by part. */
    record Bars(UnitScore score, String name, Explanation explanation, Map<String, Double> byPart) {
        double positive() {
            return byPart.values().stream().mapToDouble(v -> Math.max(v, 0)).sum();
        }

        double negative() {
            return byPart.values().stream().mapToDouble(v -> Math.min(v, 0)).sum();
        }
    }

    /** One node of the methodology tree, with its depth and its effective weight in its parent. */
    record MethodRow(int depth, MethodNode node, OptionalDouble weight) {
    }

    /** How many units have a value for one indicator. */
    record IndicatorCoverage(String indicator, String label, int observed, int unknown, int missing) {
    }

    Content(Report report) {
        this.report = report;
        this.language = report.language();
        this.t = Labels.of(language);
        this.result = report.result();
        this.methodology = result.methodology();
        this.headline = result.node(report.node());
        this.areas = report.dataset().map(Dataset::crimeAreas).orElse(CrimeAreaCatalogue.ideal());
        this.indicatorLabels = indicatorLabels(methodology, language);
        this.columns = columns(methodology, report.node());
        this.rows = rows();
        this.heatmap = heatmap();
        MethodNode spec = methodology.node(report.node()).orElseThrow();
        this.parts = spec.isLeaf() ? List.of(spec.key()) : spec.children().stream().map(MethodNode::key).toList();
        this.bars = bars(spec);
        this.method = new ArrayList<>();
        methodRows(methodology.root(), 0, OptionalDouble.empty());
        this.coverage = coverage();
    }

    private static Map<String, String> indicatorLabels(Methodology m, Language language) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (MethodNode leaf : m.root().leaves()) {
            labels.putIfAbsent(leaf.indicator(), leaf.labels().in(language));
        }
        return labels;
    }

    private static List<String> columns(Methodology m, String node) {
        List<String> out = new ArrayList<>();
        MethodNode spec = m.node(node).orElseThrow();
        for (MethodNode c : spec.children()) {
            out.add(c.key());
        }
        MethodNode root = m.root();
        if (root.aggregation().method() == AggregationMethod.NONE && root.children().contains(spec)) {
            for (MethodNode sibling : root.children()) {
                if (!sibling.key().equals(node)) {
                    out.add(sibling.key());
                }
            }
        }
        return List.copyOf(out);
    }

    private List<Row> rows() {
        List<UnitScore> scores = new ArrayList<>(headline.scores());
        scores.sort(Comparator.comparingInt((UnitScore s) -> s.rank().orElse(Integer.MAX_VALUE)));
        List<Row> out = new ArrayList<>();
        for (UnitScore s : scores) {
            List<UnitScore> cols = new ArrayList<>();
            for (String c : columns) {
                cols.add(result.node(c).score(s.unit()));
            }
            out.add(new Row(s, unitName(s.unit(), s.name()), List.copyOf(cols)));
        }
        return List.copyOf(out);
    }

    private Optional<Heatmap> heatmap() {
        if (methodology.unitKind() != TargetKind.COUNTRY_CRIME_AREA) {
            return Optional.empty();
        }
        Set<String> countries = new LinkedHashSet<>();
        Set<String> present = new LinkedHashSet<>();
        Map<String, UnitScore> cells = new LinkedHashMap<>();
        for (UnitScore s : headline.scores()) {
            int slash = s.unit().indexOf('/');
            if (slash <= 0 || !Country.isoCodes().contains(s.unit().substring(0, slash))) {
                return Optional.empty();
            }
            countries.add(s.unit().substring(0, slash));
            present.add(s.unit().substring(slash + 1));
            cells.put(s.unit(), s);
        }
        List<String> ordered = new ArrayList<>();
        for (String code : areas.byCode().keySet()) {
            if (present.contains(code)) {
                ordered.add(code);
            }
        }
        for (String code : present) {
            if (!ordered.contains(code)) {
                ordered.add(code);
            }
        }
        return Optional.of(new Heatmap(List.copyOf(countries), List.copyOf(ordered), cells));
    }

    private List<Bars> bars(MethodNode spec) {
        Map<String, String> partOf = new LinkedHashMap<>();
        if (spec.isLeaf()) {
            partOf.put(spec.key(), spec.key());
        } else {
            for (MethodNode part : spec.children()) {
                for (MethodNode n : part.nodes()) {
                    partOf.put(n.key(), part.key());
                }
            }
        }
        List<Bars> out = new ArrayList<>();
        for (UnitScore s : headline.top(report.contributionUnits())) {
            Explanation e = result.explain(s.unit(), headline.key());
            Map<String, Double> byPart = new LinkedHashMap<>();
            if (e.kind() == Explanation.Kind.LINEAR) {
                for (String p : parts) {
                    byPart.put(p, 0.0);
                }
                for (Contribution c : e.contributions()) {
                    if (c.contribution().isPresent()) {
                        byPart.merge(partOf.getOrDefault(c.node(), c.node()), c.contribution().getAsDouble(),
                                Double::sum);
                    }
                }
            }
            out.add(new Bars(s, unitName(s.unit(), s.name()), e, Collections.unmodifiableMap(byPart)));
        }
        return List.copyOf(out);
    }

    private void methodRows(MethodNode node, int depth, OptionalDouble weight) {
        method.add(new MethodRow(depth, node, weight));
        Map<String, Double> weights = node.isLeaf() ? Map.of() : result.effectiveWeights(node.key());
        for (MethodNode child : node.children()) {
            Double w = weights.get(child.key());
            methodRows(child, depth + 1, w == null || w.isNaN() ? OptionalDouble.empty() : OptionalDouble.of(w));
        }
    }

    private List<IndicatorCoverage> coverage() {
        ScoringInput in = result.input();
        List<IndicatorCoverage> out = new ArrayList<>();
        for (Map.Entry<String, String> e : indicatorLabels.entrySet()) {
            int observed = 0;
            int unknown = 0;
            int missing = 0;
            int column = in.indicatorIndex(e.getKey()).orElse(-1);
            for (int u = 0; u < in.unitCount(); u++) {
                if (column < 0) {
                    missing++;
                } else if (in.isUnknown(u, column)) {
                    unknown++;
                } else if (Double.isNaN(in.value(u, column))) {
                    missing++;
                } else {
                    observed++;
                }
            }
            out.add(new IndicatorCoverage(e.getKey(), e.getValue(), observed, unknown, missing));
        }
        return List.copyOf(out);
    }

    // ---- words

    String unitName(String key, String fallback) {
        TargetKind kind = methodology.unitKind();
        if (kind == TargetKind.COUNTRY && Country.isoCodes().contains(key)) {
            return Country.of(key).displayName(language);
        }
        int slash = key.indexOf('/');
        if (kind == TargetKind.COUNTRY_CRIME_AREA && slash > 0 && Country.isoCodes().contains(key.substring(0, slash))) {
            return Country.of(key.substring(0, slash)).displayName(language) + " \u2013 "
                    + areaLabel(key.substring(slash + 1));
        }
        return fallback;
    }

    /** The display name of a unit of the result. */
    String unitName(String key) {
        ScoringInput in = result.input();
        return unitName(key, in.unitIndex(key).isPresent() ? in.units().get(in.unitIndex(key).getAsInt()).name() : key);
    }

    String countryName(String code) {
        return Country.of(code).displayName(language);
    }

    String countryName(Country country) {
        return country.displayName(language);
    }

    /** One unit's rank distribution in words: nominal, median and 5th-95th percentile ranks. */
    String rankSummary(RankDistribution d) {
        String nominal = d.nominal() > 0 ? Integer.toString(d.nominal()) : Numbers.NONE;
        return d.isRanked() ? t.format("uncertainty.summary", nominal, Numbers.plain(d.median(), 2),
                Numbers.plain(d.p5(), 2), Numbers.plain(d.p95(), 2)) : t.get("uncertainty.neverRanked");
    }

    /** A unit's confidence level at the shown node, when confidence was asked for. */
    Optional<String> confidence(String unit) {
        return report.evidence().map(e -> e.confidence(unit, headline.key()).label(language));
    }

    String areaLabel(String code) {
        return areas.find(code).map(a -> a.labels().in(language)).orElse(code);
    }

    String nodeLabel(String key) {
        return methodology.node(key).map(n -> n.labels().in(language)).orElse(key);
    }

    String indicatorLabel(String indicator) {
        return indicatorLabels.getOrDefault(indicator, indicator);
    }

    String band(String label) {
        return Banding.displayName(label).in(language);
    }

    String status(ScoreStatus status) {
        return t.get("status." + status.name());
    }

    /** The published score, or the reason there is none. */
    String score(UnitScore s) {
        return s.published().map(p -> p.toPlainString()).orElseGet(() -> status(s.status()));
    }

    /** The published score, or a dash; for places too small for the reason. */
    String shortScore(UnitScore s) {
        return s.published().map(p -> p.toPlainString()).orElse(Numbers.NONE);
    }

    /** Position of a unit's band among the node's band labels, or -1. */
    int bandIndex(String node, UnitScore s) {
        if (s.band().isEmpty()) {
            return -1;
        }
        return methodology.node(node).orElseThrow().banding().labels().indexOf(s.band().get());
    }

    int bandCount(String node) {
        return methodology.node(node).orElseThrow().banding().labels().size();
    }

    String aggregation(MethodNode n) {
        if (n.isLeaf()) {
            return Numbers.NONE;
        }
        AggregationMethod m = result.node(n.key()).aggregation();
        return t.get("aggregation." + m.name()) + parameters(n.aggregation().parameters());
    }

    String weighting(MethodNode n) {
        if (n.isLeaf()) {
            return Numbers.NONE;
        }
        WeightingMethod m = n.weighting().method();
        String s = t.get("weighting." + m.name());
        if (!n.weighting().order().isEmpty()) {
            s += " (" + String.join(" > ", n.weighting().order().stream().map(this::nodeLabel).toList()) + ")";
        }
        return n.weighting().renormalise() ? s + "; " + t.get("weighting.renormalised") : s;
    }

    String normalisation(MethodNode n) {
        if (!n.isLeaf()) {
            return Numbers.NONE;
        }
        Normalisation z = n.normalisation();
        String s = t.get("normalisation." + z.method().name()) + parameters(z.parameters());
        if (z.reference().isPresent()) {
            s += " (" + z.referenceUnit() + ")";
        }
        return s + "; " + t.get("direction." + n.direction().name())
                + (n.treatment().enabled() ? "; " + t.format("treatment", n.treatment().maxWinsorised()) : "");
    }

    String missing(MethodNode n) {
        if (n.isLeaf()) {
            return Numbers.NONE;
        }
        String s = t.get("missing." + n.missing().policy().name());
        double threshold = n.missing().availabilityThreshold();
        return threshold > 0 ? s + "; " + t.format("missing.threshold", Numbers.percent(threshold)) : s;
    }

    String rounding(MethodNode n) {
        return t.format("rounding", n.rounding().decimals(), n.rounding().mode().name());
    }

    String banding(MethodNode n) {
        Banding b = n.banding();
        if (b.method() == Banding.Method.NONE) {
            return Numbers.NONE;
        }
        StringJoiner cuts = new StringJoiner(" / ");
        for (double c : b.cuts()) {
            cuts.add(Numbers.plain(c, 6));
        }
        StringJoiner names = new StringJoiner(", ");
        for (String l : b.labels()) {
            names.add(band(l));
        }
        return t.format("banding." + b.method().name(), cuts, names);
    }

    private static String parameters(Map<String, Double> parameters) {
        if (parameters.isEmpty()) {
            return "";
        }
        StringJoiner j = new StringJoiner(", ", " (", ")");
        parameters.forEach((k, v) -> j.add(k + " = " + Numbers.plain(v, 6)));
        return j.toString();
    }

    String presetNote() {
        return Presets.names().contains(methodology.id()) ? t.format("method.preset", methodology.id()) : "";
    }

    String scorerOptions() {
        String s = t.format("method.scorer", t.get("ties." + result.scorer().tiePolicy().name()),
                t.get("basis." + result.scorer().rankBasis().name()));
        if (!result.overrides().isEmpty()) {
            s += " " + t.format("method.overrides", result.overrides());
        }
        return s;
    }

    /** Included observations by marking, least restricted first. */
    Map<Tlp, Integer> markings() {
        Map<Tlp, Integer> counts = new EnumMap<>(Tlp.class);
        for (Observation o : report.includedObservations()) {
            counts.merge(o.handling(), 1, Integer::sum);
        }
        return counts;
    }

    String observationsLine() {
        Map<Tlp, Integer> counts = markings();
        StringJoiner j = new StringJoiner(", ");
        counts.forEach((tlp, n) -> j.add(tlp + " " + n));
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return total == 0 ? t.get("header.noObservations") : t.format("header.observationsValue", total, j);
    }

    String audiencePolicy() {
        if (report.dataset().isEmpty()) {
            return t.format("policy.noDataset", report.marking());
        }
        return report.audience().map(a -> t.format("policy.audience", a)).orElse(t.get("policy.all"));
    }

    String flags(Contribution c) {
        StringJoiner j = new StringJoiner(", ");
        for (Contribution.Flag f : Contribution.Flag.values()) {
            if (c.flags().contains(f)) {
                j.add(t.get("flag." + f.name()));
            }
        }
        return j.toString();
    }

    String contributionLabel(Contribution c) {
        return c.indicator().isEmpty() ? nodeLabel(c.node()) : indicatorLabel(c.indicator());
    }

    long scoredUnits() {
        return rows.stream().filter(r -> r.score().hasScore()).count();
    }
}
