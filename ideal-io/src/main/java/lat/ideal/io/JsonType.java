package lat.ideal.io;

import lat.ideal.model.Language;
import lat.ideal.model.LocalizedText;

/** The kinds of JSON value, named for messages. */
enum JsonType {
    OBJECT(LocalizedText.of("un objeto", "an object", "um objeto")),
    ARRAY(LocalizedText.of("una lista", "an array", "uma lista")),
    STRING(LocalizedText.of("un texto", "a string", "um texto")),
    NUMBER(LocalizedText.of("un número", "a number", "um número")),
    INTEGER(LocalizedText.of("un número entero", "a whole number", "um número inteiro")),
    BOOLEAN(LocalizedText.of("true o false", "true or false", "true ou false")),
    NULL(LocalizedText.of("null", "null", "null")),
    MEASUREMENT(LocalizedText.of("un número, un nivel o \"UNKNOWN\"", "a number, a level or \"UNKNOWN\"",
            "um número, um nível ou \"UNKNOWN\"")),
    TEXT_OR_LABELS(LocalizedText.of("un texto o un objeto {es, en, pt}", "a string or an object {es, en, pt}",
            "um texto ou um objeto {es, en, pt}")),
    NAME_OR_OBJECT(LocalizedText.of("un nombre o un objeto", "a name or an object", "um nome ou um objeto"));

    private final LocalizedText name;

    JsonType(LocalizedText name) {
        this.name = name;
    }

    String in(Language language) {
        return name.in(language);
    }
}
