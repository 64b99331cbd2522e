package lat.ideal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import lat.ideal.model.Country;
import lat.ideal.model.Doubles;
import lat.ideal.model.Language;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.OperationalActionPlan;
import lat.ideal.model.Priority;
import lat.ideal.scoring.ScoringInput;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.evidence.EvidenceSummary;
import lat.ideal.scoring.priority.Prioritisation;
import lat.ideal.scoring.priority.PriorityList;
import lat.ideal.scoring.priority.RegionalPriority;
import lat.ideal.scoring.trend.UnitTrend;
import lat.ideal.scoring.uncertainty.RankDistribution;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analysis exports (JSON and long CSV) state exactly what the analysis objects hold: every row and entry is
 * compared with the object it was written from.
 */
final class AnalysisExportTest {
    private static final IdealJson JSON = IdealJson.withDefaults();
    private static final AnalysisCsv CSV = AnalysisCsv.withDefaults();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static Analyses a() {
        return Analyses.get();
    }

    /** Reads CSV text back into rows of cells (header first), with the formula-injection apostrophe removed. */
    static List<List<String>> rows(String csv) throws IOException {
        Problems problems = new Problems("t.csv", 10);
        CsvReader reader = new CsvReader(new StringReader(csv), problems, ReadLimits.defaults());
        List<List<String>> rows = new ArrayList<>();
        while (reader.next()) {
            rows.add(reader.fields().stream().map(CsvWriter::restore).toList());
        }
        assertThat(problems.list()).isEmpty();
        return rows;
    }

    private static String number(double v) {
        return Double.isFinite(v) ? Doubles.format(v) : "";
    }

    private static String number(OptionalDouble v) {
        return v.isPresent() ? Doubles.format(v.getAsDouble()) : "";
    }

    private static String number(OptionalInt v) {
        return v.isPresent() ? Integer.toString(v.getAsInt()) : "";
    }

    private static Map<String, ScoringInput.Unit> units(ScoringResult r) {
        Map<String, ScoringInput.Unit> m = new HashMap<>();
        r.units().forEach(u -> m.put(u.key(), u));
        return m;
    }

    /** Returns the number of a JSON value, NaN for null. */
    private static double value(JsonNode n) {
        return n.isNull() ? Double.NaN : n.doubleValue();
    }

    // ---- uncertainty ----

    @Test
    void uncertaintyCsv_rowByRow_isTheDistribution() throws IOException {
        StringWriter out = new StringWriter();
        CSV.writeUncertainty(a().uncertainty, a().gitoc2023, out);
        List<List<String>> rows = rows(out.toString());
        assertThat(rows.get(0)).isEqualTo(AnalysisCsv.UNCERTAINTY_COLUMNS);
        assertThat(rows).hasSize(1 + a().uncertainty.nodes().size() * 193);
        Map<String, ScoringInput.Unit> units = units(a().gitoc2023);
        int i = 1;
        for (String node : a().uncertainty.nodes()) {
            for (String unit : a().uncertainty.units()) {
                RankDistribution d = a().uncertainty.distribution(unit, node);
                assertThat(rows.get(i++)).containsExactly(Units.alpha3(unit), units.get(unit).name(), node,
                        d.nominal() == 0 ? "" : Integer.toString(d.nominal()), number(d.mean()), number(d.median()),
                        number(d.p5()), number(d.p95()), number(d.topKProbability()), "10",
                        number(d.intervalWidth()));
            }
        }
        // The GI-TOC 2023 row of Bolivia (gitoc-ocindex-2023.csv, line 97) names it as the file does.
        assertThat(out.toString()).contains("\r\nBOL,Bolivia,criminality,");
    }

    @Test
    void uncertaintyJson_statesTheSpecificationAndEveryDistribution() throws IOException {
        StringWriter out = new StringWriter();
        JSON.writeUncertainty(a().uncertainty, a().gitoc2023, out);
        JsonNode doc = MAPPER.readTree(out.toString());
        assertThat(doc.get("schemaVersion").asString()).isEqualTo("1.0");
        assertThat(doc.get("assessment").get("fingerprint").asString()).isEqualTo(a().gitoc2023.fingerprint());
        assertThat(doc.get("assessment").get("methodology").asString())
                .isEqualTo(a().gitoc2023.methodology().id());
        assertThat(doc.get("samples").intValue()).isEqualTo(200);
        assertThat(doc.get("seed").longValue()).isEqualTo(7);
        assertThat(doc.get("topK").intValue()).isEqualTo(10);
        JsonNode factors = doc.get("factors");
        assertThat(factors).hasSize(3);
        assertThat(factors.get(0).get("factor").asString()).isEqualTo("weights");
        assertThat(factors.get(0).get("kind").asString()).isEqualTo("UNIFORM");
        assertThat(factors.get(0).get("amount").doubleValue()).isEqualTo(0.3);
        assertThat(factors.get(1).get("alternatives").get(1).get("method").asString()).isEqualTo("GEOMETRIC_MEAN");
        assertThat(factors.get(2).get("factor").asString()).isEqualTo("exclusion");
        assertThat(doc.get("units")).hasSize(193);
        JsonNode nodes = doc.get("nodes");
        assertThat(nodes).hasSize(a().uncertainty.nodes().size());
        for (JsonNode node : nodes) {
            String key = node.get("key").asString();
            JsonNode ranks = node.get("ranks");
            for (int u = 0; u < ranks.size(); u++) {
                JsonNode r = ranks.get(u);
                String unit = a().uncertainty.units().get(u);
                RankDistribution d = a().uncertainty.distribution(unit, key);
                assertThat(r.get("unit").asString()).isEqualTo(Units.alpha3(unit));
                assertThat(r.has("nominalRank") ? r.get("nominalRank").intValue() : 0).isEqualTo(d.nominal());
                assertThat(r.get("samples").intValue()).isEqualTo(d.samples());
                assertThat(r.get("unranked").intValue()).isEqualTo(d.unranked());
                assertThat(value(r.get("meanRank"))).isEqualTo(d.mean());
                assertThat(value(r.get("medianRank"))).isEqualTo(d.median());
                assertThat(value(r.get("p5Rank"))).isEqualTo(d.p5());
                assertThat(value(r.get("p95Rank"))).isEqualTo(d.p95());
                assertThat(value(r.get("intervalWidth"))).isEqualTo(d.intervalWidth());
                assertThat(r.get("topKProbability").doubleValue()).isEqualTo(d.topKProbability());
            }
        }
    }

    @Test
    void uncertainty_ofAnotherRun_isACallerError() {
        assertThatThrownBy(() -> JSON.writeUncertainty(a().uncertainty, a().threat, new StringWriter()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pass the result the analysis");
    }

    // ---- trend ----

    @Test
    void trendCsv_rowByRow_isTheTrend() throws IOException {
        StringWriter out = new StringWriter();
        CSV.writeTrend(a().trend, a().gitoc2021, a().gitoc2023, out);
        List<List<String>> rows = rows(out.toString());
        assertThat(rows.get(0)).isEqualTo(AnalysisCsv.TREND_COLUMNS);
        Map<String, ScoringInput.Unit> units = units(a().gitoc2023);
        int i = 1;
        for (String node : a().trend.nodes()) {
            for (UnitTrend t : a().trend.trends(node)) {
                assertThat(rows.get(i++)).containsExactly(Units.alpha3(t.unit()), units.get(t.unit()).name(), node,
                        number(t.before()), number(t.after()), number(t.change()), number(t.rankBefore()),
                        number(t.rankAfter()), number(t.movement()), t.bandBefore().orElse(""),
                        t.bandAfter().orElse(""), Boolean.toString(t.emerging()));
            }
        }
        assertThat(rows).hasSize(i);
        assertThat(a().trend.emerging("criminality")).isNotEmpty();
        assertThat(rows).anySatisfy(r -> assertThat(r.get(11)).isEqualTo("true"));
    }

    @Test
    void trendJson_statesTheFrameworkAndEveryTrend() throws IOException {
        StringWriter out = new StringWriter();
        JSON.writeTrend(a().trend, a().gitoc2021, a().gitoc2023, out);
        JsonNode doc = MAPPER.readTree(out.toString());
        assertThat(doc.get("before").get("fingerprint").asString()).isEqualTo(a().gitoc2021.fingerprint());
        assertThat(doc.get("after").get("fingerprint").asString()).isEqualTo(a().gitoc2023.fingerprint());
        JsonNode f = doc.get("framework");
        // 2023 adds five markets and private-sector actors to the 2021 framework (data/README.md).
        assertThat(f.get("added")).hasSize(6);
        assertThat(f.get("removed")).isEmpty();
        assertThat(f.get("restricted").booleanValue()).isFalse();
        assertThat(f.get("statement").get("pt").asString()).isEqualTo(a().trend.framework().statement().pt());
        assertThat(doc.get("units")).hasSize(a().trend.units().size());
        for (JsonNode node : doc.get("nodes")) {
            String key = node.get("key").asString();
            List<String> emerging = new ArrayList<>();
            node.get("emerging").forEach(x -> emerging.add(x.asString()));
            assertThat(emerging).isEqualTo(a().trend.emerging(key).stream().map(t -> Units.alpha3(t.unit())).toList());
            JsonNode trends = node.get("trends");
            for (int u = 0; u < trends.size(); u++) {
                JsonNode j = trends.get(u);
                UnitTrend t = a().trend.trends(key).get(u);
                assertThat(j.get("unit").asString()).isEqualTo(Units.alpha3(t.unit()));
                assertThat(j.has("scoreBefore") ? OptionalDouble.of(j.get("scoreBefore").doubleValue())
                        : OptionalDouble.empty()).isEqualTo(t.before());
                assertThat(j.has("change") ? OptionalDouble.of(j.get("change").doubleValue())
                        : OptionalDouble.empty()).isEqualTo(t.change());
                assertThat(j.has("movement") ? OptionalInt.of(j.get("movement").intValue()) : OptionalInt.empty())
                        .isEqualTo(t.movement());
                assertThat(j.has("bandAfter") ? j.get("bandAfter").asString() : "")
                        .isEqualTo(t.bandAfter().orElse(""));
                assertThat(j.get("emerging").booleanValue()).isEqualTo(t.emerging());
            }
        }
    }

    // ---- priorities ----

    @Test
    void priorityCsv_rowByRow_isThePriorityList() throws IOException {
        StringWriter out = new StringWriter();
        CSV.withLanguage(Language.ES).writePriorities(a().priorities, out);
        List<List<String>> rows = rows(out.toString());
        assertThat(rows.get(0)).isEqualTo(AnalysisCsv.PRIORITY_COLUMNS);
        List<RegionalPriority> list = a().priorities.priorities();
        assertThat(rows).hasSize(1 + list.size());
        for (int i = 0; i < list.size(); i++) {
            RegionalPriority p = list.get(i);
            assertThat(rows.get(i + 1)).containsExactly(Integer.toString(p.rank()), p.crimeArea(),
                    p.label().in(Language.ES), Doubles.format(p.regionalScore()), p.method().name(),
                    alpha3(p.assessed()), alpha3(p.topBand()), p.confidence().name(),
                    p.lead().map(c -> c.alpha3()).orElse(""), alpha3(p.participants()), number(p.change()));
        }
        // By hand (Analyses' table): drugs first with mean (60 + 90 + 80) / 3; top band (75 and over) CO 90, PE 80;
        // confidence the lower median of BO moderate (C3), CO low (E5), PE high (A1); lead PE, as CO is low.
        assertThat(rows.get(1).subList(0, 2)).containsExactly("1", "drug-trafficking");
        assertThat(rows.get(1).subList(6, 10)).containsExactly("COL;PER", "MODERATE", "PER", "COL;PER");
    }

    private static String alpha3(List<Country> countries) {
        return String.join(";", countries.stream().map(Country::alpha3).toList());
    }

    @Test
    void priorityListJson_holdsRationalesAndDocumentsThatTheReadersAccept() throws IOException {
        StringWriter out = new StringWriter();
        JSON.writePriorityList(a().priorities, Analyses.ASSESSMENT, Analyses.YEAR, out);
        JsonNode doc = MAPPER.readTree(out.toString());
        assertThat(doc.get("assessmentId").asString()).isEqualTo(Analyses.ASSESSMENT);
        assertThat(doc.get("period").asString()).isEqualTo("2024");
        assertThat(doc.get("method").asString()).isEqualTo("MEAN");
        List<RegionalPriority> list = a().priorities.priorities();
        JsonNode ps = doc.get("priorities");
        assertThat(ps).hasSize(list.size());
        for (int i = 0; i < list.size(); i++) {
            RegionalPriority p = list.get(i);
            JsonNode j = ps.get(i);
            assertThat(j.get("rank").intValue()).isEqualTo(p.rank());
            assertThat(j.get("priorityId").asString()).isEqualTo(PriorityList.priorityId(Analyses.ASSESSMENT, p));
            assertThat(j.get("regionalScore").doubleValue()).isEqualTo(p.regionalScore());
            assertThat(j.get("reach").intValue()).isEqualTo(p.reach());
            assertThat(j.get("confidence").asString()).isEqualTo(p.confidence().name());
            assertThat(j.has("lead") ? j.get("lead").asString() : "").isEqualTo(p.lead().map(Country::code)
                    .orElse(""));
            for (Language l : Language.values()) {
                assertThat(j.get("rationale").get(l.name().toLowerCase(java.util.Locale.ROOT)).asString())
                        .isEqualTo(p.rationale().in(l));
            }
        }
        // The embedded recommendations and draft plans are in the documents' own form: the readers take them back.
        String priorities = "{\"schemaVersion\": \"1.0\", \"priorities\": " + doc.get("recommendations") + "}";
        assertThat(JSON.readPriorities("p.json", new StringReader(priorities)).orElseThrow().priorities())
                .isEqualTo(a().priorities.toPriorities(Analyses.ASSESSMENT, Analyses.YEAR));
        String plans = "{\"schemaVersion\": \"1.0\", \"plans\": " + doc.get("draftActionPlans") + "}";
        List<OperationalActionPlan> drafts = a().priorities.draftActionPlans(Analyses.ASSESSMENT, Analyses.YEAR);
        assertThat(drafts).isNotEmpty();
        assertThat(JSON.readActionPlans("a.json", new StringReader(plans)).orElseThrow()).isEqualTo(drafts);
    }

    @Test
    void priorityCsv_neutralisesALabelThatLooksLikeAFormula() throws IOException {
        Map<String, LocalizedText> labels = new HashMap<>();
        for (Priority p : a().priorities.toPriorities("x", Analyses.YEAR)) {
            labels.put(p.crimeArea(), LocalizedText.same("=HYPERLINK(\"http://x\",\"y\")"));
        }
        PriorityList list = new Prioritisation(Prioritisation.withDefaults().method(), Map.of(), "",
                Prioritisation.withDefaults().leadConfidence(), labels).prioritise(a().threat, a().evidence);
        StringWriter out = new StringWriter();
        CSV.writePriorities(list, out);
        assertThat(out.toString()).contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",")
                .doesNotContain(",\"=HYPERLINK");
    }

    // ---- evidence ----

    @Test
    void evidenceCsv_rowByRow_isTheReport() throws IOException {
        StringWriter out = new StringWriter();
        CSV.writeEvidence(a().evidence, a().threat, out);
        List<List<String>> rows = rows(out.toString());
        assertThat(rows.get(0)).isEqualTo(AnalysisCsv.EVIDENCE_COLUMNS);
        int i = 1;
        for (String node : a().threat.nodeKeys()) {
            for (ScoringInput.Unit unit : a().threat.units()) {
                EvidenceSummary s = a().evidence.summary(unit.key(), node);
                assertThat(rows.get(i++)).containsExactly(Units.external(unit.key(),
                        lat.ideal.model.TargetKind.COUNTRY_CRIME_AREA), unit.name(), node, s.confidence().name(),
                        Doubles.format(s.coverage()), Doubles.format(s.meanStrength()), Integer.toString(s.cells()),
                        Integer.toString(s.covered()), String.join(";", s.poorlyGradedCells().stream()
                                .map(c -> c.substring(c.lastIndexOf(':') + 1)).toList()));
            }
        }
        assertThat(rows).hasSize(i);
        // CO's drug-trafficking cell rests on one E5 source only: poorly graded (PrioritisationTest's table).
        assertThat(rows).anySatisfy(r -> assertThat(r.subList(0, 4))
                .containsExactly("COL/drug-trafficking", r.get(1), "threat", "LOW"));
    }

    @Test
    void evidenceJson_countsLevelsAndListsPoorlyGradedCells() throws IOException {
        StringWriter out = new StringWriter();
        JSON.writeEvidence(a().evidence, a().threat, out);
        JsonNode doc = MAPPER.readTree(out.toString());
        assertThat(doc.get("assessment").get("fingerprint").asString()).isEqualTo(a().threat.fingerprint());
        for (JsonNode node : doc.get("nodes")) {
            String key = node.get("key").asString();
            a().evidence.levels(key).forEach((level, count) ->
                    assertThat(node.get("levels").get(level.name()).intValue()).isEqualTo(count));
            JsonNode summaries = node.get("summaries");
            for (int u = 0; u < summaries.size(); u++) {
                String unit = a().threat.units().get(u).key();
                EvidenceSummary s = a().evidence.summary(unit, key);
                assertThat(summaries.get(u).get("confidence").asString()).isEqualTo(s.confidence().name());
                assertThat(summaries.get(u).get("coverage").doubleValue()).isEqualTo(s.coverage());
                assertThat(summaries.get(u).get("meanStrength").doubleValue()).isEqualTo(s.meanStrength());
                assertThat(summaries.get(u).get("poorlyGradedCells")).hasSize(s.poorlyGradedCells().size());
            }
        }
        List<String> poor = new ArrayList<>();
        doc.get("poorlyGradedCells").forEach(c -> poor.add(c.get("unit").asString() + ":"
                + c.get("indicator").asString()));
        assertThat(poor).isEqualTo(a().evidence.poorlyGradedCells().stream().map(c -> Units.external(
                c.substring(0, c.lastIndexOf(':')), lat.ideal.model.TargetKind.COUNTRY_CRIME_AREA)
                + c.substring(c.lastIndexOf(':'))).toList()).isNotEmpty();
    }
}
