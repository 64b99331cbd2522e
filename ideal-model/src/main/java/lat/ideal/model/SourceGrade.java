package lat.ideal.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The grade of a source and of the information it gave, as written on the observation.
 *
 * <p>Two systems are recognised: the NATO Admiralty code (STANAG 2511), written {@code B2} (source reliability
 * {@code A}-{@code F}, information credibility {@code 1}-{@code 6}, graded independently), and the UK 3x5x2 system,
 * written {@code 1AP} (source {@code 1}-{@code 3}, intelligence {@code A}-{@code E}, handling {@code P} or
 * {@code C}). The raw code is kept as written so that a malformed grade reaches the validator, which reports it;
 * {@link #problem()} says what is wrong with it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param system the grading system, not null
 * @param code the grade as written, upper case, not blank
 * @since 0.1
 */
public record SourceGrade(GradingSystem system, String code) {

    /** A grading system for sources and information. */
    public enum GradingSystem {
        /** NATO Admiralty code: reliability A-F x credibility 1-6. */
        ADMIRALTY,
        /** UK 3x5x2: source 1-3 x intelligence A-E x handling P/C. */
        UK_3X5X2
    }

    /** Checks that no part is null or blank and normalises the code to upper case. */
    public SourceGrade {
        Checks.notNull(system, "system");
        code = Checks.notBlank(code, "code").trim().toUpperCase(Locale.ROOT);
    }

    /**
     * Returns an Admiralty grade.
     *
     * @param reliability {@code A} to {@code F}
     * @param credibility {@code 1} to {@code 6}
     * @return the grade (malformed parts are kept for the validator to report)
     */
    public static SourceGrade admiralty(char reliability, int credibility) {
        return new SourceGrade(GradingSystem.ADMIRALTY, String.valueOf(reliability) + credibility);
    }

    /**
     * Returns a UK 3x5x2 grade.
     *
     * @param source {@code 1} to {@code 3}
     * @param intelligence {@code A} to {@code E}
     * @param handling {@code P} or {@code C}
     * @return the grade (malformed parts are kept for the validator to report)
     */
    public static SourceGrade uk3x5x2(int source, char intelligence, char handling) {
        return new SourceGrade(GradingSystem.UK_3X5X2, "" + source + intelligence + handling);
    }

    /**
     * Parses a grade: a code starting with a digit is UK 3x5x2, any other Admiralty.
     *
     * @param text the grade, not blank
     * @return the grade, never null; call {@link #problem()} to know whether it is well formed
     */
    public static SourceGrade parse(CharSequence text) {
        String s = Checks.notNull(text, "text").toString().trim();
        Checks.notBlank(s, "grade");
        GradingSystem system = Character.isDigit(s.charAt(0)) ? GradingSystem.UK_3X5X2 : GradingSystem.ADMIRALTY;
        return new SourceGrade(system, s);
    }

    /**
     * Says what is wrong with the code, if anything.
     *
     * @return a message naming the allowed values, or empty if the grade is well formed
     */
    public Optional<String> problem() {
        if (system == GradingSystem.ADMIRALTY) {
            if (code.length() == 2 && code.charAt(0) >= 'A' && code.charAt(0) <= 'F'
                    && code.charAt(1) >= '1' && code.charAt(1) <= '6') {
                return Optional.empty();
            }
            return Optional.of("'" + code + "' is not an Admiralty grade: source reliability A-F followed by"
                    + " information credibility 1-6, e.g. B2");
        }
        if (code.length() == 3 && code.charAt(0) >= '1' && code.charAt(0) <= '3'
                && code.charAt(1) >= 'A' && code.charAt(1) <= 'E'
                && (code.charAt(2) == 'P' || code.charAt(2) == 'C')) {
            return Optional.empty();
        }
        return Optional.of("'" + code + "' is not a UK 3x5x2 grade: source 1-3, intelligence A-E and handling"
                + " P or C, e.g. 2BP");
    }

    /**
     * Tells whether the code is well formed.
     *
     * @return true if {@link #problem()} is empty
     */
    public boolean isWellFormed() {
        return problem().isEmpty();
    }

    /**
     * Returns the source part: the Admiralty reliability letter or the UK source digit.
     *
     * @return the first character of the code
     */
    public char source() {
        return code.charAt(0);
    }

    /**
     * Returns the information part: the Admiralty credibility digit or the UK intelligence letter.
     *
     * @return the second character of the code, or {@code '?'} if the code is shorter
     */
    public char information() {
        return code.length() > 1 ? code.charAt(1) : '?';
    }

    /**
     * Tells whether the grade is poor: Admiralty source E or F, or credibility 5 or 6; UK source 3, or
     * intelligence D or E.
     *
     * @return true for a poorly graded or malformed source
     */
    public boolean isPoor() {
        if (!isWellFormed()) {
            return true;
        }
        char s = source();
        char i = information();
        if (system == GradingSystem.ADMIRALTY) {
            return s == 'E' || s == 'F' || i == '5' || i == '6';
        }
        return s == '3' || i == 'D' || i == 'E';
    }

    /**
     * Returns the code as written, so that {@link #parse(CharSequence)} gives an equal grade whenever the code's
     * first character agrees with its system (a digit for UK 3x5x2, anything else for Admiralty), which every
     * well-formed grade does.
     *
     * @return the code, never null
     */
    @Override
    public String toString() {
        return code;
    }
}
