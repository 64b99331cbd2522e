package lat.ideal.io;

import java.util.List;
import java.util.Optional;
import lat.ideal.model.Country;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.Measurement;
import lat.ideal.model.ReportingPeriod;
import lat.ideal.model.SourceGrade;
import lat.ideal.model.Tlp;

/** The current row of a CSV file, read cell by cell with every problem placed at its line and column. */
final class CsvRow {
    private final CsvReader csv;
    private final CsvHeader header;
    private final Problems problems;
    private final Memo<Country> countries = new Memo<>();
    private final Memo<ReportingPeriod> periods = new Memo<>();
    private final Memo<Tlp> markings = new Memo<>();
    private final Memo<SourceGrade> grades = new Memo<>();

    CsvRow(CsvReader csv, CsvHeader header, Problems problems) {
        this.csv = csv;
        this.header = header;
        this.problems = problems;
    }

    int line() {
        return csv.line();
    }

    /** Checks the row has as many cells as the header; reports and returns false if not. */
    boolean complete() {
        List<String> fields = csv.fields();
        int n = header.names.size();
        if (fields.size() == n) {
            return true;
        }
        if (fields.size() > n) {
            problems.error(csv.fieldLine(n), n + 1, "", "column-count", "", Messages.columnCount(n, fields.size()));
        } else {
            int missing = fields.size();
            problems.error(csv.fieldLine(missing - 1), missing + 1, header.names.get(missing), "column-count", "",
                    Messages.columnCount(n, fields.size()));
        }
        return false;
    }

    /** Returns a cell, trimmed and with formula neutralisation undone; empty for an absent column. */
    String cell(int column) {
        if (column < 0) {
            return "";
        }
        return CsvWriter.restore(csv.fields().get(column).trim());
    }

    void error(int column, String rule, String value, LocalizedText message) {
        problems.error(csv.fieldLine(Math.max(column, 0)), column + 1,
                column < 0 ? "" : header.names.get(column), rule, value, message);
    }

    /** Returns a non-empty cell, or reports it empty and returns null. */
    String required(int column) {
        String s = cell(column);
        if (s.isEmpty()) {
            error(column, "required-cell", "", Messages.requiredCell(header.names.get(column)));
            return null;
        }
        return s;
    }

    /** Returns an optional text cell: empty if the cell is. */
    Optional<String> optional(int column) {
        String s = cell(column);
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    Country country(int column) {
        String s = cell(column);
        Country c = countries.get(s, t -> Country.find(t).orElse(null));
        if (c == null) {
            error(column, "bad-country", s, Messages.badCountry(s));
        }
        return c;
    }

    /** Reads a period, or the fallback (null if none) when the cell is empty. */
    ReportingPeriod period(int column, ReportingPeriod fallback) {
        String s = cell(column);
        if (s.isEmpty()) {
            if (fallback == null) {
                error(column, "missing-period", "", Messages.noPeriod());
            }
            return fallback;
        }
        ReportingPeriod p = periods.get(s, CsvRow::periodOrNull);
        if (p == null) {
            error(column, "bad-period", s, Messages.badPeriod(s));
        }
        return p;
    }

    /** Reads a marking, {@code TLP:CLEAR} when the cell is empty. */
    Tlp marking(int column) {
        String s = cell(column);
        if (s.isEmpty()) {
            return Tlp.CLEAR;
        }
        Tlp t = markings.get(s, CsvRow::markingOrNull);
        if (t == null) {
            error(column, "bad-marking", s, Messages.badMarking(s));
        }
        return t;
    }

    /** Reads a measurement; an empty cell is reported as required. */
    Measurement measurement(int column) {
        String s = required(column);
        if (s == null) {
            return null;
        }
        Values.Parsed m = Values.measurement(s);
        if (m.rule() != null) {
            error(column, m.rule(), s, m.message());
            return null;
        }
        return m.value();
    }

    /**
     * Reads a grade from its two halves (source and information), which must both be filled or both be empty.
     *
     * @return empty for no grade, null after a problem
     */
    Optional<SourceGrade> grade(int sourceColumn, int informationColumn) {
        String s = cell(sourceColumn);
        String i = cell(informationColumn);
        if (s.isEmpty() && i.isEmpty()) {
            return Optional.empty();
        }
        if (s.isEmpty() || i.isEmpty()) {
            error(s.isEmpty() ? sourceColumn : informationColumn, "half-grade", s + i, Messages.halfGrade());
            return null;
        }
        SourceGrade g = grades.get(s + i, SourceGrade::parse);
        if (!g.isWellFormed()) {
            error(sourceColumn, "bad-grade", s + i, Messages.badGrade(s + i));
            return null;
        }
        return Optional.of(g);
    }

    static ReportingPeriod periodOrNull(String text) {
        try {
            return ReportingPeriod.parse(text);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return null;
        }
    }

    static Tlp markingOrNull(String text) {
        try {
            return Tlp.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
