package lat.ideal.scoring.uncertainty;

import java.util.function.IntUnaryOperator;

/** Sample quantiles by linear interpolation between order statistics (Hyndman and Fan's type 7, R's default). */
final class Quantiles {
    private Quantiles() {
    }

    /**
     * Returns the {@code p}-quantile of sorted values: with {@code h = (n - 1) p}, the value at {@code floor(h)} plus
     * {@code h - floor(h)} of the step to the next one.
     *
     * @param sorted the values in ascending order, at least one
     * @param p the probability in [0, 1]
     * @return the quantile
     */
    static double type7(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /**
     * Returns the {@code p}-quantile of {@code n} integer values given by their order statistics, exactly as
     * {@link #type7(double[], double)} computes it from the sorted values.
     *
     * @param n the number of values, at least one
     * @param orderStatistic the {@code i}-th smallest value for {@code i} from 0 to {@code n - 1}
     * @param p the probability in [0, 1]
     * @return the quantile
     */
    static double type7(int n, IntUnaryOperator orderStatistic, double p) {
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, n - 1);
        double low = orderStatistic.applyAsInt(lo);
        double high = orderStatistic.applyAsInt(hi);
        return low + (h - lo) * (high - low);
    }
}
