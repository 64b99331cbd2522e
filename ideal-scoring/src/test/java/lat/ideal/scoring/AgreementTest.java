package lat.ideal.scoring;

import static lat.ideal.scoring.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.MethodNode;
import org.junit.jupiter.api.Test;

/** Agreement statistics against hand calculations. */
final class AgreementTest {
    private static final double TOLERANCE = 1e-12;

    private static ScoringResult ranked(double... scores) {
        double[][] rows = new double[scores.length][];
        for (int u = 0; u < scores.length; u++) {
            rows[u] = row(scores[u]);
        }
        MethodNode root = Fixtures.node("root", AggregationMethod.ARITHMETIC_MEAN, Fixtures.leaf("a"));
        return Fixtures.score(root, Fixtures.rows(List.of("a"), rows));
    }

    /**
     * Ranks A = 1, 2, 3, 4, 5 and B = 2, 1, 4, 3, 5. Spearman: sum d^2 = 4, rho = 1 - 6 x 4 / (5 x 24) = 0.8.
     * Kendall: 2 discordant pairs of 10, tau = (8 - 2) / 10 = 0.6. Top-2 overlap: U1 and U2 on both sides.
     */
    @Test
    void spearmanKendallAndTopK() {
        Agreement a = Agreement.of(ranked(5, 4, 3, 2, 1), ranked(4, 5, 2, 3, 1), "root");
        assertThat(a.commonUnits()).isEqualTo(5);
        assertThat(a.spearman().orElseThrow()).isCloseTo(0.8, within(TOLERANCE));
        assertThat(a.kendallTauB().orElseThrow()).isCloseTo(0.6, within(TOLERANCE));
        assertThat(a.topKOverlap(2)).isEqualTo(2);
        assertThat(a.topKOverlap(1)).isEqualTo(0);
        assertThat(a.largestShifts(1)).containsExactly(new Agreement.RankShift("U1", 1, 2));
        assertThat(a.toString()).contains("Spearman rho 0.8000");
    }

    /**
     * Ties: A ranks (1, 1, 3), B ranks (1, 2, 3). Pairs: (U1, U2) tied in A; (U1, U3) and (U2, U3) concordant.
     * tau-b = 2 / sqrt((3 - 1)(3 - 0)) = 0.816497; Spearman on mid-ranks (1.5, 1.5, 3) and (1, 2, 3) = 0.866025.
     */
    @Test
    void tiesAreCorrected() {
        Agreement a = Agreement.of(ranked(9, 9, 1), ranked(9, 8, 1), "root");
        assertThat(a.kendallTauB().orElseThrow()).isCloseTo(2 / Math.sqrt(6), within(TOLERANCE));
        assertThat(a.spearman().orElseThrow()).isCloseTo(Math.sqrt(3) / 2, within(TOLERANCE));
    }

    @Test
    void undefinedWithoutSpreadOrWithOneUnit() {
        assertThat(Agreement.of(ranked(1, 1, 1), ranked(1, 2, 3), "root").spearman()).isEmpty();
        assertThat(Agreement.of(ranked(1), ranked(1), "root").kendallTauB()).isEmpty();
    }

    @Test
    void onlyUnitsRankedOnBothSidesCountAndAreReRanked() {
        ScoringResult a = ranked(5, 4, 3);
        ScoringResult b = ranked(5, Double.NaN, 3);
        Agreement agreement = Agreement.of(a, b, "root");
        assertThat(agreement.commonUnits()).isEqualTo(2);
        assertThat(agreement.largestShifts(5)).allMatch(s -> s.shift() == 0);
    }
}
