package lat.ideal.scoring.uncertainty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Methodology;
import lat.ideal.model.method.Weighting;
import lat.ideal.scoring.Scorer;

/**
 * Edits of a methodology tree that analyses need: leaving indicators out (with their entries in the parents' rank
 * orders, AHP matrices and budget allocations) and scoring a variant with the same scorer settings.
 *
 * <p>This class is thread-safe; every method returns new immutable values.
 *
 * @since 0.1
 */
public final class MethodologyEdits {
    private MethodologyEdits() {
    }

    /**
     * Returns a methodology that reads only some indicators: every other leaf is removed, and so is every inner node
     * left without children.
     *
     * @param methodology the methodology, not null
     * @param indicators the indicator keys to keep, not null
     * @return the restricted methodology, or empty if no leaf is left
     */
    public static Optional<Methodology> restrictTo(Methodology methodology, Collection<String> indicators) {
        Set<String> keep = Set.copyOf(indicators);
        MethodNode root = prune(methodology.root(), keep);
        if (root == null) {
            return Optional.empty();
        }
        return Optional.of(root == methodology.root() ? methodology : methodology.withRoot(root));
    }

    private static MethodNode prune(MethodNode node, Set<String> keep) {
        if (node.isLeaf()) {
            return keep.contains(node.indicator()) ? node : null;
        }
        List<MethodNode> kids = new ArrayList<>();
        Weighting weighting = node.weighting();
        boolean changed = false;
        for (MethodNode c : node.children()) {
            MethodNode p = prune(c, keep);
            if (p == null) {
                weighting = withoutChild(weighting, c.key());
                changed = true;
            } else {
                changed |= p != c;
                kids.add(p);
            }
        }
        if (kids.isEmpty()) {
            return null;
        }
        return changed ? node.withChildren(kids).withWeighting(weighting) : node;
    }

    /**
     * Returns a tree without one leaf; its parent keeps its other children.
     *
     * @param root the tree, not null
     * @param leafKey the leaf's node key, not null
     * @return the tree without the leaf
     * @throws IllegalArgumentException if the leaf is its parent's only child
     */
    public static MethodNode withoutLeaf(MethodNode root, String leafKey) {
        Objects.requireNonNull(leafKey, "leafKey");
        return map(root, n -> {
            int at = -1;
            for (int i = 0; i < n.children().size(); i++) {
                if (n.children().get(i).key().equals(leafKey)) {
                    at = i;
                }
            }
            if (at < 0) {
                return n;
            }
            List<MethodNode> kids = new ArrayList<>(n.children());
            kids.remove(at);
            return n.withChildren(kids).withWeighting(withoutChild(n.weighting(), leafKey));
        });
    }

    /**
     * Returns a scorer for another methodology with the same tie policy, rank basis and cell combiner.
     *
     * @param template the scorer whose settings are kept, not null
     * @param methodology the methodology, not null
     * @return the scorer, never null (the template itself if the methodology is its own)
     */
    public static Scorer scorerFor(Scorer template, Methodology methodology) {
        if (methodology.equals(template.methodology())) {
            return template;
        }
        return Scorer.of(methodology).withTiePolicy(template.tiePolicy()).withRankBasis(template.rankBasis())
                .withCellCombiner(template.cellCombiner());
    }

    /** Rebuilds a tree bottom-up, applying {@code f} to every node after its children. */
    static MethodNode map(MethodNode node, UnaryOperator<MethodNode> f) {
        if (node.isLeaf()) {
            return f.apply(node);
        }
        List<MethodNode> kids = new ArrayList<>(node.children().size());
        boolean changed = false;
        for (MethodNode c : node.children()) {
            MethodNode mapped = map(c, f);
            changed |= mapped != c;
            kids.add(mapped);
        }
        return f.apply(changed ? node.withChildren(kids) : node);
    }

    private static Weighting withoutChild(Weighting w, String key) {
        int at = w.order().indexOf(key);
        List<String> order = new ArrayList<>(w.order());
        List<List<Double>> pairwise = new ArrayList<>();
        if (at >= 0) {
            order.remove(at);
            for (int r = 0; r < w.pairwise().size(); r++) {
                if (r != at) {
                    List<Double> row = new ArrayList<>(w.pairwise().get(r));
                    if (at < row.size()) {
                        row.remove(at);
                    }
                    pairwise.add(row);
                }
            }
        } else {
            pairwise.addAll(w.pairwise());
        }
        List<Map<String, Double>> allocations = new ArrayList<>();
        for (Map<String, Double> a : w.allocations()) {
            Map<String, Double> copy = new LinkedHashMap<>(a);
            copy.remove(key);
            allocations.add(copy);
        }
        return new Weighting(w.method(), order, pairwise, allocations, w.renormalise());
    }
}
