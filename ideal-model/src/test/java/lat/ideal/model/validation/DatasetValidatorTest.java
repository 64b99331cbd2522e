package lat.ideal.model.validation;

import static lat.ideal.model.validation.Fixtures.ARMS;
import static lat.ideal.model.validation.Fixtures.BO;
import static lat.ideal.model.validation.Fixtures.CL;
import static lat.ideal.model.validation.Fixtures.DRUGS;
import static lat.ideal.model.validation.Fixtures.NEXT_OBSERVATION;
import static lat.ideal.model.validation.Fixtures.assertProblem;
import static lat.ideal.model.validation.Fixtures.only;
import static lat.ideal.model.validation.Severity.ERROR;
import static lat.ideal.model.validation.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.OptionalDouble;
import lat.ideal.model.Country;
import lat.ideal.model.CrimeArea;
import lat.ideal.model.CrimeAreaCatalogue;
import lat.ideal.model.CriminalGroup;
import lat.ideal.model.Dataset;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.Measurement;
import lat.ideal.model.Observation;
import lat.ideal.model.ReportingPeriod;
import lat.ideal.model.Scale;
import lat.ideal.model.SourceGrade;
import lat.ideal.model.Target;
import lat.ideal.model.TargetKind;
import org.junit.jupiter.api.Test;

final class DatasetValidatorTest {

    private static final DatasetValidator VALIDATOR = DatasetValidator.withDefaults();

    private static ValidationReport validateWith(Observation extra) {
        return VALIDATOR.validate(Fixtures.dataset().toBuilder().observation(extra).build());
    }

    private static Observation extra(Target target, String indicator, Measurement m) {
        return Fixtures.observation(target, indicator, m).withSource("report-2");
    }

    @Test
    void validDataset_hasNoProblem() {
        assertThat(VALIDATOR.validate(Fixtures.dataset()).problems()).isEmpty();
    }

    @Test
    void everyProblemIsReported_notJustTheFirst() {
        Dataset d = Fixtures.dataset().toBuilder()
                .observation(extra(Target.countryArea(BO, DRUGS), "cocaine-trade", Measurement.of(11)))
                .observation(extra(Target.countryArea(CL, DRUGS), "cocaine-trade", Measurement.of(7.3)))
                .observation(extra(Target.country(BO), "heroin", Measurement.of(1)))
                .observation(extra(Target.country(BO), "seizures", Measurement.UNKNOWN))
                .build();
        ValidationReport report = VALIDATOR.validate(d);
        assertThat(report.isValid()).isFalse();
        assertThat(report.errors()).extracting(Problem::rule).containsExactly(Rules.VALUE_OFF_SCALE,
                Rules.VALUE_OFF_STEP, Rules.UNKNOWN_INDICATOR, Rules.UNKNOWN_NOT_ALLOWED);
        assertThat(report.errors()).extracting(Problem::path).containsExactly("observations[10].measurement",
                "observations[11].measurement", "observations[12].indicator", "observations[13].measurement");
    }

    // ---- annotations ----

    @Test
    void malformedKey_isReportedAtTheKey() {
        Dataset d = Fixtures.dataset().toBuilder()
                .indicator(Fixtures.indicator("Cocaine Trade", TargetKind.COUNTRY, new Scale.Bool())).build();
        assertProblem(only(VALIDATOR.validate(d), Rules.MALFORMED_KEY), ERROR, "indicators[4].key", "Cocaine Trade",
                "'Cocaine Trade' is not a well-formed key: use lower-case letters and digits in words joined by '-',"
                        + " '_' or '.' (e.g. cocaine-trade)",
                "'Cocaine Trade' no es una clave válida: use letras minúsculas y dígitos en palabras unidas por '-',"
                        + " '_' o '.' (p. ej. cocaine-trade)");
    }

    @Test
    void blankText_isReportedAtTheProperty() {
        Dataset d = Fixtures.dataset().toBuilder().group(CriminalGroup.builder("tren-de-aragua", " ").build()).build();
        assertProblem(only(VALIDATOR.validate(d), Rules.BLANK_TEXT), ERROR, "groups[2].name", " ",
                "'name' is blank: write at least one character other than white space",
                "'name' está en blanco: escriba al menos un carácter que no sea un espacio");
    }

    // ---- identity and references ----

    @Test
    void duplicateKey_ofAnIndicator() {
        Dataset d = Fixtures.dataset().toBuilder()
                .indicator(Fixtures.indicator("seizures", TargetKind.COUNTRY, new Scale.Count())).build();
        assertProblem(only(VALIDATOR.validate(d), Rules.DUPLICATE_KEY), ERROR, "indicators[4].key", "seizures",
                "'seizures' already appears at indicators[2]: each indicator key must appear only once",
                "'seizures' ya aparece en indicators[2]: cada clave de indicador debe aparecer una sola vez");
    }

    @Test
    void duplicateKey_ofACountry() {
        Dataset d = Fixtures.dataset().toBuilder().country(BO).build();
        assertProblem(only(VALIDATOR.validate(d), Rules.DUPLICATE_KEY), ERROR, "countries[2]", "BO",
                "'BO' already appears at countries[0]: each country must appear only once",
                "'BO' ya aparece en countries[0]: cada país debe aparecer una sola vez");
    }

    @Test
    void duplicateKey_ofALevelIgnoresCase() {
        Scale.Ordinal scale = new Scale.Ordinal(List.of(Fixtures.level("low", 1), Fixtures.level("LOW", 2)),
                OptionalDouble.empty());
        Dataset d = Fixtures.dataset().toBuilder()
                .indicator(Fixtures.indicator("corruption", TargetKind.COUNTRY, scale)).build();
        assertProblem(only(VALIDATOR.validate(d), Rules.DUPLICATE_KEY), ERROR, "indicators[4].scale.levels[1].code",
                "LOW", "'LOW' already appears at indicators[4].scale.levels[0]: each level code must appear only once",
                "'LOW' ya aparece en indicators[4].scale.levels[0]: cada código de nivel debe aparecer una sola vez");
    }

    @Test
    void unknownIndicator() {
        ValidationReport r = validateWith(extra(Target.country(BO), "heroin", Measurement.of(1)));
        assertProblem(only(r, Rules.UNKNOWN_INDICATOR), ERROR, "observations[10].indicator", "heroin",
                "indicator 'heroin' is not defined in this dataset: use one of cocaine-trade, violence, seizures,"
                        + " port-hub",
                "el indicador 'heroin' no está definido en este conjunto de datos: use uno de cocaine-trade, violence,"
                        + " seizures, port-hub");
    }

    @Test
    void unknownCountry_ofATarget() {
        ValidationReport r = validateWith(extra(Target.countryArea(Country.of("PE"), DRUGS), "cocaine-trade",
                Measurement.of(5)));
        assertProblem(only(r, Rules.UNKNOWN_COUNTRY), ERROR, "observations[10].target", "PE",
                "country PE is not a participating country of this dataset: use one of BO, CL",
                "el país PE no participa en este conjunto de datos: use uno de BO, CL");
    }

    @Test
    void unknownCountry_ofAContributor() {
        ValidationReport r = validateWith(extra(Target.country(BO), "seizures", Measurement.of(4))
                .withContributor(Country.of("PY"), "policia"));
        assertProblem(only(r, Rules.UNKNOWN_COUNTRY), ERROR, "observations[10].contributor", "PY",
                "country PY is not a participating country of this dataset: use one of BO, CL",
                "el país PY no participa en este conjunto de datos: use uno de BO, CL");
    }

    @Test
    void unknownCrimeArea_ofATarget() {
        ValidationReport r = validateWith(extra(Target.countryArea(CL, "cybercrime"), "cocaine-trade",
                Measurement.of(5)));
        assertProblem(only(r, Rules.UNKNOWN_CRIME_AREA), ERROR, "observations[10].target", "cybercrime",
                "crime area 'cybercrime' is not in the catalogue: use one of drug-trafficking, arms-trafficking",
                "el área delictiva 'cybercrime' no está en el catálogo: use una de drug-trafficking, arms-trafficking");
    }

    @Test
    void unknownCrimeArea_ofAGroup() {
        Dataset d = Fixtures.dataset().toBuilder()
                .group(CriminalGroup.builder("los-choneros", "Los Choneros").secondaryCrimeArea(ARMS, "extortion")
                        .build()).build();
        assertProblem(only(VALIDATOR.validate(d), Rules.UNKNOWN_CRIME_AREA), ERROR,
                "groups[2].secondaryCrimeAreas[1]", "extortion",
                "crime area 'extortion' is not in the catalogue: use one of drug-trafficking, arms-trafficking",
                "el área delictiva 'extortion' no está en el catálogo: use una de drug-trafficking, arms-trafficking");
    }

    @Test
    void crimeAreaCycle_isReportedForEveryAreaOnIt() {
        Dataset d = Fixtures.dataset().toBuilder().crimeAreas(CrimeAreaCatalogue.of(List.of(
                CrimeArea.of(DRUGS, LocalizedText.same(DRUGS)).withParent(ARMS),
                CrimeArea.of(ARMS, LocalizedText.same(ARMS)).withParent(DRUGS)))).build();
        List<Problem> cycles = VALIDATOR.validate(d).problems().stream()
                .filter(p -> p.rule().equals(Rules.CRIME_AREA_CYCLE)).toList();
        assertThat(cycles).extracting(Problem::path)
                .containsExactly("crimeAreas[0].parent", "crimeAreas[1].parent");
        assertProblem(cycles.get(0), ERROR, "crimeAreas[0].parent", ARMS,
                "crime area 'drug-trafficking' is its own ancestor (drug-trafficking -> arms-trafficking ->"
                        + " drug-trafficking): parents must form a hierarchy without cycles",
                "el área delictiva 'drug-trafficking' es su propio ancestro (drug-trafficking -> arms-trafficking ->"
                        + " drug-trafficking): los padres deben formar una jerarquía sin ciclos");
    }

    @Test
    void unknownGroup_ofALink() {
        Dataset d = Fixtures.dataset().toBuilder()
                .group(CriminalGroup.builder("tren-de-aragua", "Tren de Aragua")
                        .link(CriminalGroup.LinkType.RIVALRY, "pcc")
                        .link(CriminalGroup.LinkType.SUPPLIER, "zetas").build()).build();
        assertProblem(only(VALIDATOR.validate(d), Rules.UNKNOWN_GROUP), ERROR, "groups[2].links[1].group", "zetas",
                "group 'zetas' is not defined in this dataset: define it under groups or use one of pcc, cv,"
                        + " tren-de-aragua",
                "el grupo 'zetas' no está definido en este conjunto de datos: defínalo en groups o use uno de pcc, cv,"
                        + " tren-de-aragua");
    }

    @Test
    void unknownGroup_ofATarget() {
        ValidationReport r = validateWith(extra(Target.group("zetas"), "violence", Measurement.level("low")));
        assertThat(only(r, Rules.UNKNOWN_GROUP).path()).isEqualTo("observations[10].target");
    }

    @Test
    void selfLink() {
        Dataset d = Fixtures.dataset().toBuilder()
                .group(CriminalGroup.builder("fac", "FAC").link(CriminalGroup.LinkType.SPLINTER, "fac").build())
                .build();
        assertProblem(only(VALIDATOR.validate(d), Rules.SELF_LINK), ERROR, "groups[2].links[0].group", "fac",
                "group 'fac' links to itself: a link must name another group",
                "el grupo 'fac' se enlaza consigo mismo: un enlace debe nombrar otro grupo");
    }

    @Test
    void targetKindMismatch() {
        ValidationReport r = validateWith(extra(Target.country(BO), "cocaine-trade", Measurement.of(5)));
        assertProblem(only(r, Rules.TARGET_KIND_MISMATCH), ERROR, "observations[10].target", "BO",
                "target BO is a country (CC) but indicator 'cocaine-trade' describes a country in a crime area"
                        + " (CC/crime-area)",
                "el objetivo BO es un país (CC), pero el indicador 'cocaine-trade' describe un país en un área"
                        + " delictiva (CC/área)");
    }

    // ---- values ----

    @Test
    void valueOffScale() {
        ValidationReport r = validateWith(extra(Target.countryArea(BO, DRUGS), "cocaine-trade", Measurement.of(11)));
        assertProblem(only(r, Rules.VALUE_OFF_SCALE), ERROR, "observations[10].measurement", "11",
                "11 is outside the scale 1..10 in steps of 0.5 of indicator 'cocaine-trade'",
                "11 está fuera de la escala 1..10 en pasos de 0.5 del indicador 'cocaine-trade'");
    }

    @Test
    void valueOffScale_ofACount() {
        ValidationReport r = validateWith(extra(Target.country(CL), "seizures", Measurement.of(-1)));
        assertProblem(only(r, Rules.VALUE_OFF_SCALE), ERROR, "observations[10].measurement", "-1",
                "-1 is outside the scale 0, 1, 2, ... of indicator 'seizures'",
                "-1 está fuera de la escala 0, 1, 2, ... del indicador 'seizures'");
    }

    @Test
    void valueOffStep() {
        ValidationReport r = validateWith(extra(Target.countryArea(BO, DRUGS), "cocaine-trade",
                Measurement.of(7.3)));
        assertProblem(only(r, Rules.VALUE_OFF_STEP), ERROR, "observations[10].measurement", "7.3",
                "7.3 is not on the scale 1..10 in steps of 0.5 of indicator 'cocaine-trade': the nearest allowed"
                        + " values are 7 and 7.5",
                "7.3 no está en la escala 1..10 en pasos de 0.5 del indicador 'cocaine-trade': los valores permitidos"
                        + " más cercanos son 7 y 7.5");
    }

    @Test
    void valueOffStep_ofACountAndOfZeroOne() {
        ValidationReport count = validateWith(extra(Target.country(CL), "seizures", Measurement.of(2.5)));
        assertThat(only(count, Rules.VALUE_OFF_STEP).message().en()).isEqualTo("2.5 is not on the scale 0, 1, 2,"
                + " ... of indicator 'seizures': the nearest allowed values are 2 and 3");
        ValidationReport bool = validateWith(extra(Target.country(CL), "port-hub", Measurement.of(0.5)));
        assertThat(only(bool, Rules.VALUE_OFF_STEP).message().en()).isEqualTo("0.5 is not on the scale 0/1 of"
                + " indicator 'port-hub': the nearest allowed values are 0 and 1");
    }

    @Test
    void valueOffStep_nearTheTopOfAScaleNotEndingOnAStep() {
        Dataset d = Fixtures.dataset().toBuilder()
                .indicator(Fixtures.indicator("risk", TargetKind.COUNTRY, Scale.Continuous.of(1, 10, 4)))
                .observation(extra(Target.country(BO), "risk", Measurement.of(9.5))).build();
        assertThat(only(VALIDATOR.validate(d), Rules.VALUE_OFF_STEP).message().en()).isEqualTo("9.5 is not on the"
                + " scale 1..10 in steps of 4 of indicator 'risk': the nearest allowed value is 9");
    }

    @Test
    void nonFiniteValue() {
        ValidationReport r = validateWith(extra(Target.country(BO), "seizures", Measurement.of(Double.NaN)));
        assertProblem(only(r, Rules.NON_FINITE_VALUE), ERROR, "observations[10].measurement", "NaN",
                "NaN is not a finite number: indicator 'seizures' takes values on the scale 0, 1, 2, ...",
                "NaN no es un número finito: el indicador 'seizures' toma valores en la escala 0, 1, 2, ...");
    }

    @Test
    void nonFiniteValue_ofAnOrdinalScalesUnknown() {
        Scale.Ordinal scale = new Scale.Ordinal(List.of(Fixtures.level("low", 1)),
                OptionalDouble.of(Double.POSITIVE_INFINITY));
        Dataset d = Fixtures.dataset().toBuilder()
                .indicator(Fixtures.indicator("corruption", TargetKind.COUNTRY, scale)).build();
        assertProblem(only(VALIDATOR.validate(d), Rules.NON_FINITE_VALUE), ERROR,
                "indicators[4].scale.unknownValue", "Infinity",
                "the value of UNKNOWN, Infinity, is not a finite number",
                "el valor de UNKNOWN, Infinity, no es un número finito");
    }

    @Test
    void unknownNotAllowed() {
        ValidationReport r = validateWith(extra(Target.country(BO), "seizures", Measurement.UNKNOWN));
        assertProblem(only(r, Rules.UNKNOWN_NOT_ALLOWED), ERROR, "observations[10].measurement", "UNKNOWN",
                "UNKNOWN is not allowed on the scale 0, 1, 2, ... of indicator 'seizures': give a value, or leave the"
                        + " observation out if it is missing",
                "UNKNOWN no está permitido en la escala 0, 1, 2, ... del indicador 'seizures': dé un valor, u omita la"
                        + " observación si falta");
    }

    @Test
    void levelUnknown() {
        ValidationReport r = validateWith(extra(Target.group("cv"), "violence", Measurement.level("extreme")));
        assertProblem(only(r, Rules.LEVEL_UNKNOWN), ERROR, "observations[10].measurement", "extreme",
                "level 'extreme' is not on the scale of indicator 'violence': use nil, low, medium, high or UNKNOWN",
                "el nivel 'extreme' no está en la escala del indicador 'violence': use nil, low, medium, high o"
                        + " UNKNOWN");
    }

    @Test
    void measurementKindMismatch_numberForLevels() {
        ValidationReport r = validateWith(extra(Target.group("cv"), "violence", Measurement.of(3)));
        assertProblem(only(r, Rules.MEASUREMENT_KIND_MISMATCH), ERROR, "observations[10].measurement", "3",
                "3 is a number but indicator 'violence' takes levels: use nil, low, medium, high or UNKNOWN",
                "3 es un número, pero el indicador 'violence' toma niveles: use nil, low, medium, high o UNKNOWN");
    }

    @Test
    void measurementKindMismatch_levelForNumbers() {
        ValidationReport r = validateWith(extra(Target.country(BO), "seizures", Measurement.level("high")));
        assertProblem(only(r, Rules.MEASUREMENT_KIND_MISMATCH), ERROR, "observations[10].measurement", "high",
                "'high' is a level but indicator 'seizures' takes numbers on the scale 0, 1, 2, ...",
                "'high' es un nivel, pero el indicador 'seizures' toma números en la escala 0, 1, 2, ...");
    }

    @Test
    void duplicateObservation() {
        Observation first = Fixtures.dataset().observations().get(0);
        ValidationReport r = validateWith(first.withMeasurement(Measurement.of(8)));
        assertProblem(only(r, Rules.DUPLICATE_OBSERVATION), ERROR, "observations[10]",
                "BO/drug-trafficking cocaine-trade 2023",
                "the observation repeats observations[0]: same target BO/drug-trafficking, indicator 'cocaine-trade',"
                        + " period 2023 and source (- / - / -); keep one, or tell the sources apart",
                "la observación repite observations[0]: mismo objetivo BO/drug-trafficking, indicador"
                        + " 'cocaine-trade', período 2023 y fuente (- / - / -); conserve una o distinga las fuentes");
    }

    @Test
    void duplicateObservation_notWhenTheSourcesDiffer() {
        Observation first = Fixtures.dataset().observations().get(0);
        ValidationReport r = validateWith(first.withContributor(BO, "felcn"));
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void malformedGrade() {
        ValidationReport r = validateWith(extra(Target.country(BO), "seizures", Measurement.of(4))
                .withGrade(SourceGrade.parse("G2")));
        assertProblem(only(r, Rules.MALFORMED_GRADE), ERROR, "observations[10].grade", "G2",
                "'G2' is not an Admiralty grade: source reliability A-F followed by information credibility 1-6,"
                        + " e.g. B2",
                "'G2' no es un grado del código del Almirantazgo: fiabilidad de la fuente A-F seguida de credibilidad"
                        + " de la información 1-6, p. ej. B2");
    }

    @Test
    void malformedGrade_ofTheUkSystem() {
        ValidationReport r = validateWith(extra(Target.country(BO), "seizures", Measurement.of(4))
                .withGrade(SourceGrade.parse("4AP")));
        assertThat(only(r, Rules.MALFORMED_GRADE).message().en()).isEqualTo("'4AP' is not a UK 3x5x2 grade: source"
                + " 1-3, intelligence A-E and handling P or C, e.g. 2BP");
    }

    @Test
    void reservedLevelCode() {
        Scale.Ordinal scale = new Scale.Ordinal(List.of(Fixtures.level("none", 0), Fixtures.level("unknown", 1),
                Fixtures.level("2nd", 2)), OptionalDouble.empty());
        Dataset d = Fixtures.dataset().toBuilder()
                .indicator(Fixtures.indicator("corruption", TargetKind.COUNTRY, scale)).build();
        List<Problem> found = VALIDATOR.validate(d).problems().stream()
                .filter(p -> p.rule().equals(Rules.RESERVED_LEVEL_CODE)).toList();
        assertThat(found).hasSize(2);
        assertProblem(found.get(0), ERROR, "indicators[4].scale.levels[1].code", "unknown",
                "level code 'unknown' would read as UNKNOWN in text: choose another code",
                "el código de nivel 'unknown' se leería como UNKNOWN en un texto: elija otro código");
        assertThat(found.get(1).message().en())
                .isEqualTo("level code '2nd' would read as a malformed number in text: choose another code");
    }

    @Test
    void levelsNotAscending() {
        Scale.Ordinal scale = new Scale.Ordinal(List.of(Fixtures.level("low", 1), Fixtures.level("high", 4),
                Fixtures.level("medium", 2)), OptionalDouble.empty());
        Dataset d = Fixtures.dataset().toBuilder()
                .indicator(Fixtures.indicator("corruption", TargetKind.COUNTRY, scale)).build();
        assertProblem(only(VALIDATOR.validate(d), Rules.LEVELS_NOT_ASCENDING), WARNING,
                "indicators[4].scale.levels[2].value", "2",
                "level 'medium' stands for 2, less than 4 of the level before it, 'high': list the levels in"
                        + " ascending order of threat",
                "el nivel 'medium' vale 2, menos que 4 del nivel anterior, 'high': ordene los niveles de menor a mayor"
                        + " amenaza");
    }

    @Test
    void periodOutsideCycle() {
        Observation old = Observation.of(Target.country(BO), "seizures", Measurement.of(3),
                ReportingPeriod.parse("2019"));
        ValidationReport r = validateWith(old);
        assertProblem(only(r, Rules.PERIOD_OUTSIDE_CYCLE), WARNING, "observations[10].period", "2019",
                "period 2019 does not overlap the dataset's period 2023: check the year",
                "el período 2019 no se solapa con el período 2023 del conjunto de datos: revise el año");
        assertThat(r.isValid()).isTrue();
    }

    // ---- data quality ----

    @Test
    void lowCoverage_perIndicatorAndPerCell() {
        Dataset full = Fixtures.dataset();
        List<Observation> kept = full.observations().subList(3, NEXT_OBSERVATION);
        Dataset d = Dataset.builder(full.id()).period(full.period()).countries(full.countries())
                .crimeAreas(full.crimeAreas()).indicators(full.indicators()).groups(full.groups())
                .observations(kept).build();
        List<Problem> found = VALIDATOR.validate(d).problems();
        assertThat(found).extracting(Problem::rule).containsOnly(Rules.LOW_COVERAGE);
        assertThat(found).extracting(Problem::path)
                .containsExactly("indicators[0]", "countries[0]", "countries[0]", "countries[1]");
        assertProblem(found.get(0), WARNING, "indicators[0]", "1/4",
                "indicator 'cocaine-trade' has observations for 1 of 4 expected country x crime area cells (25%),"
                        + " below the coverage threshold of 50%",
                "el indicador 'cocaine-trade' tiene observaciones para 1 de 4 celdas país x área delictiva esperadas"
                        + " (25%), por debajo del umbral de cobertura de 50%");
        // "Expected" agrees with the noun: celdas and células are feminine.
        assertThat(found.get(0).message().pt()).isEqualTo("o indicador 'cocaine-trade' tem observações para 1 de 4"
                + " células país x área criminal esperadas (25%), abaixo do limiar de cobertura de 50%");
        assertProblem(found.get(1), WARNING, "countries[0]", "BO/drug-trafficking",
                "BO/drug-trafficking has observations for 0 of 1 country x crime area indicators (0%), below the"
                        + " coverage threshold of 50%",
                "BO/drug-trafficking tiene observaciones para 0 de 1 indicadores de país y área delictiva (0%), por"
                        + " debajo del umbral de cobertura de 50%");
    }

    @Test
    void lowCoverage_followsTheThreshold() {
        Dataset full = Fixtures.dataset();
        Dataset half = Dataset.builder(full.id()).period(full.period()).countries(full.countries())
                .crimeAreas(full.crimeAreas()).indicators(full.indicators()).groups(full.groups())
                .observations(full.observations().subList(2, NEXT_OBSERVATION)).build();
        assertThat(VALIDATOR.validate(half).problems()).extracting(Problem::path)
                .containsExactly("countries[0]", "countries[0]");
        assertThat(VALIDATOR.withCoverageThreshold(0.75).validate(half).problems()).extracting(Problem::path)
                .containsExactly("indicators[0]", "countries[0]", "countries[0]");
        assertThat(VALIDATOR.withCoverageThreshold(0).validate(half).problems()).isEmpty();
    }

    @Test
    void poorSourcesOnly() {
        Target cell = Target.countryArea(BO, DRUGS);
        Observation poor = Observation.of(cell, "cocaine-trade", Measurement.of(9), ReportingPeriod.year(2022))
                .withGrade(SourceGrade.admiralty('E', 3)).withSource("rumour");
        Dataset d = Fixtures.dataset().toBuilder().observation(poor)
                .observation(poor.withGrade(SourceGrade.admiralty('B', 5)).withSource("informant")).build();
        assertProblem(only(VALIDATOR.withCoverageThreshold(0).validate(d), Rules.POOR_SOURCES_ONLY), WARNING,
                "observations[10].grade", "E3, B5",
                "BO/drug-trafficking, indicator 'cocaine-trade', period 2022 rests only on poorly graded sources"
                        + " (E3, B5): corroborate it with a source graded A-D and 1-4 (or 1-2 and A-C in 3x5x2)",
                "BO/drug-trafficking, indicador 'cocaine-trade', período 2022, se apoya solo en fuentes mal"
                        + " calificadas (E3, B5): corrobórelo con una fuente A-D y 1-4 (o 1-2 y A-C en 3x5x2)");
    }

    @Test
    void poorSourcesOnly_notWhenOneSourceIsGood() {
        Observation poor = extra(Target.countryArea(BO, DRUGS), "cocaine-trade", Measurement.of(9))
                .withGrade(SourceGrade.parse("3DC"));
        assertThat(validateWith(poor).problems()).isEmpty();
    }

    // ---- configuration ----

    @Test
    void withCoverageThreshold_rejectsSharesOutsideZeroToOne() {
        assertThatThrownBy(() -> VALIDATOR.withCoverageThreshold(1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("coverage threshold 1.5 is not a share in [0, 1]");
        assertThatThrownBy(() -> VALIDATOR.withCoverageThreshold(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void validator_isAValueAndSerialisable() throws IOException, ClassNotFoundException {
        DatasetValidator v = VALIDATOR.withCoverageThreshold(0.3);
        assertThat(v).isEqualTo(DatasetValidator.withDefaults().withCoverageThreshold(0.3))
                .hasSameHashCodeAs(DatasetValidator.withDefaults().withCoverageThreshold(0.3))
                .isNotEqualTo(VALIDATOR).hasToString("DatasetValidator[coverageThreshold=0.3]");
        assertThat(VALIDATOR.coverageThreshold()).isEqualTo(DatasetValidator.DEFAULT_COVERAGE_THRESHOLD);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(v);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(v);
        }
    }

    @Test
    void rules_areDistinctKebabCaseIdentifiers() {
        assertThat(Rules.all()).hasSize(45).allMatch(r -> r.matches("[a-z]+(-[a-z]+)*"));
    }
}
