package lat.ideal.io;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import lat.ideal.model.ReportingPeriod;
import lat.ideal.scoring.ScoringInput;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.evidence.Confidence;
import lat.ideal.scoring.evidence.EvidenceReport;
import lat.ideal.scoring.evidence.EvidenceSummary;
import lat.ideal.scoring.evidence.EvidenceWeights;
import lat.ideal.scoring.priority.PriorityList;
import lat.ideal.scoring.priority.RegionalPriority;
import lat.ideal.scoring.trend.FrameworkDifference;
import lat.ideal.scoring.trend.TrendResult;
import lat.ideal.scoring.trend.UnitTrend;
import lat.ideal.scoring.uncertainty.RankDistribution;
import lat.ideal.scoring.uncertainty.UncertainFactor;
import lat.ideal.scoring.uncertainty.UncertaintyResult;
import lat.ideal.scoring.uncertainty.UncertaintySpec;

/**
 * The analysis documents, written only: uncertainty, trend, priority list and evidence. Each names the scoring runs
 * it was computed from by methodology and fingerprint, lists its units once with their external code, key and name,
 * and names them by external code everywhere else. A number that is not a number (a statistic of a unit never
 * ranked) is written as {@code null}; an absent optional value is left out.
 */
final class AnalysisJson {
    private AnalysisJson() {
    }

    /** Writes {@code name: {methodology, methodologyVersion, fingerprint}} naming the run a result came from. */
    private static void assessment(Encoder e, String name, ScoringResult r) {
        e.g.writeName(name);
        e.g.writeStartObject();
        e.string("methodology", r.methodology().id());
        e.string("methodologyVersion", r.methodology().version());
        e.string("fingerprint", r.fingerprint());
        e.g.writeEndObject();
    }

    /** Writes {@code name: [{unit, key, name}]}. */
    private static void units(Encoder e, String name, List<String> keys, UnitNames names) {
        e.g.writeName(name);
        e.g.writeStartArray();
        for (String key : keys) {
            e.g.writeStartObject();
            e.string("unit", names.code(key));
            e.string("key", key);
            e.string("name", names.name(key));
            e.g.writeEndObject();
        }
        e.g.writeEndArray();
    }

    private static void numberOrNull(Encoder e, String name, double value) {
        e.g.writeName(name);
        e.numberOrNull(value);
    }

    private static void optional(Encoder e, String name, OptionalDouble value) {
        if (value.isPresent()) {
            numberOrNull(e, name, value.getAsDouble());
        }
    }

    private static void optional(Encoder e, String name, OptionalInt value) {
        if (value.isPresent()) {
            e.integer(name, value.getAsInt());
        }
    }

    // ---- uncertainty ----

    static void writeUncertainty(Encoder e, UncertaintyResult u, ScoringResult nominal) {
        List<String> keys = nominal.units().stream().map(ScoringInput.Unit::key).toList();
        if (!keys.equals(u.units())) {
            throw new IllegalArgumentException("the uncertainty analysis has units " + u.units()
                    + " but the nominal result has " + keys + ": pass the result the analysis was run on");
        }
        UnitNames names = UnitNames.of(nominal);
        UncertaintySpec spec = u.spec();
        e.header();
        assessment(e, "assessment", nominal);
        e.integer("samples", spec.samples());
        e.g.writeNumberProperty("seed", spec.seed());
        e.integer("topK", spec.topK());
        e.g.writeName("factors");
        e.g.writeStartArray();
        for (UncertainFactor f : spec.factors()) {
            factor(e, f);
        }
        e.g.writeEndArray();
        units(e, "units", u.units(), names);
        e.g.writeName("nodes");
        e.g.writeStartArray();
        for (String node : u.nodes()) {
            e.g.writeStartObject();
            e.string("key", node);
            e.g.writeName("ranks");
            e.g.writeStartArray();
            List<RankDistribution> ds = u.distributions(node);
            for (int i = 0; i < ds.size(); i++) {
                RankDistribution d = ds.get(i);
                e.g.writeStartObject();
                e.string("unit", names.code(u.units().get(i)));
                if (d.nominal() > 0) {
                    e.integer("nominalRank", d.nominal());
                }
                e.integer("samples", d.samples());
                e.integer("unranked", d.unranked());
                numberOrNull(e, "meanRank", d.mean());
                numberOrNull(e, "medianRank", d.median());
                numberOrNull(e, "p5Rank", d.p5());
                numberOrNull(e, "p95Rank", d.p95());
                numberOrNull(e, "intervalWidth", d.intervalWidth());
                e.integer("topK", d.topK());
                e.number("topKProbability", d.topKProbability(), "top-k probability");
                e.g.writeEndObject();
            }
            e.g.writeEndArray();
            e.g.writeEndObject();
        }
        e.g.writeEndArray();
        e.g.writeEndObject();
    }

    /** Writes a factor with every parameter, so that the analysis can be run again. */
    private static void factor(Encoder e, UncertainFactor f) {
        e.g.writeStartObject();
        e.string("factor", f.name());
        String where = "factor " + f.name();
        if (f instanceof UncertainFactor.WeightNoise) {
            UncertainFactor.WeightNoise w = (UncertainFactor.WeightNoise) f;
            e.text("kind", w.kind().name());
            e.number("amount", w.amount(), where);
            e.strings("nodes", w.nodes());
        } else if (f instanceof UncertainFactor.NormaliserChoice) {
            UncertainFactor.NormaliserChoice n = (UncertainFactor.NormaliserChoice) f;
            e.array("alternatives", n.alternatives(), x -> MethodologyJson.writeNormalisation(e, x, where));
            e.strings("leaves", n.leaves());
        } else if (f instanceof UncertainFactor.AggregatorChoice) {
            UncertainFactor.AggregatorChoice a = (UncertainFactor.AggregatorChoice) f;
            e.array("alternatives", a.alternatives(), x -> MethodologyJson.writeAggregation(e, x, where));
            e.strings("nodes", a.nodes());
        } else if (f instanceof UncertainFactor.ImputationChoice) {
            UncertainFactor.ImputationChoice m = (UncertainFactor.ImputationChoice) f;
            e.array("alternatives", m.alternatives(), x -> MethodologyJson.writeMissing(e, x, where));
            e.strings("nodes", m.nodes());
        } else if (f instanceof UncertainFactor.IndicatorExclusion) {
            e.strings("leaves", ((UncertainFactor.IndicatorExclusion) f).leaves());
        } else {
            e.array("alternatives", ((UncertainFactor.EvidenceMapping) f).alternatives(),
                    x -> evidenceWeights(e, x));
        }
        e.g.writeEndObject();
    }

    private static void evidenceWeights(Encoder e, EvidenceWeights w) {
        e.g.writeStartObject();
        factors(e, "admiraltyReliability", w.admiraltyReliability());
        factors(e, "admiraltyCredibility", w.admiraltyCredibility());
        factors(e, "ukSource", w.ukSource());
        factors(e, "ukIntelligence", w.ukIntelligence());
        e.number("ungraded", w.ungraded(), "ungraded weight");
        e.g.writeEndObject();
    }

    private static void factors(Encoder e, String name, Map<Character, Double> table) {
        e.g.writeName(name);
        e.g.writeStartObject();
        table.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(x -> e.number(x.getKey().toString(), x.getValue(), name));
        e.g.writeEndObject();
    }

    // ---- trend ----

    static void writeTrend(Encoder e, TrendResult t, ScoringResult before, ScoringResult after) {
        UnitNames names = UnitNames.of(after, before);
        e.header();
        assessment(e, "before", before);
        assessment(e, "after", after);
        FrameworkDifference f = t.framework();
        e.g.writeName("framework");
        e.g.writeStartObject();
        e.strings("added", f.added());
        e.strings("removed", f.removed());
        e.strings("common", f.common());
        e.bool("restricted", f.restricted());
        e.labels("statement", f.statement());
        e.g.writeEndObject();
        units(e, "units", t.units(), names);
        units(e, "unitsOnlyBefore", t.unitsOnlyBefore(), names);
        units(e, "unitsOnlyAfter", t.unitsOnlyAfter(), names);
        e.g.writeName("nodes");
        e.g.writeStartArray();
        for (String node : t.nodes()) {
            e.g.writeStartObject();
            e.string("key", node);
            e.strings("emerging", t.emerging(node).stream().map(x -> names.code(x.unit())).toList());
            e.g.writeName("trends");
            e.g.writeStartArray();
            for (UnitTrend x : t.trends(node)) {
                e.g.writeStartObject();
                e.string("unit", names.code(x.unit()));
                optional(e, "scoreBefore", x.before());
                optional(e, "scoreAfter", x.after());
                optional(e, "change", x.change());
                optional(e, "rankBefore", x.rankBefore());
                optional(e, "rankAfter", x.rankAfter());
                optional(e, "movement", x.movement());
                e.optional("bandBefore", x.bandBefore());
                e.optional("bandAfter", x.bandAfter());
                e.bool("emerging", x.emerging());
                e.g.writeEndObject();
            }
            e.g.writeEndArray();
            e.g.writeEndObject();
        }
        e.g.writeEndArray();
        e.g.writeEndObject();
    }

    // ---- priorities ----

    static void writePriorityList(Encoder e, PriorityList list, String assessmentId, ReportingPeriod period) {
        e.header();
        e.string("assessmentId", assessmentId);
        e.text("period", period);
        e.string("node", list.node());
        e.text("method", list.method().name());
        e.g.writeName("priorities");
        e.g.writeStartArray();
        for (RegionalPriority p : list.priorities()) {
            e.g.writeStartObject();
            e.integer("rank", p.rank());
            e.string("priorityId", PriorityList.priorityId(assessmentId, p));
            e.string("crimeArea", p.crimeArea());
            e.labels("label", p.label());
            e.number("regionalScore", p.regionalScore(), "regional score of " + p.crimeArea());
            e.text("method", p.method().name());
            e.strings("assessed", p.assessed());
            e.strings("topBand", p.topBand());
            e.integer("reach", p.reach());
            e.text("confidence", p.confidence().name());
            e.optional("lead", p.lead());
            e.strings("participants", p.participants());
            optional(e, "change", p.change());
            e.labels("rationale", p.rationale());
            e.g.writeEndObject();
        }
        e.g.writeEndArray();
        e.strings("unassessed", list.unassessed());
        e.array("recommendations", list.toPriorities(assessmentId, period), p -> PlanJson.writePriority(e, p));
        e.array("draftActionPlans", list.draftActionPlans(assessmentId, period), p -> PlanJson.writePlan(e, p));
        e.g.writeEndObject();
    }

    // ---- evidence ----

    static void writeEvidence(Encoder e, EvidenceReport report, ScoringResult result) {
        List<String> keys = result.units().stream().map(ScoringInput.Unit::key).toList();
        if (!keys.equals(report.units())) {
            throw new IllegalArgumentException("the evidence report has units " + report.units()
                    + " but the result has " + keys + ": pass the result the report was made for");
        }
        UnitNames names = UnitNames.of(result);
        e.header();
        assessment(e, "assessment", result);
        units(e, "units", keys, names);
        e.g.writeName("nodes");
        e.g.writeStartArray();
        for (String node : result.nodeKeys()) {
            e.g.writeStartObject();
            e.string("key", node);
            e.g.writeName("levels");
            e.g.writeStartObject();
            for (Map.Entry<Confidence, Integer> l : report.levels(node).entrySet()) {
                e.integer(l.getKey().name(), l.getValue());
            }
            e.g.writeEndObject();
            e.g.writeName("summaries");
            e.g.writeStartArray();
            for (String unit : keys) {
                EvidenceSummary s = report.summary(unit, node);
                e.g.writeStartObject();
                e.string("unit", names.code(unit));
                e.text("confidence", s.confidence().name());
                e.number("coverage", s.coverage(), "coverage");
                e.number("meanStrength", s.meanStrength(), "mean strength");
                e.integer("cells", s.cells());
                e.integer("covered", s.covered());
                cells(e, "poorlyGradedCells", s.poorlyGradedCells(), names);
                e.g.writeEndObject();
            }
            e.g.writeEndArray();
            e.g.writeEndObject();
        }
        e.g.writeEndArray();
        cells(e, "poorlyGradedCells", report.poorlyGradedCells(), names);
        e.g.writeEndObject();
    }

    /** Writes cell keys ({@code unit:indicator}) as {@code [{unit, indicator}]}, the unit by its external code. */
    private static void cells(Encoder e, String name, List<String> cellKeys, UnitNames names) {
        e.g.writeName(name);
        e.g.writeStartArray();
        for (String cell : cellKeys) {
            int colon = cell.lastIndexOf(':');
            e.g.writeStartObject();
            e.string("unit", names.code(cell.substring(0, colon)));
            e.string("indicator", cell.substring(colon + 1));
            e.g.writeEndObject();
        }
        e.g.writeEndArray();
    }
}
