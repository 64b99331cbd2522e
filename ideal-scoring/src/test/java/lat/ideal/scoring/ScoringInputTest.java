package lat.ideal.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import lat.ideal.model.Country;
import lat.ideal.model.CrimeAreaCatalogue;
import lat.ideal.model.Dataset;
import lat.ideal.model.IndicatorDefinition;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.Measurement;
import lat.ideal.model.Observation;
import lat.ideal.model.Polarity;
import lat.ideal.model.ReportingPeriod;
import lat.ideal.model.Scale;
import lat.ideal.model.Target;
import lat.ideal.model.TargetKind;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Methodology;
import org.junit.jupiter.api.Test;

final class ScoringInputTest {
    private static final ReportingPeriod PERIOD = ReportingPeriod.year(2024);
    private static final double TOLERANCE = 1e-12;
    private static final Country BO = Country.of("BO");
    private static final Country PE = Country.of("PE");

    private static IndicatorDefinition def(String key, TargetKind target) {
        return new IndicatorDefinition(key, LocalizedText.same(key), "harm", target, Polarity.POSITIVE, "score",
                Scale.Continuous.of(0, 10));
    }

    private static Methodology areaMethodology() {
        MethodNode root = Fixtures.node("root", AggregationMethod.ARITHMETIC_MEAN, Fixtures.leaf("local"),
                Fixtures.leaf("national"));
        return Methodology.of("t", TargetKind.COUNTRY_CRIME_AREA, root);
    }

    @Test
    void countryCrimeAreaUnitsAndCountryLevelIndicators() {
        Dataset ds = Dataset.builder("d").period(PERIOD).country(BO, PE)
                .indicator(def("local", TargetKind.COUNTRY_CRIME_AREA)).indicator(def("national", TargetKind.COUNTRY))
                .observation(Observation.of(Target.countryArea(BO, CrimeAreaCatalogue.CYBERCRIME), "local",
                        Measurement.of(4), PERIOD))
                .observation(Observation.of(Target.countryArea(PE, CrimeAreaCatalogue.DRUG_TRAFFICKING), "local",
                        Measurement.of(6), PERIOD))
                .observation(Observation.of(Target.country(BO), "national", Measurement.of(8), PERIOD))
                .build();

        ScoringInput in = ScoringInput.from(ds, areaMethodology());

        // Countries x mentioned areas in catalogue order (drug trafficking before cybercrime).
        assertThat(in.units()).extracting(ScoringInput.Unit::key).containsExactly("BO/drug-trafficking",
                "BO/cybercrime", "PE/drug-trafficking", "PE/cybercrime");
        assertThat(in.units().get(0).group()).isEqualTo("drug-trafficking");
        int national = in.indicatorIndex("national").orElseThrow();
        assertThat(in.value(0, national)).isEqualTo(8);
        assertThat(in.value(1, national)).isEqualTo(8);
        assertThat(in.value(2, national)).isNaN();
        assertThat(in.value(1, in.indicatorIndex("local").orElseThrow())).isEqualTo(4);
    }

    @Test
    void severalObservationsAreCombinedAndUnknownOnlyWhenNothingElse() {
        Target bo = Target.country(BO);
        Dataset ds = Dataset.builder("d").period(PERIOD).country(BO, PE)
                .indicator(def("x", TargetKind.COUNTRY))
                .observation(Observation.of(bo, "x", Measurement.of(4), PERIOD).withSource("a"))
                .observation(Observation.of(bo, "x", Measurement.of(8), PERIOD).withSource("b"))
                .observation(Observation.of(bo, "x", Measurement.UNKNOWN, PERIOD).withSource("c"))
                .observation(Observation.of(Target.country(PE), "x", Measurement.UNKNOWN, PERIOD))
                .observation(Observation.of(Target.country(PE), "x", Measurement.level("high"), PERIOD))
                .build();
        Methodology m = Methodology.of("t", TargetKind.COUNTRY,
                Fixtures.node("root", AggregationMethod.ARITHMETIC_MEAN, Fixtures.leaf("x")));

        ScoringInput in = ScoringInput.from(ds, m);

        // Mean 6, population sd 2; the UNKNOWN observation is ignored beside known values.
        assertThat(in.value(0, 0)).isEqualTo(6);
        assertThat(in.dispersion(0, 0)).isCloseTo(2, within(TOLERANCE));
        assertThat(in.isUnknown(0, 0)).isFalse();
        // PE: only UNKNOWN (the level is not on a continuous scale and is reported): a gap without a number.
        assertThat(in.isUnknown(1, 0)).isTrue();
        assertThat(in.value(1, 0)).isNaN();
        assertThat(in.warnings()).anyMatch(w -> w.kind() == ScoringWarning.Kind.UNUSABLE_MEASUREMENT);

        ScoringInput max = ScoringInput.from(ds, m, (def, obs, values) -> new CellCombiner.Combined(
                java.util.Arrays.stream(values).max().orElseThrow(), 0));
        assertThat(max.value(0, 0)).isEqualTo(8);
    }

    @Test
    void undefinedIndicatorsGiveAnEmptyColumnAndAWarning() {
        Dataset ds = Dataset.builder("d").period(PERIOD).country(BO).build();
        Methodology m = Methodology.of("t", TargetKind.COUNTRY,
                Fixtures.node("root", AggregationMethod.ARITHMETIC_MEAN, Fixtures.leaf("x")));
        ScoringResult r = Scorer.of(m).score(ds);
        assertThat(r.warnings()).anyMatch(w -> w.kind() == ScoringWarning.Kind.MISSING_INDICATOR);
        assertThat(r.node("root").score("BO").status()).isEqualTo(ScoreStatus.INSUFFICIENT_DATA);
    }

    @Test
    void arraysAreCheckedAndCopied() {
        List<ScoringInput.Unit> units = List.of(ScoringInput.Unit.of("a"), ScoringInput.Unit.of("b"));
        List<ScoringInput.Indicator> ind = List.of(new ScoringInput.Indicator("x", Scale.Continuous.of(0, 1),
                Polarity.POSITIVE));
        double[] values = {0.1, 0.2};
        ScoringInput in = ScoringInput.of(units, ind, values);
        values[0] = 0.9;
        assertThat(in.value(0, 0)).isEqualTo(0.1);
        assertThat(in.column(0)).containsExactly(0.1, 0.2);
        assertThatThrownBy(() -> ScoringInput.of(units, ind, new double[3])).hasMessageContaining("3 cells");
        assertThatThrownBy(() -> ScoringInput.of(List.of(ScoringInput.Unit.of("a"), ScoringInput.Unit.of("a")), ind,
                new double[2])).hasMessageContaining("'a' appears twice");
    }
}
