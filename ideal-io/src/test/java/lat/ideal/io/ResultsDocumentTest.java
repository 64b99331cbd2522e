package lat.ideal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import lat.ideal.model.Dataset;
import lat.ideal.model.Measurement;
import lat.ideal.model.Observation;
import lat.ideal.model.validation.ValidationReport;
import lat.ideal.scoring.Scorer;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.UnitScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Results documents: write, read back and verify (seeded random runs and the GI-TOC 2023 import). */
final class ResultsDocumentTest {
    /** Random methodologies are scorable but not meaningful (zero weights, odd normalisers): no validator. */
    private static final IdealJson JSON = IdealJson.withDefaults()
            .withMethodologyValidator(m -> ValidationReport.empty());

    static Stream<Long> seeds() {
        return Samples.seeds(40);
    }

    static String write(ResultsDocument doc) throws IOException {
        StringWriter out = new StringWriter();
        JSON.writeResults(doc, out);
        return out.toString();
    }

    static ResultsDocument read(String json) {
        ReadResult<ResultsDocument> back = JSON.readResults("r.json", new StringReader(json));
        assertThat(back.problems()).as(json).isEmpty();
        return back.orElseThrow();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void writeReadWrite_givesAnEqualDocumentAndTheSameCharacters(long seed) throws IOException {
        ScoredSamples s = new ScoredSamples(seed);
        StringWriter first = new StringWriter();
        JSON.writeResults(s.result, first);
        ResultsDocument back = read(first.toString());
        assertThat(back).isEqualTo(ResultsDocument.of(s.result));
        assertThat(write(back)).isEqualTo(first.toString());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void readBack_isVerifiedAgainstItsDataset(long seed) throws IOException {
        ScoredSamples s = new ScoredSamples(seed);
        ResultsDocument back = read(write(ResultsDocument.of(s.result)));
        ResultsVerification v = ResultsVerification.verify(back, s.dataset);
        assertThat(v.mismatches()).isEmpty();
        assertThat(v.fingerprintMatches()).isTrue();
        assertThat(v.isVerified()).as(v.toString()).isTrue();
        assertThat(v.compared()).isGreaterThan(back.units().size() * back.nodes().size());
        assertThat(v.recomputedFingerprint()).contains(s.result.fingerprint());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void changedData_failsTheFingerprint(long seed) throws IOException {
        ScoredSamples s = new ScoredSamples(seed);
        List<Observation> observations = new ArrayList<>(s.dataset.observations());
        int i = 0;
        while (observations.get(i).measurement() == Measurement.UNKNOWN) {
            i++;
        }
        Observation o = observations.get(i);
        Measurement m = o.measurement();
        observations.set(i, o.withMeasurement(m instanceof Measurement.Numeric
                ? Measurement.of(((Measurement.Numeric) m).value() == 10 ? 9.5 : ((Measurement.Numeric) m).value() + 0.5)
                : Measurement.level(m.equals(Measurement.level("HIGH")) ? "LOW" : "HIGH")));
        Dataset changed = s.dataset.toBuilder().observations(observations).build();
        ResultsVerification check = ResultsVerification.verify(ResultsDocument.of(s.result), changed);
        assertThat(check.fingerprintMatches()).isFalse();
        assertThat(check.isVerified()).isFalse();
        assertThat(check.mismatches()).first().extracting(ResultsVerification.Mismatch::what).isEqualTo("fingerprint");
        assertThat(check.toString()).startsWith("NOT verified: ");
    }

    @Test
    void changedPublishedScore_isLocated() throws IOException {
        GitocImport g = GitocImporterTest.load("gitoc-ocindex-2023.csv", 2023);
        ScoringResult result = Scorer.of(g.methodology()).score(g.input());
        String json = write(ResultsDocument.of(result));
        // Bolivia's published 2023 criminality is 4.95 (gitoc-ocindex-2023.csv, line 97); publish 4.96 instead.
        UnitScore bolivia = result.node("criminality").score("BO");
        assertThat(bolivia.published()).contains(new BigDecimal("4.95"));
        String forged = forge(json, "criminality", "BOL", "\"published\": 4.95", "\"published\": 4.96");
        ResultsDocument doc = read(forged);
        ResultsVerification v = ResultsVerification.verify(doc, g.input());
        assertThat(v.fingerprintMatches()).isTrue();
        assertThat(v.mismatches()).containsExactly(new ResultsVerification.Mismatch("criminality", "BO", "published",
                "4.96", "4.95"));
        assertThat(v.isVerified()).isFalse();
        assertThat(ResultsVerification.verify(read(json), g.input()).toString()).startsWith("verified: fingerprint "
                + result.fingerprint() + " and ");
    }

    /** Replaces the first {@code from} after the score of {@code unit} in the node {@code node}. */
    private static String forge(String json, String node, String unit, String from, String to) {
        int at = json.indexOf("\"unit\": \"" + unit + "\"", json.indexOf("\"key\": \"" + node + "\",\n      \"labels\""));
        int hit = json.indexOf(from, at);
        return json.substring(0, hit) + to + json.substring(hit + from.length());
    }

    @Test
    void gitocResults_readWithTheDefaultValidator_andVerify() throws IOException {
        GitocImport g = GitocImporterTest.load("gitoc-ocindex-2021.csv", 2021);
        ScoringResult result = Scorer.of(g.methodology()).score(g.input());
        StringWriter out = new StringWriter();
        IdealJson.withDefaults().writeResults(result, out);
        ReadResult<ResultsDocument> back = IdealJson.withDefaults().readResults("r.json",
                new StringReader(out.toString()));
        assertThat(back.problems()).isEmpty();
        ResultsDocument doc = back.orElseThrow();
        assertThat(doc.units()).hasSize(193);
        assertThat(doc.units().get(0).code()).hasSize(3);
        assertThat(doc.node("criminality").scores()).hasSize(193);
        assertThat(ResultsVerification.verify(doc, g.input()).isVerified()).isTrue();
    }

    @Test
    void unscorableMethodology_isReportedNotThrown() throws IOException {
        ScoredSamples s = new ScoredSamples(Samples.seeds(1).findFirst().orElseThrow());
        ResultsDocument doc = ResultsDocument.of(s.result);
        ResultsDocument broken = new ResultsDocument(doc.fingerprint(), doc.methodology(), new ResultsDocument.Options(
                doc.options().tiePolicy(), doc.options().rankBasis(), java.util.Map.of("no-such-node", List.of(1.0)),
                java.util.Map.of()), doc.units(), doc.nodes(), doc.warnings(), doc.intelligenceGaps(),
                doc.imputedCells(), doc.treatedCells());
        ResultsVerification v = ResultsVerification.verify(broken, s.dataset);
        assertThat(v.recomputedFingerprint()).isEmpty();
        assertThat(v.mismatches()).singleElement().extracting(ResultsVerification.Mismatch::what)
                .isEqualTo("methodology");
        assertThat(v.isVerified()).isFalse();
    }
}
