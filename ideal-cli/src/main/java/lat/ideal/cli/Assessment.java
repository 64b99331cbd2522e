package lat.ideal.cli;

import java.util.ArrayList;
import java.util.List;
import lat.ideal.model.Dataset;
import lat.ideal.model.TargetKind;
import lat.ideal.model.Tlp;
import lat.ideal.model.method.Methodology;
import lat.ideal.scoring.Presets;
import lat.ideal.scoring.Scorer;
import lat.ideal.scoring.ScoringInput;
import lat.ideal.scoring.ScoringResult;

/**
 * The data a command read, the methodologies it chose and their results.
 *
 * @param loaded what was read
 * @param dataset the data scored: what was read, less what the audience may not receive
 * @param results one result per methodology, in the order named
 */
record Assessment(Inputs.Loaded loaded, Dataset dataset, List<ScoringResult> results) {

    String origin() {
        return loaded.origin();
    }

    /**
     * Reads the data, keeps what the audience may receive, and scores it with each methodology named (default: the
     * presets the data calls for).
     *
     * @param audience the audience's clearance, or null for no filtering
     */
    static Assessment run(Inputs inputs, DataOptions data, List<String> methods, Tlp audience, Texts texts) {
        boolean mapGitoc = methods.stream().anyMatch(m -> Presets.names().contains(m)
                && Presets.preset(m).unitKind() == TargetKind.COUNTRY_CRIME_AREA);
        Inputs.Loaded loaded = inputs.load(data, mapGitoc);
        Dataset dataset = audience == null ? loaded.dataset() : loaded.dataset().releasableTo(audience);
        List<String> names = methods.isEmpty() ? Methods.defaults(dataset) : methods;
        if (names.isEmpty()) {
            throw new UserException(texts.get("method.none", loaded.origin()));
        }
        List<ScoringResult> results = new ArrayList<>();
        for (String name : names) {
            Methodology m = inputs.methodology(name, dataset);
            ScoringResult r = Scorer.of(m).score(input(loaded, dataset, m));
            if (r.units().isEmpty()) {
                throw new UserException(texts.get("method.no-units", m.id(), texts.get("units." + m.unitKind().name()),
                        loaded.origin()));
            }
            results.add(r);
        }
        return new Assessment(loaded, dataset, results);
    }

    /** The scoring input; GI-TOC countries are named as the publisher spells them and grouped by its regions. */
    static ScoringInput input(Inputs.Loaded loaded, Dataset dataset, Methodology m) {
        ScoringInput input = ScoringInput.from(dataset, m);
        if (loaded.gitoc().isPresent() && loaded.gitoc().get().dataset() == dataset
                && m.unitKind() == TargetKind.COUNTRY) {
            input = input.withUnits(loaded.gitoc().get().units());
        }
        return input;
    }
}
