package lat.ideal.scoring;

import java.io.Serializable;
import java.util.List;
import lat.ideal.model.IndicatorDefinition;
import lat.ideal.model.Observation;

/**
 * Combines the several observations of one cell (unit x indicator) into the one value scoring uses.
 *
 * <p>{@link ScoringInput#from(lat.ideal.model.Dataset, lat.ideal.model.method.Methodology, CellCombiner)} calls it
 * only for cells with at least one observation that has a number on the indicator's scale; UNKNOWN observations are
 * passed on only when a cell has nothing else. Implementations must be pure functions of their arguments (they may
 * run on many threads and on many machines), and should be serialisable.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface CellCombiner extends Serializable {

    /**
     * Combines one cell's observations.
     *
     * @param indicator the indicator's definition, not null
     * @param observations the cell's observations, at least one, not null
     * @param values the number each observation stands for on the indicator's scale, same order, all finite
     * @return the combined value and its dispersion, never null
     */
    Combined combine(IndicatorDefinition indicator, List<Observation> observations, double[] values);

    /**
     * Returns the plain mean, with the population standard deviation as dispersion (0 for a single observation).
     *
     * @return the combiner, never null
     */
    static CellCombiner mean() {
        return MeanCombiner.INSTANCE;
    }

    /**
     * A combined cell value.
     *
     * @param value the value, finite
     * @param dispersion how much the observations disagree (e.g. a standard deviation), finite and not negative
     */
    record Combined(double value, double dispersion) {

        /** Checks that both numbers are finite and the dispersion not negative. */
        public Combined {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("combined value " + value + " is not finite");
            }
            if (!(dispersion >= 0) || Double.isInfinite(dispersion)) {
                throw new IllegalArgumentException("dispersion " + dispersion + " is not finite and >= 0");
            }
        }
    }
}
