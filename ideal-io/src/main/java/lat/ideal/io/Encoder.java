package lat.ideal.io;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import lat.ideal.model.Doubles;
import lat.ideal.model.LocalizedText;
import tools.jackson.core.JsonGenerator;

/** Writes model values through a generator in the text forms the readers accept. */
final class Encoder {
    final JsonGenerator g;

    Encoder(JsonGenerator g) {
        this.g = g;
    }

    void header() {
        g.writeStartObject();
        g.writeStringProperty("schemaVersion", JsonDocuments.SCHEMA_VERSION);
    }

    void string(String name, String value) {
        g.writeStringProperty(name, value);
    }

    void optional(String name, Optional<?> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get().toString());
        }
    }

    void text(String name, Object value) {
        g.writeStringProperty(name, value.toString());
    }

    /** Writes a finite number in its shortest exact decimal form; a non-finite one is a caller error. */
    void number(String name, double value, String where) {
        g.writeName(name);
        number(value, where);
    }

    void number(double value, String where) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(where + " is " + value
                    + ": JSON cannot hold NaN or infinities; validate the data before writing it");
        }
        g.writeNumber(value == 0 && 1 / value < 0 ? "-0.0" : Doubles.format(value));
    }

    /** Writes a finite number, or {@code null} for NaN and infinities (results only: input documents never hold null). */
    void numberOrNull(double value) {
        if (Double.isFinite(value)) {
            number(value, "");
        } else {
            g.writeNull();
        }
    }

    void integer(String name, int value) {
        g.writeNumberProperty(name, value);
    }

    void bool(String name, boolean value) {
        g.writeBooleanProperty(name, value);
    }

    /** Writes labels as one string when they read the same in every language, else as {es, en, pt}. */
    void labels(String name, LocalizedText labels) {
        g.writeName(name);
        labels(labels);
    }

    void labels(LocalizedText labels) {
        if (labels.es().equals(labels.en()) && labels.en().equals(labels.pt())) {
            g.writeString(labels.en());
            return;
        }
        g.writeStartObject();
        g.writeStringProperty("es", labels.es());
        g.writeStringProperty("en", labels.en());
        g.writeStringProperty("pt", labels.pt());
        g.writeEndObject();
    }

    void strings(String name, Collection<?> values) {
        g.writeName(name);
        g.writeStartArray();
        for (Object v : values) {
            g.writeString(v.toString());
        }
        g.writeEndArray();
    }

    /** Writes {@code name: [...]} with one element written by {@code element} per item. */
    <T> void array(String name, Collection<T> items, java.util.function.Consumer<T> element) {
        g.writeName(name);
        g.writeStartArray();
        items.forEach(element);
        g.writeEndArray();
    }

    void numbers(String name, Collection<Double> values, String where) {
        g.writeName(name);
        g.writeStartArray();
        for (double v : values) {
            number(v, where);
        }
        g.writeEndArray();
    }

    void numberMap(String name, Map<String, Double> values, String where) {
        g.writeName(name);
        g.writeStartObject();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            number(e.getKey(), e.getValue(), where + "." + e.getKey());
        }
        g.writeEndObject();
    }
}
