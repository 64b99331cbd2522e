package lat.ideal.scoring.priority;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import lat.ideal.model.Country;
import lat.ideal.model.CrimeArea;
import lat.ideal.model.CrimeAreaCatalogue;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.TargetKind;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.Banding;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Methodology;
import lat.ideal.model.validation.Problem;
import lat.ideal.model.validation.Severity;
import lat.ideal.model.validation.ValidationReport;
import lat.ideal.scoring.NodeResult;
import lat.ideal.scoring.ScoringInput;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.evidence.Confidence;
import lat.ideal.scoring.evidence.EvidenceReport;

/**
 * Turns per-country crime-area results into a ranked regional priority list for CLASI.
 *
 * <p>The input is a result of a {@code COUNTRY_CRIME_AREA} methodology (units {@code CC/area}) with its
 * {@link EvidenceReport}. For each crime area, at {@code node} (default: the root):
 * <ul>
 *   <li>the regional score combines the scores of the countries that have one, by {@link RegionalScore} (default
 *       mean; population-weighted needs a population for every such country);</li>
 *   <li>the transnational reach is the number of countries where the area is in the node's top band (its last band
 *       label), so the node must have bands;</li>
 *   <li>the confidence is the lower median of those countries' confidence levels (the middle one, or the lower of
 *       the two middle ones);</li>
 *   <li>the lead is the country with the highest score whose confidence is at least {@code leadConfidence} (default
 *       moderate), ties going to the lower country code; the participants are the countries in the top band, with
 *       the lead;</li>
 *   <li>the trend is the change of the regional score since a previous result, if one is given.</li>
 * </ul>
 * Areas are ranked by regional score, then reach, then code. Each gets a rationale in es/en/pt written from these
 * numbers, scores rounded half-up to the node's published decimals. Areas where no country has a score are listed
 * apart ({@link PriorityList#unassessed()}), never ranked. Inputs are checked as a whole first
 * ({@link #check(ScoringResult, EvidenceReport)}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param method how the regional score is computed, not null
 * @param populations the population of each country by ISO alpha-2 code (any unit, e.g. millions), for
 *     {@link RegionalScore#POPULATION_WEIGHTED}; not null
 * @param node the key of the node whose scores are prioritised; empty for the methodology's root; not null
 * @param leadConfidence the least confidence of a lead country, not null
 * @param areaLabels the crime areas' labels by code; an area without one is named by its code; not null
 * @since 0.1
 */
public record Prioritisation(RegionalScore method, Map<String, Double> populations, String node,
                             Confidence leadConfidence, Map<String, LocalizedText> areaLabels)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Copies the maps and checks that no part is null. */
    public Prioritisation {
        Objects.requireNonNull(method, "method");
        populations = Map.copyOf(populations);
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(leadConfidence, "leadConfidence");
        areaLabels = Map.copyOf(areaLabels);
    }

    /**
     * Returns the defaults: mean regional score at the root, leads of at least moderate confidence, labels of the
     * IDEAL crime-area catalogue.
     *
     * @return the prioritisation, never null
     */
    public static Prioritisation withDefaults() {
        return new Prioritisation(RegionalScore.MEAN, Map.of(), "", Confidence.MODERATE,
                labels(CrimeAreaCatalogue.ideal()));
    }

    /**
     * Returns a copy with another regional score.
     *
     * @param value the method, not null
     * @return the copy, never null
     */
    public Prioritisation withMethod(RegionalScore value) {
        return new Prioritisation(value, populations, node, leadConfidence, areaLabels);
    }

    /**
     * Returns a copy weighting by population.
     *
     * @param byCountryCode the populations by ISO alpha-2 code, not null
     * @return the copy, with method {@link RegionalScore#POPULATION_WEIGHTED}, never null
     */
    public Prioritisation withPopulations(Map<String, Double> byCountryCode) {
        return new Prioritisation(RegionalScore.POPULATION_WEIGHTED, byCountryCode, node, leadConfidence,
                areaLabels);
    }

    /**
     * Returns a copy prioritising another node's scores.
     *
     * @param nodeKey the node's key, not null
     * @return the copy, never null
     */
    public Prioritisation withNode(String nodeKey) {
        return new Prioritisation(method, populations, nodeKey, leadConfidence, areaLabels);
    }

    /**
     * Returns a copy with another least confidence for a lead country.
     *
     * @param value the level, not null
     * @return the copy, never null
     */
    public Prioritisation withLeadConfidence(Confidence value) {
        return new Prioritisation(method, populations, node, value, areaLabels);
    }

    /**
     * Returns a copy naming crime areas from another catalogue.
     *
     * @param catalogue the catalogue, not null
     * @return the copy, never null
     */
    public Prioritisation withCatalogue(CrimeAreaCatalogue catalogue) {
        return new Prioritisation(method, populations, node, leadConfidence, labels(catalogue));
    }

    private static Map<String, LocalizedText> labels(CrimeAreaCatalogue catalogue) {
        Map<String, LocalizedText> out = new LinkedHashMap<>();
        for (CrimeArea a : catalogue.byCode().values()) {
            out.put(a.code(), a.labels());
        }
        return out;
    }

    /**
     * Checks a result and its evidence report for prioritisation.
     *
     * @param current the result, not null
     * @param evidence its evidence report, not null
     * @return every problem found, never null
     */
    public ValidationReport check(ScoringResult current, EvidenceReport evidence) {
        List<Problem> problems = new ArrayList<>();
        checkResult(current, "current", problems);
        if (!evidence.units().equals(unitKeys(current))) {
            problems.add(error("evidence-mismatch", "evidence", "",
                    "el informe de evidencia no es de este resultado: sus unidades difieren",
                    "the evidence report is not this result's: its units differ",
                    "o relatório de evidência não é deste resultado: as suas unidades diferem"));
        }
        if (problems.isEmpty()) {
            populations(current, "current", problems);
        }
        return ValidationReport.of(problems);
    }

    /**
     * Checks a result, its evidence report and a previous result for prioritisation.
     *
     * @param current the result, not null
     * @param evidence its evidence report, not null
     * @param previous the previous assessment's result, not null
     * @return every problem found, never null
     */
    public ValidationReport check(ScoringResult current, EvidenceReport evidence, ScoringResult previous) {
        List<Problem> problems = new ArrayList<>(check(current, evidence).problems());
        int before = problems.size();
        checkResult(previous, "previous", problems);
        if (problems.size() == before) {
            populations(previous, "previous", problems);
        }
        return ValidationReport.of(problems);
    }

    private void populations(ScoringResult result, String path, List<Problem> problems) {
        if (method != RegionalScore.POPULATION_WEIGHTED) {
            return;
        }
        double[] s = result.node(nodeKey(result.methodology())).unrounded();
        List<String> units = unitKeys(result);
        List<String> seen = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            String code = units.get(u).substring(0, units.get(u).indexOf('/'));
            if (Double.isNaN(s[u]) || seen.contains(code)) {
                continue;
            }
            seen.add(code);
            Double p = populations.get(code);
            if (p == null || !(p > 0 && Double.isFinite(p))) {
                problems.add(error("population-missing", path + ".populations." + code, String.valueOf(p),
                        String.format(Locale.ROOT, "falta una población positiva para %s", code),
                        String.format(Locale.ROOT, "a positive population is missing for %s", code),
                        String.format(Locale.ROOT, "falta uma população positiva para %s", code)));
            }
        }
    }

    private void checkResult(ScoringResult result, String path, List<Problem> problems) {
        Methodology m = result.methodology();
        if (m.unitKind() != TargetKind.COUNTRY_CRIME_AREA) {
            problems.add(error("unit-kind", path + ".methodology", m.unitKind().toString(),
                    "la priorización necesita resultados por país y área delictiva (COUNTRY_CRIME_AREA), no "
                            + m.unitKind(),
                    "prioritisation needs results per country and crime area (COUNTRY_CRIME_AREA), not "
                            + m.unitKind(),
                    "a priorização precisa de resultados por país e área criminal (COUNTRY_CRIME_AREA), não "
                            + m.unitKind()));
            return;
        }
        String key = nodeKey(m);
        Optional<MethodNode> n = m.node(key);
        if (n.isEmpty()) {
            problems.add(error("unknown-node", path + ".node", key,
                    String.format(Locale.ROOT, "la metodología '%s' no tiene ningún nodo '%s'", m.id(), key),
                    String.format(Locale.ROOT, "methodology '%s' has no node '%s'", m.id(), key),
                    String.format(Locale.ROOT, "a metodologia '%s' não tem nenhum nó '%s'", m.id(), key)));
            return;
        }
        if (!n.get().isLeaf() && n.get().aggregation().method() == AggregationMethod.NONE) {
            problems.add(error("node-not-scored", path + ".node", key,
                    String.format(Locale.ROOT, "el nodo '%s' no tiene puntuación propia (agregación NONE)", key),
                    String.format(Locale.ROOT, "node '%s' has no score of its own (aggregation NONE)", key),
                    String.format(Locale.ROOT, "o nó '%s' não tem pontuação própria (agregação NONE)", key)));
        }
        if (path.equals("current") && n.get().banding().method() == Banding.Method.NONE) {
            problems.add(error("no-bands", path + ".node", key,
                    String.format(Locale.ROOT, "el nodo '%s' no tiene bandas: el alcance transnacional cuenta los"
                            + " países en la banda superior", key),
                    String.format(Locale.ROOT, "node '%s' has no bands: transnational reach counts the countries"
                            + " in the top band", key),
                    String.format(Locale.ROOT, "o nó '%s' não tem faixas: o alcance transnacional conta os países"
                            + " na faixa superior", key)));
        }
    }

    private static Problem error(String rule, String path, String value, String es, String en, String pt) {
        return new Problem(Severity.ERROR, rule, path, value, LocalizedText.of(es, en, pt));
    }

    private String nodeKey(Methodology m) {
        return node.isEmpty() ? m.root().key() : node;
    }

    /**
     * Prioritises the crime areas of a result.
     *
     * @param current the result, not null
     * @param evidence its evidence report, not null
     * @return the priority list, never null
     * @throws IllegalArgumentException if {@link #check(ScoringResult, EvidenceReport)} finds a problem; the message
     *     lists every one
     */
    public PriorityList prioritise(ScoringResult current, EvidenceReport evidence) {
        refuse(check(current, evidence));
        return build(current, evidence, null);
    }

    /**
     * Prioritises the crime areas of a result, with the trend since a previous result.
     *
     * @param current the result, not null
     * @param evidence its evidence report, not null
     * @param previous the previous assessment's result (same kind of units), not null
     * @return the priority list, never null
     * @throws IllegalArgumentException if {@link #check(ScoringResult, EvidenceReport, ScoringResult)} finds a
     *     problem; the message lists every one
     */
    public PriorityList prioritise(ScoringResult current, EvidenceReport evidence, ScoringResult previous) {
        refuse(check(current, evidence, previous));
        return build(current, evidence, previous);
    }

    private static void refuse(ValidationReport report) {
        if (!report.isValid()) {
            StringBuilder b = new StringBuilder("cannot prioritise, ").append(report.errors().size())
                    .append(" problem(s):");
            report.errors().forEach(p -> b.append("\n  ").append(p));
            throw new IllegalArgumentException(b.toString());
        }
    }

    /** One country's result for one area. */
    private static final class Entry {
        final Country country;
        final double score;
        final Optional<String> band;
        final Confidence confidence;

        Entry(Country country, double score, Optional<String> band, Confidence confidence) {
            this.country = country;
            this.score = score;
            this.band = band;
            this.confidence = confidence;
        }
    }

    private static final Comparator<Entry> BY_SCORE = Comparator.comparingDouble((Entry e) -> -e.score)
            .thenComparing(e -> e.country.code());

    private PriorityList build(ScoringResult current, EvidenceReport evidence, ScoringResult previous) {
        Methodology m = current.methodology();
        String key = nodeKey(m);
        MethodNode n = m.node(key).orElseThrow();
        List<String> bandLabels = n.banding().labels();
        String top = bandLabels.get(bandLabels.size() - 1);
        Map<String, List<Entry>> areas = entries(current, key, evidence);
        Map<String, List<Entry>> before = previous == null ? Map.of() : entries(previous, nodeKey(previous
                .methodology()), null);
        List<String> unassessed = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        Map<String, Double> regional = new TreeMap<>();
        areas.forEach((area, list) -> {
            if (list.isEmpty()) {
                unassessed.add(area);
            } else {
                codes.add(area);
                regional.put(area, regional(list));
            }
        });
        Map<String, List<Entry>> topBand = new TreeMap<>();
        for (String area : codes) {
            List<Entry> t = new ArrayList<>();
            for (Entry e : areas.get(area)) {
                if (e.band.isPresent() && e.band.get().equals(top)) {
                    t.add(e);
                }
            }
            t.sort(BY_SCORE);
            topBand.put(area, t);
        }
        codes.sort(Comparator.comparingDouble((String a) -> -regional.get(a))
                .thenComparingInt(a -> -topBand.get(a).size()).thenComparing(a -> a));
        List<RegionalPriority> out = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String area = codes.get(i);
            List<Entry> list = new ArrayList<>(areas.get(area));
            list.sort(BY_SCORE);
            Entry lead = null;
            for (Entry e : list) {
                if (e.confidence.atLeast(leadConfidence)) {
                    lead = e;
                    break;
                }
            }
            List<Entry> participants = new ArrayList<>(topBand.get(area));
            if (lead != null && !participants.contains(lead)) {
                participants.add(lead);
                participants.sort(BY_SCORE);
            }
            List<Confidence> levels = new ArrayList<>();
            list.forEach(e -> levels.add(e.confidence));
            levels.sort(Comparator.naturalOrder());
            Confidence confidence = levels.get(levels.size() / 2);
            List<Entry> old = before.get(area);
            OptionalDouble change = old == null || old.isEmpty() ? OptionalDouble.empty()
                    : OptionalDouble.of(regional.get(area) - regional(old));
            LocalizedText label = areaLabels.getOrDefault(area, LocalizedText.same(area));
            Rationale.Facts f = new Rationale.Facts();
            f.rank = i + 1;
            f.areas = codes.size();
            f.label = label;
            f.method = method;
            f.regionalScore = regional.get(area);
            f.assessed = list.size();
            f.topBandLabel = top;
            f.topBand = countries(topBand.get(area));
            f.lead = lead == null ? null : lead.country;
            f.leadScore = lead == null ? Double.NaN : lead.score;
            f.leadConfidence = lead == null ? null : lead.confidence;
            f.minimumLeadConfidence = leadConfidence;
            f.confidence = confidence;
            f.change = change;
            f.previousGiven = previous != null;
            f.decimals = n.rounding().decimals();
            out.add(new RegionalPriority(i + 1, area, label, regional.get(area), method, countries(list),
                    f.topBand, confidence, Optional.ofNullable(f.lead), countries(participants), change,
                    Rationale.of(f)));
        }
        return new PriorityList(key, method, out, unassessed);
    }

    private double regional(List<Entry> list) {
        switch (method) {
            case MAX:
                double max = Double.NEGATIVE_INFINITY;
                for (Entry e : list) {
                    max = Math.max(max, e.score);
                }
                return max;
            case POPULATION_WEIGHTED:
                double sum = 0;
                double weight = 0;
                for (Entry e : list) {
                    double p = populations.getOrDefault(e.country.code(), Double.NaN);
                    sum += p * e.score;
                    weight += p;
                }
                return sum / weight;
            default:
                double total = 0;
                for (Entry e : list) {
                    total += e.score;
                }
                return total / list.size();
        }
    }

    /** The scored countries of each area, areas in order of first appearance; confidence only with evidence. */
    private static Map<String, List<Entry>> entries(ScoringResult result, String key, EvidenceReport evidence) {
        NodeResult scores = result.node(key);
        double[] s = scores.unrounded();
        List<String> units = unitKeys(result);
        boolean banded = result.methodology().node(key).orElseThrow().banding().method() != Banding.Method.NONE;
        Map<String, List<Entry>> out = new LinkedHashMap<>();
        for (int u = 0; u < units.size(); u++) {
            String unit = units.get(u);
            int slash = unit.indexOf('/');
            List<Entry> list = out.computeIfAbsent(unit.substring(slash + 1), k -> new ArrayList<>());
            if (!Double.isNaN(s[u])) {
                list.add(new Entry(Country.of(unit.substring(0, slash)), s[u],
                        banded && evidence != null ? scores.band(unit) : Optional.empty(),
                        evidence == null ? Confidence.LOW : evidence.confidence(unit, key)));
            }
        }
        return out;
    }

    private static List<Country> countries(List<Entry> entries) {
        List<Country> out = new ArrayList<>();
        entries.forEach(e -> out.add(e.country));
        return out;
    }

    private static List<String> unitKeys(ScoringResult result) {
        return result.units().stream().map(ScoringInput.Unit::key).toList();
    }
}
