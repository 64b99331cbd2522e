package lat.ideal.scoring;

import static lat.ideal.scoring.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import lat.ideal.model.method.Aggregation;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Weighting;
import lat.ideal.model.method.WeightingMethod;
import lat.ideal.model.validation.Problem;
import org.junit.jupiter.api.Test;

final class ScorerTest {
    private static final double TOLERANCE = 1e-12;

    @Test
    void checkReportsEveryError() {
        MethodNode bad = MethodNode.node("root", Aggregation.of(AggregationMethod.ARITHMETIC_MEAN), List.of(
                Fixtures.leaf("a").withWeight(-1), Fixtures.leaf("a"),
                Fixtures.node("inner", AggregationMethod.NONE, Fixtures.leaf("b"))))
                .withWeighting(Weighting.rankOrder(WeightingMethod.RANK_SUM, List.of("a", "zz")));

        List<Problem> errors = Scorer.check(Fixtures.methodology(bad)).errors();

        assertThat(errors).extracting(Problem::rule).contains("weight-range", "duplicate-node-key",
                "none-aggregated", "order-unknown");
        assertThatThrownBy(() -> Scorer.of(Fixtures.methodology(bad))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weight -1.0 of 'a'").hasMessageContaining("'zz'");
    }

    @Test
    void ahpMatrixMustBePositiveAndReciprocal() {
        Weighting ahp = Weighting.ahp(List.of("a", "b"), List.of(List.of(1.0, 3.0), List.of(3.0, 1.0)));
        MethodNode root = Fixtures.node("root", AggregationMethod.ARITHMETIC_MEAN, Fixtures.leaf("a"),
                Fixtures.leaf("b")).withWeighting(ahp);
        assertThat(Scorer.check(Fixtures.methodology(root)).errors()).extracting(Problem::rule)
                .contains("ahp-reciprocal");
    }

    @Test
    void serialisesAndScoresTheSameAfterwards() throws Exception {
        MethodNode root = Fixtures.node("root", AggregationMethod.ARITHMETIC_MEAN, Fixtures.leaf("a"),
                Fixtures.leaf("b"));
        Scorer scorer = Scorer.of(Fixtures.methodology(root)).withTiePolicy(TiePolicy.DENSE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(scorer);
        }
        Scorer copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (Scorer) in.readObject();
        }
        ScoringInput input = Fixtures.rows(List.of("a", "b"), row(1, 2), row(3, 3));
        assertThat(copy.tiePolicy()).isEqualTo(TiePolicy.DENSE);
        assertThat(copy.score(input).fingerprint()).isEqualTo(scorer.score(input).fingerprint());
        assertThat(copy.score(input).node("root").unrounded()).containsExactly(1.5, 3);
    }

    @Test
    void fingerprintChangesWithAnyInputOrOption() {
        MethodNode root = Fixtures.node("root", AggregationMethod.ARITHMETIC_MEAN, Fixtures.leaf("a"));
        Scorer scorer = Scorer.of(Fixtures.methodology(root));
        String base = scorer.score(Fixtures.rows(List.of("a"), row(1), row(2))).fingerprint();
        assertThat(base).matches("[0-9a-f]{64}");
        assertThat(scorer.score(Fixtures.rows(List.of("a"), row(1), row(2))).fingerprint()).isEqualTo(base);
        assertThat(scorer.score(Fixtures.rows(List.of("a"), row(1), row(2.000001))).fingerprint()).isNotEqualTo(base);
        assertThat(scorer.withTiePolicy(TiePolicy.ORDINAL).score(Fixtures.rows(List.of("a"), row(1), row(2)))
                .fingerprint()).isNotEqualTo(base);
        assertThat(Scorer.of(Fixtures.methodology(root.withWeight(2))).score(Fixtures.rows(List.of("a"), row(1),
                row(2))).fingerprint()).isNotEqualTo(base);
    }

    /** Regression: unit display names (JDK locale data for countries) made fingerprints differ between Java releases. */
    @Test
    void fingerprintIgnoresDisplayNames() {
        MethodNode root = Fixtures.node("root", AggregationMethod.ARITHMETIC_MEAN, Fixtures.leaf("a"));
        Scorer scorer = Scorer.of(Fixtures.methodology(root));
        ScoringInput input = Fixtures.rows(List.of("a"), row(1), row(2));
        ScoringInput renamed = input.withUnits(List.of(new ScoringInput.Unit("U1", "Türkiye", ""),
                new ScoringInput.Unit("U2", "Cabo Verde", "")));
        ScoringInput regrouped = input.withUnits(List.of(new ScoringInput.Unit("U1", "U1", "north"),
                new ScoringInput.Unit("U2", "U2", "")));
        assertThat(scorer.score(renamed).fingerprint()).isEqualTo(scorer.score(input).fingerprint());
        assertThat(scorer.score(regrouped).fingerprint()).isNotEqualTo(scorer.score(input).fingerprint());
    }

    @Test
    void explanationOfAGitocCountryAddsUp() {
        GitocCsv data = GitocCsv.sheet("gitoc-ocindex-2023.csv", 2023);
        ScoringResult r = Scorer.of(Presets.methodology("gitoc-ocindex", data.dataset)).score(data.dataset);

        Explanation e = r.explain("CO", "criminality");

        assertThat(e.kind()).isEqualTo(Explanation.Kind.LINEAR);
        assertThat(e.contributions()).hasSize(20);
        // Each market weighs 1/2 x 1/15, each actor type 1/2 x 1/5.
        assertThat(e.contributions().get(0).weight()).isCloseTo(1.0 / 30, within(TOLERANCE));
        assertThat(e.contributions().get(19).weight()).isCloseTo(1.0 / 10, within(TOLERANCE));
        assertThat(e.total().orElseThrow()).isCloseTo(e.score().unrounded().orElseThrow(), within(TOLERANCE));
        assertThat(e.toString()).contains("cocaine-trade").contains("CO (Colombia) at criminality");
        assertThat(r.explain("CO").kind()).isEqualTo(Explanation.Kind.NONE);
        assertThat(r.toString()).contains("criminality").contains("rank");
    }
}
