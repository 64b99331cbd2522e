package lat.ideal.model.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;
import lat.ideal.model.Doubles;
import lat.ideal.model.Language;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.Scale;
import lat.ideal.model.TargetKind;

/** Building blocks of the validator's messages in Spanish, English and Portuguese. */
final class Texts {
    /** How many names a message lists before it writes "...". */
    static final int LISTED = 12;

    private Texts() {
    }

    /**
     * Formats three patterns with the same arguments, with {@link Locale#ROOT}; an argument that is a
     * {@link LocalizedText} is given to each pattern in that pattern's language.
     *
     * @param es the Spanish pattern
     * @param en the English pattern
     * @param pt the Portuguese pattern
     * @param args the arguments
     * @return the text
     */
    static LocalizedText text(String es, String en, String pt, Object... args) {
        return LocalizedText.of(format(es, Language.ES, args), format(en, Language.EN, args),
                format(pt, Language.PT, args));
    }

    private static String format(String pattern, Language language, Object... args) {
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = args[i] instanceof LocalizedText ? ((LocalizedText) args[i]).in(language) : args[i];
        }
        return String.format(Locale.ROOT, pattern, resolved);
    }

    /**
     * Formats a number as the data writes it.
     *
     * @param value the number
     * @return the shortest decimal that reads back as the same double
     */
    static String num(double value) {
        return Doubles.format(value);
    }

    /**
     * Writes a share as a percentage with at most one decimal, rounded half up from the exact value.
     *
     * @param share the share, finite
     * @return e.g. {@code 25} or {@code 33.3}
     */
    static String percent(double share) {
        BigDecimal p = new BigDecimal(share).movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        return p.signum() == 0 ? "0" : p.stripTrailingZeros().toPlainString();
    }

    /**
     * Lists names, joined by commas, with at most {@link #LISTED} of them followed by "...".
     *
     * @param names the names
     * @return the list, or {@code -} if there are none
     */
    static String list(Collection<?> names) {
        if (names.isEmpty()) {
            return "-";
        }
        StringBuilder b = new StringBuilder();
        Iterator<?> it = names.iterator();
        for (int i = 0; it.hasNext() && i < LISTED; i++) {
            b.append(i == 0 ? "" : ", ").append(it.next());
        }
        return it.hasNext() ? b.append(", ...").toString() : b.toString();
    }

    /**
     * Names a kind of target, e.g. "a country in a crime area (CC/crime-area)".
     *
     * @param kind the kind
     * @param language the language
     * @return the name with its text form
     */
    static String kind(TargetKind kind, Language language) {
        switch (kind) {
            case COUNTRY:
                return pick(language, "un país (CC)", "a country (CC)", "um país (CC)");
            case COUNTRY_CRIME_AREA:
                return pick(language, "un país en un área delictiva (CC/área)", "a country in a crime area"
                        + " (CC/crime-area)", "um país numa área criminal (CC/área)");
            case CRIMINAL_GROUP:
                return pick(language, "un grupo criminal (group:<id>)", "a criminal group (group:<id>)",
                        "um grupo criminoso (group:<id>)");
            default:
                return pick(language, "una región (region:<código>)", "a region (region:<code>)",
                        "uma região (region:<código>)");
        }
    }

    /**
     * Names a kind of target in each language.
     *
     * @param kind the kind
     * @return the names
     */
    static LocalizedText kind(TargetKind kind) {
        return LocalizedText.of(kind(kind, Language.ES), kind(kind, Language.EN), kind(kind, Language.PT));
    }

    /**
     * Describes the numbers a scale allows, to follow the word "scale": {@code 1..10}, {@code 1..10 in steps of 0.5},
     * {@code 0/1}, {@code 0, 1, 2, ...}, or the levels.
     *
     * @param scale the scale
     * @param language the language
     * @return the description
     */
    static String scale(Scale scale, Language language) {
        if (scale instanceof Scale.Continuous) {
            Scale.Continuous c = (Scale.Continuous) scale;
            String range = num(c.min()) + ".." + num(c.max());
            if (c.step().isEmpty()) {
                return range;
            }
            return range + pick(language, " en pasos de ", " in steps of ", " em passos de ")
                    + num(c.step().getAsDouble());
        }
        if (scale instanceof Scale.Bool) {
            return "0/1";
        }
        if (scale instanceof Scale.Count) {
            return "0, 1, 2, ...";
        }
        return levels((Scale.Ordinal) scale, language);
    }

    /**
     * Lists an ordinal scale's level codes, with UNKNOWN if the scale accepts it.
     *
     * @param scale the scale
     * @param language the language
     * @return e.g. {@code nil, low, medium, high or UNKNOWN}
     */
    static String levels(Scale.Ordinal scale, Language language) {
        StringBuilder b = new StringBuilder();
        int n = scale.levels().size();
        String or = pick(language, " o ", " or ", " ou ");
        for (int i = 0; i < n; i++) {
            String sep = i == 0 ? "" : (i == n - 1 && !scale.allowsUnknown() ? or : ", ");
            b.append(sep).append(scale.levels().get(i).code());
        }
        return scale.allowsUnknown() ? b.append(or).append("UNKNOWN").toString() : b.toString();
    }

    /**
     * Describes a scale in each language.
     *
     * @param scale the scale
     * @return the descriptions
     */
    static LocalizedText scale(Scale scale) {
        return LocalizedText.of(scale(scale, Language.ES), scale(scale, Language.EN), scale(scale, Language.PT));
    }

    static String pick(Language language, String es, String en, String pt) {
        return LocalizedText.of(es, en, pt).in(language);
    }
}
