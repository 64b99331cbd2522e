package lat.ideal.io.report;

import java.util.List;
import java.util.Set;

/**
 * One piece of a report section, in words already chosen for the report's language; {@link HtmlReport} and
 * {@link MarkdownReport} only lay them out, so the two formats say the same things.
 */
sealed interface Block permits Block.Para, Block.Note, Block.Items, Block.Sub, Block.Tab, Block.Chart {

    /** A paragraph. */
    record Para(String text) implements Block {
    }

    /** A remark set apart (a section that has nothing to show says why). */
    record Note(String text) implements Block {
    }

    /** A bulleted list. */
    record Items(List<String> items) implements Block {
    }

    /** A sub-heading. */
    record Sub(String text) implements Block {
    }

    /**
     * A table; with a {@code summary}, HTML folds it in a {@code <details>} element and Markdown puts the summary
     * above it as a heading unless {@code foldOnly}.
     */
    record Tab(Table table, String summary, boolean foldOnly) implements Block {
        static Tab of(Table table) {
            return new Tab(table, "", false);
        }
    }

    /** An inline SVG chart (HTML only: Markdown shows the same values in the table that follows it). */
    record Chart(String svg) implements Block {
    }

    /** A titled section. */
    record Section(String id, String heading, List<Block> blocks) {
    }

    /**
     * A table whose first column names the row (a row header).
     *
     * @param caption the caption
     * @param headers the column headers
     * @param numeric the right-aligned columns
     * @param code the columns shown as code (keys)
     * @param rowAttribute the name of the data attribute that carries each row's key in HTML, empty for none
     * @param cellAttribute the name of the data attribute that carries each column's key in HTML, empty for none
     * @param columnKeys the column keys for {@code cellAttribute}, one per column after the first
     * @param rows the rows
     */
    record Table(String caption, List<String> headers, Set<Integer> numeric, Set<Integer> code, String rowAttribute,
                 String cellAttribute, List<String> columnKeys, List<Row> rows) {
    }

    /**
     * A table row.
     *
     * @param key the row's key for the HTML data attribute, empty for none
     * @param depth the indentation of the row header (a tree level)
     * @param cells the cells, the row header first
     */
    record Row(String key, int depth, List<String> cells) {
    }
}
