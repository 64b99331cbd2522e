package lat.ideal.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import lat.ideal.model.Dataset;
import lat.ideal.model.Doubles;
import lat.ideal.scoring.CellCombiner;
import lat.ideal.scoring.Scorer;
import lat.ideal.scoring.ScoringInput;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.UnitScore;

/**
 * Whether a published results document is what its own methodology gives on the data: the data is scored again with
 * the embedded methodology, tie policy, rank basis and overrides, and the fingerprint and every published value are
 * compared.
 *
 * <pre>{@code
 * ResultsDocument published = json.readResults(Path.of("ideal-2023-results.json")).orElseThrow();
 * Dataset data = json.readDataset(Path.of("ideal-2023.json")).orElseThrow();
 * ResultsVerification check = ResultsVerification.verify(published, data);
 * check.isVerified();            // true when the fingerprint and every value agree
 * check.mismatches();            // otherwise, each differing value with where it is
 * }</pre>
 *
 * <p>Comparisons are exact, with no tolerance: scoring is deterministic, so a run with the same fingerprint gives
 * bit-identical numbers (unrounded scores and weights compared as doubles, published scores as decimals with their
 * scale, ranks, bands, coverage, statuses, warnings, gaps, imputed and treated cells). The fingerprint covers the
 * methodology, options and input, so a fingerprint mismatch says that the data (or the way its cells were combined)
 * is not what was scored, while value mismatches locate the consequences. A methodology or override that cannot be
 * scored is reported as a mismatch ({@code what} = {@code methodology}), never thrown: the document is data.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param publishedFingerprint the fingerprint the document states, not null
 * @param recomputedFingerprint the fingerprint of the new run, empty if the methodology could not be scored
 * @param compared how many values were compared, zero or more
 * @param mismatches every value that differs, in document order, not null
 * @since 0.1
 */
public record ResultsVerification(String publishedFingerprint, Optional<String> recomputedFingerprint, int compared,
                                  List<Mismatch> mismatches) {

    /** Checks that no part is null and copies the list. */
    public ResultsVerification {
        Objects.requireNonNull(publishedFingerprint, "publishedFingerprint");
        Objects.requireNonNull(recomputedFingerprint, "recomputedFingerprint");
        mismatches = List.copyOf(mismatches);
    }

    /**
     * One value that differs between the document and the new run.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param node the node's key, empty where the value belongs to no node, not null
     * @param unit the unit's key, empty where the value belongs to no unit, not null
     * @param what which value: {@code fingerprint}, {@code methodology}, {@code units}, {@code unit}, {@code node},
     *     {@code labels}, {@code aggregation}, {@code weight:<child>}, {@code status}, {@code unrounded},
     *     {@code published}, {@code rank}, {@code band}, {@code coverage}, {@code warnings[i]},
     *     {@code intelligenceGaps[i]}, {@code imputedCells[i]} or {@code treatedCells[i]}; not null
     * @param published the value as the document states it, empty for none, not null
     * @param recomputed the value of the new run, empty for none, not null
     * @since 0.1
     */
    public record Mismatch(String node, String unit, String what, String published, String recomputed) {

        /** Checks that no part is null. */
        public Mismatch {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(recomputed, "recomputed");
        }

        /**
         * Returns e.g. {@code criminality BO published: 4.95 != 4.96}.
         *
         * @return the text, never null
         */
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            if (!node.isEmpty()) {
                b.append(node).append(' ');
            }
            if (!unit.isEmpty()) {
                b.append(unit).append(' ');
            }
            return b.append(what).append(": ").append(published).append(" != ").append(recomputed).toString();
        }
    }

    /**
     * Verifies a document against the dataset it claims to score, combining several observations of a cell by their
     * mean (as {@link Scorer#of(lat.ideal.model.method.Methodology)} does).
     *
     * @param published the document, not null
     * @param dataset the dataset, not null
     * @return the verification, never null
     */
    public static ResultsVerification verify(ResultsDocument published, Dataset dataset) {
        return verify(published, dataset, CellCombiner.mean());
    }

    /**
     * Verifies a document against the dataset it claims to score, combining several observations of a cell as the
     * original run did.
     *
     * @param published the document, not null
     * @param dataset the dataset, not null
     * @param combiner how the original run combined the observations of a cell, not null
     * @return the verification, never null
     */
    public static ResultsVerification verify(ResultsDocument published, Dataset dataset, CellCombiner combiner) {
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(combiner, "combiner");
        return verify(published, scorer -> scorer.withCellCombiner(combiner).input(dataset));
    }

    /**
     * Verifies a document against the numbers it claims to score (a host that feeds the engine arrays).
     *
     * @param published the document, not null
     * @param input the input, not null
     * @return the verification, never null
     */
    public static ResultsVerification verify(ResultsDocument published, ScoringInput input) {
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(input, "input");
        return verify(published, scorer -> input);
    }

    private static ResultsVerification verify(ResultsDocument published,
                                              java.util.function.Function<Scorer, ScoringInput> input) {
        ScoringResult result;
        try {
            Scorer scorer = published.options().scorer(published.methodology());
            result = scorer.prepare(input.apply(scorer)).aggregate(published.options().overrides());
        } catch (IllegalArgumentException e) {
            return new ResultsVerification(published.fingerprint(), Optional.empty(), 0,
                    List.of(new Mismatch("", "", "methodology", published.methodology().id(),
                            String.valueOf(e.getMessage()))));
        }
        Comparison c = new Comparison();
        c.compare(published, ResultsDocument.of(result));
        return new ResultsVerification(published.fingerprint(), Optional.of(result.fingerprint()), c.compared,
                c.mismatches);
    }

    /**
     * Tells whether the new run has the fingerprint the document states.
     *
     * @return true if the fingerprints are equal
     */
    public boolean fingerprintMatches() {
        return recomputedFingerprint.isPresent() && recomputedFingerprint.get().equals(publishedFingerprint);
    }

    /**
     * Tells whether the document is what its methodology gives on the data: the fingerprint and every value agree.
     *
     * @return true if nothing differs
     */
    public boolean isVerified() {
        return fingerprintMatches() && mismatches.isEmpty();
    }

    /**
     * Returns e.g. {@code verified: fingerprint 3f2a... and 7720 values agree} or the number of mismatches and the
     * first of them.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        if (isVerified()) {
            return String.format(Locale.ROOT, "verified: fingerprint %s and %d values agree", publishedFingerprint,
                    compared);
        }
        return String.format(Locale.ROOT, "NOT verified: %d of %d values differ; first: %s", mismatches.size(),
                compared, mismatches.isEmpty() ? "" : mismatches.get(0));
    }

    /** Compares a published document with a recomputed one, value by value. Not thread-safe. */
    private static final class Comparison {
        final List<Mismatch> mismatches = new ArrayList<>();
        int compared;

        void compare(ResultsDocument p, ResultsDocument r) {
            same("", "", "fingerprint", p.fingerprint(), r.fingerprint());
            boolean sameUnits = same("", "", "units", Integer.toString(p.units().size()),
                    Integer.toString(r.units().size()));
            for (int u = 0; sameUnits && u < p.units().size(); u++) {
                ResultsDocument.Unit a = p.units().get(u);
                ResultsDocument.Unit b = r.units().get(u);
                sameUnits &= same("", a.key(), "unit", a.key() + " " + a.name() + " " + a.group(),
                        b.key() + " " + b.name() + " " + b.group());
            }
            for (ResultsDocument.NodeResults a : p.nodes()) {
                ResultsDocument.NodeResults b = r.nodes().stream().filter(n -> n.key().equals(a.key())).findFirst()
                        .orElse(null);
                if (!same(a.key(), "", "node", a.key(), b == null ? "" : b.key())) {
                    continue;
                }
                same(a.key(), "", "labels", a.labels().toString(), b.labels().toString());
                same(a.key(), "", "aggregation", a.aggregation().name(), b.aggregation().name());
                weights(a.key(), a.effectiveWeights(), b.effectiveWeights());
                if (sameUnits) {
                    for (int u = 0; u < Math.min(a.scores().size(), b.scores().size()); u++) {
                        score(a.key(), a.scores().get(u), b.scores().get(u));
                    }
                }
            }
            for (ResultsDocument.NodeResults b : r.nodes()) {
                if (p.nodes().stream().noneMatch(n -> n.key().equals(b.key()))) {
                    same(b.key(), "", "node", "", b.key());
                }
            }
            list("warnings", p.warnings(), r.warnings());
            list("intelligenceGaps", p.intelligenceGaps(), r.intelligenceGaps());
            list("imputedCells", p.imputedCells(), r.imputedCells());
            list("treatedCells", p.treatedCells(), r.treatedCells());
        }

        private void weights(String node, Map<String, Double> a, Map<String, Double> b) {
            for (Map.Entry<String, Double> e : a.entrySet()) {
                Double other = b.get(e.getKey());
                same(node, "", "weight:" + e.getKey(), Doubles.format(e.getValue()),
                        other == null ? "" : Doubles.format(other), other != null
                                && Double.compare(e.getValue(), other) == 0);
            }
            for (Map.Entry<String, Double> e : b.entrySet()) {
                if (!a.containsKey(e.getKey())) {
                    same(node, "", "weight:" + e.getKey(), "", Doubles.format(e.getValue()));
                }
            }
        }

        private void score(String node, UnitScore a, UnitScore b) {
            String unit = a.unit();
            same(node, unit, "status", a.status().name(), b.status().name());
            same(node, unit, "unrounded", text(a.unrounded()), text(b.unrounded()),
                    a.unrounded().equals(b.unrounded()));
            same(node, unit, "published", a.published().map(x -> x.toPlainString()).orElse(""),
                    b.published().map(x -> x.toPlainString()).orElse(""), a.published().equals(b.published()));
            same(node, unit, "rank", text(a.rank()), text(b.rank()));
            same(node, unit, "band", a.band().orElse(""), b.band().orElse(""));
            same(node, unit, "coverage", Doubles.format(a.coverage()), Doubles.format(b.coverage()),
                    Double.compare(a.coverage(), b.coverage()) == 0);
        }

        private <T> void list(String what, List<T> a, List<T> b) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                String x = i < a.size() ? a.get(i).toString() : "";
                String y = i < b.size() ? b.get(i).toString() : "";
                same("", "", what + "[" + i + "]", x, y, i < a.size() && i < b.size() && a.get(i).equals(b.get(i)));
            }
        }

        private boolean same(String node, String unit, String what, String published, String recomputed) {
            return same(node, unit, what, published, recomputed, published.equals(recomputed));
        }

        private boolean same(String node, String unit, String what, String published, String recomputed,
                             boolean equal) {
            compared++;
            if (!equal) {
                mismatches.add(new Mismatch(node, unit, what, published, recomputed));
            }
            return equal;
        }

        private static String text(OptionalDouble v) {
            return v.isPresent() ? Doubles.format(v.getAsDouble()) : "";
        }

        private static String text(OptionalInt v) {
            return v.isPresent() ? Integer.toString(v.getAsInt()) : "";
        }
    }
}
