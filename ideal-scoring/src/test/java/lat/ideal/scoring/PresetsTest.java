package lat.ideal.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import lat.ideal.model.method.Methodology;
import lat.ideal.model.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

final class PresetsTest {
    private static final ReportingPeriod PERIOD = ReportingPeriod.year(2024);
    /** Published values are integers for Sleipnir; the unrounded sums of small integers are exact. */
    private static final double EXACT = 0;
    private static final List<String> SLEIPNIR_ORDER = List.of("corruption", "violence", "infiltration", "expertise",
            "sophistication", "subversion", "strategy", "discipline", "insulation", "intelligence-use",
            "multiple-enterprises", "mobility", "stability", "scope", "monopoly", "group-cohesiveness", "continuity",
            "links-to-other-oc-groups", "links-to-criminal-extremist-groups");

    static List<String> names() {
        return Presets.names();
    }

    @ParameterizedTest(name = "{0} reads without problems and describes itself")
    @MethodSource("names")
    void everyShippedPresetReads(String name) {
        Preset preset = Presets.preset(name);
        assertThat(preset.id()).isEqualTo(name);
        assertThat(preset.sources()).isNotEmpty();
        assertThat(Presets.describe(name)).startsWith(name + " - ").contains(preset.title().en());
    }

    @ParameterizedTest(name = "{0} describes itself in es, en and pt")
    @MethodSource("names")
    void everyShippedPresetDescribesItselfInEachLanguage(String name) {
        Preset preset = Presets.preset(name);
        LocalizedText d = preset.descriptions();
        assertThat(d.en()).isEqualTo(preset.description());
        assertThat(d.es()).isNotEqualTo(d.en());
        assertThat(d.pt()).isNotEqualTo(d.en()).isNotEqualTo(d.es());
        // Every figure of the English description is in the translations too (decimal points become commas).
        List<String> figures = new ArrayList<>();
        Matcher m = Pattern.compile("\\d+(?:\\.\\d+)?").matcher(d.en());
        while (m.find()) {
            figures.add(m.group().replace('.', ','));
        }
        assertThat(figures).allSatisfy(f -> {
            assertThat(d.es()).contains(f);
            assertThat(d.pt()).contains(f);
        });
    }

    @Test
    void descriptionsOfAMethodology_onlyWhereItIsAPresetsOwn() {
        Methodology sleipnir = Presets.methodology("sleipnir-v1");
        assertThat(Presets.descriptions(sleipnir)).hasValue(Presets.preset("sleipnir-v1").descriptions());
        // Edited by its author: the description is theirs, in the one language they wrote it in.
        Methodology edited = new Methodology(sleipnir.id(), sleipnir.version(), sleipnir.title(), "Our own weights.",
                sleipnir.sources(), sleipnir.unitKind(), sleipnir.root());
        assertThat(Presets.descriptions(edited)).isEmpty();
        Methodology other = new Methodology("mine", "1", sleipnir.title(), sleipnir.description(), sleipnir.sources(),
                sleipnir.unitKind(), sleipnir.root());
        assertThat(Presets.descriptions(other)).isEmpty();
    }

    @Test
    void aPresetFile_mayDescribeItselfInSpanishAndPortuguese() {
        String text = String.join("\n", "id = mine", "version = 1", "title.es = x", "title.en = x", "title.pt = x",
                "description = Sum of x.", "description.es = Suma de x.", "description.pt = Soma de x.",
                "unit-kind = COUNTRY", "node.x.indicator = x");
        Preset.Parsed parsed = Preset.parse("mine.properties", text);
        assertThat(parsed.report().errors()).isEmpty();
        assertThat(parsed.preset().orElseThrow().descriptions())
                .isEqualTo(LocalizedText.of("Suma de x.", "Sum of x.", "Soma de x."));
    }

    /** Groups rated on all 19 attributes at one level: METHODOLOGY.md section 3 gives the published sums. */
    @ParameterizedTest(name = "Sleipnir: every attribute {0} scores {1}")
    @CsvSource({"high, 760", "medium, 380", "UNKNOWN, 380", "low, 190", "nil, 0"})
    void sleipnirReferenceValues(String level, int expected) {
        Dataset dataset = sleipnirDataset(Map.of("g", Collections.nCopies(19, level)));
        ScoringResult result = Scorer.of(Presets.methodology("sleipnir-v1")).score(dataset);

        UnitScore g = result.node("sleipnir").score("g");
        assertThat(g.unrounded().orElseThrow()).isCloseTo(expected, org.assertj.core.data.Offset.offset(EXACT));
        assertThat(g.published().orElseThrow().toPlainString()).isEqualTo(String.valueOf(expected));
    }

    /** METHODOLOGY.md section 3: Monopoly High + Intelligence use Medium + Violence Low, all else Nil = 20 + 20 + 18. */
    @Test
    void sleipnirMixedReferenceValue() {
        List<String> levels = new ArrayList<>(Collections.nCopies(19, "nil"));
        levels.set(SLEIPNIR_ORDER.indexOf("monopoly"), "high");
        levels.set(SLEIPNIR_ORDER.indexOf("intelligence-use"), "medium");
        levels.set(SLEIPNIR_ORDER.indexOf("violence"), "low");
        ScoringResult result = Scorer.of(Presets.methodology("sleipnir-v1"))
                .score(sleipnirDataset(Map.of("g", levels)));

        assertThat(result.node("sleipnir").score("g").published().orElseThrow().toPlainString()).isEqualTo("58");
    }

    @Test
    void sleipnirUnknownCellsAreIntelligenceGaps() {
        List<String> levels = new ArrayList<>(Collections.nCopies(19, "high"));
        levels.set(0, "UNKNOWN");
        levels.set(1, "UNKNOWN");
        ScoringResult result = Scorer.of(Presets.methodology("sleipnir-v1"))
                .score(sleipnirDataset(Map.of("g", levels)));

        assertThat(result.intelligenceGaps()).extracting(IntelligenceGap::indicator)
                .containsExactly("corruption", "violence");
        assertThat(result.intelligenceGaps().get(0).value().orElseThrow()).isEqualTo(2.0);
        // 760 - (4 - 2) x 19 - (4 - 2) x 18 = 686: Unknown scores like Medium.
        assertThat(result.node("sleipnir").score("g").published().orElseThrow().toPlainString()).isEqualTo("686");
        assertThat(result.explain("g", "sleipnir").contributions().get(0).flags())
                .contains(Contribution.Flag.UNKNOWN);
    }

    @Test
    void sleipnirOrderIsAParameter() {
        List<String> reversed = new ArrayList<>(SLEIPNIR_ORDER);
        Collections.reverse(reversed);
        Preset preset = Presets.preset("sleipnir-v1",
                Map.of("node.sleipnir.weighting.order", String.join(", ", reversed)));
        List<String> levels = new ArrayList<>(Collections.nCopies(19, "nil"));
        levels.set(0, "high");
        ScoringResult result = Scorer.of(preset.methodology(preset.indicators()))
                .score(sleipnirDataset(Map.of("g", levels)));

        // Corruption is now last, rank weight 1: High gives 4 x 1.
        assertThat(result.node("sleipnir").score("g").published().orElseThrow().toPlainString()).isEqualTo("4");
    }

    /**
     * METHODOLOGY.md section 6, with invented weights A = 365, B = 20, C = 1 days and counts A = 2, B = 10, C = 100 of
     * which 5 proactive: 730 + 200 + 95 = 1025 equivalent prison days.
     */
    @Test
    void crimeHarmIndexExample() {
        Dataset.Builder b = Dataset.builder("harm").period(PERIOD).country(lat.ideal.model.Country.of("CL"));
        Target cl = Target.country(lat.ideal.model.Country.of("CL"));
        Map<String, Double> weights = new java.util.TreeMap<>();
        String[] offences = {"a", "b", "c"};
        double[] days = {365, 20, 1};
        double[] recorded = {2, 10, 100};
        double[] proactive = {0, 0, 5};
        for (int i = 0; i < 3; i++) {
            String rec = "recorded-" + offences[i];
            String pro = "proactive-" + offences[i];
            b.indicator(count(rec, "offences-recorded", Polarity.POSITIVE));
            b.indicator(count(pro, "offences-proactive", Polarity.NEGATIVE));
            b.observation(Observation.of(cl, rec, Measurement.of(recorded[i]), PERIOD));
            b.observation(Observation.of(cl, pro, Measurement.of(proactive[i]), PERIOD));
            weights.put(rec, days[i]);
            weights.put(pro, days[i]);
        }
        Dataset dataset = b.build();
        Methodology m = Presets.crimeHarmIndex(weights).methodology(dataset);

        ScoringResult result = Scorer.of(m).score(dataset);

        assertThat(result.node("crime-harm").score("CL").published().orElseThrow().toPlainString())
                .isEqualTo("1025");
        assertThat(result.explain("CL", "crime-harm").total().orElseThrow()).isEqualTo(1025.0);
    }

    /**
     * Hand calculation with the documented defaults: harm = physical substantial 3 + psychological moderate 2 +
     * financial critical 4 + community low 1 + environmental none 0 + scope national 3 + vulnerability high 2 = 15;
     * likelihood likely 4; risk = 15 x 4 = 60. Organisational position (full 3, partial 2, limited 1) = 2.
     */
    @Test
    void morileRiskIsHarmTimesLikelihood() {
        Map<String, String> levels = Map.ofEntries(Map.entry("harm-physical", "substantial"),
                Map.entry("harm-psychological", "moderate"), Map.entry("harm-financial", "critical"),
                Map.entry("harm-community", "low"), Map.entry("harm-environmental", "none"),
                Map.entry("geographic-scope", "national"), Map.entry("victim-vulnerability", "high"),
                Map.entry("likelihood", "likely"), Map.entry("confidence", "medium"), Map.entry("capacity", "full"),
                Map.entry("capability", "partial"), Map.entry("opportunity", "limited"));
        Dataset dataset = groupDataset(Presets.indicators("morile-risk"), Map.of("g", levels));

        ScoringResult result = Scorer.of(Presets.methodology("morile-risk")).score(dataset);

        assertThat(result.node("harm").score("g").unrounded().orElseThrow()).isEqualTo(15.0);
        assertThat(result.node("risk").score("g").published().orElseThrow().toPlainString()).isEqualTo("60");
        assertThat(result.node("organisational-position").score("g").published().orElseThrow().toPlainString())
                .isEqualTo("2.00");
        assertThat(result.node("confidence-level").score("g").published().orElseThrow().toPlainString())
                .isEqualTo("2");
    }

    @Test
    void morileLevelValuesAreParameters() {
        Preset preset = Presets.preset("morile-risk",
                Map.of("scale.likelihood", "ordinal remote=0.1 unlikely=0.3 possible=0.5 likely=0.7 almost-certain=0.9"));
        IndicatorDefinition likelihood = preset.indicators().stream()
                .filter(d -> d.key().equals("likelihood")).findFirst().orElseThrow();

        assertThat(likelihood.scale().numericValue(Measurement.level("likely")).getAsDouble()).isEqualTo(0.7);
    }

    @Test
    void shippedPresetsAreSharedAndReplacementsReadAfresh() {
        for (String name : Presets.names()) {
            assertThat(Presets.preset(name)).isSameAs(Presets.preset(name));
        }
        String likely = "ordinal remote=0.1 unlikely=0.3 possible=0.5 likely=0.7 almost-certain=0.9";
        Preset replaced = Presets.preset("morile-risk", Map.of("scale.likelihood", likely));
        assertThat(replaced).isNotSameAs(Presets.preset("morile-risk"));
        // The shared preset keeps its own level values whatever another call replaced.
        IndicatorDefinition shipped = Presets.preset("morile-risk").indicators().stream()
                .filter(d -> d.key().equals("likelihood")).findFirst().orElseThrow();
        assertThat(shipped.scale().numericValue(Measurement.level("likely")).getAsDouble()).isEqualTo(4);
    }

    /**
     * Hand calculation: per block, goalposts 0..10 -> 0..100, then the block means, then the weighted mean with the
     * default weights. BO/drug-trafficking: markets (8, 6) -> 70; capability 9 -> 90; harm 5 -> 50; factors: weak
     * resilience 2 with negative polarity -> 100 - 20 = 80. Threat = (0.25 x 70 + 0.30 x 90 + 0.30 x 50 + 0.15 x 80)
     * / 1.0 = 71.5, band high (50..75).
     */
    @Test
    void idealSoctaDefaultWeightsByHand() {
        lat.ideal.model.Country bo = lat.ideal.model.Country.of("BO");
        Dataset.Builder b = Dataset.builder("ideal").period(PERIOD).country(bo);
        b.indicator(scored("market-size", IndicatorDefinition.CRIMINAL_MARKETS, Polarity.POSITIVE));
        b.indicator(scored("market-profit", IndicatorDefinition.CRIMINAL_MARKETS, Polarity.POSITIVE));
        b.indicator(scored("group-violence", IndicatorDefinition.GROUP_CAPABILITY, Polarity.POSITIVE));
        b.indicator(scored("victims", IndicatorDefinition.HARM, Polarity.POSITIVE));
        b.indicator(scored("border-resilience", IndicatorDefinition.CRIME_RELEVANT_FACTORS, Polarity.NEGATIVE));
        Target cell = Target.countryArea(bo, "drug-trafficking");
        b.observation(Observation.of(cell, "market-size", Measurement.of(8), PERIOD));
        b.observation(Observation.of(cell, "market-profit", Measurement.of(6), PERIOD));
        b.observation(Observation.of(cell, "group-violence", Measurement.of(9), PERIOD));
        b.observation(Observation.of(cell, "victims", Measurement.of(5), PERIOD));
        b.observation(Observation.of(Target.country(bo), "border-resilience", Measurement.of(2), PERIOD));
        Dataset dataset = b.build();

        ScoringResult result = Scorer.of(Presets.methodology("ideal-socta", dataset)).score(dataset);

        UnitScore threat = result.node("threat").score("BO/drug-trafficking");
        assertThat(threat.published().orElseThrow().toPlainString()).isEqualTo("71.5");
        assertThat(threat.band()).contains("high");
        assertThat(result.node("factors").score("BO/drug-trafficking").published().orElseThrow().toPlainString())
                .isEqualTo("80.0");
    }

    @Test
    void gitocNeedsItsBlocksInTheData() {
        Dataset empty = Dataset.builder("empty").period(PERIOD).build();

        assertThatThrownBy(() -> Presets.methodology("gitoc-ocindex", empty))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("block 'criminal-markets'");
        assertThatThrownBy(() -> Presets.methodology("gitoc-ocindex"))
                .hasMessageContaining("takes its indicators from the data");
        assertThat(Presets.indicators("gitoc-ocindex")).hasSize(32);
    }

    @Test
    void unknownPresetIsAnError() {
        assertThatThrownBy(() -> Presets.preset("official-ideal")).hasMessageContaining("no preset 'official-ideal'");
    }

    @Test
    void readerReportsEveryProblemWithFileAndLine() {
        String text = String.join("\n",
                "id = broken",
                "version = 1",
                "title.es = x",
                "title.en = x",
                "title.pt = x",
                "description = x",
                "unit-kind = PLANET",
                "node.a.aggregation = MEDIAN",
                "node.b.parent = c",
                "node.c.parent = b",
                "node.d.parent = nowhere",
                "node.d.indicator = x",
                "node.a.weight = -1",
                "node.a.rounding = 2 HALF_UP",
                "node.a.rounding = 3 HALF_UP",
                "this line has no equals sign");

        Preset.Parsed parsed = Preset.parse("broken.properties", text);

        assertThat(parsed.preset()).isEmpty();
        assertThat(parsed.report().errors()).extracting(Problem::path).contains(
                "broken.properties:7", "broken.properties:8", "broken.properties:9", "broken.properties:10",
                "broken.properties:11", "broken.properties:13", "broken.properties:15", "broken.properties:16");
        assertThat(parsed.report().errors()).extracting(Problem::rule).contains("preset-cycle", "preset-parent",
                "preset-value", "preset-duplicate", "preset-syntax");
        assertThat(parsed.report().errors().stream().map(p -> p.message().en()))
                .anyMatch(m -> m.contains("'MEDIAN'") && m.contains("ARITHMETIC_MEAN"));
    }

    private static IndicatorDefinition count(String key, String block, Polarity polarity) {
        return new IndicatorDefinition(key, LocalizedText.same(key), block, TargetKind.COUNTRY, polarity, "offences",
                new Scale.Count());
    }

    private static IndicatorDefinition scored(String key, String block, Polarity polarity) {
        return new IndicatorDefinition(key, LocalizedText.same(key), block, TargetKind.COUNTRY_CRIME_AREA, polarity,
                "score", Scale.Continuous.of(0, 10));
    }

    private static Dataset sleipnirDataset(Map<String, List<String>> levelsByGroup) {
        Map<String, Map<String, String>> byKey = new java.util.LinkedHashMap<>();
        levelsByGroup.forEach((g, levels) -> {
            Map<String, String> m = new java.util.LinkedHashMap<>();
            for (int i = 0; i < SLEIPNIR_ORDER.size(); i++) {
                m.put(SLEIPNIR_ORDER.get(i), levels.get(i));
            }
            byKey.put(g, m);
        });
        return groupDataset(Presets.indicators("sleipnir-v1"), byKey);
    }

    private static Dataset groupDataset(List<IndicatorDefinition> indicators, Map<String, Map<String, String>> levels) {
        Dataset.Builder b = Dataset.builder("groups").period(PERIOD).indicators(indicators);
        levels.forEach((group, byIndicator) -> {
            b.group(new CriminalGroup(group, "Group " + group, List.of(), java.util.Set.of(),
                    java.util.Optional.empty(), List.of(), CriminalGroup.Structure.NETWORK, List.of()));
            byIndicator.forEach((indicator, level) -> b.observation(Observation.of(Target.group(group), indicator,
                    Measurement.parse(level), PERIOD)));
        });
        return b.build();
    }
}
