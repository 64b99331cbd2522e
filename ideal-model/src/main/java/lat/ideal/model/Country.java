package lat.ideal.model;

import java.text.Normalizer;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A country, identified by its ISO 3166-1 alpha-2 code.
 *
 * <p>{@link #parse(CharSequence)} accepts the alpha-2 code, the alpha-3 code, or the country's name in English,
 * Spanish or Portuguese as the JDK's locale data spells it (case, accents and punctuation are ignored:
 * {@code "Mexico"}, {@code "México"}, {@code "MEX"} and {@code "mx"} all give {@code MX}). The list of valid codes
 * is the one the running JDK carries ({@link Locale#getISOCountries()}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the upper-case ISO 3166-1 alpha-2 code, one the JDK knows
 * @since 0.1
 */
public record Country(String code) implements Comparable<Country> {

    private static final Set<String> ALPHA2 = Collections.unmodifiableSet(new TreeSet<>(java.util.Arrays.asList(Locale.getISOCountries())));
    private static final Map<String, String> LOOKUP = buildLookup();

    /** Checks that the code is an ISO 3166-1 alpha-2 code known to the JDK. */
    public Country {
        Checks.notNull(code, "code");
        if (!ALPHA2.contains(code)) {
            throw new IllegalArgumentException("'" + code + "' is not an ISO 3166-1 alpha-2 country code");
        }
    }

    /**
     * Returns the country with an alpha-2 code.
     *
     * @param alpha2 the upper-case alpha-2 code, not null
     * @return the country, never null
     * @throws IllegalArgumentException if the code is not an ISO 3166-1 alpha-2 code
     */
    public static Country of(String alpha2) {
        return new Country(alpha2);
    }

    /**
     * Parses an alpha-2 code, an alpha-3 code, or an English, Spanish or Portuguese country name.
     *
     * @param text the text, not null
     * @return the country, never null
     * @throws IllegalArgumentException if the text names no country
     */
    public static Country parse(CharSequence text) {
        return find(text).orElseThrow(() -> new IllegalArgumentException(
                "'" + text + "' is neither an ISO 3166-1 alpha-2 or alpha-3 code nor a country name in es/en/pt"));
    }

    /**
     * Looks up an alpha-2 code, an alpha-3 code, or an English, Spanish or Portuguese country name.
     *
     * @param text the text, not null
     * @return the country, or empty if the text names none
     */
    public static Optional<Country> find(CharSequence text) {
        String key = normalise(Checks.notNull(text, "text").toString());
        String code = LOOKUP.get(key);
        return code == null ? Optional.empty() : Optional.of(new Country(code));
    }

    /**
     * Returns every country the JDK knows, in code order.
     *
     * @return the codes, never null
     */
    public static Set<String> isoCodes() {
        return ALPHA2;
    }

    /**
     * Returns the ISO 3166-1 alpha-3 code.
     *
     * @return the alpha-3 code, never null
     */
    public String alpha3() {
        return new Locale("", code).getISO3Country();
    }

    /**
     * Returns the country's name in a working language.
     *
     * @param language the language, not null
     * @return the name, never null
     */
    public String displayName(Language language) {
        return new Locale("", code).getDisplayCountry(language.locale());
    }

    /**
     * Returns the alpha-2 code, so that {@code parse(toString())} gives an equal country.
     *
     * @return the code
     */
    @Override
    public String toString() {
        return code;
    }

    @Override
    public int compareTo(Country other) {
        return code.compareTo(other.code);
    }

    static String normalise(String text) {
        String decomposed = Normalizer.normalize(text.trim(), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && out.length() > 0
                    && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return out.toString().trim();
    }

    private static Map<String, String> buildLookup() {
        Map<String, String> lookup = new HashMap<>();
        Locale[] languages = {Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.forLanguageTag("pt")};
        for (String alpha2 : ALPHA2) {
            Locale region = new Locale("", alpha2);
            for (Locale language : languages) {
                lookup.putIfAbsent(normalise(region.getDisplayCountry(language)), alpha2);
            }
        }
        for (String alpha2 : ALPHA2) {
            String alpha3 = new Locale("", alpha2).getISO3Country();
            if (!alpha3.isEmpty()) {
                lookup.put(normalise(alpha3), alpha2);
            }
            lookup.put(normalise(alpha2), alpha2);
        }
        return Map.copyOf(lookup);
    }
}
