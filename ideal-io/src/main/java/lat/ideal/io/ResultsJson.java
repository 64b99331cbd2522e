package lat.ideal.io;

import java.util.Map;
import lat.ideal.model.TargetKind;
import lat.ideal.scoring.ImputedCell;
import lat.ideal.scoring.IntelligenceGap;
import lat.ideal.scoring.NodeResult;
import lat.ideal.scoring.ScoringInput;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.ScoringWarning;
import lat.ideal.scoring.TreatedCell;
import lat.ideal.scoring.UnitScore;

/** The results document: what a scoring run produced, with the methodology and fingerprint to re-run it. */
final class ResultsJson {
    private ResultsJson() {
    }

    static void write(Encoder e, ScoringResult result) {
        TargetKind kind = result.methodology().unitKind();
        e.header();
        e.string("fingerprint", result.fingerprint());
        e.g.writeName("methodology");
        e.g.writeStartObject();
        MethodologyJson.writeBody(e, result.methodology());
        e.g.writeEndObject();
        e.g.writeName("units");
        e.g.writeStartArray();
        for (ScoringInput.Unit u : result.units()) {
            e.g.writeStartObject();
            e.string("unit", Units.external(u.key(), kind));
            e.string("key", u.key());
            e.string("name", u.name());
            e.string("group", u.group());
            e.g.writeEndObject();
        }
        e.g.writeEndArray();
        e.g.writeName("nodes");
        e.g.writeStartArray();
        for (String key : result.nodeKeys()) {
            NodeResult node = result.node(key);
            e.g.writeStartObject();
            e.string("key", key);
            e.labels("labels", node.labels());
            e.text("aggregation", node.aggregation().name());
            e.g.writeName("effectiveWeights");
            e.g.writeStartObject();
            for (Map.Entry<String, Double> w : node.effectiveWeights().entrySet()) {
                e.g.writeName(w.getKey());
                e.numberOrNull(w.getValue());
            }
            e.g.writeEndObject();
            e.g.writeName("scores");
            e.g.writeStartArray();
            for (UnitScore s : node.scores()) {
                e.g.writeStartObject();
                e.string("unit", Units.external(s.unit(), kind));
                e.text("status", s.status().name());
                if (s.unrounded().isPresent()) {
                    e.g.writeName("unrounded");
                    e.numberOrNull(s.unrounded().getAsDouble());
                }
                if (s.published().isPresent()) {
                    e.g.writeName("published");
                    e.g.writeNumber(s.published().get().toPlainString());
                }
                if (s.rank().isPresent()) {
                    e.integer("rank", s.rank().getAsInt());
                }
                e.optional("band", s.band());
                e.g.writeName("coverage");
                e.numberOrNull(s.coverage());
                e.g.writeEndObject();
            }
            e.g.writeEndArray();
            e.g.writeEndObject();
        }
        e.g.writeEndArray();
        e.g.writeName("warnings");
        e.g.writeStartArray();
        for (ScoringWarning w : result.warnings()) {
            e.g.writeStartObject();
            e.text("kind", w.kind().name());
            e.string("node", w.node());
            e.string("subject", w.subject());
            e.string("message", w.message());
            e.g.writeEndObject();
        }
        e.g.writeEndArray();
        e.g.writeName("intelligenceGaps");
        e.g.writeStartArray();
        for (IntelligenceGap gap : result.intelligenceGaps()) {
            e.g.writeStartObject();
            e.string("unit", Units.external(gap.unit(), kind));
            e.string("indicator", gap.indicator());
            if (gap.value().isPresent()) {
                e.g.writeName("value");
                e.numberOrNull(gap.value().getAsDouble());
            }
            e.g.writeEndObject();
        }
        e.g.writeEndArray();
        e.g.writeName("imputedCells");
        e.g.writeStartArray();
        for (ImputedCell c : result.imputedCells()) {
            e.g.writeStartObject();
            e.string("unit", Units.external(c.unit(), kind));
            e.string("node", c.node());
            e.string("child", c.child());
            e.g.writeName("value");
            e.numberOrNull(c.value());
            e.text("policy", c.policy().name());
            e.g.writeEndObject();
        }
        e.g.writeEndArray();
        e.g.writeName("treatedCells");
        e.g.writeStartArray();
        for (TreatedCell c : result.treatedCells()) {
            e.g.writeStartObject();
            e.string("unit", Units.external(c.unit(), kind));
            e.string("leaf", c.leaf());
            e.string("indicator", c.indicator());
            e.g.writeName("original");
            e.numberOrNull(c.original());
            e.g.writeName("treated");
            e.numberOrNull(c.treated());
            e.text("method", c.method().name());
            e.g.writeEndObject();
        }
        e.g.writeEndArray();
        e.g.writeEndObject();
    }
}
