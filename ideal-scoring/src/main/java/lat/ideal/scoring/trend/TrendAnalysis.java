package lat.ideal.scoring.trend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import lat.ideal.model.Dataset;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.Banding;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Methodology;
import lat.ideal.scoring.NodeResult;
import lat.ideal.scoring.ScoringInput;
import lat.ideal.scoring.ScoringResult;
import lat.ideal.scoring.Scorer;
import lat.ideal.scoring.uncertainty.MethodologyEdits;

/**
 * Compares two assessments (e.g. IDEAL 1.0 and 2.0, or GI-TOC 2021 and 2023): score change, rank movement, band
 * change and emerging threats per unit and node.
 *
 * <p>Units are matched by key and nodes by key; only units both assessments scored and nodes both score (not
 * aggregation {@code NONE}) are compared. A node's top band is the last label of its banding in the later
 * methodology; a node without bands has no emerging threats. When the frameworks read different indicators,
 * {@link #compare(ScoringResult, ScoringResult)} compares the scores as each was computed and says so, and
 * {@link #compareOnCommonIndicators(Scorer, Dataset, Scorer, Dataset)} scores both again on the common indicators
 * first; either way {@link TrendResult#framework()} states the difference.
 *
 * <p>This class is thread-safe.
 *
 * @since 0.1
 */
public final class TrendAnalysis {
    private TrendAnalysis() {
    }

    /**
     * Compares two results as they were computed.
     *
     * @param before the earlier assessment's result, not null
     * @param after the later assessment's result, not null
     * @return the comparison, never null
     */
    public static TrendResult compare(ScoringResult before, ScoringResult after) {
        return compare(before, after, false);
    }

    /**
     * Scores two datasets again on the indicators both methodologies read, then compares them.
     *
     * @param beforeScorer the earlier assessment's scorer, not null
     * @param beforeData the earlier dataset, not null
     * @param afterScorer the later assessment's scorer, not null
     * @param afterData the later dataset, not null
     * @return the comparison, never null
     * @throws IllegalArgumentException if the methodologies have no indicator in common
     */
    public static TrendResult compareOnCommonIndicators(Scorer beforeScorer, Dataset beforeData, Scorer afterScorer,
                                                        Dataset afterData) {
        Objects.requireNonNull(beforeData, "beforeData");
        Objects.requireNonNull(afterData, "afterData");
        FrameworkDifference d = FrameworkDifference.of(beforeScorer.methodology(), afterScorer.methodology(), true);
        Optional<Methodology> b = MethodologyEdits.restrictTo(beforeScorer.methodology(), d.common());
        Optional<Methodology> a = MethodologyEdits.restrictTo(afterScorer.methodology(), d.common());
        if (b.isEmpty() || a.isEmpty()) {
            throw new IllegalArgumentException("methodologies '" + beforeScorer.methodology().id() + "' and '"
                    + afterScorer.methodology().id() + "' read no indicator in common");
        }
        ScoringResult before = MethodologyEdits.scorerFor(beforeScorer, b.get()).score(beforeData);
        ScoringResult after = MethodologyEdits.scorerFor(afterScorer, a.get()).score(afterData);
        return compare(before, after, true).withFramework(d);
    }

    private static TrendResult compare(ScoringResult before, ScoringResult after, boolean restricted) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        FrameworkDifference framework = FrameworkDifference.of(before.methodology(), after.methodology(), restricted);
        List<String> beforeUnits = keys(before);
        Set<String> beforeSet = new HashSet<>(beforeUnits);
        Set<String> afterSet = new HashSet<>(keys(after));
        List<String> units = new ArrayList<>();
        List<String> onlyAfter = new ArrayList<>();
        for (String u : keys(after)) {
            (beforeSet.contains(u) ? units : onlyAfter).add(u);
        }
        List<String> onlyBefore = new ArrayList<>();
        for (String u : beforeUnits) {
            if (!afterSet.contains(u)) {
                onlyBefore.add(u);
            }
        }
        List<String> nodes = new ArrayList<>();
        Map<String, List<UnitTrend>> trends = new HashMap<>();
        for (MethodNode node : after.methodology().root().nodes()) {
            Optional<MethodNode> old = before.methodology().node(node.key());
            if (old.isEmpty() || !scored(node) || !scored(old.get())) {
                continue;
            }
            nodes.add(node.key());
            Banding banding = node.banding();
            Optional<String> top = banding.method() == Banding.Method.NONE ? Optional.empty()
                    : Optional.of(banding.labels().get(banding.labels().size() - 1));
            NodeResult b = before.node(node.key());
            NodeResult a = after.node(node.key());
            double[] scoreBefore = b.unrounded();
            double[] scoreAfter = a.unrounded();
            int[] rankBefore = b.ranks();
            int[] rankAfter = a.ranks();
            boolean bandsBefore = old.get().banding().method() != Banding.Method.NONE;
            boolean bandsAfter = banding.method() != Banding.Method.NONE;
            List<UnitTrend> list = new ArrayList<>(units.size());
            for (String u : units) {
                int ub = before.input().unitIndex(u).orElseThrow();
                int ua = after.input().unitIndex(u).orElseThrow();
                Optional<String> bandBefore = bandsBefore ? b.band(u) : Optional.empty();
                Optional<String> bandAfter = bandsAfter ? a.band(u) : Optional.empty();
                boolean emerging = top.isPresent() && bandAfter.equals(top) && !bandBefore.equals(top);
                list.add(new UnitTrend(u, node.key(), present(scoreBefore[ub]), present(scoreAfter[ua]),
                        rank(rankBefore[ub]), rank(rankAfter[ua]), bandBefore, bandAfter, emerging));
            }
            trends.put(node.key(), List.copyOf(list));
        }
        return new TrendResult(framework, units, onlyBefore, onlyAfter, nodes, new LinkedHashMap<>(trends));
    }

    private static OptionalDouble present(double score) {
        return Double.isNaN(score) ? OptionalDouble.empty() : OptionalDouble.of(score);
    }

    private static OptionalInt rank(int rank) {
        return rank > 0 ? OptionalInt.of(rank) : OptionalInt.empty();
    }

    private static boolean scored(MethodNode node) {
        return node.isLeaf() || node.aggregation().method() != AggregationMethod.NONE;
    }

    private static List<String> keys(ScoringResult result) {
        return result.units().stream().map(ScoringInput.Unit::key).toList();
    }
}
