package lat.ideal.model.method;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.TargetKind;

/**
 * A complete methodology: what units it scores and the tree of nodes that scores them, with its provenance.
 *
 * <p>A methodology is pure data. The same specification can be scored, stored as JSON, compared with another, or
 * shipped to another process (it is {@link Serializable}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the methodology's id (a preset name such as {@code gitoc-ocindex}, or the user's own)
 * @param version the specification's version, not blank
 * @param title the title, not null
 * @param description what it computes, in plain words, not null
 * @param sources where the method comes from (citations), not null
 * @param unitKind what the scored units are, not null
 * @param root the root node, not null
 * @since 0.1
 */
public record Methodology(String id, String version, LocalizedText title, String description, List<String> sources,
                          TargetKind unitKind, MethodNode root) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Copies the sources and checks that no part is null. */
    public Methodology {
        Specs.notBlank(id, "id");
        Specs.notBlank(version, "version");
        Specs.notNull(title, "title");
        Specs.notNull(description, "description");
        sources = Specs.list(sources, "sources");
        Specs.notNull(unitKind, "unitKind");
        Specs.notNull(root, "root");
    }

    /**
     * Returns a methodology.
     *
     * @param id the id
     * @param unitKind what the units are
     * @param root the root node
     * @return the methodology, version {@code 1}, titled by its id, without description or sources
     */
    public static Methodology of(String id, TargetKind unitKind, MethodNode root) {
        return new Methodology(id, "1", LocalizedText.same(id), "", List.of(), unitKind, root);
    }

    /**
     * Finds a node by key.
     *
     * @param key the node's key
     * @return the node, or empty
     */
    public Optional<MethodNode> node(String key) {
        return root.find(key);
    }

    /**
     * Returns the indicator keys the leaves read, left to right, without repeats.
     *
     * @return the keys, never null
     */
    public List<String> indicatorKeys() {
        return root.leaves().stream().map(MethodNode::indicator).distinct().toList();
    }

    /**
     * Returns a copy with another root.
     *
     * @param value the root
     * @return the copy
     */
    public Methodology withRoot(MethodNode value) {
        return new Methodology(id, version, title, description, sources, unitKind, value);
    }

    /**
     * Returns a copy with another description and sources.
     *
     * @param text the description
     * @param citations the sources
     * @return the copy
     */
    public Methodology withProvenance(String text, List<String> citations) {
        return new Methodology(id, version, title, text, citations, unitKind, root);
    }

    /**
     * Returns a copy with another title.
     *
     * @param value the title
     * @return the copy
     */
    public Methodology withTitle(LocalizedText value) {
        return new Methodology(id, version, value, description, sources, unitKind, root);
    }
}
