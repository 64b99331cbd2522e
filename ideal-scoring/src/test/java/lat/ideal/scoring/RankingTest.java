package lat.ideal.scoring;

import static lat.ideal.scoring.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.Banding;
import lat.ideal.model.method.MethodNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Tie policies, rank basis and bands. */
final class RankingTest {
    private static final ScoringInput SCORES = Fixtures.rows(List.of("a"), row(5), row(7), row(7), row(3));

    private static MethodNode root() {
        return Fixtures.node("root", AggregationMethod.ARITHMETIC_MEAN, Fixtures.leaf("a"));
    }

    /** Scores 5, 7, 7, 3 with each policy's textbook pattern. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {"COMPETITION; 3 1 1 4", "MODIFIED_COMPETITION; 3 2 2 4", "DENSE; 2 1 1 3",
        "ORDINAL; 3 1 2 4"})
    void tiePolicies(TiePolicy policy, String expected) {
        ScoringResult r = Scorer.of(Fixtures.methodology(root())).withTiePolicy(policy).score(SCORES);
        int[] want = java.util.Arrays.stream(expected.split(" ")).mapToInt(Integer::parseInt).toArray();
        assertThat(r.node("root").ranks()).containsExactly(want);
    }

    @Test
    void unitsThatPublishTheSameValueShareARank() {
        ScoringInput close = Fixtures.rows(List.of("a"), row(7.001), row(7.004), row(6));
        ScoringResult published = Scorer.of(Fixtures.methodology(root())).score(close);
        ScoringResult unrounded = Scorer.of(Fixtures.methodology(root())).withRankBasis(RankBasis.UNROUNDED)
                .score(close);
        // Both publish 7.00.
        assertThat(published.node("root").ranks()).containsExactly(1, 1, 3);
        assertThat(unrounded.node("root").ranks()).containsExactly(2, 1, 3);
    }

    @Test
    void unroundedRanksLeaveUnitsWithoutAScoreUnranked() {
        // U2 has no value, so no score: no rank, and it takes no place from the others.
        ScoringInput gap = Fixtures.rows(List.of("a"), row(7.001), row(Double.NaN), row(7.004), row(6));
        ScoringResult r = Scorer.of(Fixtures.methodology(root())).withRankBasis(RankBasis.UNROUNDED).score(gap);
        assertThat(r.node("root").ranks()).containsExactly(2, 0, 1, 3);
        assertThat(r.node("root").score("U2").rank()).isEmpty();
    }

    @Test
    void withoutBandingNoUnitHasABand() {
        ScoringResult r = Fixtures.score(root(), SCORES);
        assertThat(r.node("root").scores()).allSatisfy(s -> assertThat(s.band()).isEmpty());
        assertThat(r.node("root").band("U1")).isEmpty();
    }

    @Test
    void thresholdBandsAreHalfOpen() {
        MethodNode banded = root().withBanding(Banding.thresholds(List.of(5.0, 7.0), List.of("low", "mid", "high")));
        ScoringResult r = Fixtures.score(banded, SCORES);
        // [.., 5) low, [5, 7) mid, [7, ..) high.
        assertThat(r.node("root").scores()).extracting(s -> s.band().orElseThrow())
                .containsExactly("mid", "high", "high", "low");
    }

    @Test
    void quantileBandsUseType7Quantiles() {
        ScoringInput in = Fixtures.rows(List.of("a"), row(1), row(2), row(3), row(4), row(5));
        ScoringResult r = Fixtures.score(root().withBanding(Banding.quartiles()), in);
        // Quartiles of 1..5 (type 7): 2, 3, 4. 1 low; 2 moderate; 3 high; 4 and 5 very high.
        assertThat(r.node("root").scores()).extracting(s -> s.band().orElseThrow())
                .containsExactly("low", "moderate", "high", "very-high", "very-high");
    }

    @Test
    void topListsByRankThenInputOrder() {
        ScoringResult r = Fixtures.score(root(), SCORES);
        assertThat(r.top("root", 3)).extracting(UnitScore::unit).containsExactly("U2", "U3", "U1");
        assertThat(r.top("root", 0)).isEmpty();
        assertThat(r.node("root").toString()).contains("U2").contains("7.00");
    }
}
