package lat.ideal.model;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The period an observation or an assessment covers: whole days from {@code start} to {@code end}, inclusive.
 *
 * <p>Text forms: {@code 2023} (a year), {@code 2023-05} (a month), {@code 2023-05-01} (a day) and
 * {@code 2022-07-01/2023-06-30} (a range). {@link #toString()} writes the shortest of these that describes the period,
 * and {@link #parse(CharSequence)} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param start the first day, not null
 * @param end the last day, not null, not before {@code start}
 * @since 0.1
 */
public record ReportingPeriod(LocalDate start, LocalDate end) implements Comparable<ReportingPeriod> {

    private static final int MAX_FOUR_DIGIT_YEAR = 9999;

    /** Checks the order of the two days. */
    public ReportingPeriod {
        Checks.notNull(start, "start");
        Checks.notNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period ends (" + end + ") before it starts (" + start + ")");
        }
    }

    /**
     * Returns a calendar year.
     *
     * @param year the year
     * @return the period, never null
     */
    public static ReportingPeriod year(int year) {
        Year y = Year.of(year);
        return new ReportingPeriod(y.atDay(1), y.atMonth(12).atEndOfMonth());
    }

    /**
     * Parses a year, a month, a day or a range {@code start/end} of any two of them.
     *
     * @param text the text, not null
     * @return the period, never null
     * @throws IllegalArgumentException if the text is not a period
     */
    public static ReportingPeriod parse(CharSequence text) {
        String s = Checks.notNull(text, "text").toString().trim();
        try {
            int slash = s.indexOf('/');
            if (slash >= 0) {
                return new ReportingPeriod(parseOne(s.substring(0, slash)).start,
                        parseOne(s.substring(slash + 1)).end);
            }
            return parseOne(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text
                    + "' is not a period: write 2023, 2023-05, 2023-05-01 or 2022-07-01/2023-06-30", e);
        }
    }

    private static ReportingPeriod parseOne(String s) {
        String t = s.trim();
        if (t.matches("\\d{4}")) {
            return year(Integer.parseInt(t));
        }
        if (t.matches("\\d{4}-\\d{2}")) {
            YearMonth m = YearMonth.parse(t);
            return new ReportingPeriod(m.atDay(1), m.atEndOfMonth());
        }
        LocalDate d = LocalDate.parse(t);
        return new ReportingPeriod(d, d);
    }

    /**
     * Tells whether two periods share at least one day.
     *
     * @param other the other period, not null
     * @return true if they overlap
     */
    public boolean overlaps(ReportingPeriod other) {
        return !end.isBefore(other.start) && !other.end.isBefore(start);
    }

    /**
     * Returns the shortest text form: {@code 2023}, {@code 2023-05}, {@code 2023-05-01} or
     * {@code 2022-07-01/2023-06-30}; {@link #parse(CharSequence)} reads it back as an equal period.
     *
     * <p>The year and month forms are used for years 0 to 9999 only (written with four digits, {@code 0950}); other
     * years are written as days ({@code +10000-01-01/+10000-12-31}), which read back unambiguously.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        int year = start.getYear();
        boolean fourDigits = year >= 0 && year <= MAX_FOUR_DIGIT_YEAR;
        if (fourDigits && start.getDayOfYear() == 1 && end.equals(Year.of(year).atMonth(12).atEndOfMonth())) {
            return Checks.format("%04d", year);
        }
        YearMonth m = YearMonth.from(start);
        if (fourDigits && start.equals(m.atDay(1)) && end.equals(m.atEndOfMonth())) {
            return m.toString();
        }
        if (start.equals(end)) {
            return start.toString();
        }
        return start + "/" + end;
    }

    @Override
    public int compareTo(ReportingPeriod other) {
        int c = start.compareTo(other.start);
        return c != 0 ? c : end.compareTo(other.end);
    }
}
