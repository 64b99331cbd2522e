package lat.ideal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lat.ideal.model.Dataset;
import lat.ideal.model.TargetKind;
import lat.ideal.model.method.Aggregation;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Methodology;
import lat.ideal.model.method.Normalisation;
import org.junit.jupiter.api.Test;

/** The README's example, compiled and run on the GI-TOC 2023 data. */
final class ReadmeExampleTest {

    @Test
    void readmeExample() {
        Dataset data = GitocCsv.sheet("gitoc-ocindex-2023.csv", 2023).dataset;

        Scorer gitoc = Scorer.of(Presets.methodology("gitoc-ocindex", data));
        ScoringResult result = gitoc.score(data);

        NodeResult table = result.node("criminality");
        Explanation why = result.explain("CO", "criminality");

        Methodology harmFirst = Methodology.of("harm-first", TargetKind.COUNTRY,
                MethodNode.node("threat", Aggregation.of(AggregationMethod.GEOMETRIC_MEAN), List.of(
                        MethodNode.leaf("cocaine-trade").withNormalisation(Normalisation.minMax(1, 100)),
                        MethodNode.leaf("arms-trafficking").withNormalisation(Normalisation.minMax(1, 100)),
                        MethodNode.leaf("state-embedded-actors").withNormalisation(Normalisation.minMax(1, 100)))));
        ScoringResult other = Scorer.of(harmFirst).score(data);

        Agreement agreement = Agreement.of(result, "criminality", other, "threat");

        assertThat(table.toString().lines().count()).isEqualTo(12);
        assertThat(table.top(1).get(0).unit()).isEqualTo("MM");
        assertThat(why.total().orElseThrow()).isEqualTo(why.score().unrounded().orElseThrow(),
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(agreement.commonUnits()).isEqualTo(193);
        assertThat(agreement.spearman().orElseThrow()).isBetween(0.5, 1.0);
    }
}
