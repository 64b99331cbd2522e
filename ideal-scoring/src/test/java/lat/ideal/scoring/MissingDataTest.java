package lat.ideal.scoring;

import static lat.ideal.scoring.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import lat.ideal.model.Polarity;
import lat.ideal.model.Scale;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.MissingData;
import lat.ideal.model.method.MissingPolicy;
import org.junit.jupiter.api.Test;

/** Missing-data policies and availability thresholds, by hand. */
final class MissingDataTest {
    private static final double TOLERANCE = 1e-12;
    private static final double NA = Double.NaN;

    private static MethodNode root(MissingData missing) {
        return Fixtures.node("root", AggregationMethod.ARITHMETIC_MEAN, Fixtures.leaf("a"), Fixtures.leaf("b"),
                Fixtures.leaf("c")).withMissing(missing);
    }

    private static final ScoringInput INPUT = Fixtures.rows(List.of("a", "b", "c"),
            row(2, NA, 6), row(4, 1, 8), row(6, 3, 10), row(8, 10, 12));

    @Test
    void excludeAndReweightDividesByThePresentWeights() {
        ScoringResult r = Fixtures.score(root(MissingData.excludeAndReweight()), INPUT);
        // U1: (2 + 6) / 2 = 4, coverage 2 of 3 leaves.
        UnitScore u1 = r.node("root").score("U1");
        assertThat(u1.unrounded().orElseThrow()).isEqualTo(4);
        assertThat(u1.coverage()).isCloseTo(2.0 / 3, within(TOLERANCE));
        assertThat(r.imputedCells()).isEmpty();
        assertThat(r.explain("U1").contributions().get(1).flags()).contains(Contribution.Flag.MISSING,
                Contribution.Flag.EXCLUDED);
    }

    @Test
    void meanImputationFillsOnlyTheMissingCell() {
        ScoringResult r = Fixtures.score(root(new MissingData(MissingPolicy.MEAN, 0)), INPUT);
        // b's mean over U2..U4 = (1 + 3 + 10) / 3 = 14/3; U1 = (2 + 14/3 + 6) / 3.
        assertThat(r.node("root").score("U1").unrounded().orElseThrow())
                .isCloseTo((2 + 14.0 / 3 + 6) / 3, within(TOLERANCE));
        assertThat(r.imputedCells()).containsExactly(new ImputedCell("U1", "root", "b", 14.0 / 3, MissingPolicy.MEAN));
        // Observed values are never changed: U2..U4 as without imputation.
        assertThat(r.node("root").score("U2").unrounded().orElseThrow()).isCloseTo(13.0 / 3, within(TOLERANCE));
        assertThat(r.node("b").unrounded()[0]).isNaN();
        assertThat(r.node("root").score("U1").coverage()).isCloseTo(2.0 / 3, within(TOLERANCE));
        assertThat(r.explain("U1").contributions().get(1).flags()).contains(Contribution.Flag.IMPUTED);
    }

    @Test
    void medianImputation() {
        ScoringResult r = Fixtures.score(root(new MissingData(MissingPolicy.MEDIAN, 0)), INPUT);
        // median of 1, 3, 10 = 3; U1 = (2 + 3 + 6) / 3.
        assertThat(r.imputedCells().get(0).value()).isEqualTo(3);
        assertThat(r.node("root").score("U1").unrounded().orElseThrow()).isCloseTo(11.0 / 3, within(TOLERANCE));
    }

    @Test
    void groupMeanImputationFallsBackToTheOverallMean() {
        List<ScoringInput.Indicator> defs = List.of(
                new ScoringInput.Indicator("a", Scale.Continuous.of(0, 10), Polarity.POSITIVE),
                new ScoringInput.Indicator("b", Scale.Continuous.of(0, 10), Polarity.POSITIVE));
        ScoringInput in = Fixtures.rows(defs, new double[][] {row(1, NA), row(1, 2), row(1, 4), row(1, NA),
            row(1, 9)}).withUnits(List.of(new ScoringInput.Unit("U1", "U1", "north"),
                new ScoringInput.Unit("U2", "U2", "north"), new ScoringInput.Unit("U3", "U3", "north"),
                new ScoringInput.Unit("U4", "U4", "east"), new ScoringInput.Unit("U5", "U5", "")));
        MethodNode root = Fixtures.node("root", AggregationMethod.ARITHMETIC_MEAN, Fixtures.leaf("a"),
                Fixtures.leaf("b")).withMissing(new MissingData(MissingPolicy.GROUP_MEAN, 0));
        ScoringResult r = Fixtures.score(root, in);
        // U1 (north): mean of 2 and 4 = 3. U4 (east, no value in its group): overall mean (2 + 4 + 9) / 3 = 5.
        assertThat(r.imputedCells()).extracting(ImputedCell::unit, ImputedCell::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("U1", 3.0),
                        org.assertj.core.groups.Tuple.tuple("U4", 5.0));
    }

    @Test
    void belowTheAvailabilityThresholdThereIsNoNumber() {
        ScoringResult r = Fixtures.score(root(MissingData.excludeAndReweight().withThreshold(0.7)), INPUT);
        UnitScore u1 = r.node("root").score("U1");
        // 2 of 3 children = 0.667 < 0.7.
        assertThat(u1.status()).isEqualTo(ScoreStatus.INSUFFICIENT_DATA);
        assertThat(u1.unrounded()).isEmpty();
        assertThat(u1.published()).isEmpty();
        assertThat(u1.rank()).isEmpty();
        assertThat(r.node("root").score("U2").rank()).hasValue(3);
        assertThat(r.top("root", 10)).extracting(UnitScore::unit).containsExactly("U4", "U3", "U2");
    }

    @Test
    void imputationDoesNotRescueAUnitBelowTheThreshold() {
        ScoringResult r = Fixtures.score(root(new MissingData(MissingPolicy.MEAN, 0.7)), INPUT);
        assertThat(r.node("root").score("U1").status()).isEqualTo(ScoreStatus.INSUFFICIENT_DATA);
        assertThat(r.imputedCells()).isEmpty();
    }

    @Test
    void aMissingChildNodeIsImputedByItsParent() {
        MethodNode inner = Fixtures.node("inner", AggregationMethod.ARITHMETIC_MEAN, Fixtures.leaf("b"));
        MethodNode root = Fixtures.node("root", AggregationMethod.ARITHMETIC_MEAN, Fixtures.leaf("a"), inner)
                .withMissing(new MissingData(MissingPolicy.MEAN, 0));
        ScoringResult r = Fixtures.score(root, INPUT);
        // inner has no score for U1; root imputes the mean of inner's scores 14/3.
        assertThat(r.node("inner").score("U1").status()).isEqualTo(ScoreStatus.INSUFFICIENT_DATA);
        assertThat(r.node("root").score("U1").unrounded().orElseThrow()).isCloseTo((2 + 14.0 / 3) / 2,
                within(TOLERANCE));
        Explanation e = r.explain("U1");
        assertThat(e.contributions()).extracting(Contribution::node).containsExactly("a", "inner");
        assertThat(e.total().orElseThrow()).isCloseTo((2 + 14.0 / 3) / 2, within(TOLERANCE));
    }
}
