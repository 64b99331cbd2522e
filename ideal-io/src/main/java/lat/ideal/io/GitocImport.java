package lat.ideal.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lat.ideal.model.Country;
import lat.ideal.model.Dataset;
import lat.ideal.model.method.Methodology;
import lat.ideal.scoring.Presets;
import lat.ideal.scoring.ScoringInput;

/**
 * What the GI-TOC importer read from one file: a dataset of the indicators, and per country the name, region,
 * continent and published composites exactly as written.
 *
 * <p>Composites are reference values to compare computed scores against, keyed {@code criminality},
 * {@code criminal-markets}, {@code criminal-actors} and {@code resilience}; a file without composite columns gives
 * empty maps.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param edition the edition year (2021, 2023, 2025, ...)
 * @param dataset the indicators as a dataset: one observation per country and indicator cell that is filled
 * @param rows the countries in file order, not null
 * @since 0.1
 */
public record GitocImport(int edition, Dataset dataset, List<Row> rows) {

    /**
     * One country of the file.
     *
     * @param country the country, not null
     * @param name the country's name as the file spells it, not null
     * @param region the publisher's region (e.g. {@code South America}), empty if the file has none
     * @param continent the publisher's continent, empty if the file has none
     * @param composites the published composites by key, exactly as written, not null
     */
    public record Row(Country country, String name, String region, String continent,
                      Map<String, BigDecimal> composites) {
        /** Copies the composites, keeping their order. */
        public Row {
            Objects.requireNonNull(country, "country");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(continent, "continent");
            composites = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(composites,
                    "composites")));
        }
    }

    /** Copies the rows. */
    public GitocImport {
        Objects.requireNonNull(dataset, "dataset");
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
    }

    /**
     * Returns the row of a country.
     *
     * @param country the country, not null
     * @return the row, or empty if the file has no such country
     */
    public Optional<Row> row(Country country) {
        return rows.stream().filter(r -> r.country().equals(country)).findFirst();
    }

    /**
     * Returns a published composite.
     *
     * @param country the country, not null
     * @param key {@code criminality}, {@code criminal-markets}, {@code criminal-actors} or {@code resilience}
     * @return the value exactly as published, or empty
     */
    public Optional<BigDecimal> composite(Country country, String key) {
        return row(country).map(r -> r.composites().get(key));
    }

    /**
     * Returns the {@code gitoc-ocindex} methodology for this edition's indicators (10 or 15 markets, 4 or 5 actor
     * types, 12 resilience indicators).
     *
     * @return the methodology, never null
     * @throws IllegalArgumentException if the file had no indicator of a block (such as a composites-only file)
     */
    public Methodology methodology() {
        return Presets.methodology("gitoc-ocindex", dataset);
    }

    /**
     * Returns the scored units: the countries in file order, keyed by alpha-2 code, named as the file spells them,
     * grouped by the publisher's region (for group-mean imputation).
     *
     * @return the units, never null
     */
    public List<ScoringInput.Unit> units() {
        return rows.stream().map(r -> new ScoringInput.Unit(r.country().code(), r.name(), r.region())).toList();
    }

    /**
     * Returns the scoring input of {@link #methodology()}, with {@link #units()} as units.
     *
     * @return the input, never null
     */
    public ScoringInput input() {
        return ScoringInput.from(dataset, methodology()).withUnits(units());
    }

    /**
     * Returns a copy whose rows take the composites of another import of the same edition (such as the separate
     * 2025 composites file) for the countries that have none here.
     *
     * @param other the other import, not null
     * @return the copy, never null
     */
    public GitocImport withCompositesFrom(GitocImport other) {
        List<Row> merged = new ArrayList<>();
        for (Row r : rows) {
            Map<String, BigDecimal> composites = r.composites().isEmpty()
                    ? other.row(r.country()).map(Row::composites).orElse(Map.of()) : r.composites();
            merged.add(new Row(r.country(), r.name(), r.region(), r.continent(), composites));
        }
        return new GitocImport(edition, dataset, merged);
    }
}
