package lat.ideal.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import lat.ideal.model.Country;
import lat.ideal.model.CrimeArea;
import lat.ideal.model.Dataset;
import lat.ideal.model.Language;
import lat.ideal.model.TargetKind;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.Banding;
import lat.ideal.model.method.MethodNode;
import lat.ideal.scoring.IntelligenceGap;
import lat.ideal.scoring.NodeResult;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.UnitScore;

/** The compact terminal view of an assessment: ranking tables, kept well under a screen. */
final class Summary {
    /** How many units a ranking table shows. */
    static final int TOP = 10;

    private final Texts texts;
    private final Language language;
    private final Dataset dataset;

    Summary(Texts texts, Dataset dataset) {
        this.texts = texts;
        this.language = texts.language();
        this.dataset = dataset;
    }

    /**
     * Returns the node a methodology's results are headed by: the root if it aggregates, else the root's first
     * child that aggregates (the GI-TOC index groups criminality and resilience under a root that does not).
     */
    static String headline(ScoringResult r) {
        MethodNode root = r.methodology().root();
        if (root.isLeaf() || root.aggregation().method() != AggregationMethod.NONE) {
            return root.key();
        }
        for (MethodNode c : root.children()) {
            if (!c.isLeaf() && c.aggregation().method() != AggregationMethod.NONE) {
                return c.key();
            }
        }
        return root.key();
    }

    /** Prints the headline ranking of one result, with the scores of the headline node's children beside it. */
    void ranking(PrintWriter out, ScoringResult r) {
        String node = headline(r);
        NodeResult head = r.node(node);
        TargetKind kind = r.methodology().unitKind();
        long scored = head.scores().stream().filter(UnitScore::hasScore).count();
        out.println(texts.get("ranking.title." + kind.name(), head.labels().in(language), r.methodology().id(),
                scored, head.scores().size()));
        List<NodeResult> parts = parts(r, node);
        Map<String, Integer> gaps = gaps(r);
        List<String> header = new ArrayList<>(List.of(">#"));
        if (kind == TargetKind.COUNTRY_CRIME_AREA) {
            header.add(texts.get("column.country"));
            header.add(texts.get("column.crime-area"));
        } else {
            header.add(texts.get("column.unit." + kind.name()));
        }
        header.add(">" + head.labels().in(language));
        boolean banded = head.scores().stream().anyMatch(x -> x.band().isPresent());
        if (banded) {
            header.add(texts.get("column.band"));
        }
        for (NodeResult p : parts) {
            header.add(">" + column(p));
        }
        if (kind == TargetKind.CRIMINAL_GROUP) {
            header.add(">" + texts.get("column.gaps"));
        }
        Table t = new Table(header);
        int top = kind == TargetKind.CRIMINAL_GROUP ? Math.max(TOP, head.scores().size()) : TOP;
        for (UnitScore s : head.top(top)) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(s.rank().orElse(0)));
            if (kind == TargetKind.COUNTRY_CRIME_AREA) {
                String[] cell = s.unit().split("/", 2);
                row.add(country(cell[0]));
                row.add(area(cell[1]));
            } else if (kind == TargetKind.COUNTRY) {
                // In English the name the input gave (GI-TOC's own spelling); otherwise the localised name.
                row.add(language == Language.EN ? s.name() : country(s.unit()));
            } else {
                row.add(s.name());
            }
            row.add(s.published().map(BigDecimal::toPlainString).orElse("-"));
            if (banded) {
                row.add(s.band().map(this::band).orElse(""));
            }
            for (NodeResult p : parts) {
                row.add(p.score(s.unit()).published().map(BigDecimal::toPlainString).orElse("-"));
            }
            if (kind == TargetKind.CRIMINAL_GROUP) {
                row.add(Integer.toString(gaps.getOrDefault(s.unit(), 0)));
            }
            t.row(row);
        }
        t.print(out, "  ");
        List<String> empty = emptyParts(r, node);
        if (!empty.isEmpty()) {
            out.println("  " + texts.get("ranking.no-data", String.join(", ", empty)));
        }
    }

    /** Names a unit: {@code Country - Crime area}, a country's name, or the name the input gave. */
    String unitLabel(String key, String name, TargetKind kind) {
        if (kind == TargetKind.COUNTRY_CRIME_AREA) {
            String[] cell = key.split("/", 2);
            return country(cell[0]) + " - " + area(cell[1]);
        }
        return kind == TargetKind.COUNTRY ? country(key) : name;
    }

    String country(String code) {
        return Country.find(code).map(c -> c.displayName(language)).orElse(code);
    }

    String area(String code) {
        return dataset.crimeAreas().find(code).map(CrimeArea::labels).map(l -> l.in(language)).orElse(code);
    }

    String band(String label) {
        return Banding.displayName(label).in(language);
    }

    private String column(NodeResult p) {
        return optional("column.node." + p.key()).orElse(p.labels().in(language));
    }

    private Optional<String> optional(String key) {
        try {
            return Optional.of(texts.get(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    /** The headline node's children that have a score for some unit. */
    private static List<NodeResult> parts(ScoringResult r, String node) {
        List<NodeResult> out = new ArrayList<>();
        MethodNode spec = r.methodology().node(node).orElseThrow();
        if (spec.children().size() > 6) {
            return out;
        }
        for (MethodNode c : spec.children()) {
            NodeResult p = r.node(c.key());
            if (p.scores().stream().anyMatch(UnitScore::hasScore)) {
                out.add(p);
            }
        }
        return out;
    }

    /** The labels of the headline node's children that no unit has a score for. */
    private List<String> emptyParts(ScoringResult r, String node) {
        List<String> out = new ArrayList<>();
        for (MethodNode c : r.methodology().node(node).orElseThrow().children()) {
            if (r.node(c.key()).scores().stream().noneMatch(UnitScore::hasScore)) {
                out.add(r.node(c.key()).labels().in(language));
            }
        }
        return out;
    }

    private static Map<String, Integer> gaps(ScoringResult r) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (IntelligenceGap g : r.intelligenceGaps()) {
            out.merge(g.unit(), 1, Integer::sum);
        }
        return out;
    }
}
