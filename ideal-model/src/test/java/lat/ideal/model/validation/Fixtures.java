package lat.ideal.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import lat.ideal.model.Country;
import lat.ideal.model.CrimeArea;
import lat.ideal.model.CrimeAreaCatalogue;
import lat.ideal.model.CriminalGroup;
import lat.ideal.model.Dataset;
import lat.ideal.model.IndicatorDefinition;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.Measurement;
import lat.ideal.model.Observation;
import lat.ideal.model.Polarity;
import lat.ideal.model.ReportingPeriod;
import lat.ideal.model.Scale;
import lat.ideal.model.SourceGrade;
import lat.ideal.model.Target;
import lat.ideal.model.TargetKind;
import lat.ideal.model.method.Aggregation;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Methodology;

/**
 * A small valid dataset and methodology that each rule test breaks in one place.
 *
 * <p>The dataset: countries BO and CL; crime areas drug-trafficking and arms-trafficking; indicators
 * {@code cocaine-trade} (country x crime area, 1..10 in steps of 0.5), {@code violence} (group, levels nil 0, low 1,
 * medium 2, high 4, UNKNOWN 2), {@code seizures} (country, count) and {@code port-hub} (country, 0/1); groups
 * {@code pcc} (allied with {@code cv}) and {@code cv}; ten observations covering every expected cell, graded B2.
 */
final class Fixtures {
    static final Country BO = Country.of("BO");
    static final Country CL = Country.of("CL");
    static final String DRUGS = "drug-trafficking";
    static final String ARMS = "arms-trafficking";
    static final ReportingPeriod YEAR = ReportingPeriod.year(2023);
    /** The index the first observation added to {@link #dataset()} gets. */
    static final int NEXT_OBSERVATION = 10;

    private Fixtures() {
    }

    static IndicatorDefinition indicator(String key, TargetKind target, Scale scale) {
        return new IndicatorDefinition(key, LocalizedText.same(key), IndicatorDefinition.CRIMINAL_MARKETS, target,
                Polarity.POSITIVE, "score", scale);
    }

    static Scale.Ordinal violenceScale() {
        return new Scale.Ordinal(List.of(level("nil", 0), level("low", 1), level("medium", 2), level("high", 4)),
                OptionalDouble.of(2));
    }

    static Scale.Level level(String code, double value) {
        return new Scale.Level(code, LocalizedText.same(code), value);
    }

    static Observation observation(Target target, String indicator, Measurement m) {
        return Observation.of(target, indicator, m, YEAR).withGrade(SourceGrade.admiralty('B', 2));
    }

    static Dataset dataset() {
        return Dataset.builder("test-cycle").title("Test cycle").period(YEAR).country(BO, CL)
                .crimeAreas(CrimeAreaCatalogue.of(List.of(
                        CrimeArea.of(DRUGS, LocalizedText.same(DRUGS)),
                        CrimeArea.of(ARMS, LocalizedText.same(ARMS)))))
                .indicator(indicator("cocaine-trade", TargetKind.COUNTRY_CRIME_AREA, Scale.Continuous.of(1, 10, 0.5)))
                .indicator(indicator("violence", TargetKind.CRIMINAL_GROUP, violenceScale()))
                .indicator(indicator("seizures", TargetKind.COUNTRY, new Scale.Count()))
                .indicator(indicator("port-hub", TargetKind.COUNTRY, new Scale.Bool()))
                .group(CriminalGroup.builder("pcc", "Primeiro Comando da Capital").presentIn(BO)
                        .mainCrimeArea(DRUGS).link(CriminalGroup.LinkType.ALLIANCE, "cv").build())
                .group(CriminalGroup.builder("cv", "Comando Vermelho").build())
                .observations(List.of(
                        observation(Target.countryArea(BO, DRUGS), "cocaine-trade", Measurement.of(7.5)),
                        observation(Target.countryArea(BO, ARMS), "cocaine-trade", Measurement.of(3)),
                        observation(Target.countryArea(CL, DRUGS), "cocaine-trade", Measurement.of(6)),
                        observation(Target.countryArea(CL, ARMS), "cocaine-trade", Measurement.of(1)),
                        observation(Target.group("pcc"), "violence", Measurement.level("high")),
                        observation(Target.group("cv"), "violence", Measurement.UNKNOWN),
                        observation(Target.country(BO), "seizures", Measurement.of(12)),
                        observation(Target.country(CL), "seizures", Measurement.of(0)),
                        observation(Target.country(BO), "port-hub", Measurement.of(1)),
                        observation(Target.country(CL), "port-hub", Measurement.of(0))))
                .build();
    }

    /** A country methodology: the mean of seizures and port-hub, equally weighted. */
    static Methodology methodology(MethodNode... children) {
        List<MethodNode> nodes = children.length == 0
                ? List.of(MethodNode.leaf("seizures"), MethodNode.leaf("port-hub")) : List.of(children);
        return Methodology.of("test-method", TargetKind.COUNTRY,
                MethodNode.node("country-threat", Aggregation.of(AggregationMethod.ARITHMETIC_MEAN), nodes));
    }

    /**
     * Returns the only problem of a rule, failing if there is none or more than one.
     *
     * @param report the report
     * @param rule the rule
     * @return the problem
     */
    static Problem only(ValidationReport report, String rule) {
        List<Problem> found = report.problems().stream().filter(p -> p.rule().equals(rule)).toList();
        assertThat(found).as("problems of rule %s in %s", rule, report.problems()).hasSize(1);
        return found.get(0);
    }

    /**
     * Asserts a problem's parts.
     *
     * @param p the problem
     * @param severity the severity
     * @param path the path
     * @param value the value
     * @param en the English message
     * @param es the Spanish message
     */
    static void assertProblem(Problem p, Severity severity, String path, String value, String en, String es) {
        assertThat(p.severity()).isEqualTo(severity);
        assertThat(p.path()).isEqualTo(path);
        assertThat(p.value()).isEqualTo(value);
        assertThat(p.message().en()).isEqualTo(en);
        assertThat(p.message().es()).isEqualTo(es);
        assertThat(p.message().pt()).isNotBlank().isNotEqualTo(en);
    }
}
