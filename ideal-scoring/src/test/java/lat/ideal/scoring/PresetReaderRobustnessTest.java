package lat.ideal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import lat.ideal.model.validation.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded mutations of the shipped preset files (lines dropped, duplicated, swapped, values replaced by junk):
 * reading must report problems, never throw, and a preset that reads must build its methodology or fail with
 * IllegalArgumentException only.
 *
 * <p>Regression: an indicator with a blank block or label threw from the model's constructor instead of being
 * reported with its file and line.
 */
final class PresetReaderRobustnessTest {
    private static final String[] JUNK = {"", " ", "=", "-1", "NaN", "1e400", "block:", "block:nowhere", "@missing",
        "ordinal a", "ordinal a=x", "range 5 1", "thresholds 1 : a", "quantiles 2 : a, b", "winsorise -3", "2 BANANA",
        "ARITHMETIC_MEAN", "1/0", "a:b", "true", "index", "ñ", "node.x.parent", "0 1; 1 0", "x:-5"};

    static Stream<Long> seeds() {
        return LongStream.range(1, 61).map(s -> s * 104729).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mutatedPresetsAreReportedNotThrown(long seed) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        String name = Presets.names().get(rnd.nextInt(Presets.names().size()));
        List<String> lines = new ArrayList<>(read(name + ".properties").lines().toList());
        int mutations = 1 + rnd.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            int at = rnd.nextInt(lines.size());
            switch (rnd.nextInt(4)) {
                case 0:
                    lines.remove(at);
                    break;
                case 1:
                    lines.add(at, lines.get(rnd.nextInt(lines.size())));
                    break;
                case 2:
                    String line = lines.get(at);
                    int eq = line.indexOf('=');
                    lines.set(at, (eq < 0 ? line : line.substring(0, eq + 1)) + " " + JUNK[rnd.nextInt(JUNK.length)]);
                    break;
                default:
                    lines.set(at, lines.get(at).replace('.', rnd.nextBoolean() ? '-' : '.'));
                    break;
            }
        }
        Preset.Parsed parsed = Preset.parse(name + ".properties", String.join("\n", lines));
        assertThat(parsed.preset().isPresent()).isEqualTo(parsed.report().isValid());
        for (Problem p : parsed.report().errors()) {
            assertThat(p.path()).startsWith(name + ".properties");
        }
        if (parsed.preset().isPresent()) {
            Preset preset = parsed.preset().get();
            try {
                Scorer.check(preset.methodology(preset.indicators().isEmpty()
                        ? GitocIndicators.edition(2023) : preset.indicators()));
            } catch (IllegalArgumentException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }

    private static String read(String file) throws IOException {
        try (InputStream in = Presets.class.getResourceAsStream("presets/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
