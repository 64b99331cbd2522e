package lat.ideal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Seeded generators of model values for the property tests; every case carries its seed so it can be replayed. */
final class RandomValues {
    /** How many seeded cases each property runs. */
    static final int CASES = 64;
    /** The first seed; case {@code i} uses {@code FIRST_SEED + i}. */
    static final long FIRST_SEED = 20_260_101L;

    private static final List<String> CODES = List.copyOf(Country.isoCodes());
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String SEPARATORS = "-_.";

    private RandomValues() {
    }

    /**
     * Returns {@link #CASES} cases {@code (seed, value, other)}: two values drawn one after the other from a generator
     * seeded with the case's seed.
     *
     * @param generator draws one value
     * @return the cases
     */
    static Stream<Arguments> cases(Function<SplittableRandom, ?> generator) {
        return LongStream.range(FIRST_SEED, FIRST_SEED + CASES).mapToObj(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            return Arguments.of(seed, generator.apply(r), generator.apply(r));
        });
    }

    /**
     * Asserts that a value equals a copy made from its parts, with the same hash code, and that it equals another
     * value exactly when their text forms are equal.
     *
     * @param value a value
     * @param copy a copy of it made from its parts
     * @param other another value
     */
    static void assertValueSemantics(Object value, Object copy, Object other) {
        assertThat(copy).isEqualTo(value).hasSameHashCodeAs(value);
        assertThat(value.equals(other)).isEqualTo(value.toString().equals(other.toString()));
        assertThat(value).isNotEqualTo(null);
    }

    static <T> T pick(SplittableRandom r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    static Country country(SplittableRandom r) {
        return Country.of(pick(r, CODES));
    }

    /** A well-formed key: one to three words of letters and digits joined by '-', '_' or '.'. */
    static String key(SplittableRandom r) {
        StringBuilder b = new StringBuilder();
        int words = 1 + r.nextInt(3);
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                b.append(SEPARATORS.charAt(r.nextInt(SEPARATORS.length())));
            }
            int letters = 1 + r.nextInt(8);
            for (int i = 0; i < letters; i++) {
                b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
        }
        return b.toString();
    }

    /** A level code that reads back as a level: a key starting with a letter, other than "unknown". */
    static String levelCode(SplittableRandom r) {
        String k = "l" + key(r);
        return k.equals("lunknown") ? "level" : k;
    }

    static Target target(SplittableRandom r) {
        switch (r.nextInt(4)) {
            case 0:
                return Target.country(country(r));
            case 1:
                return Target.countryArea(country(r), key(r));
            case 2:
                return Target.group(key(r));
            default:
                return Target.region(key(r));
        }
    }

    /** A number of any kind: small integers and halves, fractions, and arbitrary bit patterns (NaN, subnormals). */
    static double number(SplittableRandom r) {
        switch (r.nextInt(5)) {
            case 0:
                return r.nextInt(-40, 41) / 2.0;
            case 1:
                return r.nextDouble() * 1000 - 500;
            case 2:
                return Double.longBitsToDouble(r.nextLong());
            case 3:
                return pick(r, List.of(0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                        Double.MIN_VALUE, Double.MAX_VALUE, 1e-300, 0.1, 1e21));
            default:
                return r.nextInt();
        }
    }

    static Measurement measurement(SplittableRandom r) {
        switch (r.nextInt(3)) {
            case 0:
                return Measurement.of(number(r));
            case 1:
                return Measurement.level(levelCode(r));
            default:
                return Measurement.UNKNOWN;
        }
    }

    /** A period of any text form, over years 0 to 9999 mostly and the extremes LocalDate allows sometimes. */
    static ReportingPeriod period(SplittableRandom r) {
        int year = r.nextInt(8) == 0 ? r.nextInt(-999_999_000, 999_999_000) : r.nextInt(0, 10_000);
        switch (r.nextInt(4)) {
            case 0:
                return ReportingPeriod.year(year);
            case 1: {
                LocalDate first = LocalDate.of(year, 1 + r.nextInt(12), 1);
                return new ReportingPeriod(first, first.plusMonths(1).minusDays(1));
            }
            case 2: {
                LocalDate day = LocalDate.ofYearDay(year, 1 + r.nextInt(365));
                return new ReportingPeriod(day, day);
            }
            default: {
                LocalDate start = LocalDate.ofYearDay(year, 1 + r.nextInt(365));
                return new ReportingPeriod(start, start.plusDays(r.nextInt(0, 3000)));
            }
        }
    }

    /** A grade whose code's first character agrees with its system: well-formed mostly, malformed sometimes. */
    static SourceGrade grade(SplittableRandom r) {
        switch (r.nextInt(4)) {
            case 0:
                return SourceGrade.admiralty((char) ('A' + r.nextInt(6)), 1 + r.nextInt(6));
            case 1:
                return SourceGrade.uk3x5x2(1 + r.nextInt(3), (char) ('A' + r.nextInt(5)),
                        r.nextBoolean() ? 'P' : 'C');
            case 2:
                return SourceGrade.parse("" + (char) ('A' + r.nextInt(26)) + r.nextInt(100));
            default:
                return SourceGrade.parse("" + r.nextInt(10) + (char) ('A' + r.nextInt(26)));
        }
    }

    static Tlp tlp(SplittableRandom r) {
        return pick(r, List.of(Tlp.values()));
    }

    static LocalizedText text(SplittableRandom r) {
        return LocalizedText.of("es " + key(r), "en " + key(r), "pt " + key(r));
    }

    static Scale scale(SplittableRandom r) {
        switch (r.nextInt(4)) {
            case 0:
                return r.nextBoolean() ? Scale.Continuous.of(1, 10, 0.5)
                        : Scale.Continuous.of(-r.nextInt(5), r.nextInt(5, 100));
            case 1: {
                List<Scale.Level> levels = new ArrayList<>();
                int n = 1 + r.nextInt(5);
                for (int i = 0; i < n; i++) {
                    levels.add(new Scale.Level(levelCode(r) + i, text(r), i));
                }
                return new Scale.Ordinal(levels,
                        r.nextBoolean() ? OptionalDouble.of(n / 2.0) : OptionalDouble.empty());
            }
            case 2:
                return new Scale.Bool();
            default:
                return new Scale.Count();
        }
    }

    static IndicatorDefinition indicator(SplittableRandom r) {
        return new IndicatorDefinition(key(r), text(r), key(r), pick(r, List.of(TargetKind.values())),
                pick(r, List.of(Polarity.values())), key(r), scale(r));
    }

    static Observation observation(SplittableRandom r) {
        Observation o = Observation.of(target(r), key(r), measurement(r), period(r)).withHandling(tlp(r));
        if (r.nextBoolean()) {
            o = o.withGrade(grade(r));
        }
        if (r.nextBoolean()) {
            o = o.withSource(key(r));
        }
        if (r.nextBoolean()) {
            o = o.withContributor(country(r), r.nextBoolean() ? key(r) : null);
        }
        if (r.nextBoolean()) {
            o = o.withRationale(key(r) + " " + key(r));
        }
        return o;
    }

    static CriminalGroup group(SplittableRandom r) {
        CriminalGroup.Builder b = CriminalGroup.builder(key(r), "Group " + key(r))
                .structure(pick(r, List.of(CriminalGroup.Structure.values())));
        for (int i = r.nextInt(3); i > 0; i--) {
            b.alias(key(r));
        }
        for (int i = r.nextInt(4); i > 0; i--) {
            b.presentIn(country(r));
        }
        if (r.nextBoolean()) {
            b.mainCrimeArea(key(r));
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            b.secondaryCrimeArea(key(r));
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            b.link(pick(r, List.of(CriminalGroup.LinkType.values())), key(r));
        }
        return b.build();
    }

    static Dataset dataset(SplittableRandom r) {
        Dataset.Builder b = Dataset.builder(key(r)).title(key(r)).period(period(r));
        for (int i = r.nextInt(6); i > 0; i--) {
            b.country(country(r));
        }
        if (r.nextBoolean()) {
            b.crimeAreas(CrimeAreaCatalogue.of(List.of(CrimeArea.of(key(r), text(r)),
                    CrimeArea.of(key(r), text(r)).withParent(key(r)))));
        }
        for (int i = r.nextInt(4); i > 0; i--) {
            b.indicator(indicator(r));
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            b.group(group(r));
        }
        for (int i = r.nextInt(20); i > 0; i--) {
            b.observation(observation(r));
        }
        return b.build();
    }
}
