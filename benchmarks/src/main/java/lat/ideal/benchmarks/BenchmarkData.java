package lat.ideal.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import lat.ideal.model.Country;
import lat.ideal.model.CrimeArea;
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
import lat.ideal.model.Tlp;

/**
 * Generates valid IDEAL-shaped datasets of any size, deterministically.
 *
 * <p>The twelve IDEAL 2.0 countries and the default catalogue of eight crime areas (96 country x crime area cells)
 * are scored on 36 indicators: 32 expert scores on 1..10 in steps of 0.5 and 4 ordinal ratings (low, medium, high,
 * UNKNOWN). Observation {@code i} reads indicator {@code i mod 36} about cell {@code (i / 36) mod 96}, from the
 * {@code i / 3456}-th report of a contributing country, graded and marked from a fixed rotation; so every cell is
 * covered once the dataset has 3,456 observations, no two observations share target, indicator, period and source,
 * and from 6,912 observations on no cell rests on poorly graded sources only (the rotation shifts by one grade per
 * round of reports, and only one grade in eight, E5, is poor).
 */
final class BenchmarkData {
    /** The IDEAL 2.0 countries. */
    static final List<String> COUNTRIES = List.of("AR", "BO", "BR", "CL", "CO", "CR", "EC", "MX", "PA", "PE", "PY",
            "SV");
    /** Expert-score indicators. */
    static final int SCORES = 32;
    /** Ordinal indicators. */
    static final int RATINGS = 4;

    private static final ReportingPeriod YEAR = ReportingPeriod.year(2023);
    private static final List<String> GRADES = List.of("B2", "A1", "C3", "B3", "E5", "2BP", "1AC", "D4");
    private static final List<String> LEVELS = List.of("low", "medium", "high", "unknown");

    private BenchmarkData() {
    }

    /**
     * Builds a dataset.
     *
     * @param observations how many observations, zero or more
     * @return the dataset, valid under the default validator when it has at least 3,456 observations
     */
    static Dataset dataset(int observations) {
        List<Country> countries = COUNTRIES.stream().map(Country::of).toList();
        CrimeAreaCatalogue catalogue = CrimeAreaCatalogue.ideal();
        List<IndicatorDefinition> indicators = indicators();
        List<Target> cells = new ArrayList<>();
        for (Country c : countries) {
            for (CrimeArea a : catalogue.areas()) {
                cells.add(Target.countryArea(c, a.code()));
            }
        }
        List<Observation> list = new ArrayList<>(observations);
        int perRound = indicators.size() * cells.size();
        for (int i = 0; i < observations; i++) {
            int k = i % indicators.size();
            Target cell = cells.get((i / indicators.size()) % cells.size());
            Measurement m = k < SCORES ? Measurement.of(1 + (i % 19) * 0.5)
                    : Measurement.parse(LEVELS.get(i % LEVELS.size()));
            list.add(Observation.of(cell, indicators.get(k).key(), m, YEAR)
                    .withGrade(SourceGrade.parse(GRADES.get((i + i / perRound) % GRADES.size())))
                    .withHandling(Tlp.values()[i % 3])
                    .withContributor(countries.get(i % countries.size()), "agency-" + (i % 5))
                    .withSource("report-" + (i / perRound)));
        }
        return Dataset.builder("benchmark").title("Generated benchmark cycle").period(YEAR).countries(countries)
                .crimeAreas(catalogue).indicators(indicators).observations(list).build();
    }

    private static List<IndicatorDefinition> indicators() {
        List<IndicatorDefinition> list = new ArrayList<>();
        Scale score = Scale.Continuous.of(1, 10, 0.5);
        Scale rating = new Scale.Ordinal(List.of(level("low", 1), level("medium", 2), level("high", 4)),
                OptionalDouble.of(2));
        for (int k = 0; k < SCORES + RATINGS; k++) {
            boolean isScore = k < SCORES;
            list.add(new IndicatorDefinition((isScore ? "score-" : "rating-") + k, LocalizedText.same("indicator " + k),
                    IndicatorDefinition.CRIMINAL_MARKETS, TargetKind.COUNTRY_CRIME_AREA, Polarity.POSITIVE,
                    isScore ? "score" : "level", isScore ? score : rating));
        }
        return list;
    }

    private static Scale.Level level(String code, double value) {
        return new Scale.Level(code, LocalizedText.same(code), value);
    }
}
