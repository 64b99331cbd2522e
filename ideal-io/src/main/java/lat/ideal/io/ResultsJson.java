package lat.ideal.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.TargetKind;
import lat.ideal.model.method.Aggregation;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.Methodology;
import lat.ideal.model.method.MissingPolicy;
import lat.ideal.scoring.ImputedCell;
import lat.ideal.scoring.IntelligenceGap;
import lat.ideal.scoring.RankBasis;
import lat.ideal.scoring.ScoreStatus;
import lat.ideal.scoring.ScoringWarning;
import lat.ideal.scoring.TiePolicy;
import lat.ideal.scoring.TreatedCell;
import lat.ideal.scoring.UnitScore;

/**
 * The results document: what a scoring run produced, with the methodology, options and fingerprint to re-run it.
 * Units are referred to by their external code ({@link ResultsDocument.Unit#code()}) everywhere but in
 * {@code units}, which maps each code to the scorer's key.
 */
final class ResultsJson implements JsonDocuments.Codec<ResultsDocument> {
    private static final Set<String> ROOT = Set.of("fingerprint", "methodology", "scoring", "units", "nodes",
            "warnings", "intelligenceGaps", "imputedCells", "treatedCells");
    private static final Set<String> SCORING = Set.of("tiePolicy", "rankBasis", "weightOverrides",
            "aggregationOverrides");
    private static final Set<String> UNIT = Set.of("unit", "key", "name", "group");
    private static final Set<String> NODE = Set.of("key", "labels", "aggregation", "effectiveWeights", "scores");
    private static final Set<String> SCORE = Set.of("unit", "status", "unrounded", "published", "rank", "band",
            "coverage");
    private static final Set<String> WARNING = Set.of("kind", "node", "subject", "message");
    private static final Set<String> GAP = Set.of("unit", "indicator", "value");
    private static final Set<String> IMPUTED = Set.of("unit", "node", "child", "value", "policy");
    private static final Set<String> TREATED = Set.of("unit", "leaf", "indicator", "original", "treated", "method");

    /** The unit keys by external code, filled while {@code units} is read. */
    private final Map<String, String> keyByCode = new HashMap<>();
    private final Set<String> keys = new java.util.HashSet<>();
    /** Whether every unit was read, so that a code missing from {@link #keyByCode} is an error of its own. */
    private boolean unitsRead;

    @Override
    public ResultsDocument finish(Decoder d, JsonTree.Obj root) {
        JsonPath r = JsonPath.root();
        JsonDocuments.header(d, root, ROOT);
        JsonPath fp = r.field("fingerprint");
        JsonTree fpTree = d.required(root, r, "fingerprint");
        String fingerprint = d.string(fpTree, fp);
        if (fingerprint != null && !fingerprint.matches("[0-9a-f]{64}")) {
            d.error(fpTree, fp, "bad-fingerprint", fingerprint, Messages.badFingerprint(fingerprint));
            fingerprint = null;
        }
        JsonPath mp = r.field("methodology");
        JsonTree.Obj mo = d.object(d.required(root, r, "methodology"), mp);
        Methodology methodology = mo == null ? null : MethodologyJson.methodology(d, mo, mp, true);
        ResultsDocument.Options options = options(d, d.required(root, r, "scoring"), r.field("scoring"));
        TargetKind kind = methodology == null ? null : methodology.unitKind();
        List<ResultsDocument.Unit> units = d.list(d.required(root, r, "units"), r.field("units"),
                (t, p) -> unit(d, t, p, kind));
        unitsRead = units != null;
        List<ResultsDocument.NodeResults> nodes = nodes(d, d.required(root, r, "nodes"), r.field("nodes"), units);
        List<ScoringWarning> warnings = d.list(d.required(root, r, "warnings"), r.field("warnings"),
                (t, p) -> warning(d, t, p));
        List<IntelligenceGap> gaps = d.list(d.required(root, r, "intelligenceGaps"), r.field("intelligenceGaps"),
                (t, p) -> gap(d, t, p));
        List<ImputedCell> imputed = d.list(d.required(root, r, "imputedCells"), r.field("imputedCells"),
                (t, p) -> imputed(d, t, p));
        List<TreatedCell> treated = d.list(d.required(root, r, "treatedCells"), r.field("treatedCells"),
                (t, p) -> treated(d, t, p));
        if (fingerprint == null || methodology == null || options == null || units == null || nodes == null
                || warnings == null || gaps == null || imputed == null || treated == null
                || d.problems().hasErrors()) {
            return null;
        }
        return new ResultsDocument(fingerprint, methodology, options, units, nodes, warnings, gaps, imputed,
                treated);
    }

    private static ResultsDocument.Options options(Decoder d, JsonTree t, JsonPath path) {
        JsonTree.Obj o = d.object(t, path, SCORING);
        if (o == null) {
            return null;
        }
        TiePolicy tie = d.enumValue(d.required(o, path, "tiePolicy"), path.field("tiePolicy"), TiePolicy.class);
        RankBasis basis = d.enumValue(d.required(o, path, "rankBasis"), path.field("rankBasis"), RankBasis.class);
        JsonPath wp = path.field("weightOverrides");
        JsonTree.Obj wo = d.object(d.required(o, path, "weightOverrides"), wp);
        Map<String, List<Double>> weights = new LinkedHashMap<>();
        boolean ok = wo != null;
        if (wo != null) {
            for (Map.Entry<String, JsonTree> e : wo.fields.entrySet()) {
                List<Double> w = d.list(e.getValue(), wp.field(e.getKey()),
                        (wt, p) -> nonNegative(d, wt, p));
                ok &= w != null;
                weights.put(e.getKey(), w);
            }
        }
        JsonPath ap = path.field("aggregationOverrides");
        JsonTree.Obj ao = d.object(d.required(o, path, "aggregationOverrides"), ap);
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        ok &= ao != null;
        if (ao != null) {
            for (Map.Entry<String, JsonTree> e : ao.fields.entrySet()) {
                Aggregation a = MethodologyJson.aggregation(d, e.getValue(), ap.field(e.getKey()),
                        AggregationMethod.NONE);
                ok &= a != null;
                aggregations.put(e.getKey(), a);
            }
        }
        return !ok || tie == null || basis == null ? null
                : new ResultsDocument.Options(tie, basis, weights, aggregations);
    }

    private static Double nonNegative(Decoder d, JsonTree t, JsonPath path) {
        Double v = d.number(t, path);
        if (v != null && v < 0) {
            String text = ((JsonTree.Scalar) t).text;
            d.error(t, path, "out-of-range", text, Messages.outOfRange(text, "[0, ∞)"));
            return null;
        }
        return v;
    }

    private ResultsDocument.Unit unit(Decoder d, JsonTree t, JsonPath path, TargetKind kind) {
        JsonTree.Obj o = d.object(t, path, UNIT);
        if (o == null) {
            return null;
        }
        JsonTree codeTree = d.required(o, path, "unit");
        String code = d.text(codeTree, path.field("unit"));
        JsonTree keyTree = d.required(o, path, "key");
        String key = d.text(keyTree, path.field("key"));
        String name = d.string(d.required(o, path, "name"), path.field("name"));
        String group = d.string(d.required(o, path, "group"), path.field("group"));
        if (code == null || key == null || name == null || group == null) {
            return null;
        }
        if (kind != null && !code.equals(Units.external(key, kind))) {
            d.error(codeTree, path.field("unit"), "inconsistent", code,
                    Messages.unitCode(key, Units.external(key, kind)));
            return null;
        }
        if (keyByCode.containsKey(code) || keys.contains(key)) {
            d.error(keyByCode.containsKey(code) ? codeTree : keyTree, path, "duplicate-unit", code,
                    Messages.duplicateUnit(keyByCode.containsKey(code) ? code : key));
            return null;
        }
        keyByCode.put(code, key);
        keys.add(key);
        return new ResultsDocument.Unit(code, key, name, group);
    }

    /** Returns the key of the unit a code refers to, or reports that no unit has that code. */
    private String unitRef(Decoder d, JsonTree.Obj o, JsonPath path) {
        JsonTree t = d.required(o, path, "unit");
        String code = d.text(t, path.field("unit"));
        if (code == null) {
            return null;
        }
        String key = keyByCode.get(code);
        if (key == null && unitsRead) {
            d.error(t, path.field("unit"), "unknown-unit", code, Messages.unknownUnit(code));
        }
        return key;
    }

    private List<ResultsDocument.NodeResults> nodes(Decoder d, JsonTree t, JsonPath path,
                                                    List<ResultsDocument.Unit> units) {
        Set<String> seen = new java.util.HashSet<>();
        return d.list(t, path, (nt, np) -> {
            ResultsDocument.NodeResults n = node(d, nt, np, units);
            if (n != null && !seen.add(n.key())) {
                JsonTree key = ((JsonTree.Obj) nt).fields.get("key");
                d.error(key, np.field("key"), "duplicate-node", n.key(), Messages.duplicateNode(n.key()));
                return null;
            }
            return n;
        });
    }

    private ResultsDocument.NodeResults node(Decoder d, JsonTree t, JsonPath path,
                                             List<ResultsDocument.Unit> units) {
        JsonTree.Obj o = d.object(t, path, NODE);
        if (o == null) {
            return null;
        }
        String key = d.text(d.required(o, path, "key"), path.field("key"));
        LocalizedText labels = d.labels(d.required(o, path, "labels"), path.field("labels"));
        AggregationMethod aggregation = d.enumValue(d.required(o, path, "aggregation"), path.field("aggregation"),
                AggregationMethod.class);
        JsonPath wp = path.field("effectiveWeights");
        JsonTree.Obj wo = d.object(d.required(o, path, "effectiveWeights"), wp);
        Map<String, Double> weights = new LinkedHashMap<>();
        boolean ok = wo != null;
        if (wo != null) {
            for (Map.Entry<String, JsonTree> e : wo.fields.entrySet()) {
                Double w = d.numberOrNaN(e.getValue(), wp.field(e.getKey()));
                ok &= w != null;
                weights.put(e.getKey(), w);
            }
        }
        JsonPath sp = path.field("scores");
        JsonTree scoresTree = d.required(o, path, "scores");
        List<JsonTree> items = d.array(scoresTree, sp);
        List<UnitScore> scores = null;
        if (items != null && key != null && units != null) {
            if (items.size() != units.size()) {
                d.error(scoresTree, sp, "inconsistent", Integer.toString(items.size()),
                        Messages.scoreCount(items.size(), units.size()));
                return null;
            }
            scores = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                UnitScore s = score(d, items.get(i), sp.index(i), i, key, units.get(i));
                ok &= s != null;
                scores.add(s);
            }
        }
        if (!ok || key == null || labels == null || aggregation == null || scores == null) {
            return null;
        }
        return new ResultsDocument.NodeResults(key, labels, aggregation, weights, scores);
    }

    /** Reads the score of {@code expected}, the unit at the same place in {@code units}. */
    private UnitScore score(Decoder d, JsonTree t, JsonPath path, int index, String node,
                            ResultsDocument.Unit expected) {
        JsonTree.Obj o = d.object(t, path, SCORE);
        if (o == null) {
            return null;
        }
        String key = unitRef(d, o, path);
        ScoreStatus status = d.enumValue(d.required(o, path, "status"), path.field("status"), ScoreStatus.class);
        JsonTree unroundedTree = o.fields.get("unrounded");
        Double unrounded = unroundedTree == null ? null : d.numberOrNaN(unroundedTree, path.field("unrounded"));
        JsonTree publishedTree = o.fields.get("published");
        BigDecimal published = publishedTree == null ? null : decimal(d, publishedTree, path.field("published"));
        JsonTree rankTree = o.fields.get("rank");
        Integer rank = rankTree == null ? null : d.integer(rankTree, path.field("rank"));
        if (rank != null && rank < 1) {
            d.error(rankTree, path.field("rank"), "out-of-range", rank.toString(),
                    Messages.outOfRange(rank.toString(), "[1, ∞)"));
        }
        Optional<String> band = d.optionalText(o, path, "band");
        JsonTree coverageTree = d.required(o, path, "coverage");
        Double coverage = d.number(coverageTree, path.field("coverage"));
        if (coverage != null && !(coverage >= 0 && coverage <= 1)) {
            String text = ((JsonTree.Scalar) coverageTree).text;
            d.error(coverageTree, path.field("coverage"), "out-of-range", text, Messages.outOfRange(text, "[0, 1]"));
            return null;
        }
        if (key == null || status == null || (unroundedTree != null && unrounded == null)
                || (publishedTree != null && published == null) || (rankTree != null && (rank == null || rank < 1))
                || band == null || coverage == null) {
            return null;
        }
        if (!key.equals(expected.key())) {
            JsonTree unit = o.fields.get("unit");
            d.error(unit, path.field("unit"), "inconsistent", ((JsonTree.Scalar) unit).text,
                    Messages.unitOrder(index, expected.code()));
            return null;
        }
        boolean anyPart = unroundedTree != null || publishedTree != null || rankTree != null || band.isPresent();
        if (status != ScoreStatus.SCORED && anyPart) {
            d.error(t, path, "inconsistent", status.name(), Messages.scoreParts(status.name()));
            return null;
        }
        if (status == ScoreStatus.SCORED && (unroundedTree == null || publishedTree == null)) {
            d.error(t, path, "inconsistent", status.name(), Messages.scoredParts());
            return null;
        }
        return new UnitScore(key, expected.name(), node, status,
                unrounded == null ? OptionalDouble.empty() : OptionalDouble.of(unrounded),
                Optional.ofNullable(published), rank == null ? OptionalInt.empty() : OptionalInt.of(rank), band,
                coverage);
    }

    private static BigDecimal decimal(Decoder d, JsonTree t, JsonPath path) {
        Double v = d.number(t, path);
        return v == null ? null : new BigDecimal(((JsonTree.Scalar) t).text);
    }

    private static ScoringWarning warning(Decoder d, JsonTree t, JsonPath path) {
        JsonTree.Obj o = d.object(t, path, WARNING);
        if (o == null) {
            return null;
        }
        ScoringWarning.Kind kind = d.enumValue(d.required(o, path, "kind"), path.field("kind"),
                ScoringWarning.Kind.class);
        String node = d.string(d.required(o, path, "node"), path.field("node"));
        String subject = d.string(d.required(o, path, "subject"), path.field("subject"));
        String message = d.string(d.required(o, path, "message"), path.field("message"));
        return kind == null || node == null || subject == null || message == null ? null
                : new ScoringWarning(kind, node, subject, message);
    }

    private IntelligenceGap gap(Decoder d, JsonTree t, JsonPath path) {
        JsonTree.Obj o = d.object(t, path, GAP);
        if (o == null) {
            return null;
        }
        String unit = unitRef(d, o, path);
        String indicator = d.text(d.required(o, path, "indicator"), path.field("indicator"));
        JsonTree valueTree = o.fields.get("value");
        Double value = valueTree == null ? null : d.numberOrNaN(valueTree, path.field("value"));
        if (unit == null || indicator == null || (valueTree != null && value == null)) {
            return null;
        }
        return new IntelligenceGap(unit, indicator, value == null ? OptionalDouble.empty() : OptionalDouble.of(value));
    }

    private ImputedCell imputed(Decoder d, JsonTree t, JsonPath path) {
        JsonTree.Obj o = d.object(t, path, IMPUTED);
        if (o == null) {
            return null;
        }
        String unit = unitRef(d, o, path);
        String node = d.text(d.required(o, path, "node"), path.field("node"));
        String child = d.text(d.required(o, path, "child"), path.field("child"));
        Double value = d.numberOrNaN(d.required(o, path, "value"), path.field("value"));
        MissingPolicy policy = d.enumValue(d.required(o, path, "policy"), path.field("policy"), MissingPolicy.class);
        return unit == null || node == null || child == null || value == null || policy == null ? null
                : new ImputedCell(unit, node, child, value, policy);
    }

    private TreatedCell treated(Decoder d, JsonTree t, JsonPath path) {
        JsonTree.Obj o = d.object(t, path, TREATED);
        if (o == null) {
            return null;
        }
        String unit = unitRef(d, o, path);
        String leaf = d.text(d.required(o, path, "leaf"), path.field("leaf"));
        String indicator = d.text(d.required(o, path, "indicator"), path.field("indicator"));
        Double original = d.numberOrNaN(d.required(o, path, "original"), path.field("original"));
        Double treated = d.numberOrNaN(d.required(o, path, "treated"), path.field("treated"));
        TreatedCell.Method method = d.enumValue(d.required(o, path, "method"), path.field("method"),
                TreatedCell.Method.class);
        return unit == null || leaf == null || indicator == null || original == null || treated == null
                || method == null ? null : new TreatedCell(unit, leaf, indicator, original, treated, method);
    }

    // ---- writing ----

    static void write(Encoder e, ResultsDocument doc) {
        Map<String, String> codeOf = new HashMap<>();
        for (ResultsDocument.Unit u : doc.units()) {
            codeOf.put(u.key(), u.code());
        }
        e.header();
        e.string("fingerprint", doc.fingerprint());
        e.g.writeName("methodology");
        e.g.writeStartObject();
        MethodologyJson.writeBody(e, doc.methodology());
        e.g.writeEndObject();
        writeOptions(e, doc.options());
        e.g.writeName("units");
        e.g.writeStartArray();
        for (ResultsDocument.Unit u : doc.units()) {
            e.g.writeStartObject();
            e.string("unit", u.code());
            e.string("key", u.key());
            e.string("name", u.name());
            e.string("group", u.group());
            e.g.writeEndObject();
        }
        e.g.writeEndArray();
        e.g.writeName("nodes");
        e.g.writeStartArray();
        for (ResultsDocument.NodeResults node : doc.nodes()) {
            e.g.writeStartObject();
            e.string("key", node.key());
            e.labels("labels", node.labels());
            e.text("aggregation", node.aggregation().name());
            e.g.writeName("effectiveWeights");
            e.g.writeStartObject();
            for (Map.Entry<String, Double> w : node.effectiveWeights().entrySet()) {
                e.g.writeName(w.getKey());
                e.numberOrNull(w.getValue());
            }
            e.g.writeEndObject();
            e.g.writeName("scores");
            e.g.writeStartArray();
            for (UnitScore s : node.scores()) {
                e.g.writeStartObject();
                e.string("unit", code(codeOf, s.unit()));
                e.text("status", s.status().name());
                if (s.unrounded().isPresent()) {
                    e.g.writeName("unrounded");
                    e.numberOrNull(s.unrounded().getAsDouble());
                }
                if (s.published().isPresent()) {
                    e.g.writeName("published");
                    e.g.writeNumber(s.published().get().toPlainString());
                }
                if (s.rank().isPresent()) {
                    e.integer("rank", s.rank().getAsInt());
                }
                e.optional("band", s.band());
                e.number("coverage", s.coverage(), "coverage of " + s.unit() + " at " + node.key());
                e.g.writeEndObject();
            }
            e.g.writeEndArray();
            e.g.writeEndObject();
        }
        e.g.writeEndArray();
        e.g.writeName("warnings");
        e.g.writeStartArray();
        for (ScoringWarning w : doc.warnings()) {
            e.g.writeStartObject();
            e.text("kind", w.kind().name());
            e.string("node", w.node());
            e.string("subject", w.subject());
            e.string("message", w.message());
            e.g.writeEndObject();
        }
        e.g.writeEndArray();
        e.g.writeName("intelligenceGaps");
        e.g.writeStartArray();
        for (IntelligenceGap gap : doc.intelligenceGaps()) {
            e.g.writeStartObject();
            e.string("unit", code(codeOf, gap.unit()));
            e.string("indicator", gap.indicator());
            if (gap.value().isPresent()) {
                e.g.writeName("value");
                e.numberOrNull(gap.value().getAsDouble());
            }
            e.g.writeEndObject();
        }
        e.g.writeEndArray();
        e.g.writeName("imputedCells");
        e.g.writeStartArray();
        for (ImputedCell c : doc.imputedCells()) {
            e.g.writeStartObject();
            e.string("unit", code(codeOf, c.unit()));
            e.string("node", c.node());
            e.string("child", c.child());
            e.g.writeName("value");
            e.numberOrNull(c.value());
            e.text("policy", c.policy().name());
            e.g.writeEndObject();
        }
        e.g.writeEndArray();
        e.g.writeName("treatedCells");
        e.g.writeStartArray();
        for (TreatedCell c : doc.treatedCells()) {
            e.g.writeStartObject();
            e.string("unit", code(codeOf, c.unit()));
            e.string("leaf", c.leaf());
            e.string("indicator", c.indicator());
            e.g.writeName("original");
            e.numberOrNull(c.original());
            e.g.writeName("treated");
            e.numberOrNull(c.treated());
            e.text("method", c.method().name());
            e.g.writeEndObject();
        }
        e.g.writeEndArray();
        e.g.writeEndObject();
    }

    private static void writeOptions(Encoder e, ResultsDocument.Options o) {
        e.g.writeName("scoring");
        e.g.writeStartObject();
        e.text("tiePolicy", o.tiePolicy().name());
        e.text("rankBasis", o.rankBasis().name());
        e.g.writeName("weightOverrides");
        e.g.writeStartObject();
        for (Map.Entry<String, List<Double>> w : o.weightOverrides().entrySet()) {
            e.numbers(w.getKey(), w.getValue(), "weight override of " + w.getKey());
        }
        e.g.writeEndObject();
        e.g.writeName("aggregationOverrides");
        e.g.writeStartObject();
        for (Map.Entry<String, Aggregation> a : o.aggregationOverrides().entrySet()) {
            e.g.writeName(a.getKey());
            MethodologyJson.writeAggregation(e, a.getValue(), "aggregation override of " + a.getKey());
        }
        e.g.writeEndObject();
        e.g.writeEndObject();
    }

    /** The external code of a unit key; a key the document does not list is a caller error. */
    private static String code(Map<String, String> codeOf, String key) {
        String code = codeOf.get(key);
        if (code == null) {
            throw new IllegalArgumentException("unit '" + key + "' is referred to but not listed in 'units'");
        }
        return code;
    }
}
