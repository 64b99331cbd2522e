package lat.ideal.scoring.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import lat.ideal.model.Country;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.Measurement;
import lat.ideal.model.Observation;
import lat.ideal.model.ReportingPeriod;
import lat.ideal.model.Scale;
import lat.ideal.model.SourceGrade;
import lat.ideal.model.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class EvidenceCombinerTest {

    /** Hand-computed values are written to 4-6 decimals; the tolerance allows for that rounding only. */
    private static final double HAND = 1e-6;
    /** Values that differ only by the order of floating-point sums. */
    private static final double SUMMATION = 1e-9;

    private static final Scale SCORE = Scale.Continuous.of(1, 10, 0.5);
    private static final Target CELL = Target.countryArea(Country.of("BO"), "drug-trafficking");

    private static Observation obs(String value, String grade, String contributor) {
        Observation o = Observation.of(CELL, "cocaine-trade", Measurement.parse(value), ReportingPeriod.year(2023))
                .withContributor(Country.of(contributor), null);
        return grade.isEmpty() ? o : o.withGrade(SourceGrade.parse(grade));
    }

    /** Three contributors: 6 graded B2 (0.64), 8 graded C3 (0.36), 3 ungraded (0.5); plus one UNKNOWN gap. */
    private static List<Observation> threeSourcesAndAGap() {
        return List.of(obs("6", "B2", "BO"), obs("8", "C3", "PE"), obs("3", "", "CL"), obs("UNKNOWN", "A1", "AR"));
    }

    @Test
    void weightedMean_handComputed() {
        CellEvidence e = EvidenceCombiner.withDefaults().combine(threeSourcesAndAGap(), SCORE);
        // Weighted mean: (0.64*6 + 0.36*8 + 0.5*3) / (0.64 + 0.36 + 0.5) = (3.84 + 2.88 + 1.5) / 1.5 = 5.48.
        assertThat(e.value().getAsDouble()).isCloseTo(5.48, within(HAND));
        // Deviations 0.52, 2.52, -2.48; weighted squares 0.64*0.2704 + 0.36*6.3504 + 0.5*6.1504
        // = 0.173056 + 2.286144 + 3.0752 = 5.5344; / 1.5 = 3.6896; sqrt = 1.920833.
        assertThat(e.weightedSd()).isCloseTo(1.920833, within(HAND));
        // Strength 1 - (1 - 0.64)(1 - 0.36)(1 - 0.5) = 1 - 0.36*0.64*0.5 = 0.8848.
        assertThat(e.strength()).isCloseTo(0.8848, within(HAND));
        assertThat(e.sources()).isEqualTo(3);
        assertThat(e.gaps()).isEqualTo(1);
        assertThat(e.totalWeight()).isCloseTo(1.5, within(HAND));
        assertThat(e.meanWeight()).isCloseTo(0.5, within(HAND));
        assertThat(e.lowest()).hasValue(3.0);
        assertThat(e.highest()).hasValue(8.0);
        assertThat(e.range()).isEqualTo(5.0);
        assertThat(e.poorlyGradedOnly()).isFalse();
    }

    @Test
    void otherRules_handComputed() {
        EvidenceCombiner c = EvidenceCombiner.withDefaults();
        // Plain mean (6 + 8 + 3) / 3 = 5.666667; median of 3, 6, 8 = 6; best graded is B2 (0.64) with 6.
        assertThat(c.withRule(CombinationRule.MEAN).combine(threeSourcesAndAGap(), SCORE).value().getAsDouble())
                .isCloseTo(5.666667, within(HAND));
        assertThat(c.withRule(CombinationRule.MEDIAN).combine(threeSourcesAndAGap(), SCORE).value()).hasValue(6.0);
        assertThat(c.withRule(CombinationRule.BEST_GRADED).combine(threeSourcesAndAGap(), SCORE).value())
                .hasValue(6.0);
        // The dispersion is the evidence-weighted one whatever the rule.
        assertThat(c.withRule(CombinationRule.MEDIAN).combine(threeSourcesAndAGap(), SCORE).weightedSd())
                .isCloseTo(1.920833, within(HAND));
    }

    @Test
    void median_ofAnEvenCount_isTheMeanOfTheMiddleTwo() {
        CellEvidence e = EvidenceCombiner.withDefaults().withRule(CombinationRule.MEDIAN)
                .combine(new double[] {9, 2, 4, 7}, new double[] {1, 1, 1, 1}, new boolean[4]);
        assertThat(e.value()).hasValue(5.5); // sorted 2, 4, 7, 9: (4 + 7) / 2
    }

    @Test
    void bestGraded_tie_isTheMeanOfTheTiedValues() {
        CellEvidence e = EvidenceCombiner.withDefaults().withRule(CombinationRule.BEST_GRADED)
                .combine(new double[] {2, 5, 9}, new double[] {0.64, 0.64, 0.36}, new boolean[3]);
        assertThat(e.value()).hasValue(3.5); // B2 and B2 tie at 0.64: (2 + 5) / 2
    }

    @Test
    void zeroWeight_leavesTheObservationOutOfValueAndDispersion() {
        CellEvidence e = EvidenceCombiner.withDefaults()
                .combine(new double[] {2, 10}, new double[] {0.64, 0}, new boolean[2]);
        assertThat(e.value()).hasValue(2.0);
        assertThat(e.sources()).isEqualTo(2);
        assertThat(e.highest()).hasValue(2.0);
        assertThat(e.weightedSd()).isZero();
        assertThat(e.strength()).isCloseTo(0.64, within(HAND));
    }

    @Test
    void allWeightsZero_givesNoValueButCountsTheSources() {
        CellEvidence e = EvidenceCombiner.withDefaults()
                .combine(new double[] {4, 5}, new double[] {0, 0}, new boolean[2]);
        assertThat(e.hasValue()).isFalse();
        assertThat(e.sources()).isEqualTo(2);
        assertThat(e.strength()).isZero();
        assertThat(e.range()).isZero();
    }

    @Test
    void noObservation_isTheMissingCell() {
        assertThat(EvidenceCombiner.withDefaults().combine(List.of(), SCORE)).isEqualTo(CellEvidence.missing());
    }

    @Test
    void poorlyGradedOnly_needsEverySourceToBePoor() {
        EvidenceCombiner c = EvidenceCombiner.withDefaults();
        assertThat(c.combine(List.of(obs("4", "E5", "BO"), obs("5", "F2", "PE")), SCORE).poorlyGradedOnly())
                .isTrue();
        assertThat(c.combine(List.of(obs("4", "E5", "BO"), obs("5", "B2", "PE")), SCORE).poorlyGradedOnly())
                .isFalse();
        assertThat(c.combine(List.of(obs("4", "3AP", "BO")), SCORE).poorlyGradedOnly()).isTrue();
        assertThat(c.combine(List.of(obs("4", "", "BO")), SCORE).poorlyGradedOnly()).isFalse();
        // A gap alone backs nothing: no source, so not "backed only by poor sources".
        assertThat(c.combine(List.of(obs("UNKNOWN", "E5", "BO")), SCORE).poorlyGradedOnly()).isFalse();
    }

    @Test
    void ordinalLevels_combineByTheirScaleValues() {
        Scale levels = new Scale.Ordinal(List.of(
                new Scale.Level("low", LocalizedText.same("low"), 1),
                new Scale.Level("high", LocalizedText.same("high"), 3)), OptionalDouble.empty());
        CellEvidence e = EvidenceCombiner.withDefaults()
                .combine(List.of(obs("low", "A1", "BO"), obs("high", "", "PE"), obs("UNKNOWN", "A1", "CL")), levels);
        // (1.0*1 + 0.5*3) / 1.5 = 1.666667; UNKNOWN has no value on this scale: a gap.
        assertThat(e.value().getAsDouble()).isCloseTo(1.666667, within(HAND));
        assertThat(e.gaps()).isEqualTo(1);
    }

    @Test
    void badArguments_areRejectedWithTheRule() {
        EvidenceCombiner c = EvidenceCombiner.withDefaults();
        assertThatThrownBy(() -> c.combine(new double[2], new double[1], new boolean[2]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 values, 1 weights");
        assertThatThrownBy(() -> c.combine(new double[] {1}, new double[] {1.2}, new boolean[1]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.2")
                .hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> c.combine(new double[] {Double.POSITIVE_INFINITY}, new double[] {1},
                new boolean[1])).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("infinite");
    }

    static Stream<Arguments> seeds() {
        return LongStream.of(11, 23, 1_000_003, 42_4242).mapToObj(Arguments::of);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void weightedMean_isBoundedAndIndependentOfOrderAndWeightScale(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 1 + random.nextInt(8);
        double[] x = new double[n];
        double[] w = new double[n];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble(1, 10);
            w[i] = random.nextDouble(0.01, 1);
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        double[] px = new double[n];
        double[] pw = new double[n];
        double[] half = new double[n];
        for (int i = 0; i < n; i++) {
            px[i] = x[order.get(i)];
            pw[i] = w[order.get(i)];
            half[i] = w[i] / 2;
        }
        EvidenceCombiner c = EvidenceCombiner.withDefaults();
        CellEvidence e = c.combine(x, w, new boolean[n]);
        double v = e.value().getAsDouble();
        assertThat(v).isBetween(e.lowest().getAsDouble(), e.highest().getAsDouble());
        assertThat(c.combine(px, pw, new boolean[n]).value().getAsDouble()).isCloseTo(v, within(SUMMATION));
        assertThat(c.combine(x, half, new boolean[n]).value().getAsDouble()).isCloseTo(v, within(SUMMATION));
        assertThat(e.weightedSd()).isLessThanOrEqualTo(e.range() / 2 + SUMMATION);
    }
}
