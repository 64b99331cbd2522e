package lat.ideal.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import lat.ideal.model.IndicatorDefinition;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.Polarity;
import lat.ideal.model.Scale;
import lat.ideal.model.TargetKind;

/**
 * The GI-TOC Global Organized Crime Index's indicators: keys derived from the publisher's column headers, blocks,
 * labels and scale, shared by the {@code gitoc-ocindex} preset and by importers of the publisher's workbook.
 *
 * <p>Key rule ({@link #key(String)}): drop a trailing {@code avg} and punctuation the publisher appends to composite
 * headers, lower-case (Locale.ROOT), turn every run of characters other than ASCII letters and digits into one
 * hyphen, trim hyphens: {@code "Human trafficking"} gives {@code human-trafficking}, {@code "Mafia-style groups"}
 * gives {@code mafia-style-groups}, {@code "Anti-money laundering"} gives {@code anti-money-laundering},
 * {@code "Criminal markets avg,"} gives {@code criminal-markets}.
 *
 * <p>Every indicator is an expert score from 1 to 10 in steps of 0.5. Markets and actors: higher means more crime
 * (positive polarity). Resilience: higher means more resilient (negative polarity; the index keeps it as measured).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class GitocIndicators {
    /** Key of the criminality composite (mean of the unrounded market and actor pillars). */
    public static final String CRIMINALITY = "criminality";
    /** Key of the criminal markets pillar and block. */
    public static final String CRIMINAL_MARKETS = IndicatorDefinition.CRIMINAL_MARKETS;
    /** Key of the criminal actors pillar and block. */
    public static final String CRIMINAL_ACTORS = IndicatorDefinition.CRIMINAL_ACTORS;
    /** Key of the resilience pillar and block. */
    public static final String RESILIENCE = IndicatorDefinition.RESILIENCE;

    private static final Map<String, LocalizedText> LABELS = new LinkedHashMap<>();
    /** The steps of {@link #key(String)}, compiled once: an importer asks for every column's key several times. */
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;.]+$");
    private static final Pattern TRAILING_AVG = Pattern.compile("\\s+avg$");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
    private static final Map<String, String> BLOCKS = new LinkedHashMap<>();
    private static final List<String> EDITION_2021_ADDED_LATER = List.of("cyber-dependent-crimes",
            "financial-crimes", "trade-in-counterfeit-goods", "illicit-trade-in-excisable-goods",
            "extortion-and-protection-racketeering", "private-sector-actors");

    static {
        market("Human trafficking", "Trata de personas", "Tráfico de pessoas");
        market("Human smuggling", "Tráfico de personas", "Contrabando de pessoas");
        market("Extortion and protection racketeering", "Extorsión y cobro de protección",
                "Extorsão e extorsão mediante proteção");
        market("Arms trafficking", "Tráfico de armas", "Tráfico de armas");
        market("Trade in counterfeit goods", "Comercio de productos falsificados", "Comércio de produtos falsificados");
        market("Illicit trade in excisable goods", "Comercio ilícito de bienes sujetos a impuestos especiales",
                "Comércio ilícito de bens sujeitos a impostos especiais");
        market("Flora crimes", "Delitos contra la flora", "Crimes contra a flora");
        market("Fauna crimes", "Delitos contra la fauna", "Crimes contra a fauna");
        market("Non-renewable resource crimes", "Delitos relacionados con recursos no renovables",
                "Crimes relacionados a recursos não renováveis");
        market("Heroin trade", "Comercio de heroína", "Comércio de heroína");
        market("Cocaine trade", "Comercio de cocaína", "Comércio de cocaína");
        market("Cannabis trade", "Comercio de cannabis", "Comércio de cannabis");
        market("Synthetic drug trade", "Comercio de drogas sintéticas", "Comércio de drogas sintéticas");
        market("Cyber-dependent crimes", "Delitos ciberdependientes", "Crimes cibernéticos");
        market("Financial crimes", "Delitos financieros", "Crimes financeiros");
        actor("Mafia-style groups", "Grupos de tipo mafioso", "Grupos de estilo mafioso");
        actor("Criminal networks", "Redes criminales", "Redes criminosas");
        actor("State-embedded actors", "Actores integrados en el Estado", "Atores inseridos no Estado");
        actor("Foreign actors", "Actores extranjeros", "Atores estrangeiros");
        actor("Private sector actors", "Actores del sector privado", "Atores do setor privado");
        resilience("Political leadership and governance", "Liderazgo político y gobernanza",
                "Liderança política e governança");
        resilience("Government transparency and accountability", "Transparencia y rendición de cuentas del gobierno",
                "Transparência e prestação de contas do governo");
        resilience("International cooperation", "Cooperación internacional", "Cooperação internacional");
        resilience("National policies and laws", "Políticas y leyes nacionales", "Políticas e leis nacionais");
        resilience("Judicial system and detention", "Sistema judicial y detención", "Sistema judicial e detenção");
        resilience("Law enforcement", "Aplicación de la ley", "Aplicação da lei");
        resilience("Territorial integrity", "Integridad territorial", "Integridade territorial");
        resilience("Anti-money laundering", "Lucha contra el lavado de activos", "Combate à lavagem de dinheiro");
        resilience("Economic regulatory capacity", "Capacidad de regulación económica",
                "Capacidade de regulação econômica");
        resilience("Victim and witness support", "Apoyo a víctimas y testigos", "Apoio a vítimas e testemunhas");
        resilience("Prevention", "Prevención", "Prevenção");
        resilience("Non-state actors", "Actores no estatales", "Atores não estatais");
    }

    private GitocIndicators() {
    }

    private static void market(String en, String es, String pt) {
        put(en, es, pt, CRIMINAL_MARKETS);
    }

    private static void actor(String en, String es, String pt) {
        put(en, es, pt, CRIMINAL_ACTORS);
    }

    private static void resilience(String en, String es, String pt) {
        put(en, es, pt, RESILIENCE);
    }

    private static void put(String en, String es, String pt, String block) {
        String key = key(en);
        LABELS.put(key, LocalizedText.of(es, en, pt));
        BLOCKS.put(key, block);
    }

    /**
     * Returns the key of a publisher's column header.
     *
     * @param header the header as published (any case, with or without the trailing {@code avg,}), not null
     * @return the kebab-case key, never null (empty for a header without letters or digits)
     */
    public static String key(String header) {
        String s = header.trim().toLowerCase(Locale.ROOT);
        s = TRAILING_PUNCTUATION.matcher(s).replaceAll("");
        s = TRAILING_AVG.matcher(s).replaceAll("");
        s = NOT_LETTER_OR_DIGIT.matcher(s).replaceAll("-");
        return EDGE_DASHES.matcher(s).replaceAll("");
    }

    /**
     * Returns the block of a header or key: an indicator's block, or empty for composites and unknown headers.
     *
     * @param headerOrKey a header as published, or a key, not null
     * @return {@code criminal-markets}, {@code criminal-actors} or {@code resilience}, or empty
     */
    public static Optional<String> block(String headerOrKey) {
        return Optional.ofNullable(BLOCKS.get(key(headerOrKey)));
    }

    /**
     * Tells whether a header or key names one of the four published composites.
     *
     * @param headerOrKey a header as published, or a key, not null
     * @return true for criminality, criminal markets, criminal actors and resilience
     */
    public static boolean isComposite(String headerOrKey) {
        String k = key(headerOrKey);
        return k.equals(CRIMINALITY) || k.equals(CRIMINAL_MARKETS) || k.equals(CRIMINAL_ACTORS)
                || k.equals(RESILIENCE);
    }

    /**
     * Returns the definition of an indicator.
     *
     * @param headerOrKey a header as published, or a key, not null
     * @return the definition (1..10 in steps of 0.5, about countries), or empty for composites and unknown headers
     */
    public static Optional<IndicatorDefinition> definition(String headerOrKey) {
        String k = key(headerOrKey);
        String block = BLOCKS.get(k);
        if (block == null) {
            return Optional.empty();
        }
        return Optional.of(new IndicatorDefinition(k, LABELS.get(k), block, TargetKind.COUNTRY,
                block.equals(RESILIENCE) ? Polarity.NEGATIVE : Polarity.POSITIVE, "score",
                Scale.Continuous.of(1, 10, 0.5)));
    }

    /**
     * Returns the indicators of an edition: 10 markets and 4 actor types in 2021, 15 and 5 from 2023; 12 resilience
     * indicators in every edition.
     *
     * @param edition 2021, 2023 or 2025
     * @return the definitions, markets then actors then resilience, never null
     * @throws IllegalArgumentException for another edition
     */
    public static List<IndicatorDefinition> edition(int edition) {
        if (edition != 2021 && edition != 2023 && edition != 2025) {
            throw new IllegalArgumentException("GI-TOC edition " + edition + " is not 2021, 2023 or 2025");
        }
        List<IndicatorDefinition> out = new ArrayList<>();
        for (String k : LABELS.keySet()) {
            if (edition == 2021 && EDITION_2021_ADDED_LATER.contains(k)) {
                continue;
            }
            out.add(definition(k).orElseThrow());
        }
        return Collections.unmodifiableList(out);
    }
}
