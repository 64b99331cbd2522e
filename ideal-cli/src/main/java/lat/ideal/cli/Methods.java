package lat.ideal.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lat.ideal.model.Dataset;
import lat.ideal.model.IndicatorDefinition;
import lat.ideal.model.TargetKind;
import lat.ideal.model.method.Methodology;
import lat.ideal.scoring.Preset;
import lat.ideal.scoring.Presets;

/** Turns preset names into methodologies for a dataset, and picks the presets a dataset calls for. */
final class Methods {
    /** The preset for country x crime-area threat. */
    static final String THREAT_PRESET = "ideal-socta";
    /** The preset for criminal groups. */
    static final String GROUP_PRESET = "sleipnir-v1";
    /** The preset for the GI-TOC index. */
    static final String GITOC_PRESET = "gitoc-ocindex";

    private Methods() {
    }

    /**
     * Returns the indicators whose observations can reach a unit of a kind: a country-level indicator applies to
     * every crime area of its country, so {@code COUNTRY_CRIME_AREA} units read both.
     */
    static List<IndicatorDefinition> readable(TargetKind unitKind, Dataset dataset) {
        Set<TargetKind> kinds = unitKind == TargetKind.COUNTRY_CRIME_AREA
                ? Set.of(TargetKind.COUNTRY, TargetKind.COUNTRY_CRIME_AREA) : Set.of(unitKind);
        List<IndicatorDefinition> out = new ArrayList<>();
        for (IndicatorDefinition d : dataset.indicators()) {
            if (kinds.contains(d.target())) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * Returns a preset's methodology for a dataset, its data-driven blocks filled with the indicators that can reach
     * its units.
     *
     * @throws IllegalArgumentException if there is no such preset or a block it reads has no such indicator
     */
    static Methodology preset(String name, Dataset dataset) {
        Preset p = Presets.preset(name);
        return p.methodology(readable(p.unitKind(), dataset));
    }

    /**
     * Returns the presets a dataset calls for when none is named: {@code ideal-socta} if it has country x crime-area
     * indicators, {@code sleipnir-v1} if it has observations of Sleipnir attributes, otherwise {@code gitoc-ocindex}
     * if it has GI-TOC's blocks; may be empty.
     */
    static List<String> defaults(Dataset dataset) {
        List<String> out = new ArrayList<>();
        boolean matrix = dataset.indicators().stream().anyMatch(d -> d.target() == TargetKind.COUNTRY_CRIME_AREA);
        if (matrix) {
            out.add(THREAT_PRESET);
        }
        boolean sleipnir = !dataset.groups().isEmpty() && Presets.indicators(GROUP_PRESET).stream()
                .anyMatch(d -> !dataset.observationsOf(d.key()).isEmpty());
        if (sleipnir) {
            out.add(GROUP_PRESET);
        }
        if (out.isEmpty() && hasBlock(dataset, IndicatorDefinition.CRIMINAL_MARKETS)
                && hasBlock(dataset, IndicatorDefinition.CRIMINAL_ACTORS)) {
            out.add(GITOC_PRESET);
        }
        return out;
    }

    private static boolean hasBlock(Dataset dataset, String block) {
        return dataset.indicators().stream().anyMatch(d -> d.block().equals(block) && d.target() == TargetKind.COUNTRY);
    }
}
