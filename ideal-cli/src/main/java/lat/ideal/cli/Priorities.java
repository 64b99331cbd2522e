package lat.ideal.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lat.ideal.model.Country;
import lat.ideal.model.Dataset;
import lat.ideal.model.Language;
import lat.ideal.model.validation.Problem;
import lat.ideal.model.validation.ValidationReport;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.evidence.ConfidenceRule;
import lat.ideal.scoring.evidence.EvidenceCombiner;
import lat.ideal.scoring.evidence.EvidenceReport;
import lat.ideal.scoring.priority.Prioritisation;
import lat.ideal.scoring.priority.PriorityList;
import lat.ideal.scoring.priority.RegionalPriority;

/** CLASI's regional priorities from a country x crime-area result, with confidence from the graded evidence. */
final class Priorities {
    private Priorities() {
    }

    /**
     * Prioritises a country x crime-area result: regional score (mean over the countries), reach (countries in the top
     * band), confidence (from the evidence behind each score, library defaults), lead country, and the change since
     * a previous result if one is given.
     *
     * @throws UserException if the result cannot be prioritised (the problems are listed)
     */
    static PriorityList of(ScoringResult result, Dataset dataset, Optional<ScoringResult> previous, Language language) {
        EvidenceReport evidence = EvidenceReport.of(result, dataset, EvidenceCombiner.withDefaults(),
                ConfidenceRule.withDefaults());
        Prioritisation p = Prioritisation.withDefaults().withCatalogue(dataset.crimeAreas());
        ValidationReport check = previous.isPresent() ? p.check(result, evidence, previous.get())
                : p.check(result, evidence);
        if (!check.isValid()) {
            List<String> lines = new ArrayList<>();
            for (Problem problem : check.errors()) {
                lines.add("ideal: " + problem.path() + ": " + problem.message(language));
            }
            throw new UserException(lines);
        }
        return previous.isPresent() ? p.prioritise(result, evidence, previous.get()) : p.prioritise(result, evidence);
    }

    /** Prints the list as a table: rank, area, regional score, reach, confidence, lead (and change, if known). */
    static void print(PrintWriter out, PriorityList list, ScoringResult result, Texts texts, Summary summary) {
        int decimals = result.methodology().node(list.node().isEmpty() ? result.methodology().root().key()
                : list.node()).orElseThrow().rounding().decimals();
        boolean withChange = list.priorities().stream().anyMatch(x -> x.change().isPresent());
        List<String> header = new ArrayList<>(List.of(">#", texts.get("column.crime-area"),
                ">" + texts.get("column.regional"), ">" + texts.get("column.reach"), texts.get("column.confidence"),
                texts.get("column.lead")));
        if (withChange) {
            header.add(">" + texts.get("column.change"));
        }
        Table t = new Table(header);
        for (RegionalPriority r : list.priorities()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(r.rank()), r.label().in(texts.language()),
                    round(r.regionalScore(), decimals), r.reach() + "/" + r.assessed().size(),
                    r.confidence().label(texts.language()),
                    r.lead().map(Country::code).map(summary::country).orElse("-")));
            if (withChange) {
                row.add(r.change().isPresent() ? signed(r.change().getAsDouble(), decimals) : "-");
            }
            t.row(row);
        }
        t.print(out, "  ");
        if (!list.unassessed().isEmpty()) {
            out.println("  " + texts.get("priorities.unassessed", String.join(", ", list.unassessed())));
        }
    }

    static String round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    private static String signed(double value, int decimals) {
        String s = round(value, decimals);
        return s.startsWith("-") ? s : "+" + s;
    }
}
