package lat.ideal.io;

import java.util.HashMap;
import java.util.Map;
import lat.ideal.scoring.ScoringInput;
import lat.ideal.scoring.ScoringResult;

/**
 * The external code and display name of every unit key, taken from the scoring results an analysis was run on; the
 * first result that has a key names it.
 */
final class UnitNames {
    private final Map<String, String[]> byKey = new HashMap<>();

    private UnitNames() {
    }

    static UnitNames of(ScoringResult... results) {
        UnitNames names = new UnitNames();
        for (ScoringResult r : results) {
            for (ScoringInput.Unit u : r.units()) {
                names.byKey.putIfAbsent(u.key(), new String[] {Units.external(u.key(), r.methodology().unitKind()),
                    u.name()});
            }
        }
        return names;
    }

    private String[] get(String key) {
        String[] n = byKey.get(key);
        if (n == null) {
            throw new IllegalArgumentException("unit '" + key + "' of the analysis is in none of the scoring results"
                    + " given: pass the results the analysis was run on");
        }
        return n;
    }

    /** The external code: ISO alpha-3 for a country, {@code BOL/area} for a country in a crime area. */
    String code(String key) {
        return get(key)[0];
    }

    /** The display name. */
    String name(String key) {
        return get(key)[1];
    }
}
