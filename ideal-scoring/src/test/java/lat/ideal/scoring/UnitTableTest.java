package lat.ideal.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import lat.ideal.model.Polarity;
import lat.ideal.model.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded property tests of the compact unit storage behind {@link ScoringInput#units()} and
 * {@link ScoringInput#unitIndex(String)}: every view must equal the plain list of units it was built from.
 */
final class UnitTableTest {
    /** Characters keys are drawn from: ASCII, Latin-1, other BMP, a surrogate pair, lone surrogates, spaces. */
    private static final String[] PIECES = {"a", "Z", "0", "/", "-", " ", "é", "ñ", "ÿ", "\u00a0", "中", "ő", "Ж",
        "\ud83d\ude00", "\ud800", "\udfff", "Aa", "BB"};
    private static final List<String> GROUPS = List.of("", "", "andina", "caribe", "cono-sur", "東アジア");
    private static final List<ScoringInput.Indicator> ONE_COLUMN = List.of(
            new ScoringInput.Indicator("x", Scale.Continuous.of(0, 1), Polarity.POSITIVE));

    static Stream<Long> seeds() {
        return LongStream.range(0, 40).mapToObj(s -> 0x5eed_0000L + s);
    }

    /** Random units with unique, non-blank keys; names equal to the key or not, groups from a small pool. */
    private static List<ScoringInput.Unit> units(SplittableRandom rnd, boolean latin1Only) {
        int n = rnd.nextInt(0, rnd.nextBoolean() ? 8 : 1500);
        boolean namedByKey = rnd.nextInt(3) == 0;
        boolean grouped = rnd.nextBoolean();
        Set<String> keys = new LinkedHashSet<>();
        while (keys.size() < n) {
            String key = text(rnd, latin1Only);
            if (!key.isBlank()) {
                keys.add(key);
            }
        }
        List<ScoringInput.Unit> units = new ArrayList<>();
        for (String key : keys) {
            String name = namedByKey || rnd.nextInt(4) == 0 ? key : text(rnd, latin1Only);
            String group = grouped ? GROUPS.get(rnd.nextInt(GROUPS.size())) : "";
            units.add(new ScoringInput.Unit(key, name, group));
        }
        return units;
    }

    private static String text(SplittableRandom rnd, boolean latin1Only) {
        StringBuilder b = new StringBuilder();
        int pieces = rnd.nextInt(1, 7);
        for (int k = 0; k < pieces; k++) {
            String piece = PIECES[rnd.nextInt(PIECES.length)];
            if (!latin1Only || piece.chars().allMatch(c -> c <= 0xFF)) {
                b.append(piece);
            }
        }
        return b.toString();
    }

    private static ScoringInput input(List<ScoringInput.Unit> units) {
        return ScoringInput.of(units, ONE_COLUMN, new double[units.size()]);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void viewEqualsTheUnitsGiven(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<ScoringInput.Unit> reference = units(rnd, seed % 2 == 0);
        ScoringInput in = input(reference);
        List<ScoringInput.Unit> view = in.units();

        assertThat(in.unitCount()).isEqualTo(reference.size());
        assertThat(view).isEqualTo(reference).hasSameHashCodeAs(reference);
        assertThat(reference).isEqualTo(view);
        assertThat(List.copyOf(view)).isEqualTo(reference);
        assertThat(view.toArray()).containsExactly(reference.toArray());
        for (int u = 0; u < reference.size(); u++) {
            ScoringInput.Unit unit = reference.get(u);
            assertThat(view.get(u)).isEqualTo(unit);
            assertThat(in.unitKey(u)).isEqualTo(unit.key());
            assertThat(view.indexOf(unit)).isEqualTo(u);
            assertThat(view.contains(unit)).isTrue();
            assertThat(view.contains(new ScoringInput.Unit(unit.key(), unit.name() + "?", unit.group()))).isFalse();
        }
        assertThat(view.contains("not a unit")).isFalse();
        assertThatThrownBy(() -> view.get(reference.size())).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> view.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> view.contains(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> view.add(ScoringInput.Unit.of("new")))
                .isInstanceOf(UnsupportedOperationException.class);
        if (!reference.isEmpty()) {
            assertThatThrownBy(() -> view.set(0, ScoringInput.Unit.of("new")))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> view.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyKeyIsFoundAndNoOtherKey(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<ScoringInput.Unit> reference = units(rnd, false);
        ScoringInput in = input(reference);
        Set<String> keys = new HashSet<>();
        for (int u = 0; u < reference.size(); u++) {
            String key = reference.get(u).key();
            keys.add(key);
            assertThat(in.unitIndex(key)).hasValue(u);
            assertThat(in.unitIndex(new String(key.toCharArray()))).hasValue(u);
        }
        List<String> absent = new ArrayList<>(List.of("", " ", "absent"));
        for (ScoringInput.Unit unit : reference) {
            String key = unit.key();
            absent.add(key + "x");
            absent.add(key.substring(0, key.length() - 1));
            absent.add(key.substring(1));
            absent.add(key.toUpperCase(Locale.ROOT));
            absent.add(text(rnd, false));
        }
        for (String key : absent) {
            if (!keys.contains(key)) {
                assertThat(in.unitIndex(key)).as("absent key '%s'", key).isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void keysWithOneHashCodeAreAllFound(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        // "Aa" and "BB" have the same String.hashCode, so all keys of k such blocks share one hash code.
        int blocks = rnd.nextInt(3, 10);
        Set<String> keys = new LinkedHashSet<>();
        int n = rnd.nextInt(1, Math.min(200, 1 << blocks));
        while (keys.size() < n) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < blocks; k++) {
                b.append(rnd.nextBoolean() ? "Aa" : "BB");
            }
            keys.add(b.toString());
        }
        List<ScoringInput.Unit> reference = keys.stream().map(ScoringInput.Unit::of).toList();
        ScoringInput in = input(reference);
        assertThat(in.units()).isEqualTo(reference);
        for (int u = 0; u < reference.size(); u++) {
            assertThat(in.unitIndex(reference.get(u).key())).hasValue(u);
        }
        String absent = "Aa".repeat(blocks + 1);
        assertThat(in.unitIndex(absent)).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRepeatedKeyIsReportedByItsFirstRepetition(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<ScoringInput.Unit> reference = new ArrayList<>(units(rnd, false));
        if (reference.isEmpty()) {
            reference.add(ScoringInput.Unit.of("only"));
        }
        int repeats = rnd.nextInt(1, 4);
        for (int r = 0; r < repeats; r++) {
            ScoringInput.Unit original = reference.get(rnd.nextInt(reference.size()));
            // Same key, another name and group: only the key counts.
            reference.add(rnd.nextInt(reference.size() + 1),
                    new ScoringInput.Unit(new String(original.key().toCharArray()), "other", "g"));
        }
        Set<String> seen = new HashSet<>();
        String first = reference.stream().map(ScoringInput.Unit::key).filter(k -> !seen.add(k)).findFirst()
                .orElseThrow();

        assertThatThrownBy(() -> input(reference)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unit key '" + first + "' appears twice");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void withUnitsKeepsKeysAndTakesTheNewDescriptions(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<ScoringInput.Unit> reference = units(rnd, seed % 3 == 0);
        ScoringInput in = input(reference);
        List<ScoringInput.Unit> renamed = new LinkedList<>();
        for (ScoringInput.Unit unit : reference) {
            renamed.add(new ScoringInput.Unit(unit.key(), text(rnd, false), GROUPS.get(rnd.nextInt(GROUPS.size()))));
        }

        ScoringInput copy = in.withUnits(renamed);

        assertThat(copy.units()).isEqualTo(renamed);
        assertThat(in.units()).isEqualTo(reference);
        assertThat(in.withUnits(in.units()).units()).isEqualTo(reference);
        assertThat(ScoringInput.of(in.units(), ONE_COLUMN, new double[reference.size()]).units())
                .isEqualTo(reference);
        for (int u = 0; u < reference.size(); u++) {
            assertThat(copy.unitIndex(reference.get(u).key())).hasValue(u);
        }
        Set<String> labels = new LinkedHashSet<>();
        for (ScoringInput.Unit unit : renamed) {
            if (!unit.group().isEmpty()) {
                labels.add(unit.group());
            }
        }
        assertThat(copy.groupLabels()).containsExactlyElementsOf(labels);
        int[] groups = copy.unitGroups();
        List<String> labelList = List.copyOf(labels);
        for (int u = 0; u < renamed.size(); u++) {
            String group = renamed.get(u).group();
            // Null: no unit has a group.
            int g = groups == null ? -1 : groups[u];
            assertThat(g).isEqualTo(group.isEmpty() ? -1 : labelList.indexOf(group));
        }
    }

    @Test
    void withUnitsReportsTheFirstChangedKeyBeforeAnyRepetition() {
        ScoringInput in = input(List.of(ScoringInput.Unit.of("a"), ScoringInput.Unit.of("b")));

        assertThatThrownBy(() -> in.withUnits(List.of(ScoringInput.Unit.of("a"), ScoringInput.Unit.of("a"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unit 1 is 'a', expected 'b'");
        assertThatThrownBy(() -> in.withUnits(List.of(ScoringInput.Unit.of("a"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("1 units given, the input has 2");
    }

    @Test
    void aKeyBeyondLatin1AfterLatin1KeysKeepsEveryKey() {
        List<ScoringInput.Unit> units = List.of(ScoringInput.Unit.of("BO"), ScoringInput.Unit.of("Perú"),
                new ScoringInput.Unit("中国", "China", "asia"), ScoringInput.Unit.of("\ud83d\ude00"),
                ScoringInput.Unit.of("\udfff"), ScoringInput.Unit.of("ÿ"));

        ScoringInput in = input(units);

        assertThat(in.units()).isEqualTo(units);
        assertThat(in.unitIndex("中国")).hasValue(2);
        assertThat(in.unitIndex("\udfff")).hasValue(4);
        assertThat(in.unitIndex("\ud83d")).isEmpty();
    }

    @Test
    void aNullUnitIsRejected() {
        List<ScoringInput.Unit> units = new ArrayList<>();
        units.add(ScoringInput.Unit.of("a"));
        units.add(null);

        assertThatThrownBy(() -> input(units)).isInstanceOf(NullPointerException.class);
    }
}
