package lat.ideal.scoring;

import java.util.List;
import lat.ideal.model.IndicatorDefinition;
import lat.ideal.model.Observation;

/** The plain mean of a cell's values, with the population standard deviation as dispersion. */
enum MeanCombiner implements CellCombiner {
    INSTANCE;

    @Override
    public Combined combine(IndicatorDefinition indicator, List<Observation> observations, double[] values) {
        int n = values.length;
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / n;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return new Combined(mean, n > 1 ? Math.sqrt(ss / n) : 0);
    }
}
