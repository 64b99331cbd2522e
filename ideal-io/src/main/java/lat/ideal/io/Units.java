package lat.ideal.io;

import java.util.MissingResourceException;
import lat.ideal.model.Country;
import lat.ideal.model.TargetKind;

/** The external form of a scored unit's key: ISO alpha-3 for countries, {@code BOL/area} for country x area. */
final class Units {
    private Units() {
    }

    static String external(String key, TargetKind kind) {
        if (kind == TargetKind.COUNTRY) {
            return alpha3(key);
        }
        if (kind == TargetKind.COUNTRY_CRIME_AREA) {
            int slash = key.indexOf('/');
            return slash > 0 ? alpha3(key.substring(0, slash)) + key.substring(slash) : key;
        }
        return key;
    }

    /** The ISO alpha-3 code of an alpha-2 code, or the code itself if it is not one. */
    static String alpha3(String code) {
        if (!Country.isoCodes().contains(code)) {
            return code;
        }
        try {
            String a3 = Country.of(code).alpha3();
            return a3.isEmpty() ? code : a3;
        } catch (MissingResourceException e) {
            return code;
        }
    }
}
