package lat.ideal.io;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lat.ideal.model.IndicatorDefinition;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.Polarity;
import lat.ideal.model.Scale;
import lat.ideal.model.TargetKind;

/** The GI-TOC column headers: indicator keys and blocks, composites. */
final class GitocNames {
    private static final List<String> MARKETS = List.of("human-trafficking", "human-smuggling",
            "extortion-and-protection-racketeering", "arms-trafficking", "trade-in-counterfeit-goods",
            "illicit-trade-in-excisable-goods", "flora-crimes", "fauna-crimes", "non-renewable-resource-crimes",
            "heroin-trade", "cocaine-trade", "cannabis-trade", "synthetic-drug-trade", "cyber-dependent-crimes",
            "financial-crimes");
    private static final List<String> ACTORS = List.of("mafia-style-groups", "criminal-networks",
            "state-embedded-actors", "foreign-actors", "private-sector-actors");
    private static final List<String> RESILIENCE = List.of("political-leadership-and-governance",
            "government-transparency-and-accountability", "international-cooperation", "national-policies-and-laws",
            "judicial-system-and-detention", "law-enforcement", "territorial-integrity", "anti-money-laundering",
            "economic-regulatory-capacity", "victim-and-witness-support", "prevention", "non-state-actors");
    private static final List<String> COMPOSITES = List.of("criminality", IndicatorDefinition.CRIMINAL_MARKETS,
            IndicatorDefinition.CRIMINAL_ACTORS, IndicatorDefinition.RESILIENCE);

    private GitocNames() {
    }

    static String key(String header) {
        String s = header.trim().toLowerCase(Locale.ROOT);
        s = s.replaceAll("[\\s,;.]+$", "");
        s = s.replaceAll("\\s+avg$", "");
        s = s.replaceAll("[^a-z0-9]+", "-");
        return s.replaceAll("^-+|-+$", "");
    }

    static boolean isComposite(String header) {
        return COMPOSITES.contains(key(header));
    }

    static Optional<IndicatorDefinition> definition(String header) {
        String k = key(header);
        String block = MARKETS.contains(k) ? IndicatorDefinition.CRIMINAL_MARKETS
                : ACTORS.contains(k) ? IndicatorDefinition.CRIMINAL_ACTORS
                : RESILIENCE.contains(k) ? IndicatorDefinition.RESILIENCE : null;
        if (block == null) {
            return Optional.empty();
        }
        return Optional.of(new IndicatorDefinition(k, LocalizedText.same(header.trim()), block, TargetKind.COUNTRY,
                block.equals(IndicatorDefinition.RESILIENCE) ? Polarity.NEGATIVE : Polarity.POSITIVE, "score",
                Scale.Continuous.of(1, 10, 0.5)));
    }
}
