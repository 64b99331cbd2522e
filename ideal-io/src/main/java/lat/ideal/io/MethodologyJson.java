package lat.ideal.io;

import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.TargetKind;
import lat.ideal.model.method.Aggregation;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.Banding;
import lat.ideal.model.method.Direction;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Methodology;
import lat.ideal.model.method.MissingData;
import lat.ideal.model.method.MissingPolicy;
import lat.ideal.model.method.Normalisation;
import lat.ideal.model.method.NormalisationMethod;
import lat.ideal.model.method.OutlierTreatment;
import lat.ideal.model.method.Rounding;
import lat.ideal.model.method.Weighting;
import lat.ideal.model.method.WeightingMethod;

/** The methodology document: a node tree with defaults for every omitted part. */
final class MethodologyJson implements JsonDocuments.Codec<Methodology> {
    private static final Set<String> ROOT = Set.of("id", "version", "title", "description", "sources", "unitKind",
            "root");
    private static final Set<String> NODE = Set.of("key", "labels", "weight", "children", "indicator", "aggregation",
            "weighting", "normalisation", "direction", "treatment", "missing", "rounding", "banding");
    /** Defaults of an outlier treatment that is written as an object: COINr's convention, five points at most. */
    static final OutlierTreatment TREATMENT_DEFAULTS = OutlierTreatment.winsorise(5);

    private static final String PREFIX = "methodology.";

    @Override
    public String documentPath(String validatorPath) {
        return validatorPath.startsWith(PREFIX) ? validatorPath.substring(PREFIX.length()) : validatorPath;
    }

    @Override
    public Methodology finish(Decoder d, JsonTree.Obj root) {
        JsonPath r = JsonPath.root();
        JsonDocuments.header(d, root, ROOT);
        Methodology m = methodology(d, root, r, false);
        return d.problems().hasErrors() ? null : m;
    }

    /** Reads a methodology object; {@code embedded} when it sits inside another document (no header). */
    static Methodology methodology(Decoder d, JsonTree.Obj o, JsonPath r, boolean embedded) {
        if (embedded) {
            d.only(o, r, ROOT);
        }
        String id = d.text(d.required(o, r, "id"), r.field("id"));
        JsonTree versionTree = o.fields.get("version");
        String version = versionTree == null ? "1" : d.text(versionTree, r.field("version"));
        LocalizedText title = d.labelsOr(o, r, "title", id);
        JsonTree descriptionTree = o.fields.get("description");
        String description = descriptionTree == null ? "" : d.string(descriptionTree, r.field("description"));
        List<String> sources = d.optionalList(o, r, "sources", d::text);
        JsonTree unitTree = o.fields.get("unitKind");
        TargetKind unitKind = unitTree == null ? TargetKind.COUNTRY
                : d.enumValue(unitTree, r.field("unitKind"), TargetKind.class);
        MethodNode node = node(d, d.required(o, r, "root"), r.field("root"));
        if (id == null || version == null || title == null || description == null || sources == null
                || unitKind == null || node == null) {
            return null;
        }
        return new Methodology(id, version, title, description, sources, unitKind, node);
    }

    static MethodNode node(Decoder d, JsonTree t, JsonPath path) {
        JsonTree.Obj o = d.object(t, path, NODE);
        if (o == null) {
            return null;
        }
        String key = d.text(d.required(o, path, "key"), path.field("key"));
        LocalizedText labels = d.labelsOr(o, path, "labels", key);
        JsonTree weightTree = o.fields.get("weight");
        Double weight = weightTree == null ? Double.valueOf(1) : d.number(weightTree, path.field("weight"));
        JsonTree childrenTree = o.fields.get("children");
        JsonTree indicatorTree = o.fields.get("indicator");
        if (childrenTree != null && indicatorTree != null) {
            d.error(indicatorTree, path.field("indicator"), "leaf-and-children", "", Messages.leafAndChildren());
            return null;
        }
        boolean leaf = childrenTree == null;
        List<MethodNode> children = leaf ? List.of()
                : d.list(childrenTree, path.field("children"), (ct, cp) -> node(d, ct, cp));
        String indicator = !leaf ? "" : indicatorTree == null ? key : d.text(indicatorTree, path.field("indicator"));
        Aggregation aggregation = aggregation(d, o.fields.get("aggregation"), path.field("aggregation"),
                leaf ? AggregationMethod.NONE : AggregationMethod.ARITHMETIC_MEAN);
        Weighting weighting = weighting(d, o.fields.get("weighting"), path.field("weighting"),
                leaf ? Weighting.explicit() : Weighting.equal());
        Normalisation normalisation = normalisation(d, o.fields.get("normalisation"), path.field("normalisation"));
        JsonTree directionTree = o.fields.get("direction");
        Direction direction = directionTree == null ? Direction.THREAT
                : d.enumValue(directionTree, path.field("direction"), Direction.class);
        OutlierTreatment treatment = treatment(d, o.fields.get("treatment"), path.field("treatment"));
        MissingData missing = missing(d, o.fields.get("missing"), path.field("missing"));
        Rounding rounding = rounding(d, o.fields.get("rounding"), path.field("rounding"));
        Banding banding = banding(d, o.fields.get("banding"), path.field("banding"));
        if (key == null || labels == null || weight == null || children == null || indicator == null
                || aggregation == null || weighting == null || normalisation == null || direction == null
                || treatment == null || missing == null || rounding == null || banding == null) {
            return null;
        }
        if (!leaf && children.isEmpty()) {
            d.error(childrenTree, path.field("children"), "invalid", "", Messages.leafAndChildren());
            return null;
        }
        return Invariants.build(d, o, path, () -> new MethodNode(key, labels, weight, children, indicator,
                aggregation, weighting, normalisation, direction, treatment, missing, rounding, banding));
    }

    static Aggregation aggregation(Decoder d, JsonTree t, JsonPath path, AggregationMethod fallback) {
        if (t == null) {
            return Aggregation.of(fallback);
        }
        if (t.type() == JsonType.STRING) {
            AggregationMethod m = d.enumValue(t, path, AggregationMethod.class);
            return m == null ? null : Aggregation.of(m);
        }
        JsonTree.Obj o = objectOrName(d, t, path);
        if (o == null) {
            return null;
        }
        d.only(o, path, Set.of("method", "parameters"));
        AggregationMethod m = d.enumValue(d.required(o, path, "method"), path.field("method"),
                AggregationMethod.class);
        JsonTree paramsTree = o.fields.get("parameters");
        Map<String, Double> params = paramsTree == null ? Map.of() : d.numberMap(paramsTree, path.field("parameters"));
        return m == null || params == null ? null : new Aggregation(m, params);
    }

    private static Weighting weighting(Decoder d, JsonTree t, JsonPath path, Weighting fallback) {
        if (t == null) {
            return fallback;
        }
        if (t.type() == JsonType.STRING) {
            WeightingMethod m = d.enumValue(t, path, WeightingMethod.class);
            return m == null ? null : new Weighting(m, List.of(), List.of(), List.of(), false);
        }
        JsonTree.Obj o = objectOrName(d, t, path);
        if (o == null) {
            return null;
        }
        d.only(o, path, Set.of("method", "order", "pairwise", "allocations", "renormalise"));
        WeightingMethod m = d.enumValue(d.required(o, path, "method"), path.field("method"), WeightingMethod.class);
        List<String> order = d.optionalList(o, path, "order", d::text);
        List<List<Double>> pairwise = d.optionalList(o, path, "pairwise", d::numbers);
        List<Map<String, Double>> allocations = d.optionalList(o, path, "allocations", d::numberMap);
        JsonTree renormaliseTree = o.fields.get("renormalise");
        Boolean renormalise = renormaliseTree == null ? Boolean.FALSE
                : d.bool(renormaliseTree, path.field("renormalise"));
        if (m == null || order == null || pairwise == null || allocations == null || renormalise == null) {
            return null;
        }
        return new Weighting(m, order, pairwise, allocations, renormalise);
    }

    private static Normalisation normalisation(Decoder d, JsonTree t, JsonPath path) {
        if (t == null) {
            return Normalisation.identity();
        }
        if (t.type() == JsonType.STRING) {
            NormalisationMethod m = d.enumValue(t, path, NormalisationMethod.class);
            return m == null ? null : Normalisation.of(m);
        }
        JsonTree.Obj o = objectOrName(d, t, path);
        if (o == null) {
            return null;
        }
        d.only(o, path, Set.of("method", "parameters", "referenceUnit"));
        NormalisationMethod m = d.enumValue(d.required(o, path, "method"), path.field("method"),
                NormalisationMethod.class);
        JsonTree paramsTree = o.fields.get("parameters");
        Map<String, Double> params = paramsTree == null ? Map.of() : d.numberMap(paramsTree, path.field("parameters"));
        JsonTree refTree = o.fields.get("referenceUnit");
        String ref = refTree == null ? "" : d.string(refTree, path.field("referenceUnit"));
        return m == null || params == null || ref == null ? null : new Normalisation(m, params, ref);
    }

    private static OutlierTreatment treatment(Decoder d, JsonTree t, JsonPath path) {
        if (t == null) {
            return OutlierTreatment.none();
        }
        JsonTree.Obj o = d.object(t, path);
        if (o == null) {
            return null;
        }
        OutlierTreatment x = TREATMENT_DEFAULTS;
        d.only(o, path, Set.of("enabled", "maxWinsorised", "maxSkewness", "maxKurtosis", "logFallback"));
        Boolean enabled = orDefault(d.bool(o.fields.get("enabled"), path.field("enabled")), o, "enabled",
                x.enabled());
        Integer max = orDefault(d.integer(o.fields.get("maxWinsorised"), path.field("maxWinsorised")), o,
                "maxWinsorised", x.maxWinsorised());
        Double skew = orDefault(d.number(o.fields.get("maxSkewness"), path.field("maxSkewness")), o, "maxSkewness",
                x.maxSkewness());
        Double kurt = orDefault(d.number(o.fields.get("maxKurtosis"), path.field("maxKurtosis")), o, "maxKurtosis",
                x.maxKurtosis());
        Boolean log = orDefault(d.bool(o.fields.get("logFallback"), path.field("logFallback")), o, "logFallback",
                x.logFallback());
        if (enabled == null || max == null || skew == null || kurt == null || log == null) {
            return null;
        }
        return Invariants.build(d, o, path, () -> new OutlierTreatment(enabled, max, skew, kurt, log));
    }

    private static MissingData missing(Decoder d, JsonTree t, JsonPath path) {
        if (t == null) {
            return MissingData.excludeAndReweight();
        }
        JsonTree.Obj o = d.object(t, path, Set.of("policy", "availabilityThreshold"));
        if (o == null) {
            return null;
        }
        JsonTree policyTree = o.fields.get("policy");
        MissingPolicy policy = policyTree == null ? MissingPolicy.EXCLUDE_AND_REWEIGHT
                : d.enumValue(policyTree, path.field("policy"), MissingPolicy.class);
        Double threshold = orDefault(d.number(o.fields.get("availabilityThreshold"),
                path.field("availabilityThreshold")), o, "availabilityThreshold", 0.0);
        if (policy == null || threshold == null) {
            return null;
        }
        return Invariants.build(d, o, path, () -> new MissingData(policy, threshold));
    }

    private static Rounding rounding(Decoder d, JsonTree t, JsonPath path) {
        if (t == null) {
            return Rounding.halfUp(2);
        }
        JsonTree.Obj o = d.object(t, path, Set.of("decimals", "mode"));
        if (o == null) {
            return null;
        }
        Integer decimals = orDefault(d.integer(o.fields.get("decimals"), path.field("decimals")), o, "decimals", 2);
        JsonTree modeTree = o.fields.get("mode");
        RoundingMode mode = modeTree == null ? RoundingMode.HALF_UP
                : d.enumValue(modeTree, path.field("mode"), RoundingMode.class);
        if (decimals == null || mode == null) {
            return null;
        }
        return Invariants.build(d, o, path, () -> new Rounding(decimals, mode));
    }

    private static Banding banding(Decoder d, JsonTree t, JsonPath path) {
        if (t == null) {
            return Banding.none();
        }
        JsonTree.Obj o = d.object(t, path, Set.of("method", "cuts", "labels"));
        if (o == null) {
            return null;
        }
        Banding.Method method = d.enumValue(d.required(o, path, "method"), path.field("method"),
                Banding.Method.class);
        List<Double> cuts = d.optionalList(o, path, "cuts", d::number);
        List<String> labels = d.optionalList(o, path, "labels", d::text);
        if (method == null || cuts == null || labels == null) {
            return null;
        }
        return Invariants.build(d, o, path, () -> new Banding(method, cuts, labels));
    }

    private static JsonTree.Obj objectOrName(Decoder d, JsonTree t, JsonPath path) {
        if (t instanceof JsonTree.Obj) {
            return (JsonTree.Obj) t;
        }
        d.wrongType(t, path, JsonType.NAME_OR_OBJECT);
        return null;
    }

    /** Returns the converted value, the default where the property is absent, or null where it failed. */
    private static <T> T orDefault(T converted, JsonTree.Obj o, String name, T fallback) {
        return o.fields.containsKey(name) ? converted : fallback;
    }

    // ---- writing ----

    static void write(Encoder e, Methodology m) {
        e.header();
        writeBody(e, m);
        e.g.writeEndObject();
    }

    /** Writes the properties of a methodology (without braces), for this document and for embedding. */
    static void writeBody(Encoder e, Methodology m) {
        e.string("id", m.id());
        e.string("version", m.version());
        e.labels("title", m.title());
        e.string("description", m.description());
        e.strings("sources", m.sources());
        e.text("unitKind", m.unitKind().name());
        e.g.writeName("root");
        writeNode(e, m.root(), "root");
    }

    /** Writes an aggregation as an object with its method and parameters. */
    static void writeAggregation(Encoder e, Aggregation a, String where) {
        e.g.writeStartObject();
        e.text("method", a.method().name());
        e.numberMap("parameters", a.parameters(), where + ".parameters");
        e.g.writeEndObject();
    }

    /** Writes a normalisation as an object with its method, parameters and reference unit. */
    static void writeNormalisation(Encoder e, Normalisation no, String where) {
        e.g.writeStartObject();
        e.text("method", no.method().name());
        e.numberMap("parameters", no.parameters(), where + ".parameters");
        e.string("referenceUnit", no.referenceUnit());
        e.g.writeEndObject();
    }

    /** Writes a missing-data policy as an object with its policy and availability threshold. */
    static void writeMissing(Encoder e, MissingData missing, String where) {
        e.g.writeStartObject();
        e.text("policy", missing.policy().name());
        e.number("availabilityThreshold", missing.availabilityThreshold(), where);
        e.g.writeEndObject();
    }

    private static void writeNode(Encoder e, MethodNode n, String where) {
        e.g.writeStartObject();
        e.string("key", n.key());
        e.labels("labels", n.labels());
        e.number("weight", n.weight(), where + ".weight");
        if (n.isLeaf()) {
            e.string("indicator", n.indicator());
        }
        e.g.writeName("aggregation");
        writeAggregation(e, n.aggregation(), where + ".aggregation");
        Weighting w = n.weighting();
        e.g.writeName("weighting");
        e.g.writeStartObject();
        e.text("method", w.method().name());
        e.strings("order", w.order());
        e.g.writeName("pairwise");
        e.g.writeStartArray();
        for (List<Double> row : w.pairwise()) {
            e.g.writeStartArray();
            for (double v : row) {
                e.number(v, where + ".weighting.pairwise");
            }
            e.g.writeEndArray();
        }
        e.g.writeEndArray();
        e.g.writeName("allocations");
        e.g.writeStartArray();
        for (Map<String, Double> alloc : w.allocations()) {
            e.g.writeStartObject();
            for (Map.Entry<String, Double> x : alloc.entrySet()) {
                e.number(x.getKey(), x.getValue(), where + ".weighting.allocations");
            }
            e.g.writeEndObject();
        }
        e.g.writeEndArray();
        e.bool("renormalise", w.renormalise());
        e.g.writeEndObject();
        e.g.writeName("normalisation");
        writeNormalisation(e, n.normalisation(), where + ".normalisation");
        e.text("direction", n.direction().name());
        OutlierTreatment t = n.treatment();
        e.g.writeName("treatment");
        e.g.writeStartObject();
        e.bool("enabled", t.enabled());
        e.integer("maxWinsorised", t.maxWinsorised());
        e.number("maxSkewness", t.maxSkewness(), where + ".treatment.maxSkewness");
        e.number("maxKurtosis", t.maxKurtosis(), where + ".treatment.maxKurtosis");
        e.bool("logFallback", t.logFallback());
        e.g.writeEndObject();
        e.g.writeName("missing");
        writeMissing(e, n.missing(), where + ".missing");
        e.g.writeName("rounding");
        e.g.writeStartObject();
        e.integer("decimals", n.rounding().decimals());
        e.text("mode", n.rounding().mode().name());
        e.g.writeEndObject();
        Banding b = n.banding();
        e.g.writeName("banding");
        e.g.writeStartObject();
        e.text("method", b.method().name());
        e.numbers("cuts", b.cuts(), where + ".banding.cuts");
        e.strings("labels", b.labels());
        e.g.writeEndObject();
        if (!n.isLeaf()) {
            e.g.writeName("children");
            e.g.writeStartArray();
            for (int i = 0; i < n.children().size(); i++) {
                writeNode(e, n.children().get(i), where + ".children[" + i + "]");
            }
            e.g.writeEndArray();
        }
        e.g.writeEndObject();
    }
}
