/**
 * Methodology specifications as data: a tree of nodes, each saying how its children are weighted, normalised,
 * treated, imputed, aggregated, rounded and banded. The algorithms live in {@code lat.ideal.scoring}.
 *
 * <p>Every type here is an immutable, serialisable value with no behaviour beyond checking its own invariants, so
 * a specification can be stored, compared, shipped to another process and fingerprinted.
 *
 * @since 0.1
 */
package lat.ideal.model.method;
