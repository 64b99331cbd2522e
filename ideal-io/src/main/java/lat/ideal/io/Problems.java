package lat.ideal.io;

import java.util.ArrayList;
import java.util.List;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.validation.Problem;
import lat.ideal.model.validation.Severity;
import lat.ideal.model.validation.ValidationReport;

/** Collects located problems of one file, up to a limit; not thread-safe. */
final class Problems {
    /** The rule of the last problem when the limit is reached. */
    private static final String TOO_MANY = "too-many-problems";

    private final String file;
    private final int max;
    private final List<Located> list = new ArrayList<>();
    private boolean errors;
    private boolean full;

    Problems(String file, int max) {
        this.file = file;
        this.max = max;
    }

    String file() {
        return file;
    }

    void error(int line, int column, String path, String rule, String value, LocalizedText message) {
        add(new Located(file, Math.max(1, line), Math.max(1, column), path, Severity.ERROR, rule, value, message));
    }

    void add(Located problem) {
        if (full) {
            return;
        }
        if (list.size() == max) {
            list.add(new Located(file, problem.line(), problem.column(), "", Severity.ERROR, TOO_MANY,
                    "", Messages.tooManyProblems(max)));
            errors = true;
            full = true;
            return;
        }
        list.add(problem);
        errors |= problem.isError();
    }

    boolean hasErrors() {
        return errors;
    }

    /** Tells whether the limit was reached, so that reading should stop. */
    boolean isFull() {
        return full;
    }

    List<Located> list() {
        return list;
    }

    /**
     * Tells whether a read that found errors still went through the whole input (no input failure, and the limit
     * not reached), so that what it could read can be checked as well and one report lists every problem.
     */
    static boolean readWhole(List<Located> problems) {
        return problems.stream().noneMatch(p -> p.rule().equals(TOO_MANY) || p.rule().equals("io-error"));
    }

    /**
     * The validator's findings a read reports: all of them after a read without errors; after one with errors (what
     * could be read checked as well), its errors only, since warnings such as coverage would be judged on the parts
     * that could not be read.
     */
    static List<Problem> findings(ValidationReport report, boolean readFailed) {
        return readFailed ? report.errors() : report.problems();
    }
}
