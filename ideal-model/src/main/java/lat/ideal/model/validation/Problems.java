package lat.ideal.model.validation;

import java.util.ArrayList;
import java.util.List;
import lat.ideal.model.LocalizedText;

/** Collects the problems of one validation run, in the order found; not thread-safe (one per run). */
final class Problems {
    private final List<Problem> found = new ArrayList<>();

    void error(String rule, String path, Object value, LocalizedText message) {
        found.add(new Problem(Severity.ERROR, rule, path, String.valueOf(value), message));
    }

    void warning(String rule, String path, Object value, LocalizedText message) {
        found.add(new Problem(Severity.WARNING, rule, path, String.valueOf(value), message));
    }

    ValidationReport report() {
        return ValidationReport.of(found);
    }
}
