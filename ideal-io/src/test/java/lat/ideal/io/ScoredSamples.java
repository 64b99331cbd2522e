package lat.ideal.io;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
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
import lat.ideal.model.SourceGrade;
import lat.ideal.model.Target;
import lat.ideal.model.TargetKind;
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
import lat.ideal.scoring.Overrides;
import lat.ideal.scoring.RankBasis;
import lat.ideal.scoring.Scorer;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.TiePolicy;

/**
 * Seeded random scoring runs for results and analysis tests: a dataset of countries (or countries x crime areas) with
 * graded, repeated, missing and UNKNOWN observations on continuous and ordinal scales, a random scorable methodology
 * (every aggregation, normaliser, weighting and missing-data policy, treatment, rounding and banding), a random tie
 * policy and rank basis and sometimes overrides. The values need not be meaningful, only scorable.
 */
final class ScoredSamples {
    private static final AggregationMethod[] AGGREGATIONS = {AggregationMethod.ARITHMETIC_MEAN,
        AggregationMethod.GEOMETRIC_MEAN, AggregationMethod.HARMONIC_MEAN, AggregationMethod.GENERALISED_MEAN,
        AggregationMethod.WEIGHTED_SUM, AggregationMethod.MINIMUM, AggregationMethod.MAXIMUM, AggregationMethod.COPELAND,
        AggregationMethod.TOPSIS, AggregationMethod.PRODUCT};
    private static final String[] COUNTRIES = {"BO", "CL", "CR", "EC", "SV", "MX", "PA", "AR", "BR", "CO", "PE", "PY",
        "CI"};
    private static final String[] AREAS = {CrimeAreaCatalogue.DRUG_TRAFFICKING, CrimeAreaCatalogue.CYBERCRIME,
        CrimeAreaCatalogue.ARMS_TRAFFICKING, CrimeAreaCatalogue.ENVIRONMENTAL_CRIME};
    private static final String[] GRADES = {"A1", "B2", "C3", "D4", "E5", "F6", "1AP", "2BC"};
    static final ReportingPeriod PERIOD = ReportingPeriod.year(2024);

    private final SplittableRandom rnd;
    private final List<String> indicators = new ArrayList<>();
    private int nodes;

    final TargetKind kind;
    final Dataset dataset;
    final Methodology methodology;
    final Scorer scorer;
    final Overrides overrides;
    final ScoringResult result;

    ScoredSamples(long seed) {
        this(seed, null);
    }

    /** A run whose unit kind is {@code kind}, or a random one of countries and countries x crime areas if null. */
    ScoredSamples(long seed, TargetKind kind) {
        rnd = new SplittableRandom(seed);
        this.kind = kind != null ? kind : rnd.nextBoolean() ? TargetKind.COUNTRY : TargetKind.COUNTRY_CRIME_AREA;
        MethodNode root = tree(2).withBanding(Banding.thresholds(List.of(0.25, 0.5), List.of("low", "mid", "top")));
        methodology = new Methodology("random-" + Long.toHexString(seed), "1", LocalizedText.same("random"), "",
                List.of(), this.kind, root);
        dataset = data();
        scorer = Scorer.of(methodology).withTiePolicy(TiePolicy.values()[rnd.nextInt(TiePolicy.values().length)])
                .withRankBasis(rnd.nextBoolean() ? RankBasis.PUBLISHED : RankBasis.UNROUNDED);
        Overrides o = Overrides.none();
        if (rnd.nextInt(3) == 0) {
            o = o.withWeights(root.key(), weights(root.children().size()));
        }
        if (rnd.nextInt(3) == 0) {
            o = o.withAggregation(root.key(), Aggregation.generalisedMean(1 + rnd.nextInt(3)));
        }
        overrides = o;
        result = scorer.prepare(scorer.input(dataset)).aggregate(overrides);
    }

    private double[] weights(int n) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = rnd.nextInt(4) * 0.25 + rnd.nextDouble() / 7;
        }
        return w;
    }

    private MethodNode tree(int depth) {
        int k = 1 + rnd.nextInt(4);
        List<MethodNode> kids = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            kids.add(depth > 0 && rnd.nextInt(3) == 0 ? tree(depth - 1) : leaf());
        }
        AggregationMethod m = AGGREGATIONS[rnd.nextInt(AGGREGATIONS.length)];
        Aggregation agg = m == AggregationMethod.GENERALISED_MEAN
                ? Aggregation.generalisedMean(rnd.nextInt(5) - 2) : Aggregation.of(m);
        MethodNode node = MethodNode.node("n" + nodes++, agg, kids).withWeight(weight())
                .withLabels(rnd.nextBoolean() ? LocalizedText.same("nodo") : LocalizedText.of("nodo", "node", "nó"))
                .withMissing(new MissingData(MissingPolicy.values()[rnd.nextInt(4)], rnd.nextInt(3) * 0.4))
                .withRounding(new Rounding(rnd.nextInt(4), rnd.nextBoolean() ? RoundingMode.HALF_UP
                        : RoundingMode.HALF_EVEN))
                .withBanding(rnd.nextBoolean() ? Banding.quartiles() : Banding.none());
        List<String> keys = kids.stream().map(MethodNode::key).toList();
        switch (rnd.nextInt(6)) {
            case 0:
                return node.withWeighting(Weighting.explicit().withRenormalise(rnd.nextBoolean()));
            case 1:
                return node.withWeighting(Weighting.rankOrder(WeightingMethod.RANK_ORDER_CENTROID, keys));
            case 2:
                return node.withWeighting(Weighting.objective(WeightingMethod.ENTROPY));
            case 3:
                return node.withWeighting(Weighting.budget(List.of(Map.of(keys.get(0), 10.0))));
            default:
                return node;
        }
    }

    private double weight() {
        return rnd.nextInt(5) == 0 ? 0 : rnd.nextDouble() * 3;
    }

    private MethodNode leaf() {
        String key = "i" + indicators.size();
        indicators.add(key);
        NormalisationMethod nm = NormalisationMethod.values()[rnd.nextInt(NormalisationMethod.values().length)];
        Normalisation norm = nm == NormalisationMethod.DISTANCE_TO_REFERENCE ? Normalisation.distanceToReference("BO")
                : nm == NormalisationMethod.DISTANCE_TO_TARGET ? Normalisation.distanceToTarget(5)
                : Normalisation.of(nm);
        return MethodNode.leaf(key).withNormalisation(norm).withWeight(weight())
                .withDirection(rnd.nextBoolean() ? Direction.THREAT : Direction.AS_MEASURED)
                .withTreatment(rnd.nextInt(4) == 0 ? OutlierTreatment.winsorise(2) : OutlierTreatment.none());
    }

    private Dataset data() {
        Dataset.Builder b = Dataset.builder("DATA-" + nodes).period(PERIOD);
        List<Country> countries = new ArrayList<>();
        for (String c : COUNTRIES) {
            if (rnd.nextInt(3) > 0) {
                countries.add(Country.of(c));
            }
        }
        b.countries(countries);
        List<Boolean> ordinal = new ArrayList<>();
        for (String key : indicators) {
            boolean levels = rnd.nextInt(4) == 0;
            ordinal.add(levels);
            Scale scale = levels ? new Scale.Ordinal(List.of(new Scale.Level("LOW", LocalizedText.same("low"), 1),
                    new Scale.Level("MEDIUM", LocalizedText.same("medium"), 2),
                    new Scale.Level("HIGH", LocalizedText.same("high"), 4)),
                    rnd.nextBoolean() ? OptionalDouble.of(2) : OptionalDouble.empty())
                    : Scale.Continuous.of(1, 10, 0.5);
            b.indicator(new IndicatorDefinition(key, LocalizedText.same(key), IndicatorDefinition.HARM, kind,
                    rnd.nextBoolean() ? Polarity.POSITIVE : Polarity.NEGATIVE, "score", scale));
        }
        for (Country c : countries) {
            for (String area : kind == TargetKind.COUNTRY ? new String[] {""} : AREAS) {
                if (!area.isEmpty() && rnd.nextInt(4) == 0) {
                    continue;
                }
                Target target = area.isEmpty() ? Target.country(c) : Target.countryArea(c, area);
                for (int i = 0; i < indicators.size(); i++) {
                    int draw = rnd.nextInt(10);
                    if (draw == 0) {
                        continue;
                    }
                    if (draw == 1) {
                        b.observation(Observation.of(target, indicators.get(i), Measurement.UNKNOWN, PERIOD));
                        continue;
                    }
                    for (int n = 1 + (rnd.nextInt(4) == 0 ? 1 : 0); n > 0; n--) {
                        Measurement m = ordinal.get(i) ? Measurement.level(new String[] {"LOW", "MEDIUM", "HIGH"}
                                [rnd.nextInt(3)]) : Measurement.of(1 + rnd.nextInt(19) * 0.5);
                        Observation o = Observation.of(target, indicators.get(i), m, PERIOD);
                        b.observation(rnd.nextInt(3) == 0 ? o
                                : o.withGrade(SourceGrade.parse(GRADES[rnd.nextInt(GRADES.length)])));
                    }
                }
            }
        }
        return b.build();
    }
}
