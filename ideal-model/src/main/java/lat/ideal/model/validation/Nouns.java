package lat.ideal.model.validation;

import lat.ideal.model.LocalizedText;

/** Names of the things whose keys must be unique, and the {@link Rules#DUPLICATE_KEY} report that uses them. */
final class Nouns {
    static final LocalizedText COUNTRY = LocalizedText.of("país", "country", "país");
    static final LocalizedText AREA = LocalizedText.of("código de área delictiva", "crime area code",
            "código de área criminal");
    static final LocalizedText INDICATOR = LocalizedText.of("clave de indicador", "indicator key",
            "chave de indicador");
    static final LocalizedText GROUP = LocalizedText.of("id de grupo", "group id", "id de grupo");
    static final LocalizedText LEVEL = LocalizedText.of("código de nivel", "level code", "código de nível");
    static final LocalizedText ORDER = LocalizedText.of("hijo del orden", "child in the order", "filho da ordem");

    private Nouns() {
    }

    /**
     * Reports a key that appeared before.
     *
     * @param out where to report
     * @param path where the repeated key is
     * @param key the key
     * @param firstPath where it first appeared
     * @param noun what the key names
     */
    static void duplicateKey(Problems out, String path, String key, String firstPath, LocalizedText noun) {
        out.error(Rules.DUPLICATE_KEY, path, key, Texts.text(
                "'%s' ya aparece en %s: cada %s debe aparecer una sola vez",
                "'%s' already appears at %s: each %s must appear only once",
                "'%s' já aparece em %s: cada %s deve aparecer uma só vez", key, firstPath, noun));
    }
}
