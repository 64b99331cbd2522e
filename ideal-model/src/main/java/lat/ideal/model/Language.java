package lat.ideal.model;

import java.util.Locale;

/**
 * The working languages of IDEAL, for labels, messages and reports.
 *
 * @since 0.1
 */
public enum Language {
    /** Spanish. */
    ES,
    /** English. */
    EN,
    /** Portuguese. */
    PT;

    /**
     * Returns the working language of a locale: Spanish and Portuguese as themselves, any other language as English.
     *
     * @param locale the locale, not null
     * @return the language, never null
     */
    public static Language of(Locale locale) {
        switch (Checks.notNull(locale, "locale").getLanguage()) {
            case "es":
                return ES;
            case "pt":
                return PT;
            default:
                return EN;
        }
    }

    /**
     * Parses a language code ({@code es}, {@code en}, {@code pt}, any case).
     *
     * @param code the code, not null
     * @return the language, never null
     * @throws IllegalArgumentException if the code is none of the three
     */
    public static Language parse(CharSequence code) {
        String c = Checks.notNull(code, "code").toString().trim().toLowerCase(Locale.ROOT);
        for (Language l : values()) {
            if (l.code().equals(c)) {
                return l;
            }
        }
        throw new IllegalArgumentException("language '" + code + "' is not one of es, en, pt");
    }

    /**
     * Returns the ISO 639-1 code.
     *
     * @return {@code es}, {@code en} or {@code pt}
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the locale of this language.
     *
     * @return the locale, never null
     */
    public Locale locale() {
        return Locale.forLanguageTag(code());
    }
}
