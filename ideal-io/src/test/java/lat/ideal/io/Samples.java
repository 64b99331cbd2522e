package lat.ideal.io;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import lat.ideal.model.Country;
import lat.ideal.model.CrimeArea;
import lat.ideal.model.CrimeAreaCatalogue;
import lat.ideal.model.CriminalGroup;
import lat.ideal.model.Dataset;
import lat.ideal.model.IndicatorDefinition;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.Measurement;
import lat.ideal.model.Observation;
import lat.ideal.model.OperationalActionPlan;
import lat.ideal.model.Polarity;
import lat.ideal.model.Priority;
import lat.ideal.model.PriorityDecision;
import lat.ideal.model.ReportingPeriod;
import lat.ideal.model.Scale;
import lat.ideal.model.SourceGrade;
import lat.ideal.model.Target;
import lat.ideal.model.TargetKind;
import lat.ideal.model.Tlp;
import lat.ideal.model.method.Aggregation;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.Banding;
import lat.ideal.model.method.Direction;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Methodology;
import lat.ideal.model.method.MissingData;
import lat.ideal.model.method.MissingPolicy;
import lat.ideal.model.method.Normalisation;
import lat.ideal.model.method.NormalisationMethod;
import lat.ideal.model.method.OutlierTreatment;
import lat.ideal.model.method.Rounding;
import lat.ideal.model.method.Weighting;
import lat.ideal.model.method.WeightingMethod;

/**
 * Seeded generators of valid model values for round-trip and schema tests. Every value is valid for the formats:
 * texts have no leading or trailing blanks (CSV trims cells), numbers are finite and never negative zero.
 */
final class Samples {
    private static final String[] WORDS = {"alfa", "Bravo", "ção", "ñandú", "Côte d'Ivoire", "a,b", "say \"hi\"",
        "=SUM(A1)", "+1", "-x", "@home", "'=quoted", "line\nbreak", "tab\there", "ünïcödé", "日本", "x", "Z"};
    private static final List<String> CODES = new ArrayList<>(Country.isoCodes());

    private final Random r;

    Samples(long seed) {
        this.r = new Random(seed);
    }

    /** Seeds for parameterized tests: the seed goes into the display name so a failure can be replayed. */
    static Stream<Long> seeds(int count) {
        return LongStream.range(0, count).map(i -> 0x5EED0000L + i).boxed();
    }

    String word() {
        return WORDS[r.nextInt(WORDS.length)];
    }

    String text() {
        StringBuilder b = new StringBuilder(word());
        int n = r.nextInt(3);
        for (int i = 0; i < n; i++) {
            b.append(' ').append(word());
        }
        return b.toString();
    }

    String key() {
        String[] parts = {"drug", "arms", "trade", "x1", "cocaine", "cyber", "net", "a.b", "c_d"};
        return parts[r.nextInt(parts.length)] + "-" + r.nextInt(1000);
    }

    LocalizedText labels() {
        return r.nextBoolean() ? LocalizedText.same(text()) : LocalizedText.of(text(), text(), text());
    }

    double number() {
        switch (r.nextInt(5)) {
            case 0:
                return r.nextInt(21) * 0.5;
            case 1:
                return r.nextInt(2001) - 1000;
            case 2:
                return (r.nextDouble() - 0.5) * 1e-6;
            case 3:
                return r.nextDouble() * 1e12;
            default:
                double v = r.nextGaussian();
                return v == 0 ? 1 : v;
        }
    }

    Country country() {
        return Country.of(CODES.get(r.nextInt(CODES.size())));
    }

    ReportingPeriod period() {
        int y = 2000 + r.nextInt(30);
        switch (r.nextInt(4)) {
            case 0:
                return ReportingPeriod.year(y);
            case 1:
                return ReportingPeriod.parse(y + "-0" + (1 + r.nextInt(9)));
            case 2:
                return ReportingPeriod.parse(y + "-03-1" + r.nextInt(10));
            default:
                return ReportingPeriod.parse(y + "-07-01/" + (y + 1) + "-06-30");
        }
    }

    Target target() {
        switch (r.nextInt(4)) {
            case 0:
                return Target.country(country());
            case 1:
                return Target.countryArea(country(), key());
            case 2:
                return Target.group(key());
            default:
                return Target.region(key());
        }
    }

    Measurement measurement() {
        switch (r.nextInt(4)) {
            case 0:
                return Measurement.UNKNOWN;
            case 1:
                return Measurement.level(key());
            default:
                return Measurement.of(number());
        }
    }

    SourceGrade grade() {
        return r.nextBoolean() ? SourceGrade.admiralty((char) ('A' + r.nextInt(6)), 1 + r.nextInt(6))
                : SourceGrade.uk3x5x2(1 + r.nextInt(3), (char) ('A' + r.nextInt(5)), r.nextBoolean() ? 'P' : 'C');
    }

    <T> Optional<T> maybe(T value) {
        return r.nextBoolean() ? Optional.of(value) : Optional.empty();
    }

    Observation observation(ReportingPeriod datasetPeriod) {
        return new Observation(target(), key(), measurement(), r.nextBoolean() ? datasetPeriod : period(),
                maybe(grade()), maybe(text()), Tlp.values()[r.nextInt(Tlp.values().length)], maybe(country()),
                maybe(text()), maybe(text()));
    }

    Scale scale() {
        switch (r.nextInt(4)) {
            case 0: {
                double min = number();
                return r.nextBoolean() ? Scale.Continuous.of(min, min + Math.abs(number()))
                        : Scale.Continuous.of(min, min + 10, 0.5);
            }
            case 1: {
                List<Scale.Level> levels = new ArrayList<>();
                int n = 1 + r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    levels.add(new Scale.Level(key(), labels(), number()));
                }
                return new Scale.Ordinal(levels, r.nextBoolean() ? OptionalDouble.of(number()) : OptionalDouble.empty());
            }
            case 2:
                return new Scale.Bool();
            default:
                return new Scale.Count();
        }
    }

    IndicatorDefinition indicator() {
        return new IndicatorDefinition(key(), labels(), key(), TargetKind.values()[r.nextInt(4)],
                r.nextBoolean() ? Polarity.POSITIVE : Polarity.NEGATIVE, text(), scale());
    }

    CriminalGroup group() {
        CriminalGroup.Builder b = CriminalGroup.builder(key(), text()).structure(
                CriminalGroup.Structure.values()[r.nextInt(CriminalGroup.Structure.values().length)]);
        for (int i = r.nextInt(3); i > 0; i--) {
            b.alias(text()).presentIn(country()).secondaryCrimeArea(key())
                    .link(CriminalGroup.LinkType.values()[r.nextInt(6)], key());
        }
        if (r.nextBoolean()) {
            b.mainCrimeArea(key());
        }
        return b.build();
    }

    Dataset dataset(int observations) {
        ReportingPeriod period = period();
        Dataset.Builder b = Dataset.builder(key()).title(r.nextBoolean() ? "" : text()).period(period);
        for (int i = r.nextInt(5); i > 0; i--) {
            b.country(country());
        }
        if (r.nextBoolean()) {
            List<CrimeArea> areas = new ArrayList<>();
            for (int i = r.nextInt(4); i > 0; i--) {
                CrimeArea a = CrimeArea.of(key(), labels());
                areas.add(r.nextBoolean() ? a : a.withParent(key()));
            }
            b.crimeAreas(CrimeAreaCatalogue.of(areas));
        }
        for (int i = r.nextInt(4); i > 0; i--) {
            b.indicator(indicator());
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            b.group(group());
        }
        for (int i = 0; i < observations; i++) {
            b.observation(observation(period));
        }
        return b.build();
    }

    private Map<String, Double> parameters() {
        Map<String, Double> m = new TreeMap<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            m.put(key(), number());
        }
        return m;
    }

    private Weighting weighting() {
        WeightingMethod m = WeightingMethod.values()[r.nextInt(WeightingMethod.values().length)];
        List<String> order = r.nextBoolean() ? List.of(key(), key()) : List.of();
        List<List<Double>> pairwise = r.nextBoolean() ? List.of(List.of(1.0, number()), List.of(number(), 1.0))
                : List.of();
        List<Map<String, Double>> allocations = r.nextBoolean() ? List.of(parameters(), parameters()) : List.of();
        return new Weighting(m, order, pairwise, allocations, r.nextBoolean());
    }

    private Banding banding() {
        switch (r.nextInt(3)) {
            case 0:
                return Banding.none();
            case 1:
                return Banding.quartiles();
            default: {
                double a = number();
                return Banding.thresholds(List.of(a, a + 1 + Math.abs(number())), List.of(key(), key(), key()));
            }
        }
    }

    MethodNode node(int depth) {
        boolean leaf = depth == 0 || r.nextInt(3) == 0;
        List<MethodNode> children = new ArrayList<>();
        if (!leaf) {
            for (int i = 1 + r.nextInt(3); i > 0; i--) {
                children.add(node(depth - 1));
            }
        }
        OutlierTreatment treatment = r.nextBoolean() ? OutlierTreatment.none()
                : new OutlierTreatment(r.nextBoolean(), r.nextInt(10), 0.5 + r.nextInt(4), 1 + r.nextInt(5),
                        r.nextBoolean());
        Normalisation normalisation = new Normalisation(
                NormalisationMethod.values()[r.nextInt(NormalisationMethod.values().length)], parameters(),
                r.nextBoolean() ? "" : key());
        return new MethodNode(key(), labels(), Math.abs(number()), children, leaf ? key() : "",
                new Aggregation(AggregationMethod.values()[r.nextInt(AggregationMethod.values().length)],
                        parameters()),
                weighting(), normalisation, r.nextBoolean() ? Direction.THREAT : Direction.AS_MEASURED, treatment,
                new MissingData(MissingPolicy.values()[r.nextInt(4)], r.nextInt(11) / 10.0),
                new Rounding(r.nextInt(16), r.nextBoolean() ? RoundingMode.HALF_UP : RoundingMode.HALF_EVEN),
                banding());
    }

    Methodology methodology() {
        List<String> sources = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            sources.add(text());
        }
        return new Methodology(key(), String.valueOf(1 + r.nextInt(9)), labels(), r.nextBoolean() ? "" : text(),
                sources, TargetKind.values()[r.nextInt(4)], node(3));
    }

    private List<Country> countries() {
        LinkedHashSet<Country> set = new LinkedHashSet<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            set.add(country());
        }
        return new ArrayList<>(set);
    }

    private LocalDate date() {
        return LocalDate.of(2020 + r.nextInt(10), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    PriorityDocument priorities() {
        List<Priority> priorities = new ArrayList<>();
        List<PriorityDecision> decisions = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            Priority p = new Priority(key(), key(), r.nextBoolean() ? Priority.Scope.REGIONAL : Priority.Scope.NATIONAL,
                    countries(), period(), labels(), text());
            priorities.add(p);
            if (r.nextBoolean()) {
                decisions.add(new PriorityDecision(p.id(), PriorityDecision.Outcome.values()[r.nextInt(4)], text(),
                        date(), maybe(text())));
            }
        }
        return new PriorityDocument(priorities, decisions);
    }

    List<OperationalActionPlan> plans() {
        List<OperationalActionPlan> plans = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            List<OperationalActionPlan.Institution> institutions = new ArrayList<>();
            List<OperationalActionPlan.Action> actions = new ArrayList<>();
            for (int j = r.nextInt(3); j > 0; j--) {
                institutions.add(new OperationalActionPlan.Institution(country(), text(),
                        OperationalActionPlan.InstitutionType.values()[r.nextInt(6)]));
                actions.add(new OperationalActionPlan.Action(key(), text(), text(), maybe(date()),
                        OperationalActionPlan.ActionStatus.values()[r.nextInt(4)]));
            }
            plans.add(new OperationalActionPlan(key(), key(), OperationalActionPlan.Status.values()[r.nextInt(4)],
                    period(), country(), countries(), institutions, actions));
        }
        return plans;
    }
}
