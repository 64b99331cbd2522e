package lat.ideal.io.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import lat.ideal.io.GitocImport;
import lat.ideal.io.GitocImporter;
import lat.ideal.model.Country;
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
import lat.ideal.model.Target;
import lat.ideal.model.TargetKind;
import lat.ideal.model.Tlp;
import lat.ideal.scoring.Presets;
import lat.ideal.scoring.Scorer;
import lat.ideal.scoring.ScoringResult;

/**
 * Small fixed datasets for the report tests. Every value here is invented (fictional test data), except the GI-TOC
 * subset read from {@code gitoc-ocindex-2023-subset.csv}, which is the publisher's.
 */
final class ReportFixtures {
    static final ReportingPeriod Y2023 = ReportingPeriod.year(2023);
    static final Country BO = Country.of("BO");
    static final Country CO = Country.of("CO");
    static final Country PE = Country.of("PE");
    static final String DRUGS = CrimeAreaCatalogue.DRUG_TRAFFICKING;
    static final String ARMS = CrimeAreaCatalogue.ARMS_TRAFFICKING;
    static final String ENVIRONMENT = CrimeAreaCatalogue.ENVIRONMENTAL_CRIME;

    /** The only TLP:RED value that is not in a RED-only cell: Bolivia, environmental crime, market size. */
    static final String RED_VALUE = "8.765";
    /** The same cell's TLP:RED value in the previous cycle ({@link #soctaPrevious()}): {@link #RED_VALUE} - 1. */
    static final String PREVIOUS_RED_VALUE = "7.765";
    /** How much lower every value of the previous cycle is. */
    private static final double PREVIOUS_SHIFT = 1;
    /** The source named only by TLP:RED observations. */
    static final String RED_SOURCE = "Fixture source: restricted informant reporting (fictional)";
    /** The source named only by the TLP:AMBER observation. */
    static final String AMBER_SOURCE = "Fixture source: partner agency assessment (fictional)";
    static final String OPEN_SOURCE = "Fixture source: national crime statistics (fictional)";
    static final String GREEN_SOURCE = "Fixture source: joint analysis workshop (fictional)";
    /** A name that would run a script if it reached an HTML page unescaped. */
    static final String HOSTILE = "<img src=x onerror=alert(1)>";

    private static final Scale SCORE = Scale.Continuous.of(0, 10);

    private ReportFixtures() {
    }

    private static IndicatorDefinition indicator(String key, String block, TargetKind target, Polarity polarity,
                                                 String es, String en, String pt) {
        return new IndicatorDefinition(key, LocalizedText.of(es, en, pt), block, target, polarity, "score", SCORE);
    }

    private static Observation cell(Country c, String area, String indicator, double value, Tlp marking,
                                    String source) {
        return Observation.of(Target.countryArea(c, area), indicator, Measurement.of(value), Y2023)
                .withHandling(marking).withSource(source);
    }

    private static Observation open(Country c, String area, String indicator, double value) {
        return cell(c, area, indicator, value, Tlp.CLEAR, OPEN_SOURCE);
    }

    private static Observation national(Country c, String indicator, double value, Tlp marking) {
        return Observation.of(Target.country(c), indicator, Measurement.of(value), Y2023).withHandling(marking)
                .withSource(marking == Tlp.CLEAR ? OPEN_SOURCE : GREEN_SOURCE);
    }

    /**
     * Three countries x three crime areas on the {@code ideal-socta} preset's four blocks, two indicators each, with
     * a missing cell, an UNKNOWN cell, GREEN and AMBER observations, one RED value ({@link #RED_VALUE}) beside a
     * GREEN one, and a cell (Peru, arms trafficking) whose own observations are all RED.
     */
    static Dataset socta() {
        return socta(2023, 0);
    }

    /**
     * The previous cycle (2022) of {@link #socta()}: the same cells and markings, every value one lower, and
     * Colombia's environmental crime not yet assessed (its observations start in 2023).
     */
    static Dataset soctaPrevious() {
        return socta(2022, PREVIOUS_SHIFT);
    }

    private static Dataset socta(int year, double shift) {
        ReportingPeriod period = ReportingPeriod.year(year);
        String k = IndicatorDefinition.GROUP_CAPABILITY;
        String m = IndicatorDefinition.CRIMINAL_MARKETS;
        String h = IndicatorDefinition.HARM;
        String f = IndicatorDefinition.CRIME_RELEVANT_FACTORS;
        TargetKind cca = TargetKind.COUNTRY_CRIME_AREA;
        Dataset.Builder b = Dataset.builder("FIXTURE-" + year).title("Fixture threat assessment " + year).period(period)
                .country(BO, CO, PE)
                .indicator(indicator("market-size", m, cca, Polarity.POSITIVE, "Tamaño del mercado", "Market size",
                        "Tamanho do mercado"))
                .indicator(indicator("market-reach", m, cca, Polarity.POSITIVE, "Alcance del mercado",
                        "Market reach", "Alcance do mercado"))
                .indicator(indicator("group-violence", k, cca, Polarity.POSITIVE, "Violencia de los grupos",
                        "Group violence", "Violência dos grupos"))
                .indicator(indicator("group-corruption", k, cca, Polarity.POSITIVE, "Corrupción por los grupos",
                        "Group corruption", "Corrupção pelos grupos"))
                .indicator(indicator("harm-victims", h, cca, Polarity.POSITIVE, "Daño a las víctimas",
                        "Harm to victims", "Dano às vítimas"))
                .indicator(indicator("harm-environment", h, cca, Polarity.POSITIVE, "Daño ambiental",
                        "Environmental harm", "Dano ambiental"))
                .indicator(indicator("border-porosity", f, TargetKind.COUNTRY, Polarity.POSITIVE,
                        "Porosidad de las fronteras", "Border porosity", "Porosidade das fronteiras"))
                .indicator(indicator("state-resilience", f, TargetKind.COUNTRY, Polarity.NEGATIVE,
                        "Resiliencia del Estado", "State resilience", "Resiliência do Estado"));
        List<Observation> obs = new ArrayList<>();
        obs.addAll(row(BO, DRUGS, 8, 7.5, 6, 7, 5, 4));
        obs.addAll(row(BO, ARMS, 4, 3.5, 5, 4.5, 3, Double.NaN));
        obs.add(cell(BO, ENVIRONMENT, "market-size", Double.parseDouble(RED_VALUE), Tlp.RED, RED_SOURCE));
        obs.add(cell(BO, ENVIRONMENT, "market-reach", 6, Tlp.GREEN, GREEN_SOURCE));
        obs.addAll(row(BO, ENVIRONMENT, Double.NaN, Double.NaN, 3, 5.5, 2, 9));
        obs.addAll(row(CO, DRUGS, 9, 8.5, 8, 8, 7, 5));
        obs.addAll(row(CO, ARMS, 6, 5, 7.5, Double.NaN, 6, Double.NaN));
        obs.add(Observation.of(Target.countryArea(CO, ARMS), "group-corruption", Measurement.UNKNOWN, Y2023)
                .withSource(OPEN_SOURCE));
        if (shift == 0) {
            obs.addAll(row(CO, ENVIRONMENT, 5, 4, 4, 3, 3, Double.NaN));
            obs.add(cell(CO, ENVIRONMENT, "harm-environment", 7.5, Tlp.AMBER, AMBER_SOURCE));
        }
        obs.addAll(row(PE, DRUGS, 7, 6.5, 5, 6, 4.5, 3.5));
        obs.add(cell(PE, ARMS, "market-size", 5.5, Tlp.RED, RED_SOURCE));
        obs.add(cell(PE, ARMS, "group-violence", 4, Tlp.RED, RED_SOURCE));
        obs.addAll(row(PE, ENVIRONMENT, 6.5, 5, Double.NaN, Double.NaN, 4, 8));
        obs.add(national(BO, "border-porosity", 6, Tlp.CLEAR));
        obs.add(national(BO, "state-resilience", 4, Tlp.CLEAR));
        obs.add(national(CO, "border-porosity", 7, Tlp.CLEAR));
        obs.add(national(CO, "state-resilience", 5, Tlp.GREEN));
        obs.add(national(PE, "border-porosity", 5, Tlp.CLEAR));
        obs.add(national(PE, "state-resilience", 3.5, Tlp.CLEAR));
        for (Observation o : obs) {
            Measurement value = o.measurement() instanceof Measurement.Numeric
                    ? Measurement.of(((Measurement.Numeric) o.measurement()).value() - shift) : o.measurement();
            b.observation(new Observation(o.target(), o.indicator(), value, period, o.grade(), o.source(), o.handling(),
                    o.contributor(), o.agency(), o.rationale()));
        }
        return b.build();
    }

    /** Open observations of one cell's six indicators, in the fixture's order; NaN leaves one out. */
    private static List<Observation> row(Country c, String area, double... v) {
        String[] keys = {"market-size", "market-reach", "group-violence", "group-corruption", "harm-victims",
            "harm-environment"};
        List<Observation> out = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            if (!Double.isNaN(v[i])) {
                out.add(open(c, area, keys[i], v[i]));
            }
        }
        return out;
    }

    static ScoringResult score(Dataset dataset, String preset) {
        return Scorer.of(Presets.methodology(preset, dataset)).score(dataset);
    }

    static ScoringResult soctaResult() {
        return score(socta(), "ideal-socta");
    }

    static ScoringResult soctaPreviousResult() {
        return score(soctaPrevious(), "ideal-socta");
    }

    /** The five South American rows of GI-TOC's 2023 index (see the README beside the file). */
    static GitocImport gitoc() {
        try (InputStream in = ReportFixtures.class.getResourceAsStream("gitoc-ocindex-2023-subset.csv")) {
            if (in == null) {
                throw new IllegalStateException("gitoc-ocindex-2023-subset.csv is missing from the test resources");
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return GitocImporter.withDefaults().read("gitoc-ocindex-2023-subset.csv", r, 2023).orElseThrow();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Three criminal groups rated on Sleipnir v1, one of them named {@link #HOSTILE}, with a hostile rationale. */
    static Dataset groups() {
        Dataset.Builder b = Dataset.builder("GROUPS-2023").title("Groups " + HOSTILE).period(Y2023)
                .country(BO, PE).indicators(Presets.indicators("sleipnir-v1"));
        String[] ids = {"group-a", "group-b", "group-c"};
        String[] names = {"Fixture network A (fictional)", HOSTILE, "Fixture clan \"C\" & partners (fictional)"};
        String[] levels = {"high", "medium", "low", "nil", "unknown"};
        List<IndicatorDefinition> attributes = Presets.indicators("sleipnir-v1");
        for (int g = 0; g < ids.length; g++) {
            b.group(CriminalGroup.builder(ids[g], names[g]).presentIn(BO).mainCrimeArea(DRUGS).build());
            for (int a = 0; a < attributes.size(); a++) {
                Measurement level = levels[(a + g) % levels.length].equals("unknown") ? Measurement.UNKNOWN
                        : Measurement.level(levels[(a + g) % levels.length]);
                b.observation(Observation.of(Target.group(ids[g]), attributes.get(a).key(), level, Y2023)
                        .withSource(g == 1 ? HOSTILE : OPEN_SOURCE).withRationale(HOSTILE));
            }
        }
        return b.build();
    }
}
