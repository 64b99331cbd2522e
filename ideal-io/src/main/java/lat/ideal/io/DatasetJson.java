package lat.ideal.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import lat.ideal.model.Country;
import lat.ideal.model.CrimeArea;
import lat.ideal.model.CrimeAreaCatalogue;
import lat.ideal.model.CriminalGroup;
import lat.ideal.model.Dataset;
import lat.ideal.model.IndicatorDefinition;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.Measurement;
import lat.ideal.model.Observation;
import lat.ideal.model.Polarity;
import lat.ideal.model.ReportingPeriod;
import lat.ideal.model.Scale;
import lat.ideal.model.SourceGrade;
import lat.ideal.model.Target;
import lat.ideal.model.TargetKind;
import lat.ideal.model.Tlp;

/** The dataset document: reading (observations streamed one at a time) and writing. */
final class DatasetJson implements JsonDocuments.Codec<Dataset> {
    static final String OBSERVATIONS = "observations";
    private static final Set<String> ROOT = Set.of("id", "title", "period", "countries", "crimeAreas", "indicators",
            "groups", OBSERVATIONS);
    private static final Set<String> OBSERVATION = Set.of("target", "indicator", "measurement", "period", "grade",
            "source", "handling", "contributor", "agency", "rationale");
    private static final Set<String> AREA = Set.of("code", "labels", "parent");
    private static final Set<String> INDICATOR = Set.of("key", "labels", "block", "target", "polarity", "unit",
            "scale");
    private static final Set<String> LEVEL = Set.of("code", "labels", "value");
    private static final Set<String> GROUP = Set.of("id", "name", "aliases", "presence", "mainCrimeArea",
            "secondaryCrimeAreas", "structure", "links");
    private static final Set<String> LINK = Set.of("type", "group");

    /** Stands for "the dataset's period" in observations read before the dataset's period. */
    private static final ReportingPeriod PENDING = ReportingPeriod.year(1);

    private final List<Observation> observations = new ArrayList<>();
    /** The index in the document of each converted observation (those that failed are left out of the list). */
    private int[] source = new int[1024];
    private final List<Integer> pending = new ArrayList<>();
    private ReportingPeriod defaultPeriod;
    /** The dataset with the observations that could be converted, where some could not; see {@link #partial}. */
    private Dataset partial;

    @Override
    public String streamed() {
        return OBSERVATIONS;
    }

    @Override
    public void element(Decoder d, JsonTree element, JsonPath path, int index) {
        Observation o = observation(d, element, path);
        if (o != null) {
            if (observations.size() == source.length) {
                source = Arrays.copyOf(source, source.length * 2);
            }
            source[observations.size()] = index;
            observations.add(o);
        }
    }

    @Override
    public void property(String name, JsonTree value) {
        if (name.equals("period") && value.type() == JsonType.STRING) {
            try {
                defaultPeriod = ReportingPeriod.parse(((JsonTree.Scalar) value).text);
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                // reported with its position when the root is converted
                defaultPeriod = null;
            }
        }
    }

    private Observation observation(Decoder d, JsonTree t, JsonPath path) {
        JsonTree.Obj o = d.object(t, path, OBSERVATION);
        if (o == null) {
            return null;
        }
        Target target = d.target(d.required(o, path, "target"), path.field("target"));
        String indicator = d.text(d.required(o, path, "indicator"), path.field("indicator"));
        Measurement measurement = d.measurement(d.required(o, path, "measurement"), path.field("measurement"));
        JsonTree periodTree = o.fields.get("period");
        ReportingPeriod period = periodTree == null ? (defaultPeriod == null ? PENDING : defaultPeriod)
                : d.period(periodTree, path.field("period"));
        JsonTree gradeTree = o.fields.get("grade");
        SourceGrade grade = gradeTree == null ? null : d.grade(gradeTree, path.field("grade"));
        Optional<String> source = d.optionalText(o, path, "source");
        JsonTree handlingTree = o.fields.get("handling");
        Tlp handling = handlingTree == null ? Tlp.CLEAR : d.marking(handlingTree, path.field("handling"));
        JsonTree contributorTree = o.fields.get("contributor");
        Country contributor = contributorTree == null ? null : d.country(contributorTree, path.field("contributor"));
        Optional<String> agency = d.optionalText(o, path, "agency");
        Optional<String> rationale = d.optionalText(o, path, "rationale");
        if (target == null || indicator == null || measurement == null || period == null || handling == null
                || source == null || agency == null || rationale == null || (gradeTree != null && grade == null)
                || (contributorTree != null && contributor == null)) {
            return null;
        }
        if (period == PENDING) {
            pending.add(observations.size());
        }
        return new Observation(target, indicator, measurement, period, Optional.ofNullable(grade), source, handling,
                Optional.ofNullable(contributor), agency, rationale);
    }

    @Override
    public Dataset finish(Decoder d, JsonTree.Obj root) {
        JsonPath r = JsonPath.root();
        JsonDocuments.header(d, root, ROOT);
        String id = d.text(d.required(root, r, "id"), r.field("id"));
        JsonTree titleTree = root.fields.get("title");
        String title = titleTree == null ? "" : d.string(titleTree, r.field("title"));
        ReportingPeriod period = d.period(d.required(root, r, "period"), r.field("period"));
        List<Country> countries = d.optionalList(root, r, "countries", d::country);
        JsonTree areasTree = root.fields.get("crimeAreas");
        CrimeAreaCatalogue areas = areasTree == null ? CrimeAreaCatalogue.ideal()
                : catalogue(d.list(areasTree, r.field("crimeAreas"), (t, p) -> area(d, t, p)));
        List<IndicatorDefinition> indicators = d.optionalList(root, r, "indicators", (t, p) -> indicator(d, t, p));
        List<CriminalGroup> groups = d.optionalList(root, r, "groups", (t, p) -> group(d, t, p));
        if (period != null) {
            for (int i : pending) {
                Observation o = observations.get(i);
                observations.set(i, new Observation(o.target(), o.indicator(), o.measurement(), period, o.grade(),
                        o.source(), o.handling(), o.contributor(), o.agency(), o.rationale()));
            }
        }
        if (id == null || title == null || period == null || countries == null || areas == null || indicators == null
                || groups == null) {
            return null;
        }
        Dataset data = Dataset.builder(id).title(title).period(period).countries(countries).crimeAreas(areas)
                .indicators(indicators).groups(groups).observations(observations).build();
        if (d.problems().hasErrors()) {
            // Every definition converted: the observations that did can still be checked against them.
            partial = data;
            return null;
        }
        return data;
    }

    @Override
    public Dataset partial() {
        return partial;
    }

    /** Puts back the document's index of each observation: a failed one leaves a gap in the dataset's list. */
    @Override
    public String documentPath(String validatorPath) {
        String prefix = OBSERVATIONS + "[";
        if (!validatorPath.startsWith(prefix)) {
            return validatorPath;
        }
        int close = validatorPath.indexOf(']');
        try {
            int i = Integer.parseInt(validatorPath.substring(prefix.length(), close));
            return i >= 0 && i < observations.size() ? prefix + source[i] + validatorPath.substring(close)
                    : validatorPath;
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            return validatorPath;
        }
    }

    private static CrimeAreaCatalogue catalogue(List<CrimeArea> areas) {
        return areas == null ? null : CrimeAreaCatalogue.of(areas);
    }

    private static CrimeArea area(Decoder d, JsonTree t, JsonPath path) {
        JsonTree.Obj o = d.object(t, path, AREA);
        if (o == null) {
            return null;
        }
        String code = d.text(d.required(o, path, "code"), path.field("code"));
        LocalizedText labels = d.labelsOr(o, path, "labels", code);
        Optional<String> parent = d.optionalText(o, path, "parent");
        if (code == null || labels == null || parent == null) {
            return null;
        }
        return new CrimeArea(code, labels, parent);
    }

    private static IndicatorDefinition indicator(Decoder d, JsonTree t, JsonPath path) {
        JsonTree.Obj o = d.object(t, path, INDICATOR);
        if (o == null) {
            return null;
        }
        String key = d.text(d.required(o, path, "key"), path.field("key"));
        LocalizedText labels = d.labelsOr(o, path, "labels", key);
        String block = d.text(d.required(o, path, "block"), path.field("block"));
        JsonTree targetTree = o.fields.get("target");
        TargetKind target = targetTree == null ? TargetKind.COUNTRY
                : d.enumValue(targetTree, path.field("target"), TargetKind.class);
        JsonTree polarityTree = o.fields.get("polarity");
        Polarity polarity = polarityTree == null ? Polarity.POSITIVE
                : d.enumValue(polarityTree, path.field("polarity"), Polarity.class);
        JsonTree unitTree = o.fields.get("unit");
        String unit = unitTree == null ? "score" : d.text(unitTree, path.field("unit"));
        Scale scale = scale(d, d.required(o, path, "scale"), path.field("scale"));
        if (key == null || labels == null || block == null || target == null || polarity == null || unit == null
                || scale == null) {
            return null;
        }
        return new IndicatorDefinition(key, labels, block, target, polarity, unit, scale);
    }

    private static Scale scale(Decoder d, JsonTree t, JsonPath path) {
        JsonTree.Obj o = d.object(t, path);
        if (o == null) {
            return null;
        }
        String type = d.text(d.required(o, path, "type"), path.field("type"));
        if (type == null) {
            return null;
        }
        switch (type) {
            case "continuous": {
                d.only(o, path, Set.of("type", "min", "max", "step"));
                Double min = d.number(d.required(o, path, "min"), path.field("min"));
                Double max = d.number(d.required(o, path, "max"), path.field("max"));
                JsonTree stepTree = o.fields.get("step");
                Double step = stepTree == null ? null : d.number(stepTree, path.field("step"));
                if (min == null || max == null || (stepTree != null && step == null)) {
                    return null;
                }
                return Invariants.build(d, o, path, () -> new Scale.Continuous(min, max,
                        step == null ? OptionalDouble.empty() : OptionalDouble.of(step)));
            }
            case "ordinal": {
                d.only(o, path, Set.of("type", "levels", "unknownValue"));
                List<Scale.Level> levels = d.list(d.required(o, path, "levels"), path.field("levels"),
                        (lt, lp) -> level(d, lt, lp));
                JsonTree unknownTree = o.fields.get("unknownValue");
                Double unknown = unknownTree == null ? null : d.number(unknownTree, path.field("unknownValue"));
                if (levels == null || (unknownTree != null && unknown == null)) {
                    return null;
                }
                return Invariants.build(d, o, path, () -> new Scale.Ordinal(levels,
                        unknown == null ? OptionalDouble.empty() : OptionalDouble.of(unknown)));
            }
            case "bool":
                d.only(o, path, Set.of("type"));
                return new Scale.Bool();
            case "count":
                d.only(o, path, Set.of("type"));
                return new Scale.Count();
            default:
                d.error(o.fields.get("type"), path.field("type"), "bad-value", type,
                        Messages.badEnum(type, List.of("continuous", "ordinal", "bool", "count")));
                return null;
        }
    }

    private static Scale.Level level(Decoder d, JsonTree t, JsonPath path) {
        JsonTree.Obj o = d.object(t, path, LEVEL);
        if (o == null) {
            return null;
        }
        String code = d.text(d.required(o, path, "code"), path.field("code"));
        LocalizedText labels = d.labelsOr(o, path, "labels", code);
        Double value = d.number(d.required(o, path, "value"), path.field("value"));
        if (code == null || labels == null || value == null) {
            return null;
        }
        return new Scale.Level(code, labels, value);
    }

    private static CriminalGroup group(Decoder d, JsonTree t, JsonPath path) {
        JsonTree.Obj o = d.object(t, path, GROUP);
        if (o == null) {
            return null;
        }
        String id = d.text(d.required(o, path, "id"), path.field("id"));
        String name = d.text(d.required(o, path, "name"), path.field("name"));
        List<String> aliases = d.optionalList(o, path, "aliases", d::text);
        List<Country> presence = d.optionalList(o, path, "presence", d::country);
        Optional<String> main = d.optionalText(o, path, "mainCrimeArea");
        List<String> secondary = d.optionalList(o, path, "secondaryCrimeAreas", d::text);
        JsonTree structureTree = o.fields.get("structure");
        CriminalGroup.Structure structure = structureTree == null ? CriminalGroup.Structure.UNKNOWN
                : d.enumValue(structureTree, path.field("structure"), CriminalGroup.Structure.class);
        List<CriminalGroup.Link> links = d.optionalList(o, path, "links", (lt, lp) -> link(d, lt, lp));
        if (id == null || name == null || aliases == null || presence == null || main == null || secondary == null
                || structure == null || links == null) {
            return null;
        }
        return new CriminalGroup(id, name, aliases, new java.util.LinkedHashSet<>(presence), main, secondary,
                structure, links);
    }

    private static CriminalGroup.Link link(Decoder d, JsonTree t, JsonPath path) {
        JsonTree.Obj o = d.object(t, path, LINK);
        if (o == null) {
            return null;
        }
        CriminalGroup.LinkType type = d.enumValue(d.required(o, path, "type"), path.field("type"),
                CriminalGroup.LinkType.class);
        String group = d.text(d.required(o, path, "group"), path.field("group"));
        return type == null || group == null ? null : new CriminalGroup.Link(type, group);
    }

    // ---- writing ----

    static void write(Encoder e, Dataset data) {
        e.header();
        e.string("id", data.id());
        e.string("title", data.title());
        e.text("period", data.period());
        e.strings("countries", data.countries());
        e.g.writeName("crimeAreas");
        e.g.writeStartArray();
        for (CrimeArea a : data.crimeAreas().areas()) {
            e.g.writeStartObject();
            e.string("code", a.code());
            e.labels("labels", a.labels());
            e.optional("parent", a.parent());
            e.g.writeEndObject();
        }
        e.g.writeEndArray();
        e.g.writeName("indicators");
        e.g.writeStartArray();
        List<IndicatorDefinition> indicators = data.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            writeIndicator(e, indicators.get(i), "indicators[" + i + "]");
        }
        e.g.writeEndArray();
        e.g.writeName("groups");
        e.g.writeStartArray();
        for (CriminalGroup group : data.groups()) {
            writeGroup(e, group);
        }
        e.g.writeEndArray();
        e.g.writeName(OBSERVATIONS);
        e.g.writeStartArray();
        List<Observation> obs = data.observations();
        for (int i = 0; i < obs.size(); i++) {
            writeObservation(e, obs.get(i), data.period(), i);
        }
        e.g.writeEndArray();
        e.g.writeEndObject();
    }

    private static void writeIndicator(Encoder e, IndicatorDefinition d, String where) {
        e.g.writeStartObject();
        e.string("key", d.key());
        e.labels("labels", d.labels());
        e.string("block", d.block());
        e.text("target", d.target().name());
        e.text("polarity", d.polarity().name());
        e.string("unit", d.unit());
        e.g.writeName("scale");
        e.g.writeStartObject();
        Scale s = d.scale();
        if (s instanceof Scale.Continuous) {
            Scale.Continuous c = (Scale.Continuous) s;
            e.string("type", "continuous");
            e.number("min", c.min(), where + ".scale.min");
            e.number("max", c.max(), where + ".scale.max");
            if (c.step().isPresent()) {
                e.number("step", c.step().getAsDouble(), where + ".scale.step");
            }
        } else if (s instanceof Scale.Ordinal) {
            Scale.Ordinal o = (Scale.Ordinal) s;
            e.string("type", "ordinal");
            e.g.writeName("levels");
            e.g.writeStartArray();
            for (Scale.Level level : o.levels()) {
                e.g.writeStartObject();
                e.string("code", level.code());
                e.labels("labels", level.labels());
                e.number("value", level.value(), where + ".scale.levels");
                e.g.writeEndObject();
            }
            e.g.writeEndArray();
            if (o.unknownValue().isPresent()) {
                e.number("unknownValue", o.unknownValue().getAsDouble(), where + ".scale.unknownValue");
            }
        } else if (s instanceof Scale.Bool) {
            e.string("type", "bool");
        } else {
            e.string("type", "count");
        }
        e.g.writeEndObject();
        e.g.writeEndObject();
    }

    private static void writeGroup(Encoder e, CriminalGroup group) {
        e.g.writeStartObject();
        e.string("id", group.id());
        e.string("name", group.name());
        e.strings("aliases", group.aliases());
        e.strings("presence", group.presence());
        e.optional("mainCrimeArea", group.mainCrimeArea());
        e.strings("secondaryCrimeAreas", group.secondaryCrimeAreas());
        e.text("structure", group.structure().name());
        e.g.writeName("links");
        e.g.writeStartArray();
        for (CriminalGroup.Link link : group.links()) {
            e.g.writeStartObject();
            e.text("type", link.type().name());
            e.string("group", link.group());
            e.g.writeEndObject();
        }
        e.g.writeEndArray();
        e.g.writeEndObject();
    }

    private static void writeObservation(Encoder e, Observation o, ReportingPeriod datasetPeriod, int index) {
        e.g.writeStartObject();
        e.text("target", o.target());
        e.string("indicator", o.indicator());
        Measurement m = o.measurement();
        if (m instanceof Measurement.Numeric) {
            e.number("measurement", ((Measurement.Numeric) m).value(), "observations[" + index + "].measurement");
        } else {
            e.text("measurement", m);
        }
        if (!o.period().equals(datasetPeriod)) {
            e.text("period", o.period());
        }
        e.optional("grade", o.grade());
        e.optional("source", o.source());
        if (o.handling() != Tlp.CLEAR) {
            e.text("handling", o.handling());
        }
        e.optional("contributor", o.contributor());
        e.optional("agency", o.agency());
        e.optional("rationale", o.rationale());
        e.g.writeEndObject();
    }
}
