/**
 * Immutable values of an IDEAL assessment cycle.
 *
 * <p>Every type here is an immutable value: nulls never go in or come out ({@code Optional} marks absence, empty
 * collections stand for none). Constructors enforce only the invariants no input can legitimately break; data rules
 * (a value on its scale, a known reference) are reported by {@link lat.ideal.model.validation.DatasetValidator}.
 *
 * @since 0.1
 */
package lat.ideal.model;
