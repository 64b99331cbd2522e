package lat.ideal.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An ordered catalogue of crime areas, looked up by code.
 *
 * <p>{@link #ideal()} is the default: the seven major threats of the IDEAL joint analysis plus property crime,
 * which one 2021 IDEAL presentation also lists. Users define their own catalogues with {@link #of(List)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param areas the areas, in presentation order; codes should be unique (the validator reports duplicates)
 * @since 0.1
 */
public record CrimeAreaCatalogue(List<CrimeArea> areas) {

    /** Drug trafficking. */
    public static final String DRUG_TRAFFICKING = "drug-trafficking";
    /** Trafficking in human beings and migrant smuggling. */
    public static final String HUMAN_TRAFFICKING_MIGRANT_SMUGGLING = "human-trafficking-migrant-smuggling";
    /** Cybercrime. */
    public static final String CYBERCRIME = "cybercrime";
    /** Smuggling of goods. */
    public static final String SMUGGLING_OF_GOODS = "smuggling-of-goods";
    /** Environmental crime. */
    public static final String ENVIRONMENTAL_CRIME = "environmental-crime";
    /** Illicit arms trafficking. */
    public static final String ARMS_TRAFFICKING = "arms-trafficking";
    /** Money laundering. */
    public static final String MONEY_LAUNDERING = "money-laundering";
    /** Property crime. */
    public static final String PROPERTY_CRIME = "property-crime";

    private static final CrimeAreaCatalogue IDEAL = new CrimeAreaCatalogue(List.of(
            CrimeArea.of(DRUG_TRAFFICKING,
                    LocalizedText.of("Tráfico de drogas", "Drug trafficking", "Tráfico de drogas")),
            CrimeArea.of(HUMAN_TRAFFICKING_MIGRANT_SMUGGLING,
                    LocalizedText.of("Trata de personas y tráfico ilícito de migrantes",
                            "Trafficking in human beings and migrant smuggling",
                            "Tráfico de pessoas e contrabando de migrantes")),
            CrimeArea.of(CYBERCRIME, LocalizedText.of("Ciberdelincuencia", "Cybercrime", "Cibercrime")),
            CrimeArea.of(SMUGGLING_OF_GOODS,
                    LocalizedText.of("Contrabando de mercancías", "Smuggling of goods", "Contrabando de mercadorias")),
            CrimeArea.of(ENVIRONMENTAL_CRIME,
                    LocalizedText.of("Delitos ambientales", "Environmental crime", "Crimes ambientais")),
            CrimeArea.of(ARMS_TRAFFICKING,
                    LocalizedText.of("Tráfico ilícito de armas", "Illicit arms trafficking", "Tráfico ilícito de armas")),
            CrimeArea.of(MONEY_LAUNDERING,
                    LocalizedText.of("Lavado de activos", "Money laundering", "Lavagem de dinheiro")),
            CrimeArea.of(PROPERTY_CRIME,
                    LocalizedText.of("Delitos contra la propiedad", "Property crime", "Crimes contra o patrimônio"))));

    /** Copies the list. */
    public CrimeAreaCatalogue {
        areas = Checks.list(areas, "areas");
    }

    /**
     * Creates a catalogue.
     *
     * @param areas the areas in presentation order, not null
     * @return the catalogue, never null
     */
    public static CrimeAreaCatalogue of(List<CrimeArea> areas) {
        return new CrimeAreaCatalogue(areas);
    }

    /**
     * Returns the default IDEAL catalogue: the seven major threats plus property crime.
     *
     * @return the catalogue, never null
     */
    public static CrimeAreaCatalogue ideal() {
        return IDEAL;
    }

    /**
     * Looks up an area by code.
     *
     * @param code the code, not null
     * @return the first area with that code, or empty
     */
    public Optional<CrimeArea> find(String code) {
        for (CrimeArea area : areas) {
            if (area.code().equals(code)) {
                return Optional.of(area);
            }
        }
        return Optional.empty();
    }

    /**
     * Tells whether an area with the code exists.
     *
     * @param code the code, not null
     * @return true if it exists
     */
    public boolean contains(String code) {
        return find(code).isPresent();
    }

    /**
     * Returns the areas keyed by code, in catalogue order (a later duplicate code is dropped).
     *
     * @return the map, never null
     */
    public Map<String, CrimeArea> byCode() {
        Map<String, CrimeArea> map = new LinkedHashMap<>();
        for (CrimeArea area : areas) {
            map.putIfAbsent(area.code(), area);
        }
        return map;
    }
}
