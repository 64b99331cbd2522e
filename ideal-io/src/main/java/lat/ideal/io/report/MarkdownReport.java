package lat.ideal.io.report;

import java.util.List;
import lat.ideal.model.Language;

/**
 * Renders a {@link Report} as CommonMark with GitHub-style tables: the sections, texts and tables of
 * {@link HtmlReport}, in the same order, without the SVG charts, whose values are in the tables that follow them (the
 * contribution table also draws each bar with block characters).
 *
 * <p>Every text from the data is escaped: Markdown punctuation gets a backslash, {@code & < >} become character
 * references (so no data text turns into raw HTML), line breaks become spaces (so none ends a table row).
 *
 * <p>Output is deterministic: the same report gives the same text. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class MarkdownReport extends ReportRenderer {
    private static final MarkdownReport DEFAULT = new MarkdownReport();
    /** Indentation of a row header per tree level: two no-break spaces, which Markdown keeps. */
    private static final String INDENT = "\u00a0\u00a0";

    private MarkdownReport() {
        super();
    }

    /**
     * Returns the renderer.
     *
     * @return the renderer, never null
     */
    public static MarkdownReport withDefaults() {
        return DEFAULT;
    }

    @Override
    String document(Layout layout, Language language) {
        return new Document(layout).document();
    }

    @Override
    public String fileExtension() {
        return "md";
    }

    /** Escapes a data text for Markdown inline content and table cells. */
    static String md(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    b.append("&amp;");
                    break;
                case '<':
                    b.append("&lt;");
                    break;
                case '>':
                    b.append("&gt;");
                    break;
                case '\n':
                case '\r':
                case '\t':
                    b.append(' ');
                    break;
                case '\\':
                case '`':
                case '*':
                case '_':
                case '[':
                case ']':
                case '#':
                case '|':
                case '~':
                    b.append('\\').append(c);
                    break;
                default:
                    b.append(Character.isISOControl(c) ? '\uFFFD' : c);
                    break;
            }
        }
        return b.toString();
    }

    /** Writes the document of one report. */
    private static final class Document {
        private final Layout layout;
        private final StringBuilder b = new StringBuilder(1 << 15);

        Document(Layout layout) {
            this.layout = layout;
        }

        String document() {
            b.append("**").append(layout.marking()).append("**\n\n");
            b.append("# ").append(md(layout.title())).append("\n\n");
            for (Layout.Meta m : layout.metadata()) {
                b.append("- **").append(md(m.label())).append(":** ")
                        .append(m.code() ? "`" + m.value() + "`" : md(m.value())).append('\n');
            }
            b.append('\n');
            for (Block.Section s : layout.sections()) {
                b.append("## ").append(md(s.heading())).append("\n\n");
                for (Block block : s.blocks()) {
                    block(block);
                }
            }
            b.append("---\n\n## ").append(md(layout.footerHeading())).append("\n\n");
            for (String p : layout.footer()) {
                b.append(md(p)).append("\n\n");
            }
            return b.append("**").append(layout.marking()).append("**\n").toString();
        }

        private void block(Block block) {
            if (block instanceof Block.Para) {
                b.append(md(((Block.Para) block).text())).append("\n\n");
            } else if (block instanceof Block.Note) {
                b.append('_').append(md(((Block.Note) block).text())).append("_\n\n");
            } else if (block instanceof Block.Sub) {
                b.append("### ").append(md(((Block.Sub) block).text())).append("\n\n");
            } else if (block instanceof Block.Items) {
                for (String item : ((Block.Items) block).items()) {
                    b.append("- ").append(md(item)).append('\n');
                }
                b.append('\n');
            } else if (block instanceof Block.Tab) {
                Block.Tab tab = (Block.Tab) block;
                if (!tab.summary().isEmpty() && !tab.foldOnly()) {
                    b.append("#### ").append(md(tab.summary())).append("\n\n");
                }
                table(tab.table());
            }
        }

        private void table(Block.Table t) {
            row(t.headers(), 0);
            b.append('|');
            for (int i = 0; i < t.headers().size(); i++) {
                b.append(t.numeric().contains(i) ? " ---: |" : " --- |");
            }
            b.append('\n');
            for (Block.Row r : t.rows()) {
                row(r.cells(), r.depth());
            }
            b.append('\n');
        }

        private void row(List<String> cells, int depth) {
            b.append('|');
            for (int i = 0; i < cells.size(); i++) {
                b.append(' ').append(i == 0 ? INDENT.repeat(depth) : "").append(md(cells.get(i))).append(" |");
            }
            b.append('\n');
        }
    }
}
