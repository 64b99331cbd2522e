package lat.ideal.io;

/**
 * Limits that keep a hostile or broken file from exhausting memory or time.
 *
 * <p>A file that exceeds a limit is reported (rule {@code limit-exceeded}) at the position where the limit was
 * reached, and reading stops there. The defaults allow a dataset of ten million observations while rejecting a single
 * string, number or nesting that no real IDEAL file contains.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param maxDocumentChars the largest JSON document, in characters
 * @param maxNestingDepth the deepest JSON nesting of objects and arrays
 * @param maxStringLength the longest JSON string, and the longest CSV field, in characters
 * @param maxNumberLength the longest JSON number literal, in characters
 * @param maxNameLength the longest JSON property name, in characters
 * @param maxColumns the most columns a CSV file may have
 * @param maxProblems the most problems collected before reading stops with a final {@code too-many-problems}
 * @since 0.1
 */
public record ReadLimits(long maxDocumentChars, int maxNestingDepth, int maxStringLength, int maxNumberLength,
                         int maxNameLength, int maxColumns, int maxProblems) {

    private static final ReadLimits DEFAULTS = new ReadLimits(4L << 30, 64, 1 << 20, 100, 1_000, 10_000, 1_000);

    /** Checks that every limit is positive. */
    public ReadLimits {
        if (maxDocumentChars < 1 || maxNestingDepth < 1 || maxStringLength < 1 || maxNumberLength < 1
                || maxNameLength < 1 || maxColumns < 1 || maxProblems < 1) {
            throw new IllegalArgumentException("every read limit must be 1 or more: " + maxDocumentChars + ", "
                    + maxNestingDepth + ", " + maxStringLength + ", " + maxNumberLength + ", " + maxNameLength + ", "
                    + maxColumns + ", " + maxProblems);
        }
    }

    /**
     * Returns the defaults: documents up to 4 Gi characters, nesting depth 64, strings and CSV fields up to
     * 1 Mi characters, numbers up to 100 characters, names up to 1,000 characters, 10,000 CSV columns, 1,000
     * problems.
     *
     * @return the defaults, never null
     */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with another nesting limit.
     *
     * @param value the deepest nesting, 1 or more
     * @return the copy
     */
    public ReadLimits withMaxNestingDepth(int value) {
        return new ReadLimits(maxDocumentChars, value, maxStringLength, maxNumberLength, maxNameLength, maxColumns,
                maxProblems);
    }

    /**
     * Returns a copy with another string and CSV field length limit.
     *
     * @param value the longest string, 1 or more
     * @return the copy
     */
    public ReadLimits withMaxStringLength(int value) {
        return new ReadLimits(maxDocumentChars, maxNestingDepth, value, maxNumberLength, maxNameLength, maxColumns,
                maxProblems);
    }

    /**
     * Returns a copy with another document size limit.
     *
     * @param value the largest document in characters, 1 or more
     * @return the copy
     */
    public ReadLimits withMaxDocumentChars(long value) {
        return new ReadLimits(value, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, maxColumns,
                maxProblems);
    }

    /**
     * Returns a copy with another problem limit.
     *
     * @param value the most problems collected, 1 or more
     * @return the copy
     */
    public ReadLimits withMaxProblems(int value) {
        return new ReadLimits(maxDocumentChars, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength,
                maxColumns, value);
    }
}
