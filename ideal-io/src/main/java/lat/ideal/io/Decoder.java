package lat.ideal.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import lat.ideal.model.Country;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.Measurement;
import lat.ideal.model.ReportingPeriod;
import lat.ideal.model.SourceGrade;
import lat.ideal.model.Target;
import lat.ideal.model.Tlp;

/**
 * Turns parsed JSON values into model values, reporting every mismatch at the value's position.
 *
 * <p>Every method takes the value ({@code null} when absent, which it passes through silently because the absence was
 * reported, or was allowed, by the caller) and returns the converted value or {@code null} after reporting why not.
 * Nulls never leave this package.
 */
final class Decoder {
    private final Problems problems;
    private final Memo<Country> countries = new Memo<>();
    private final Memo<ReportingPeriod> periods = new Memo<>();
    private final Memo<Tlp> markings = new Memo<>();
    private final Memo<Target> targets = new Memo<>();
    private final Memo<SourceGrade> grades = new Memo<>();

    Decoder(Problems problems) {
        this.problems = problems;
    }

    Problems problems() {
        return problems;
    }

    void error(JsonTree at, JsonPath path, String rule, String value, LocalizedText message) {
        problems.error(at.line, at.column, path.toString(), rule, value, message);
    }

    /** Returns the value as an object, or reports that it is not one. */
    JsonTree.Obj object(JsonTree t, JsonPath path) {
        if (t == null) {
            return null;
        }
        if (t instanceof JsonTree.Obj) {
            return (JsonTree.Obj) t;
        }
        wrongType(t, path, JsonType.OBJECT);
        return null;
    }

    /** Returns the value as an object and reports its properties that are not allowed; null if not an object. */
    JsonTree.Obj object(JsonTree t, JsonPath path, Collection<String> allowed) {
        JsonTree.Obj o = object(t, path);
        if (o != null) {
            only(o, path, allowed);
        }
        return o;
    }

    /** Returns the labels of an object's {@code labels} property, or its key in every language when absent. */
    LocalizedText labelsOr(JsonTree.Obj o, JsonPath path, String name, String key) {
        JsonTree t = o.fields.get(name);
        if (t == null) {
            return key == null ? null : LocalizedText.same(key);
        }
        return labels(t, path.field(name));
    }

    /** Reports every property of the object that is not allowed, at the position of its name. */
    void only(JsonTree.Obj o, JsonPath path, Collection<String> allowed) {
        for (Map.Entry<String, JsonTree> e : o.fields.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                JsonTree at = e.getValue();
                problems.error(at.nameLine, at.nameColumn, path.field(e.getKey()).toString(), "unknown-property",
                        e.getKey(), Messages.unknownProperty(e.getKey(), allowed));
            }
        }
    }

    /** Returns a required property's value, or reports that it is missing (at the object's position). */
    JsonTree required(JsonTree.Obj o, JsonPath path, String name) {
        JsonTree t = o.fields.get(name);
        if (t == null) {
            problems.error(o.line, o.column, path.toString(), "missing-property", name,
                    Messages.missingProperty(name));
        }
        return t;
    }

    void wrongType(JsonTree t, JsonPath path, JsonType expected) {
        error(t, path, "wrong-type", t instanceof JsonTree.Scalar ? ((JsonTree.Scalar) t).text : "",
                Messages.wrongType(expected, t.type()));
    }

    String string(JsonTree t, JsonPath path) {
        if (t == null) {
            return null;
        }
        if (t.type() != JsonType.STRING) {
            wrongType(t, path, JsonType.STRING);
            return null;
        }
        return ((JsonTree.Scalar) t).text;
    }

    /** Returns a string that is not blank. */
    String text(JsonTree t, JsonPath path) {
        String s = string(t, path);
        if (s != null && s.isBlank()) {
            error(t, path, "blank", s, Messages.blank());
            return null;
        }
        return s;
    }

    Double number(JsonTree t, JsonPath path) {
        if (t == null) {
            return null;
        }
        if (t.type() != JsonType.NUMBER) {
            wrongType(t, path, JsonType.NUMBER);
            return null;
        }
        String text = ((JsonTree.Scalar) t).text;
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (!Double.isFinite(v)) {
            // NaN and infinity literals were reported by the parser; an overflowing literal is reported here.
            if (Character.isDigit(text.charAt(text.length() - 1))) {
                error(t, path, "non-finite-number", text, Messages.nonFinite(text));
            }
            return null;
        }
        return v;
    }

    /** Reads a number, or JSON {@code null} as NaN (results only: input documents never hold null). */
    Double numberOrNaN(JsonTree t, JsonPath path) {
        if (t != null && t.type() == JsonType.NULL) {
            return Double.NaN;
        }
        return number(t, path);
    }

    Integer integer(JsonTree t, JsonPath path) {
        Double d = number(t, path);
        if (d == null) {
            return null;
        }
        if (!((JsonTree.Scalar) t).integral || d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            error(t, path, "wrong-type", ((JsonTree.Scalar) t).text, Messages.notInteger(((JsonTree.Scalar) t).text));
            return null;
        }
        return d.intValue();
    }

    Boolean bool(JsonTree t, JsonPath path) {
        if (t == null) {
            return null;
        }
        if (t.type() != JsonType.BOOLEAN) {
            wrongType(t, path, JsonType.BOOLEAN);
            return null;
        }
        return Boolean.valueOf(((JsonTree.Scalar) t).text);
    }

    List<JsonTree> array(JsonTree t, JsonPath path) {
        if (t == null) {
            return null;
        }
        if (!(t instanceof JsonTree.Arr)) {
            wrongType(t, path, JsonType.ARRAY);
            return null;
        }
        return ((JsonTree.Arr) t).items;
    }

    /** Converts every element of an array; null if the array or any element failed. */
    <T> List<T> list(JsonTree t, JsonPath path, BiFunction<JsonTree, JsonPath, T> element) {
        List<JsonTree> items = array(t, path);
        if (items == null) {
            return null;
        }
        List<T> out = new ArrayList<>(items.size());
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            T v = element.apply(items.get(i), path.index(i));
            ok &= v != null;
            out.add(v);
        }
        return ok ? out : null;
    }

    /** Converts an optional array, empty if absent. */
    <T> List<T> optionalList(JsonTree.Obj o, JsonPath path, String name, BiFunction<JsonTree, JsonPath, T> element) {
        JsonTree t = o.fields.get(name);
        return t == null ? List.of() : list(t, path.field(name), element);
    }

    List<Double> numbers(JsonTree t, JsonPath path) {
        return list(t, path, this::number);
    }

    /** Converts an object of numbers ({@code {"p": 2}}), keeping the order written. */
    Map<String, Double> numberMap(JsonTree t, JsonPath path) {
        JsonTree.Obj o = object(t, path);
        if (o == null) {
            return null;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        boolean ok = true;
        for (Map.Entry<String, JsonTree> e : o.fields.entrySet()) {
            Double v = number(e.getValue(), path.field(e.getKey()));
            ok &= v != null;
            out.put(e.getKey(), v);
        }
        return ok ? out : null;
    }

    /** Returns an optional string property: empty if absent, null if present but not a non-blank string. */
    Optional<String> optionalText(JsonTree.Obj o, JsonPath path, String name) {
        JsonTree t = o.fields.get(name);
        if (t == null) {
            return Optional.empty();
        }
        String s = text(t, path.field(name));
        return s == null ? null : Optional.of(s);
    }

    <E extends Enum<E>> E enumValue(JsonTree t, JsonPath path, Class<E> type) {
        String s = string(t, path);
        if (s == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        error(t, path, "bad-value", s, Messages.badEnum(s, names(type)));
        return null;
    }

    static <E extends Enum<E>> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    LocalizedText labels(JsonTree t, JsonPath path) {
        if (t == null) {
            return null;
        }
        if (t.type() == JsonType.STRING) {
            String s = text(t, path);
            return s == null ? null : LocalizedText.same(s);
        }
        if (!(t instanceof JsonTree.Obj)) {
            wrongType(t, path, JsonType.TEXT_OR_LABELS);
            return null;
        }
        JsonTree.Obj o = (JsonTree.Obj) t;
        only(o, path, Set.of("es", "en", "pt"));
        String es = text(required(o, path, "es"), path.field("es"));
        String en = text(required(o, path, "en"), path.field("en"));
        String pt = text(required(o, path, "pt"), path.field("pt"));
        return es == null || en == null || pt == null ? null : LocalizedText.of(es, en, pt);
    }

    Country country(JsonTree t, JsonPath path) {
        String s = string(t, path);
        if (s == null) {
            return null;
        }
        Country c = countries.get(s, x -> Country.find(x).orElse(null));
        if (c == null) {
            error(t, path, "bad-country", s, Messages.badCountry(s));
        }
        return c;
    }

    ReportingPeriod period(JsonTree t, JsonPath path) {
        String s = string(t, path);
        if (s == null) {
            return null;
        }
        ReportingPeriod p = periods.get(s, CsvRow::periodOrNull);
        if (p == null) {
            error(t, path, "bad-period", s, Messages.badPeriod(s));
        }
        return p;
    }

    LocalDate date(JsonTree t, JsonPath path) {
        String s = string(t, path);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            error(t, path, "bad-date", s, Messages.badDate(s));
            return null;
        }
    }

    Tlp marking(JsonTree t, JsonPath path) {
        String s = string(t, path);
        if (s == null) {
            return null;
        }
        Tlp m = markings.get(s, CsvRow::markingOrNull);
        if (m == null) {
            error(t, path, "bad-marking", s, Messages.badMarking(s));
        }
        return m;
    }

    SourceGrade grade(JsonTree t, JsonPath path) {
        String s = text(t, path);
        if (s == null) {
            return null;
        }
        SourceGrade g = grades.get(s, SourceGrade::parse);
        if (!g.isWellFormed()) {
            error(t, path, "bad-grade", s, Messages.badGrade(s));
            return null;
        }
        return g;
    }

    Target target(JsonTree t, JsonPath path) {
        String s = string(t, path);
        if (s == null) {
            return null;
        }
        Target target = targets.get(s, x -> {
            try {
                return Target.parse(x);
            } catch (IllegalArgumentException e) {
                return null;
            }
        });
        if (target == null) {
            error(t, path, "bad-target", s, Messages.badTarget(s));
        }
        return target;
    }

    /** Reads a measurement: a JSON number, the string {@code UNKNOWN} (any case), or a level code as written. */
    Measurement measurement(JsonTree t, JsonPath path) {
        if (t == null) {
            return null;
        }
        if (t.type() == JsonType.NUMBER) {
            Double v = number(t, path);
            return v == null ? null : Measurement.of(v);
        }
        if (t.type() != JsonType.STRING) {
            wrongType(t, path, JsonType.MEASUREMENT);
            return null;
        }
        String s = ((JsonTree.Scalar) t).text;
        Values.Parsed m = Values.measurement(s);
        if (m.rule() != null) {
            error(t, path, m.rule(), s, m.message());
            return null;
        }
        if (m.value() instanceof Measurement.Numeric) {
            error(t, path, "wrong-type", s, Messages.quotedNumber(s));
            return null;
        }
        return m.value();
    }
}
