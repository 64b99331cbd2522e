package lat.ideal.scoring;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import lat.ideal.model.Dataset;
import lat.ideal.model.IndicatorDefinition;
import lat.ideal.model.Keys;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.Polarity;
import lat.ideal.model.Scale;
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
import lat.ideal.model.validation.Problem;
import lat.ideal.model.validation.ValidationReport;

/**
 * A methodology template read from a preset file: provenance, fixed indicator definitions (if any), and a flat list
 * of nodes with parent references whose leaves are either fixed indicators or every indicator of a block.
 *
 * <p>File format (UTF-8, one {@code key = value} per line, {@code #} comments): {@code id}, {@code version},
 * {@code title.es|en|pt}, {@code description} (English; optionally {@code description.es|pt} too), {@code source.N},
 * {@code unit-kind}; reusable scales
 * {@code scale.NAME = range MIN MAX [STEP] | ordinal CODE=VALUE ... [unknown=VALUE] | count | bool}; fixed indicators
 * {@code indicator.KEY.block|label.es|label.en|label.pt|target|polarity|unit|scale} (scale: a definition or
 * {@code @NAME}); nodes {@code node.KEY.parent} (empty or absent for the single root), {@code .label.LANG},
 * {@code .weight}, {@code .indicator} (a leaf) or {@code .leaves = block:BLOCK, ...} (one leaf per indicator of each block: the preset's own indicators of
 * that block if it defines any, else the data's;
 * shaped by {@code .leaf.PROPERTY}), {@code .aggregation} and {@code .aggregation.PARAM}, {@code .weighting},
 * {@code .weighting.order}, {@code .weighting.pairwise} (rows separated by {@code ;}, entries such as {@code 1/3}),
 * {@code .weighting.allocation.N} ({@code child:points, ...}), {@code .weighting.renormalise}, {@code .normalisation}
 * and {@code .normalisation.PARAM} / {@code .normalisation.reference}, {@code .direction}, {@code .treatment}
 * ({@code none} or {@code winsorise N}), {@code .missing}, {@code .missing.threshold}, {@code .rounding}
 * ({@code DECIMALS MODE}), {@code .banding} ({@code none}, or {@code thresholds|quantiles CUTS : LABELS}). Node keys
 * in preset files contain no dots. Every problem is reported with file and line.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Preset {
    private static final Set<String> NODE_PROPERTIES = Set.of("parent", "label.es", "label.en", "label.pt", "weight",
            "indicator", "leaves", "aggregation", "weighting", "weighting.order", "weighting.pairwise",
            "weighting.renormalise", "normalisation", "normalisation.reference", "direction", "treatment", "missing",
            "missing.threshold", "rounding", "banding");
    private static final Set<String> LEAF_PROPERTIES = Set.of("weight", "normalisation", "normalisation.reference",
            "direction", "treatment", "rounding", "banding");
    private static final Set<String> INDICATOR_PROPERTIES = Set.of("block", "label.es", "label.en", "label.pt",
            "target", "polarity", "unit", "scale");

    private final String source;
    private final Map<String, PresetReader.Entry> entries;
    private final List<IndicatorDefinition> indicators;
    private final List<String> nodeOrder;

    /**
     * The outcome of reading a preset file: the preset if it has no error, and every problem found.
     *
     * @param preset the preset, empty when there are errors
     * @param report every problem, with file and line, never null
     * @since 0.1
     */
    public record Parsed(Optional<Preset> preset, ValidationReport report) {

        /** Checks that no part is null. */
        public Parsed {
            Objects.requireNonNull(preset, "preset");
            Objects.requireNonNull(report, "report");
        }
    }

    private Preset(String source, Map<String, PresetReader.Entry> entries, List<IndicatorDefinition> indicators,
                   List<String> nodeOrder) {
        this.source = source;
        this.entries = entries;
        this.indicators = List.copyOf(indicators);
        this.nodeOrder = List.copyOf(nodeOrder);
    }

    /**
     * Reads a preset file's text.
     *
     * @param source the file's name for messages, not null
     * @param text the text, not null
     * @return the preset or the problems, never null
     */
    public static Parsed parse(String source, CharSequence text) {
        return parse(source, text, Map.of());
    }

    /**
     * Reads a preset file's text with some values replaced (parameters such as a level value or a weighting order).
     *
     * @param source the file's name for messages, not null
     * @param text the text, not null
     * @param parameters values that replace or add file entries by key, not null
     * @return the preset or the problems, never null
     */
    public static Parsed parse(String source, CharSequence text, Map<String, String> parameters) {
        Objects.requireNonNull(source, "source");
        List<Problem> problems = new ArrayList<>();
        Map<String, PresetReader.Entry> entries = PresetReader.read(source, Objects.requireNonNull(text, "text"),
                problems);
        for (Map.Entry<String, String> p : new TreeMap<>(parameters).entrySet()) {
            PresetReader.Entry old = entries.get(p.getKey());
            entries.put(p.getKey(), new PresetReader.Entry(p.getValue(), old == null ? 0 : old.line()));
        }
        Checker checker = new Checker(source, entries, problems);
        List<IndicatorDefinition> defs = checker.indicators();
        List<String> nodes = checker.nodes(defs);
        checker.header();
        ValidationReport report = ValidationReport.of(problems);
        if (!report.isValid()) {
            return new Parsed(Optional.empty(), report);
        }
        return new Parsed(Optional.of(new Preset(source, entries, defs, nodes)), report);
    }

    /**
     * Returns the preset's id.
     *
     * @return the id, never null
     */
    public String id() {
        return value("id");
    }

    /**
     * Returns the version of the preset's specification.
     *
     * @return the version, never null
     */
    public String version() {
        return value("version");
    }

    /**
     * Returns the title.
     *
     * @return the title, never null
     */
    public LocalizedText title() {
        return LocalizedText.of(value("title.es"), value("title.en"), value("title.pt"));
    }

    /**
     * Returns what the methodology computes, in plain words.
     *
     * @return the description, never null
     */
    public String description() {
        return value("description");
    }

    /**
     * Returns what the methodology computes in each working language: {@code description.es} and
     * {@code description.pt} where the preset has them, the (English) {@code description} otherwise.
     *
     * @return the description in es, en and pt, never null
     */
    public LocalizedText descriptions() {
        String en = description();
        return LocalizedText.of(value("description.es", en), en, value("description.pt", en));
    }

    /**
     * Returns the sources the method comes from.
     *
     * @return the citations, never null
     */
    public List<String> sources() {
        Map<Integer, String> sorted = new TreeMap<>();
        entries.forEach((k, v) -> {
            if (k.matches("source\\.\\d+")) {
                sorted.put(Integer.parseInt(k.substring(7)), v.value());
            }
        });
        return List.copyOf(sorted.values());
    }

    /**
     * Returns what the methodology's units are.
     *
     * @return the unit kind, never null
     */
    public TargetKind unitKind() {
        return TargetKind.valueOf(value("unit-kind"));
    }

    /**
     * Returns the fixed indicator definitions the preset expects, so that a dataset can be built for it.
     *
     * @return the definitions in file order; empty for presets that take their indicators from the data by block
     */
    public List<IndicatorDefinition> indicators() {
        return indicators;
    }

    /**
     * Tells whether the preset takes some of its leaves from the data (every indicator of a block).
     *
     * @return true if a node has {@code leaves = block:...}
     */
    public boolean leavesFromData() {
        for (String node : nodeOrder) {
            for (String block : blocks(value("node." + node + ".leaves", ""))) {
                if (!fixedBlock(block)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A block the preset defines indicators of: its leaves come from the preset, never from the data. */
    private boolean fixedBlock(String block) {
        for (IndicatorDefinition d : indicators) {
            if (d.block().equals(block)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> blocks(String leaves) {
        List<String> out = new ArrayList<>();
        for (String item : PresetReader.list(leaves)) {
            out.add(item.substring("block:".length()));
        }
        return out;
    }

    /**
     * Returns a one-line description: id, English title and the first source.
     *
     * @return the line, never null
     */
    public String describe() {
        List<String> s = sources();
        return id() + " - " + title().en() + (s.isEmpty() ? "" : " (" + s.get(0) + ")");
    }

    /**
     * Returns the methodology with leaves from a dataset's indicators (by block) and the preset's fixed indicators.
     *
     * @param dataset the dataset, not null
     * @return the methodology, never null
     * @throws IllegalArgumentException if a node that takes its leaves from a block finds no indicator of that block
     */
    public Methodology methodology(Dataset dataset) {
        return methodology(dataset.indicators());
    }

    /**
     * Returns the methodology with leaves from the given indicators (by block) and the preset's fixed indicators.
     *
     * @param available the indicators leaves may be taken from, in order, not null
     * @return the methodology, never null
     * @throws IllegalArgumentException if a node that takes its leaves from a block finds no indicator of that block
     */
    public Methodology methodology(List<IndicatorDefinition> available) {
        Map<String, List<String>> children = new LinkedHashMap<>();
        String root = null;
        for (String node : nodeOrder) {
            String parent = value("node." + node + ".parent", "");
            if (parent.isEmpty()) {
                root = node;
            } else {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(node);
            }
        }
        MethodNode tree = build(Objects.requireNonNull(root, "root"), children, available);
        return new Methodology(id(), version(), title(), description(), sources(), unitKind(), tree);
    }

    private MethodNode build(String key, Map<String, List<String>> children, List<IndicatorDefinition> available) {
        String p = "node." + key + ".";
        String indicator = value(p + "indicator", "");
        List<MethodNode> kids = new ArrayList<>();
        if (indicator.isEmpty()) {
            for (String c : children.getOrDefault(key, List.of())) {
                kids.add(build(c, children, available));
            }
            for (String block : blocks(value(p + "leaves", ""))) {
                int before = kids.size();
                for (IndicatorDefinition d : fixedBlock(block) ? indicators : available) {
                    if (d.block().equals(block)) {
                        kids.add(shape(MethodNode.leaf(d.key()).withLabels(d.labels()), p + "leaf."));
                    }
                }
                if (kids.size() == before) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT, "preset '%s' node '%s' takes"
                            + " every indicator of block '%s', and none of the %d indicators given is in it", id(),
                            key, block, available.size()));
                }
            }
        }
        MethodNode node;
        if (indicator.isEmpty()) {
            node = MethodNode.node(key, Aggregation.of(AggregationMethod.NONE), kids);
        } else {
            MethodNode l = MethodNode.leaf(indicator);
            LocalizedText labels = LocalizedText.same(key);
            for (IndicatorDefinition d : indicators) {
                if (d.key().equals(indicator)) {
                    labels = d.labels();
                }
            }
            node = new MethodNode(key, labels, l.weight(), List.of(), indicator, l.aggregation(), l.weighting(),
                    l.normalisation(), l.direction(), l.treatment(), l.missing(), l.rounding(), l.banding());
        }
        node = labels(node, p);
        if (!indicator.isEmpty()) {
            return shape(node, p);
        }
        return shape(node, p)
                .withAggregation(aggregation(p))
                .withWeighting(weighting(p))
                .withMissing(missing(p));
    }

    private MethodNode labels(MethodNode node, String p) {
        if (entries.containsKey(p + "label.en")) {
            return node.withLabels(LocalizedText.of(value(p + "label.es", value(p + "label.en")),
                    value(p + "label.en"), value(p + "label.pt", value(p + "label.en"))));
        }
        return node;
    }

    /** Applies the properties a leaf and an inner node share: weight, normalisation, direction, rounding, banding. */
    private MethodNode shape(MethodNode node, String p) {
        MethodNode n = node;
        if (entries.containsKey(p + "weight")) {
            n = n.withWeight(Double.parseDouble(value(p + "weight")));
        }
        if (entries.containsKey(p + "normalisation")) {
            n = n.withNormalisation(normalisation(p));
        }
        if (entries.containsKey(p + "direction")) {
            n = n.withDirection(Direction.valueOf(value(p + "direction")));
        }
        if (entries.containsKey(p + "treatment")) {
            n = n.withTreatment(Checker.treatment(value(p + "treatment")));
        }
        if (entries.containsKey(p + "rounding")) {
            n = n.withRounding(Checker.rounding(value(p + "rounding")));
        }
        if (entries.containsKey(p + "banding")) {
            n = n.withBanding(Checker.banding(value(p + "banding")));
        }
        return n;
    }

    private Normalisation normalisation(String p) {
        NormalisationMethod m = NormalisationMethod.valueOf(value(p + "normalisation"));
        Map<String, Double> params = new TreeMap<>();
        String prefix = p + "normalisation.";
        entries.forEach((k, v) -> {
            if (k.startsWith(prefix) && !k.equals(prefix + "reference")) {
                params.put(k.substring(prefix.length()), Double.parseDouble(v.value()));
            }
        });
        return new Normalisation(m, params, value(prefix + "reference", ""));
    }

    private Aggregation aggregation(String p) {
        AggregationMethod m = AggregationMethod.valueOf(value(p + "aggregation", "ARITHMETIC_MEAN"));
        Map<String, Double> params = new TreeMap<>();
        String prefix = p + "aggregation.";
        entries.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                params.put(k.substring(prefix.length()), Double.parseDouble(v.value()));
            }
        });
        return new Aggregation(m, params);
    }

    private Weighting weighting(String p) {
        WeightingMethod m = WeightingMethod.valueOf(value(p + "weighting", "EQUAL"));
        List<String> order = PresetReader.list(value(p + "weighting.order", ""));
        List<List<Double>> pairwise = Checker.matrix(value(p + "weighting.pairwise", ""));
        List<Map<String, Double>> allocations = new ArrayList<>();
        Map<Integer, Map<String, Double>> byNumber = new TreeMap<>();
        String prefix = p + "weighting.allocation.";
        entries.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                byNumber.put(Integer.parseInt(k.substring(prefix.length())), Checker.allocation(v.value()));
            }
        });
        allocations.addAll(byNumber.values());
        boolean renormalise = Boolean.parseBoolean(value(p + "weighting.renormalise", "false"));
        return new Weighting(m, order, pairwise, allocations, renormalise);
    }

    private MissingData missing(String p) {
        return new MissingData(MissingPolicy.valueOf(value(p + "missing", "EXCLUDE_AND_REWEIGHT")),
                Double.parseDouble(value(p + "missing.threshold", "0")));
    }

    private String value(String key) {
        return entries.get(key).value();
    }

    private String value(String key, String fallback) {
        PresetReader.Entry e = entries.get(key);
        return e == null ? fallback : e.value();
    }

    @Override
    public String toString() {
        return "Preset[" + id() + " " + version() + ", " + source + "]";
    }

    /** Validates entries and reports every problem with file and line. */
    private static final class Checker {
        private final String source;
        private final Map<String, PresetReader.Entry> entries;
        private final List<Problem> problems;

        Checker(String source, Map<String, PresetReader.Entry> entries, List<Problem> problems) {
            this.source = source;
            this.entries = entries;
            this.problems = problems;
        }

        void header() {
            for (String k : List.of("id", "version", "title.es", "title.en", "title.pt", "description",
                    "unit-kind")) {
                if (!entries.containsKey(k) || entries.get(k).value().isEmpty()) {
                    problems.add(PresetReader.problem(source, 0, "preset-required", k, "'%s' is required", k));
                }
            }
            check("unit-kind", v -> TargetKind.valueOf(v), TargetKind.class);
            for (String k : entries.keySet()) {
                if (!(k.startsWith("node.") || k.startsWith("indicator.") || k.startsWith("scale.")
                        || k.matches("source\\.\\d+") || List.of("id", "version", "title.es", "title.en",
                        "title.pt", "description", "description.es", "description.pt", "unit-kind").contains(k))) {
                    report(k, "preset-unknown-key", "'%s' is not a preset key", k);
                }
            }
        }

        List<IndicatorDefinition> indicators() {
            Map<String, Map<String, PresetReader.Entry>> byKey = new LinkedHashMap<>();
            for (Map.Entry<String, PresetReader.Entry> e : entries.entrySet()) {
                if (!e.getKey().startsWith("indicator.")) {
                    continue;
                }
                String rest = e.getKey().substring("indicator.".length());
                int dot = rest.indexOf('.');
                String prop = dot < 0 ? "" : rest.substring(dot + 1);
                if (dot < 0 || !INDICATOR_PROPERTIES.contains(prop)) {
                    report(e.getKey(), "preset-unknown-key", "'%s' is not an indicator property (allowed: %s)",
                            e.getKey(), new java.util.TreeSet<>(INDICATOR_PROPERTIES));
                    continue;
                }
                byKey.computeIfAbsent(rest.substring(0, dot), k -> new LinkedHashMap<>()).put(prop, e.getValue());
            }
            List<IndicatorDefinition> out = new ArrayList<>();
            for (Map.Entry<String, Map<String, PresetReader.Entry>> e : byKey.entrySet()) {
                String key = e.getKey();
                Map<String, PresetReader.Entry> p = e.getValue();
                String at = "indicator." + key + ".";
                if (!Keys.isKey(key)) {
                    report(at + "block", "preset-key", "indicator key '%s' %s", key, Keys.KEY_MESSAGE);
                    continue;
                }
                boolean ok = true;
                for (String required : List.of("block", "label.en", "target", "polarity", "scale")) {
                    if (!p.containsKey(required)) {
                        problems.add(PresetReader.problem(source, 0, "preset-required", at + required,
                                "'%s' is required", at + required));
                        ok = false;
                    }
                }
                if (!ok) {
                    continue;
                }
                TargetKind target = check(at + "target", TargetKind::valueOf, TargetKind.class);
                Polarity polarity = check(at + "polarity", Polarity::valueOf, Polarity.class);
                Scale scale = scale(at + "scale", p.get("scale").value());
                if (target == null || polarity == null || scale == null) {
                    continue;
                }
                String en = p.get("label.en").value();
                try {
                    LocalizedText labels = LocalizedText.of(p.containsKey("label.es") ? p.get("label.es").value() : en,
                            en, p.containsKey("label.pt") ? p.get("label.pt").value() : en);
                    if (!Keys.isKey(p.get("block").value())) {
                        throw new IllegalArgumentException("block '" + p.get("block").value() + "' "
                                + Keys.KEY_MESSAGE);
                    }
                    out.add(new IndicatorDefinition(key, labels, p.get("block").value(), target, polarity,
                            p.containsKey("unit") ? p.get("unit").value() : "score", scale));
                } catch (IllegalArgumentException invalid) {
                    report(at + "block", "preset-value", "indicator '%s' is not valid: %s", key,
                            invalid.getMessage());
                }
            }
            return out;
        }

        private Scale scale(String at, String text) {
            String t = text.strip();
            if (t.startsWith("@")) {
                String name = "scale." + t.substring(1);
                PresetReader.Entry e = entries.get(name);
                if (e == null) {
                    report(at, "preset-reference", "scale '%s' is not defined (write %s = ...)", t, name);
                    return null;
                }
                return scale(name, e.value());
            }
            String[] parts = t.split("\\s+");
            try {
                switch (parts[0]) {
                    case "range":
                        if (parts.length == 3) {
                            return Scale.Continuous.of(Double.parseDouble(parts[1]), Double.parseDouble(parts[2]));
                        }
                        if (parts.length == 4) {
                            return Scale.Continuous.of(Double.parseDouble(parts[1]), Double.parseDouble(parts[2]),
                                    Double.parseDouble(parts[3]));
                        }
                        break;
                    case "count":
                        return new Scale.Count();
                    case "bool":
                        return new Scale.Bool();
                    case "ordinal":
                        List<Scale.Level> levels = new ArrayList<>();
                        OptionalDouble unknown = OptionalDouble.empty();
                        for (int i = 1; i < parts.length; i++) {
                            int eq = parts[i].indexOf('=');
                            String code = parts[i].substring(0, eq);
                            double v = Double.parseDouble(parts[i].substring(eq + 1));
                            if (code.equalsIgnoreCase("unknown")) {
                                unknown = OptionalDouble.of(v);
                            } else {
                                levels.add(new Scale.Level(code, levelLabels(at, code), v));
                            }
                        }
                        return new Scale.Ordinal(levels, unknown);
                    default:
                        break;
                }
            } catch (RuntimeException e) {
                report(at, "preset-scale", "scale '%s' is malformed: %s", text, e.getMessage());
                return null;
            }
            report(at, "preset-scale", "scale '%s' is not 'range MIN MAX [STEP]', 'ordinal CODE=VALUE ..."
                    + " [unknown=VALUE]', 'count' or 'bool'", text);
            return null;
        }

        private LocalizedText levelLabels(String at, String code) {
            String base = at.startsWith("scale.") ? at : "";
            PresetReader.Entry e = base.isEmpty() ? null : entries.get(base + ".level." + code);
            if (e == null) {
                return LocalizedText.same(code);
            }
            String[] t = e.value().split("\\|");
            return t.length == 3 ? LocalizedText.of(t[0].strip(), t[1].strip(), t[2].strip()) : LocalizedText.same(code);
        }

        List<String> nodes(List<IndicatorDefinition> defs) {
            Map<String, Set<String>> props = new LinkedHashMap<>();
            for (String k : entries.keySet()) {
                if (!k.startsWith("node.")) {
                    continue;
                }
                String rest = k.substring(5);
                int dot = rest.indexOf('.');
                if (dot <= 0) {
                    report(k, "preset-unknown-key", "'%s' names no node property", k);
                    continue;
                }
                String node = rest.substring(0, dot);
                String prop = rest.substring(dot + 1);
                if (!knownNodeProperty(prop)) {
                    report(k, "preset-unknown-key", "'%s' is not a node property (allowed: %s, and"
                            + " aggregation.PARAM, normalisation.PARAM, weighting.allocation.N, leaf.PROPERTY)", prop,
                            new java.util.TreeSet<>(NODE_PROPERTIES));
                    continue;
                }
                props.computeIfAbsent(node, x -> new HashSet<>()).add(prop);
            }
            List<String> order = new ArrayList<>(props.keySet());
            List<String> roots = new ArrayList<>();
            Set<String> fixed = new HashSet<>();
            for (IndicatorDefinition d : defs) {
                fixed.add(d.key());
            }
            for (String node : order) {
                String p = "node." + node + ".";
                if (!Keys.isKey(node) || node.contains(".")) {
                    report(p + props.get(node).iterator().next(), "preset-key",
                            "node key '%s' %s (and contains no dot in preset files)", node, Keys.KEY_MESSAGE);
                }
                String parent = entries.containsKey(p + "parent") ? entries.get(p + "parent").value() : "";
                if (parent.isEmpty()) {
                    roots.add(node);
                } else if (!props.containsKey(parent)) {
                    report(p + "parent", "preset-parent", "parent '%s' of '%s' is not a node of this file", parent,
                            node);
                }
                boolean hasIndicator = props.get(node).contains("indicator");
                boolean hasLeaves = props.get(node).contains("leaves");
                if (hasIndicator && hasLeaves) {
                    report(p + "leaves", "preset-leaf", "node '%s' has both an indicator and leaves from a block",
                            node);
                }
                if (hasIndicator && !defs.isEmpty() && !fixed.contains(entries.get(p + "indicator").value())) {
                    report(p + "indicator", "preset-reference", "indicator '%s' of node '%s' is not defined in"
                            + " this file", entries.get(p + "indicator").value(), node);
                }
                if (hasLeaves) {
                    for (String item : PresetReader.list(entries.get(p + "leaves").value())) {
                        if (!item.startsWith("block:") || !Keys.isKey(item.substring(6))) {
                            report(p + "leaves", "preset-leaves", "leaves item '%s' must be 'block:BLOCK'", item);
                        }
                    }
                }
                checkNodeValues(node);
            }
            if (roots.size() != 1) {
                problems.add(PresetReader.problem(source, 0, "preset-root", roots.toString(),
                        "a preset needs exactly one node without parent; found %d: %s", roots.size(), roots));
            }
            cycles(order);
            for (String node : order) {
                String p = "node." + node + ".";
                boolean isParent = false;
                for (String other : order) {
                    PresetReader.Entry e = entries.get("node." + other + ".parent");
                    isParent |= e != null && e.value().equals(node);
                }
                if (!isParent && !props.get(node).contains("indicator") && !props.get(node).contains("leaves")) {
                    report(p + props.get(node).iterator().next(), "preset-empty-node",
                            "node '%s' has no children, no indicator and no leaves from a block", node);
                }
            }
            return order;
        }

        private static boolean knownNodeProperty(String prop) {
            if (NODE_PROPERTIES.contains(prop) || prop.matches("weighting\\.allocation\\.\\d+")
                    || prop.matches("aggregation\\.[a-z]+") || prop.matches("normalisation\\.[a-z]+")) {
                return true;
            }
            if (prop.startsWith("leaf.")) {
                String p = prop.substring(5);
                return LEAF_PROPERTIES.contains(p) || p.matches("normalisation\\.[a-z]+");
            }
            return false;
        }

        private void cycles(List<String> order) {
            for (String node : order) {
                Set<String> seen = new HashSet<>();
                String at = node;
                while (at != null && seen.add(at)) {
                    PresetReader.Entry e = entries.get("node." + at + ".parent");
                    at = e == null || e.value().isEmpty() ? null : e.value();
                }
                if (at != null && at.equals(node)) {
                    report("node." + node + ".parent", "preset-cycle", "node '%s' is its own ancestor (parents %s)",
                            node, seen);
                }
            }
        }

        private void checkNodeValues(String node) {
            String p = "node." + node + ".";
            for (String language : List.of("es", "en", "pt")) {
                check(p + "label." + language, v -> {
                    if (v.isBlank()) {
                        throw new IllegalArgumentException("a label must not be blank");
                    }
                    return v;
                }, null);
            }
            check(p + "indicator", v -> {
                if (!Keys.isKey(v)) {
                    throw new IllegalArgumentException("an indicator key " + Keys.KEY_MESSAGE);
                }
                return v;
            }, null);
            for (String prefix : List.of(p, p + "leaf.")) {
                check(prefix + "weight", v -> {
                    double d = Double.parseDouble(v);
                    if (!(d >= 0) || Double.isInfinite(d)) {
                        throw new IllegalArgumentException("a weight is a finite number >= 0");
                    }
                    return d;
                }, null);
                check(prefix + "normalisation", NormalisationMethod::valueOf, NormalisationMethod.class);
                check(prefix + "direction", Direction::valueOf, Direction.class);
                check(prefix + "treatment", Checker::treatment, null);
                check(prefix + "rounding", Checker::rounding, null);
                check(prefix + "banding", Checker::banding, null);
            }
            check(p + "aggregation", AggregationMethod::valueOf, AggregationMethod.class);
            check(p + "weighting", WeightingMethod::valueOf, WeightingMethod.class);
            check(p + "weighting.pairwise", Checker::matrix, null);
            check(p + "weighting.renormalise", v -> {
                if (!v.equals("true") && !v.equals("false")) {
                    throw new IllegalArgumentException("write true or false");
                }
                return v;
            }, null);
            check(p + "missing", MissingPolicy::valueOf, MissingPolicy.class);
            check(p + "missing.threshold", v -> new MissingData(MissingPolicy.EXCLUDE_AND_REWEIGHT,
                    Double.parseDouble(v)), null);
            for (String k : entries.keySet()) {
                if (k.startsWith(p + "weighting.allocation.")) {
                    check(k, Checker::allocation, null);
                }
                if (k.startsWith(p + "aggregation.") || k.startsWith(p + "normalisation.")
                        || k.startsWith(p + "leaf.normalisation.")) {
                    if (!k.endsWith(".reference")) {
                        check(k, Double::parseDouble, null);
                    }
                }
            }
        }

        private <T> T check(String key, Function<String, T> parser, Class<? extends Enum<?>> allowed) {
            PresetReader.Entry e = entries.get(key);
            if (e == null) {
                return null;
            }
            try {
                return parser.apply(e.value());
            } catch (RuntimeException ex) {
                String rule = allowed == null ? ex.getMessage()
                        : "allowed: " + Arrays.toString(allowed.getEnumConstants());
                report(key, "preset-value", "'%s' is not a valid value of %s (%s)", e.value(), key, rule);
                return null;
            }
        }

        private void report(String key, String rule, String format, Object... args) {
            PresetReader.Entry e = entries.get(key);
            problems.add(PresetReader.problem(source, e == null ? 0 : e.line(), rule, e == null ? key : e.value(),
                    format, args));
        }

        static OutlierTreatment treatment(String v) {
            String[] parts = v.strip().split("\\s+");
            if (parts.length == 1 && parts[0].equals("none")) {
                return OutlierTreatment.none();
            }
            if (parts.length == 2 && parts[0].equals("winsorise")) {
                return OutlierTreatment.winsorise(Integer.parseInt(parts[1]));
            }
            throw new IllegalArgumentException("write 'none' or 'winsorise N'");
        }

        static Rounding rounding(String v) {
            String[] parts = v.strip().split("\\s+");
            if (parts.length != 2) {
                throw new IllegalArgumentException("write 'DECIMALS MODE', e.g. '2 HALF_UP'");
            }
            return new Rounding(Integer.parseInt(parts[0]), RoundingMode.valueOf(parts[1]));
        }

        static Banding banding(String v) {
            String t = v.strip();
            if (t.equals("none")) {
                return Banding.none();
            }
            int sp = t.indexOf(' ');
            int colon = t.indexOf(':');
            if (sp < 0 || colon < sp) {
                throw new IllegalArgumentException("write 'none' or 'thresholds|quantiles CUTS : LABELS'");
            }
            Banding.Method method = Banding.Method.valueOf(t.substring(0, sp).toUpperCase(Locale.ROOT));
            List<Double> cuts = new ArrayList<>();
            for (String c : PresetReader.list(t.substring(sp + 1, colon))) {
                cuts.add(Double.parseDouble(c));
            }
            return new Banding(method, cuts, PresetReader.list(t.substring(colon + 1)));
        }

        static List<List<Double>> matrix(String v) {
            List<List<Double>> rows = new ArrayList<>();
            if (v.isBlank()) {
                return rows;
            }
            for (String row : v.split(";")) {
                List<Double> r = new ArrayList<>();
                for (String cell : row.strip().split("\\s+")) {
                    int slash = cell.indexOf('/');
                    r.add(slash < 0 ? Double.parseDouble(cell)
                            : Double.parseDouble(cell.substring(0, slash)) / Double.parseDouble(cell.substring(slash + 1)));
                }
                rows.add(r);
            }
            return rows;
        }

        static Map<String, Double> allocation(String v) {
            Map<String, Double> out = new TreeMap<>();
            for (String item : PresetReader.list(v)) {
                int colon = item.indexOf(':');
                if (colon <= 0) {
                    throw new IllegalArgumentException("write 'child:points, ...'");
                }
                out.put(item.substring(0, colon).strip(), Double.parseDouble(item.substring(colon + 1)));
            }
            return out;
        }
    }
}
