package lat.ideal.model;

import java.util.Locale;

/**
 * A short text in the three working languages of IDEAL: Spanish, English and Portuguese.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param es Spanish text, not blank
 * @param en English text, not blank
 * @param pt Portuguese text, not blank
 * @since 0.1
 */
public record LocalizedText(String es, String en, String pt) implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks that all three texts are present. */
    public LocalizedText {
        Checks.notBlank(es, "es");
        Checks.notBlank(en, "en");
        Checks.notBlank(pt, "pt");
    }

    /**
     * Creates a text.
     *
     * @param es Spanish, not null
     * @param en English, not null
     * @param pt Portuguese, not null
     * @return the text, never null
     */
    public static LocalizedText of(String es, String en, String pt) {
        return new LocalizedText(es, en, pt);
    }

    /**
     * Creates a text that reads the same in every language (a proper name, a code).
     *
     * @param text the text, not blank
     * @return the text, never null
     */
    public static LocalizedText same(String text) {
        return new LocalizedText(text, text, text);
    }

    /**
     * Returns the text in the given locale's language; English for any language other than Spanish and Portuguese.
     *
     * @param locale the locale, not null
     * @return the text, never null
     */
    public String in(Locale locale) {
        return in(Language.of(locale));
    }

    /**
     * Returns the text in a working language.
     *
     * @param language the language, not null
     * @return the text, never null
     */
    public String in(Language language) {
        switch (Checks.notNull(language, "language")) {
            case ES:
                return es;
            case PT:
                return pt;
            default:
                return en;
        }
    }
}
