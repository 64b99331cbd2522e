package lat.ideal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import lat.ideal.model.Polarity;
import lat.ideal.model.Scale;
import lat.ideal.model.TargetKind;
import lat.ideal.model.method.Aggregation;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Methodology;
import lat.ideal.model.validation.Severity;
import lat.ideal.scoring.Scorer;
import lat.ideal.scoring.ScoringInput;
import org.junit.jupiter.api.Test;

/**
 * One test per class of bad results document, each asserting the rule and the exact location. The documents are the
 * results of a two-country run (BO 4, CO 6 on one indicator) with one part changed.
 */
final class ResultsBadInputTest {
    private static final IdealJson JSON = IdealJson.withDefaults();
    private static final String VALID = valid();

    private static String valid() {
        Methodology m = Methodology.of("tiny", TargetKind.COUNTRY, MethodNode.node("threat",
                Aggregation.of(AggregationMethod.ARITHMETIC_MEAN), List.of(MethodNode.leaf("x"))));
        ScoringInput input = ScoringInput.of(List.of(new ScoringInput.Unit("BO", "Bolivia", ""),
                new ScoringInput.Unit("CO", "Colombia", "")), List.of(new ScoringInput.Indicator("x",
                Scale.Continuous.of(1, 10), Polarity.POSITIVE)), new double[] {4, 6});
        StringWriter out = new StringWriter();
        try {
            JSON.writeResults(Scorer.of(m).score(input), out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toString();
    }

    /** Replaces the {@code occurrence}-th (1-based) {@code from} of the valid document. */
    private static String change(String from, int occurrence, String to) {
        int at = -1;
        for (int i = 0; i < occurrence; i++) {
            at = VALID.indexOf(from, at + 1);
            assertThat(at).as("occurrence %d of %s", i + 1, from).isNotNegative();
        }
        return VALID.substring(0, at) + to + VALID.substring(at + from.length());
    }

    /** Returns the 1-based line and column where the {@code occurrence}-th {@code text} starts in {@code json}. */
    private static int[] position(String json, String text, int occurrence) {
        int at = -1;
        for (int i = 0; i < occurrence; i++) {
            at = json.indexOf(text, at + 1);
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (json.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, at - lineStart + 1};
    }

    /** Reads, expects failure with one error, and checks its place. */
    private static Located single(String json, String rule, String path, String at, int occurrence) {
        ReadResult<ResultsDocument> r = JSON.readResults("r.json", new StringReader(json));
        assertThat(r.value()).isEmpty();
        assertThat(r.problems()).as(r.format(lat.ideal.model.Language.EN)).hasSize(1);
        Located p = r.problems().get(0);
        assertThat(p.severity()).isEqualTo(Severity.ERROR);
        assertThat(p.rule()).as(p.toString()).isEqualTo(rule);
        assertThat(p.path()).as(p.toString()).isEqualTo(path);
        int[] expected = position(json, at, occurrence);
        assertThat(new int[] {p.line(), p.column()}).as(p.toString()).containsExactly(expected);
        return p;
    }

    @Test
    void validDocument_reads() {
        ReadResult<ResultsDocument> r = JSON.readResults("r.json", new StringReader(VALID));
        assertThat(r.problems()).isEmpty();
        ResultsDocument doc = r.orElseThrow();
        assertThat(doc.units()).extracting(ResultsDocument.Unit::code).containsExactly("BOL", "COL");
        assertThat(doc.node("threat").scores().get(1).published().orElseThrow()).isEqualByComparingTo("6");
    }

    @Test
    void badFingerprint_isReportedAtItsValue() {
        String json = change("\"fingerprint\": \"", 1, "\"fingerprint\": \"X");
        Located p = single(json, "bad-fingerprint", "fingerprint", "\"X", 1);
        assertThat(p.message().en()).contains("64 lower-case hexadecimal digits");
    }

    @Test
    void unitCodeThatIsNotTheKeys_isInconsistent() {
        String json = change("\"unit\": \"COL\"", 1, "\"unit\": \"ECU\"");
        Located p = single(json, "inconsistent", "units[1].unit", "\"ECU\"", 1);
        assertThat(p.message().en()).isEqualTo("the code of unit 'CO' is 'COL'");
    }

    @Test
    void duplicateUnit_isReported() {
        String json = change("\"unit\": \"COL\",\n      \"key\": \"CO\"", 1, "\"unit\": \"BOL\",\n      \"key\": \"BO\"");
        single(json, "duplicate-unit", "units[1]", "\"BOL\"", 2);
    }

    @Test
    void scoreOfAnUnknownUnit_isReported() {
        String json = change("\"unit\": \"COL\",\n          \"status\"", 1,
                "\"unit\": \"PER\",\n          \"status\"");
        Located p = single(json, "unknown-unit", "nodes[0].scores[1].unit", "\"PER\"", 1);
        assertThat(p.message().en()).contains("'PER' is not a unit of this document");
    }

    @Test
    void scoresOutOfUnitOrder_areReported() {
        String json = change("\"unit\": \"BOL\",\n          \"status\"", 1,
                "\"unit\": \"COL\",\n          \"status\"");
        Located p = single(json, "inconsistent", "nodes[0].scores[0].unit", "\"COL\",\n          \"status\"", 1);
        assertThat(p.message().en()).isEqualTo("score 0 must be that of unit 'BOL': one per unit, in the order of"
                + " 'units'");
    }

    @Test
    void unitWithoutScoreThatHasAPublishedValue_isInconsistent() {
        String json = change("\"status\": \"SCORED\"", 1, "\"status\": \"INSUFFICIENT_DATA\"");
        Located p = single(json, "inconsistent", "nodes[0].scores[0]", "{\n          \"unit\": \"BOL\"", 1);
        assertThat(p.message().en()).contains("status INSUFFICIENT_DATA cannot have");
    }

    @Test
    void coverageAboveOne_isOutOfRange() {
        String json = change("\"coverage\": 1", 2, "\"coverage\": 1.5");
        single(json, "out-of-range", "nodes[0].scores[1].coverage", "1.5", 1);
    }

    @Test
    void negativeOverrideWeight_isOutOfRange() {
        String json = change("\"weightOverrides\": { }", 1, "\"weightOverrides\": {\"threat\": [-1]}");
        single(json, "out-of-range", "scoring.weightOverrides.threat[0]", "-1", 1);
    }

    @Test
    void missingScoringOptions_areReported() {
        int start = VALID.indexOf("  \"scoring\"");
        int end = VALID.indexOf("  \"units\"");
        String json = VALID.substring(0, start) + VALID.substring(end);
        Located p = single(json, "missing-property", "", "{", 1);
        assertThat(p.value()).isEqualTo("scoring");
    }

    @Test
    void wrongNumberOfScores_isReported() {
        int start = VALID.indexOf(",\n        {\n          \"unit\": \"COL\"");
        int end = VALID.indexOf("}", start + 3) + 1;
        String json = VALID.substring(0, start) + VALID.substring(end);
        Located p = single(json, "inconsistent", "nodes[0].scores", "[\n        {\n          \"unit\": \"BOL\"", 1);
        assertThat(p.message().en()).isEqualTo("the node lists 1 scores; there are 2 units");
    }
}
