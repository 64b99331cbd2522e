package lat.ideal.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The scale of an indicator: a continuous range (optionally in steps), ordinal levels, a boolean, or a count.
 *
 * <p>{@link #numericValue(Measurement)} turns a measurement into the number scoring uses; it is empty where the
 * measurement has no number on this scale (the validator reports such measurements).
 *
 * @since 0.1
 */
public sealed interface Scale permits Scale.Continuous, Scale.Ordinal, Scale.Bool, Scale.Count {

    /** Tolerance used to decide whether a value lies on a step, relative to the step. */
    double STEP_TOLERANCE = 1e-9;

    /**
     * Returns the number a measurement stands for on this scale.
     *
     * @param measurement the measurement, not null
     * @return the number, or empty if the measurement does not belong to this scale
     */
    OptionalDouble numericValue(Measurement measurement);

    /**
     * Tells whether the scale accepts {@link Measurement.Unknown}.
     *
     * @return true if UNKNOWN is a valid measurement
     */
    default boolean allowsUnknown() {
        return false;
    }

    /**
     * Returns the smallest number on the scale.
     *
     * @return the lower bound
     */
    double min();

    /**
     * Returns the largest number on the scale ({@code +Infinity} for a count).
     *
     * @return the upper bound
     */
    double max();

    /**
     * Describes the scale for messages, e.g. {@code 1..10 in steps of 0.5}.
     *
     * @return the description, never null
     */
    String describe();

    /**
     * A continuous range {@code [min, max]}, optionally restricted to {@code min + k * step}.
     *
     * @param min the lower bound, finite
     * @param max the upper bound, finite and at least {@code min}
     * @param step the step, positive, if values must lie on steps from {@code min}
     */
    record Continuous(double min, double max, OptionalDouble step) implements Scale {

        /** Checks the bounds and the step. */
        public Continuous {
            Checks.notNull(step, "step");
            if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
                throw new IllegalArgumentException(Checks.format("range %s..%s is not a finite range",
                        Doubles.format(min), Doubles.format(max)));
            }
            if (step.isPresent() && !(step.getAsDouble() > 0 && Double.isFinite(step.getAsDouble()))) {
                throw new IllegalArgumentException("step " + step.getAsDouble() + " is not positive");
            }
        }

        /**
         * Returns a range without steps.
         *
         * @param min the lower bound
         * @param max the upper bound
         * @return the scale
         */
        public static Continuous of(double min, double max) {
            return new Continuous(min, max, OptionalDouble.empty());
        }

        /**
         * Returns a range in steps, such as GI-TOC's 1..10 in steps of 0.5.
         *
         * @param min the lower bound
         * @param max the upper bound
         * @param step the step, positive
         * @return the scale
         */
        public static Continuous of(double min, double max, double step) {
            return new Continuous(min, max, OptionalDouble.of(step));
        }

        /**
         * Tells whether a number lies in the range and, if there is a step, on a step.
         *
         * @param value the number
         * @return true if the scale holds it; false for NaN and infinities
         */
        public boolean contains(double value) {
            if (!(value >= min && value <= max)) {
                return false;
            }
            if (step.isEmpty()) {
                return true;
            }
            double k = (value - min) / step.getAsDouble();
            return Math.abs(k - Math.rint(k)) <= STEP_TOLERANCE * Math.max(1, Math.abs(k));
        }

        @Override
        public OptionalDouble numericValue(Measurement measurement) {
            return measurement instanceof Measurement.Numeric
                    ? OptionalDouble.of(((Measurement.Numeric) measurement).value()) : OptionalDouble.empty();
        }

        @Override
        public String describe() {
            String range = Doubles.format(min) + ".." + Doubles.format(max);
            return step.isPresent() ? range + " in steps of " + Doubles.format(step.getAsDouble()) : range;
        }
    }

    /**
     * One level of an ordinal scale.
     *
     * @param code the level's code (e.g. {@code high}), not blank
     * @param labels the labels, not null
     * @param value the number the level stands for, finite
     */
    record Level(String code, LocalizedText labels, double value) {

        /** Checks the parts. */
        public Level {
            Checks.notBlank(code, "code");
            Checks.notNull(labels, "labels");
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("level '" + code + "' has a value that is not finite: " + value);
            }
        }
    }

    /**
     * Ordinal levels with labels and numeric values, with an optional value for UNKNOWN.
     *
     * <p>UNKNOWN ("no information") is distinct from a level meaning "none" (Sleipnir's Nil): a scale that accepts
     * UNKNOWN gives it its own number (Sleipnir scores Unknown like Medium) and results report it as an
     * intelligence gap.
     *
     * @param levels the levels in ascending order of threat, at least one
     * @param unknownValue the number UNKNOWN stands for, or empty if the scale does not accept UNKNOWN
     */
    record Ordinal(List<Level> levels, OptionalDouble unknownValue) implements Scale {

        /** Copies the levels and checks there is at least one. */
        public Ordinal {
            levels = Checks.list(levels, "levels");
            Checks.notNull(unknownValue, "unknownValue");
            if (levels.isEmpty()) {
                throw new IllegalArgumentException("an ordinal scale needs at least one level");
            }
        }

        /**
         * Looks up a level by code, ignoring case.
         *
         * @param code the code, not null
         * @return the level, or empty
         */
        public Optional<Level> level(String code) {
            for (Level level : levels) {
                if (level.code().equalsIgnoreCase(code)) {
                    return Optional.of(level);
                }
            }
            return Optional.empty();
        }

        @Override
        public boolean allowsUnknown() {
            return unknownValue.isPresent();
        }

        @Override
        public OptionalDouble numericValue(Measurement measurement) {
            if (measurement instanceof Measurement.Unknown) {
                return unknownValue;
            }
            if (measurement instanceof Measurement.Ordinal) {
                Optional<Level> level = level(((Measurement.Ordinal) measurement).level());
                return level.isPresent() ? OptionalDouble.of(level.get().value()) : OptionalDouble.empty();
            }
            return OptionalDouble.empty();
        }

        @Override
        public double min() {
            double m = Double.POSITIVE_INFINITY;
            for (Level level : levels) {
                m = Math.min(m, level.value());
            }
            return m;
        }

        @Override
        public double max() {
            double m = Double.NEGATIVE_INFINITY;
            for (Level level : levels) {
                m = Math.max(m, level.value());
            }
            return m;
        }

        @Override
        public String describe() {
            StringBuilder b = new StringBuilder("levels ");
            for (int i = 0; i < levels.size(); i++) {
                b.append(i == 0 ? "" : ", ").append(levels.get(i).code().toUpperCase(Locale.ROOT));
            }
            return unknownValue.isPresent() ? b.append(", UNKNOWN").toString() : b.toString();
        }
    }

    /** A yes/no indicator: {@code 0} or {@code 1}. */
    record Bool() implements Scale {
        @Override
        public OptionalDouble numericValue(Measurement measurement) {
            return measurement instanceof Measurement.Numeric
                    ? OptionalDouble.of(((Measurement.Numeric) measurement).value()) : OptionalDouble.empty();
        }

        @Override
        public double min() {
            return 0;
        }

        @Override
        public double max() {
            return 1;
        }

        @Override
        public String describe() {
            return "0 or 1";
        }
    }

    /** A count: a whole number, zero or more. */
    record Count() implements Scale {
        @Override
        public OptionalDouble numericValue(Measurement measurement) {
            return measurement instanceof Measurement.Numeric
                    ? OptionalDouble.of(((Measurement.Numeric) measurement).value()) : OptionalDouble.empty();
        }

        @Override
        public double min() {
            return 0;
        }

        @Override
        public double max() {
            return Double.POSITIVE_INFINITY;
        }

        @Override
        public String describe() {
            return "a whole number, 0 or more";
        }
    }
}
