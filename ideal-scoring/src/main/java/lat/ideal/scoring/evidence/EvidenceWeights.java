package lat.ideal.scoring.evidence;

import java.io.Serializable;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import lat.ideal.model.Doubles;
import lat.ideal.model.Observation;
import lat.ideal.model.SourceGrade;

/**
 * The mapping from a source grade to an evidence weight in (0, 1]: how much an observation counts when several cover
 * one cell, and how much it contributes to a result's confidence.
 *
 * <p>A grade's weight is the product of a factor for its source part and a factor for its information part:
 * Admiralty reliability letter x credibility digit, or UK 3x5x2 source digit x intelligence letter (the UK handling
 * letter, P or C, is a sharing condition and does not change the weight). An observation without a grade weighs
 * {@link #ungraded()}. A malformed grade (which the dataset validator reports) weighs as the poorest grade of its
 * system, so a typo never makes a source count more.
 *
 * <p>No published source defines numeric weights for these grades: {@link #defaults()} is the library's own choice,
 * documented there, and every factor can be replaced with the {@code withX} methods. Factors are in (0, 1]: every
 * observation counts for something (to leave a source out, leave its observations out of the dataset), so a cell
 * with observations always has a combined value.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param admiraltyReliability factor per Admiralty source reliability letter {@code A}-{@code F}, each in (0, 1]
 * @param admiraltyCredibility factor per Admiralty information credibility digit {@code 1}-{@code 6}, each in (0, 1]
 * @param ukSource factor per UK 3x5x2 source digit {@code 1}-{@code 3}, each in (0, 1]
 * @param ukIntelligence factor per UK 3x5x2 intelligence letter {@code A}-{@code E}, each in (0, 1]
 * @param ungraded the weight of an observation without a grade, in (0, 1]
 * @since 0.1
 */
public record EvidenceWeights(Map<Character, Double> admiraltyReliability, Map<Character, Double> admiraltyCredibility,
                              Map<Character, Double> ukSource, Map<Character, Double> ukIntelligence, double ungraded)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String RELIABILITY = "ABCDEF";
    private static final String CREDIBILITY = "123456";
    private static final String UK_SOURCE = "123";
    private static final String UK_INTELLIGENCE = "ABCDE";

    private static final EvidenceWeights DEFAULTS = new EvidenceWeights(
            table(RELIABILITY, 1.0, 0.8, 0.6, 0.4, 0.2, 0.4),
            table(CREDIBILITY, 1.0, 0.8, 0.6, 0.4, 0.2, 0.4),
            table(UK_SOURCE, 1.0, 0.6, 0.2),
            table(UK_INTELLIGENCE, 1.0, 0.8, 0.6, 0.4, 0.2),
            0.5);

    private static final EvidenceWeights UNIFORM = new EvidenceWeights(
            table(RELIABILITY, 1, 1, 1, 1, 1, 1), table(CREDIBILITY, 1, 1, 1, 1, 1, 1), table(UK_SOURCE, 1, 1, 1),
            table(UK_INTELLIGENCE, 1, 1, 1, 1, 1), 1.0);

    /** Copies the tables and checks that each names exactly its grades, with factors in (0, 1]. */
    public EvidenceWeights {
        admiraltyReliability = checked(admiraltyReliability, RELIABILITY, "Admiralty source reliability");
        admiraltyCredibility = checked(admiraltyCredibility, CREDIBILITY, "Admiralty information credibility");
        ukSource = checked(ukSource, UK_SOURCE, "UK 3x5x2 source evaluation");
        ukIntelligence = checked(ukIntelligence, UK_INTELLIGENCE, "UK 3x5x2 intelligence assessment");
        checkFactor(ungraded, "the weight of an ungraded observation");
    }

    /**
     * Returns the library's default mapping.
     *
     * <p>Admiralty reliability and credibility both step down by 0.2 from the best to the worst judged grade:
     * A/1 = 1.0, B/2 = 0.8, C/3 = 0.6, D/4 = 0.4, E/5 = 0.2; "cannot be judged" (F, 6) = 0.4, weaker than a fairly
     * reliable or possibly true grade but stronger than one judged unreliable or improbable. So {@code A1} weighs
     * 1.0, {@code B2} 0.64, {@code C3} 0.36 and {@code F6} 0.16. UK 3x5x2: source reliable 1.0, untested 0.6, not
     * reliable 0.2; intelligence known directly 1.0, known indirectly and corroborated 0.8, known indirectly 0.6, not
     * known 0.4, suspected false 0.2. An ungraded observation weighs 0.5: between {@code C3} and {@code B2}, neither
     * trusted nor discounted. No published source fixes these numbers; they are the library's choice.
     *
     * @return the default mapping, never null
     */
    public static EvidenceWeights defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the mapping under which every observation weighs 1, graded or not: grades are ignored.
     *
     * <p>Useful as the alternative to compare against when the evidence-weight mapping is an uncertain factor.
     *
     * @return the uniform mapping, never null
     */
    public static EvidenceWeights uniform() {
        return UNIFORM;
    }

    /**
     * Returns the weight of a grade.
     *
     * @param grade the grade, not null
     * @return the weight in (0, 1]: the product of its two factors, or the poorest grade's weight of its system if it
     *     is malformed
     */
    public double weight(SourceGrade grade) {
        Objects.requireNonNull(grade, "grade");
        boolean admiralty = grade.system() == SourceGrade.GradingSystem.ADMIRALTY;
        Map<Character, Double> source = admiralty ? admiraltyReliability : ukSource;
        Map<Character, Double> information = admiralty ? admiraltyCredibility : ukIntelligence;
        if (!grade.isWellFormed()) {
            return Collections.min(source.values()) * Collections.min(information.values());
        }
        return source.get(grade.source()) * information.get(grade.information());
    }

    /**
     * Returns the weight of an optional grade.
     *
     * @param grade the grade, or empty for an ungraded observation; not null
     * @return the weight in (0, 1]
     */
    public double weight(Optional<SourceGrade> grade) {
        return grade.isPresent() ? weight(grade.get()) : ungraded;
    }

    /**
     * Returns the weight of an observation's grade.
     *
     * @param observation the observation, not null
     * @return the weight in (0, 1]
     */
    public double weight(Observation observation) {
        return weight(observation.grade());
    }

    /**
     * Returns a copy with another factor for an Admiralty source reliability letter.
     *
     * @param letter {@code A} to {@code F}
     * @param factor the factor, in (0, 1]
     * @return the copy, never null
     * @throws IllegalArgumentException if the letter or the factor is out of range
     */
    public EvidenceWeights withAdmiraltyReliability(char letter, double factor) {
        return new EvidenceWeights(with(admiraltyReliability, letter, factor), admiraltyCredibility, ukSource,
                ukIntelligence, ungraded);
    }

    /**
     * Returns a copy with another factor for an Admiralty information credibility digit.
     *
     * @param digit {@code '1'} to {@code '6'}
     * @param factor the factor, in (0, 1]
     * @return the copy, never null
     * @throws IllegalArgumentException if the digit or the factor is out of range
     */
    public EvidenceWeights withAdmiraltyCredibility(char digit, double factor) {
        return new EvidenceWeights(admiraltyReliability, with(admiraltyCredibility, digit, factor), ukSource,
                ukIntelligence, ungraded);
    }

    /**
     * Returns a copy with another factor for a UK 3x5x2 source digit.
     *
     * @param digit {@code '1'} to {@code '3'}
     * @param factor the factor, in (0, 1]
     * @return the copy, never null
     * @throws IllegalArgumentException if the digit or the factor is out of range
     */
    public EvidenceWeights withUkSource(char digit, double factor) {
        return new EvidenceWeights(admiraltyReliability, admiraltyCredibility, with(ukSource, digit, factor),
                ukIntelligence, ungraded);
    }

    /**
     * Returns a copy with another factor for a UK 3x5x2 intelligence letter.
     *
     * @param letter {@code A} to {@code E}
     * @param factor the factor, in (0, 1]
     * @return the copy, never null
     * @throws IllegalArgumentException if the letter or the factor is out of range
     */
    public EvidenceWeights withUkIntelligence(char letter, double factor) {
        return new EvidenceWeights(admiraltyReliability, admiraltyCredibility, ukSource,
                with(ukIntelligence, letter, factor), ungraded);
    }

    /**
     * Returns a copy with another weight for ungraded observations.
     *
     * @param weight the weight, in (0, 1]
     * @return the copy, never null
     * @throws IllegalArgumentException if the weight is out of range
     */
    public EvidenceWeights withUngraded(double weight) {
        return new EvidenceWeights(admiraltyReliability, admiraltyCredibility, ukSource, ukIntelligence, weight);
    }

    /**
     * Returns the tables in a compact form, e.g. {@code admiralty A=1 B=0.8 ... | 1=1 ... ; uk ... ; ungraded 0.5}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "EvidenceWeights[admiralty " + format(admiraltyReliability) + " x " + format(admiraltyCredibility)
                + "; uk " + format(ukSource) + " x " + format(ukIntelligence) + "; ungraded "
                + formatNumber(ungraded) + "]";
    }

    private static String format(Map<Character, Double> table) {
        StringBuilder b = new StringBuilder();
        table.forEach((k, v) -> b.append(b.length() == 0 ? "" : " ").append(k).append('=').append(formatNumber(v)));
        return b.toString();
    }

    private static String formatNumber(double v) {
        return Doubles.format(v);
    }

    private static Map<Character, Double> table(String keys, double... factors) {
        Map<Character, Double> map = new TreeMap<>();
        for (int i = 0; i < keys.length(); i++) {
            map.put(keys.charAt(i), factors[i]);
        }
        return map;
    }

    private static Map<Character, Double> with(Map<Character, Double> table, char key, double factor) {
        char k = Character.toUpperCase(key);
        if (!table.containsKey(k)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "grade part '%s' is not one of %s", key,
                    table.keySet()));
        }
        Map<Character, Double> copy = new TreeMap<>(table);
        copy.put(k, factor);
        return copy;
    }

    private static Map<Character, Double> checked(Map<Character, Double> table, String keys, String what) {
        Objects.requireNonNull(table, what);
        TreeMap<Character, Double> copy = new TreeMap<>();
        table.forEach((k, v) -> {
            Objects.requireNonNull(k, what + " grade");
            Objects.requireNonNull(v, what + " factor");
            copy.put(k, v);
        });
        StringBuilder actual = new StringBuilder();
        copy.keySet().forEach(actual::append);
        if (!actual.toString().equals(keys)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the %s table names grades '%s'; it must name exactly '%s'", what, actual, keys));
        }
        copy.forEach((k, v) -> checkFactor(v, what + " factor of '" + k + "'"));
        return Collections.unmodifiableMap(copy);
    }

    private static void checkFactor(double value, String what) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s is %s; it must be in (0, 1]", what,
                    formatNumber(value)));
        }
    }
}
