package lat.ideal.io.report;

import static lat.ideal.io.report.Html.esc;

import java.util.Locale;
import lat.ideal.model.Language;
import lat.ideal.model.Tlp;

/**
 * Renders a {@link Report} as one self-contained HTML5 file: inline CSS and inline SVG, no script, no font, nothing
 * fetched (a Content-Security-Policy meta element forbids it too), every text from the data escaped.
 *
 * <p>Sections, in order: handling-marking banner; title and metadata; methodology (nodes, weights, aggregations,
 * normalisations, missing-data rules, rounding, bands, presets and sources); ranking table; countries x crime areas
 * heatmap (for country x crime-area units, else a note saying why there is none); contribution bars of the
 * best-ranked units with each unit's indicator details; coverage, intelligence gaps, confidence, imputed and treated
 * cells, warnings; when the report has them, rank intervals, the trend since the previous cycle and the recommended
 * priorities with draft action plans; attribution; footer with the audience policy and the banner again. Tables
 * have {@code <th scope>} headers; charts have titles and print or tabulate every value they show.
 *
 * <p>Output is deterministic: the same report gives the same text. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class HtmlReport extends ReportRenderer {
    private static final HtmlReport DEFAULT = new HtmlReport();
    private static final String CSS = String.join("\n",
            "body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,Helvetica,Arial,sans-serif;"
                    + "margin:1.5em auto;max-width:72em;padding:0 1em;color:#1a1a1a;line-height:1.45}",
            "h1{font-size:1.6em;margin:.4em 0}h2{border-bottom:1px solid #cccccc;margin-top:2em}",
            "table{border-collapse:collapse;margin:.8em 0;font-size:.92em}",
            "th,td{border:1px solid #cccccc;padding:.25em .55em;text-align:left;vertical-align:top}",
            "thead th{background:#f0f0f0}td.num{text-align:right;font-variant-numeric:tabular-nums}",
            "caption{text-align:left;font-weight:bold;padding:.3em 0}",
            "code{font-size:.9em}dl.meta{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}",
            "dl.meta dt{font-weight:bold}dl.meta dd{margin:0}",
            ".tlp{display:inline-block;background:#000000;font-family:monospace;font-weight:bold;font-size:1.1em;"
                    + "padding:.2em .7em;margin:.3em 0;-webkit-print-color-adjust:exact;print-color-adjust:exact}",
            ".tlp-clear{color:#ffffff}.tlp-green{color:#33ff00}.tlp-amber,.tlp-amber-strict{color:#ffc000}"
                    + ".tlp-red{color:#ff2b2b}",
            "svg{overflow:visible;max-width:100%;height:auto;font-size:12px}",
            "svg text.col,svg text.legend{text-anchor:start}svg text.row{text-anchor:end}"
                    + "svg text.cell{text-anchor:middle}",
            "p.note{color:#444444}details{margin:.4em 0}summary{cursor:pointer}",
            "footer{margin-top:3em;border-top:1px solid #cccccc;padding-top:1em;font-size:.92em}",
            "@media print{nav{display:none}details>*{display:block}}");
    /** Left padding of a row header, and the extra padding per tree level, in em. */
    private static final double INDENT_BASE = 0.55;
    private static final double INDENT = 1.2;

    private HtmlReport() {
        super();
    }

    /**
     * Returns the renderer.
     *
     * @return the renderer, never null
     */
    public static HtmlReport withDefaults() {
        return DEFAULT;
    }

    @Override
    String document(Layout layout, Language language) {
        return new Document(layout, language).document();
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    /** Writes the document of one report. */
    private static final class Document {
        private final Layout layout;
        private final String language;
        private final StringBuilder b = new StringBuilder(1 << 16);

        Document(Layout layout, Language language) {
            this.layout = layout;
            this.language = language.code();
        }

        String document() {
            b.append("<!DOCTYPE html>\n<html lang=\"").append(language).append("\">\n<head>\n")
                    .append("<meta charset=\"utf-8\">\n")
                    .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                            + " style-src 'unsafe-inline'\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                    .append("<title>").append(esc(layout.title())).append("</title>\n")
                    .append("<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n");
            banner("tlp-top");
            b.append("<header>\n<h1>").append(esc(layout.title())).append("</h1>\n<dl class=\"meta\">\n");
            for (Layout.Meta m : layout.metadata()) {
                b.append("<dt>").append(esc(m.label())).append("</dt><dd>")
                        .append(m.code() ? "<code>" + esc(m.value()) + "</code>" : esc(m.value())).append("</dd>\n");
            }
            b.append("</dl>\n</header>\n");
            b.append("<nav aria-label=\"").append(esc(layout.navLabel())).append("\">\n<ol>\n");
            for (Block.Section s : layout.sections()) {
                b.append("<li><a href=\"#").append(s.id()).append("\">").append(esc(s.heading()))
                        .append("</a></li>\n");
            }
            b.append("</ol>\n</nav>\n<main>\n");
            for (Block.Section s : layout.sections()) {
                b.append("<section id=\"").append(s.id()).append("\" aria-labelledby=\"").append(s.id())
                        .append("-heading\">\n<h2 id=\"").append(s.id()).append("-heading\">")
                        .append(esc(s.heading())).append("</h2>\n");
                for (Block block : s.blocks()) {
                    block(block);
                }
                b.append("</section>\n");
            }
            b.append("</main>\n<footer>\n<h2 id=\"handling-heading\">").append(esc(layout.footerHeading()))
                    .append("</h2>\n");
            for (String p : layout.footer()) {
                b.append("<p>").append(esc(p)).append("</p>\n");
            }
            banner("tlp-bottom");
            return b.append("</footer>\n</body>\n</html>\n").toString();
        }

        private void banner(String id) {
            Tlp m = layout.marking();
            b.append("<div id=\"").append(id).append("\" class=\"tlp tlp-")
                    .append(m.name().toLowerCase(Locale.ROOT).replace('_', '-')).append("\" role=\"note\" title=\"")
                    .append(esc(layout.bannerTitle())).append("\">").append(m).append("</div>\n");
        }

        private void block(Block block) {
            if (block instanceof Block.Para) {
                b.append("<p>").append(esc(((Block.Para) block).text())).append("</p>\n");
            } else if (block instanceof Block.Note) {
                b.append("<p class=\"note\">").append(esc(((Block.Note) block).text())).append("</p>\n");
            } else if (block instanceof Block.Sub) {
                b.append("<h3>").append(esc(((Block.Sub) block).text())).append("</h3>\n");
            } else if (block instanceof Block.Items) {
                b.append("<ul>\n");
                for (String item : ((Block.Items) block).items()) {
                    b.append("<li>").append(esc(item)).append("</li>\n");
                }
                b.append("</ul>\n");
            } else if (block instanceof Block.Chart) {
                b.append(((Block.Chart) block).svg());
            } else {
                Block.Tab tab = (Block.Tab) block;
                if (tab.summary().isEmpty()) {
                    table(tab.table());
                } else {
                    b.append("<details>\n<summary>").append(esc(tab.summary())).append("</summary>\n");
                    table(tab.table());
                    b.append("</details>\n");
                }
            }
        }

        private void table(Block.Table t) {
            b.append("<table>\n<caption>").append(esc(t.caption())).append("</caption>\n<thead><tr>");
            for (String h : t.headers()) {
                b.append("<th scope=\"col\">").append(esc(h)).append("</th>");
            }
            b.append("</tr></thead>\n<tbody>\n");
            for (Block.Row r : t.rows()) {
                b.append("<tr");
                if (!t.rowAttribute().isEmpty()) {
                    b.append(" data-").append(t.rowAttribute()).append("=\"").append(esc(r.key())).append('"');
                }
                b.append("><th scope=\"row\"");
                if (r.depth() > 0) {
                    b.append(" style=\"padding-left:").append(Numbers.plain(INDENT_BASE + INDENT * r.depth(), 2))
                            .append("em\"");
                }
                b.append('>').append(esc(r.cells().get(0))).append("</th>");
                for (int i = 1; i < r.cells().size(); i++) {
                    b.append("<td");
                    if (t.numeric().contains(i)) {
                        b.append(" class=\"num\"");
                    }
                    if (!t.cellAttribute().isEmpty()) {
                        b.append(" data-").append(t.cellAttribute()).append("=\"")
                                .append(esc(t.columnKeys().get(i - 1))).append('"');
                    }
                    String text = esc(r.cells().get(i));
                    b.append('>').append(t.code().contains(i) ? "<code>" + text + "</code>" : text).append("</td>");
                }
                b.append("</tr>\n");
            }
            b.append("</tbody>\n</table>\n");
        }
    }
}
