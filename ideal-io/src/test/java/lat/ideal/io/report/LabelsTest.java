package lat.ideal.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lat.ideal.model.Language;
import lat.ideal.model.OperationalActionPlan;
import lat.ideal.model.TargetKind;
import lat.ideal.model.method.AggregationMethod;
import lat.ideal.model.method.Banding;
import lat.ideal.model.method.Direction;
import lat.ideal.model.method.MissingPolicy;
import lat.ideal.model.method.NormalisationMethod;
import lat.ideal.model.method.WeightingMethod;
import lat.ideal.scoring.Contribution;
import lat.ideal.scoring.Explanation;
import lat.ideal.scoring.RankBasis;
import lat.ideal.scoring.ScoreStatus;
import lat.ideal.scoring.ScoringWarning;
import lat.ideal.scoring.TiePolicy;
import lat.ideal.scoring.TreatedCell;
import lat.ideal.scoring.uncertainty.UncertainFactor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The es/en/pt text tables: same keys, a text for every value a report can print, same format arguments. */
final class LabelsTest {
    private static final Pattern CONVERSION = Pattern.compile("%(\\d+\\$)?[sd]");

    @Test
    void everyLanguage_hasTheSameKeys() {
        assertThat(Labels.keys(Language.ES)).isEqualTo(Labels.keys(Language.EN));
        assertThat(Labels.keys(Language.PT)).isEqualTo(Labels.keys(Language.EN));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void everyEnumValueAReportPrints_hasAText(Language language) {
        List<String> keys = new ArrayList<>();
        add(keys, "aggregation.", AggregationMethod.values());
        add(keys, "weighting.", WeightingMethod.values());
        add(keys, "normalisation.", NormalisationMethod.values());
        add(keys, "direction.", Direction.values());
        add(keys, "missing.", MissingPolicy.values());
        add(keys, "status.", ScoreStatus.values());
        add(keys, "warning.", ScoringWarning.Kind.values());
        add(keys, "flag.", Contribution.Flag.values());
        add(keys, "ties.", TiePolicy.values());
        add(keys, "basis.", RankBasis.values());
        add(keys, "unitKind.", TargetKind.values());
        add(keys, "treated.", TreatedCell.Method.values());
        add(keys, "plans.status.", OperationalActionPlan.Status.values());
        keys.add("contributions.kind." + Explanation.Kind.LOG.name());
        keys.add("contributions.kind." + Explanation.Kind.NONE.name());
        for (UncertainFactor f : List.of(UncertainFactor.uniformWeights(0.1), UncertainFactor.normalisers(List.of()),
                UncertainFactor.aggregators(List.of()), UncertainFactor.imputations(List.of()),
                UncertainFactor.leaveOneOut(), UncertainFactor.evidenceWeights(List.of()))) {
            keys.add("factor." + f.name());
        }
        keys.add("banding." + Banding.Method.THRESHOLDS.name());
        keys.add("banding." + Banding.Method.QUANTILES.name());
        Labels t = Labels.of(language);
        for (String key : keys) {
            assertThat(t.find(key)).as("%s in %s", key, language).isPresent();
            assertThat(t.get(key)).isNotBlank();
        }
    }

    @Test
    void formats_takeTheSameArgumentsInEveryLanguage() {
        for (String key : Labels.keys(Language.EN)) {
            List<String> en = conversions(Labels.of(Language.EN).get(key));
            assertThat(conversions(Labels.of(Language.ES).get(key))).as("es %s", key)
                    .containsExactlyInAnyOrderElementsOf(en);
            assertThat(conversions(Labels.of(Language.PT).get(key))).as("pt %s", key)
                    .containsExactlyInAnyOrderElementsOf(en);
        }
    }

    @Test
    void missingKey_isAProgrammingError() {
        assertThatThrownBy(() -> Labels.of(Language.PT).get("no.such.key"))
                .isInstanceOf(IllegalStateException.class).hasMessage("no pt text for 'no.such.key'");
    }

    private static void add(List<String> keys, String prefix, Enum<?>[] values) {
        for (Enum<?> v : values) {
            keys.add(prefix + v.name());
        }
    }

    private static List<String> conversions(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = CONVERSION.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
