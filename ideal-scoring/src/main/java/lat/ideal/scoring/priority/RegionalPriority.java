package lat.ideal.scoring.priority;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import lat.ideal.model.Country;
import lat.ideal.model.LocalizedText;
import lat.ideal.scoring.evidence.Confidence;

/**
 * One crime area's place in a regional priority list: its regional score, transnational reach, confidence, trend,
 * lead and participating countries, and the rationale that explains it.
 *
 * <p>This is a recommendation, never a decision.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rank the rank in the list, 1 for the first priority
 * @param crimeArea the crime area's code, not null
 * @param label the crime area's label in es/en/pt, not null
 * @param regionalScore the regional score by {@code method}
 * @param method how the regional score was computed, not null
 * @param assessed the countries with a score for the area, by descending score, not null
 * @param topBand the countries where the area is in the node's top band, by descending score, not null
 * @param confidence the lower median of the assessed countries' confidence levels, not null
 * @param lead the most affected country with adequate confidence, if any
 * @param participants the countries in the top band, with the lead, by descending score, not null
 * @param change the change of the regional score since the previous assessment, if one was given and scored the area
 * @param rationale why, in es/en/pt, built from the numbers above, not null
 * @since 0.1
 */
public record RegionalPriority(int rank, String crimeArea, LocalizedText label, double regionalScore,
                               RegionalScore method, List<Country> assessed, List<Country> topBand,
                               Confidence confidence, Optional<Country> lead, List<Country> participants,
                               OptionalDouble change, LocalizedText rationale) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Copies the lists and checks that no part is null. */
    public RegionalPriority {
        Objects.requireNonNull(crimeArea, "crimeArea");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(method, "method");
        assessed = List.copyOf(assessed);
        topBand = List.copyOf(topBand);
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(lead, "lead");
        participants = List.copyOf(participants);
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(rationale, "rationale");
    }

    /**
     * Returns the transnational reach: the number of countries where the area is in the top band.
     *
     * @return the count
     */
    public int reach() {
        return topBand.size();
    }
}
