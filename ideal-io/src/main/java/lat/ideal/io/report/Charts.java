package lat.ideal.io.report;

import static lat.ideal.io.report.Html.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lat.ideal.scoring.Explanation;
import lat.ideal.scoring.UnitScore;
import lat.ideal.scoring.uncertainty.RankDistribution;

/**
 * Inline SVG charts: the countries x crime areas heatmap and the contribution bars.
 *
 * <p>Every chart has a {@code <title>} and a {@code <desc>}, every mark its own {@code <title>}, and every value is
 * also printed (in the heatmap cell, beside the bar) or given in the data table that follows the chart, so colour
 * never carries meaning alone. Sizes are estimated from character counts: no font is measured or loaded.
 */
final class Charts {
    /** A sequential ramp (ColorBrewer YlOrRd, 9 classes) for bands, lowest first. */
    private static final String[] RAMP = {"#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a",
        "#e31a1c", "#bd0026", "#800026"};
    /** A qualitative palette distinguishable with the common colour-vision deficiencies (Okabe and Ito). */
    private static final String[] PARTS = {"#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00",
        "#cc79a7", "#999999"};
    private static final String GAP = "#e6e6e6";
    /** Classes of an unbanded heatmap, over the range of the scores shown. */
    private static final int VALUE_CLASSES = 5;
    private static final double CHAR_WIDTH = 7;
    private static final double SIN = Math.sin(Math.toRadians(40));
    private static final double COS = Math.cos(Math.toRadians(40));
    private static final int CELL_W = 72;
    private static final int CELL_H = 28;
    private static final int ROW_H = 26;
    private static final int BAR_H = 16;
    private static final int PLOT_W = 420;
    private static final int MAX_LABEL = 260;
    /** The rank axis has a tick every {@code step} ranks, with a step giving at most this many ticks. */
    private static final int MAX_TICKS = 10;
    private static final String INTERVAL = "#0072b2";

    private Charts() {
    }

    static String heatmap(Content c, Content.Heatmap h) {
        String node = c.headline.key();
        int bands = c.bandCount(node);
        double[] range = range(h);
        int left = labelWidth(h.countries().stream().map(c::countryName).toList());
        double longest = 0;
        for (String a : h.areas()) {
            longest = Math.max(longest, c.areaLabel(a).length() * CHAR_WIDTH);
        }
        int top = (int) Math.ceil(longest * SIN) + 16;
        int gridW = h.areas().size() * CELL_W;
        int width = left + gridW + (int) Math.max(0, Math.ceil(longest * COS) - CELL_W / 2.0) + 12;
        int legendTop = top + h.countries().size() * CELL_H + 16;
        List<String[]> legend = legend(c, node, bands, range);
        int height = legendTop + (legend.size() + 1) * 20 + 8;
        StringBuilder b = new StringBuilder();
        open(b, "heatmap-chart", width, height, c.t.format("heatmap.chartTitle", c.nodeLabel(node)),
                c.t.get("heatmap.chartDesc"));
        for (int j = 0; j < h.areas().size(); j++) {
            int x = left + j * CELL_W + CELL_W / 2;
            b.append(String.format(Locale.ROOT, "<text class=\"col\" transform=\"translate(%d,%d) rotate(-40)\">",
                    x, top - 6)).append(esc(c.areaLabel(h.areas().get(j)))).append("</text>\n");
        }
        for (int i = 0; i < h.countries().size(); i++) {
            String country = h.countries().get(i);
            int y = top + i * CELL_H;
            b.append(String.format(Locale.ROOT, "<text class=\"row\" x=\"%d\" y=\"%d\">", left - 8, y + CELL_H / 2 + 4))
                    .append(esc(c.countryName(country))).append("</text>\n");
            for (int j = 0; j < h.areas().size(); j++) {
                String area = h.areas().get(j);
                UnitScore s = h.cell(country, area);
                int x = left + j * CELL_W;
                String fill = s == null || !s.hasScore() ? GAP : fill(c, node, s, bands, range);
                String what = s == null ? c.t.get("heatmap.notAssessed") : c.score(s)
                        + s.band().map(band -> " (" + c.band(band) + ")").orElse("");
                b.append("<g><title>").append(esc(c.countryName(country) + " \u2013 " + c.areaLabel(area) + ": "
                        + what)).append("</title>");
                b.append(String.format(Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" stroke=\"#ffffff\"/>",
                        x, y, CELL_W, CELL_H, fill));
                b.append(String.format(Locale.ROOT, "<text class=\"cell\" x=\"%d\" y=\"%d\" fill=\"%s\">", x
                        + CELL_W / 2, y + CELL_H / 2 + 4, ink(fill)))
                        .append(esc(s == null ? Numbers.NONE : c.shortScore(s))).append("</text></g>\n");
            }
        }
        legend.add(new String[] {GAP, c.t.get("heatmap.gap")});
        for (int k = 0; k < legend.size(); k++) {
            int y = legendTop + k * 20;
            b.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\" stroke=\"#666666\"/>", left, y,
                    legend.get(k)[0]));
            legendText(b, left, y, legend.get(k)[1]);
        }
        return b.append("</svg>\n").toString();
    }

    /** Legend entries (colour, words) for the scored classes: bands, or equal ranges of the scores. */
    private static List<String[]> legend(Content c, String node, int bands, double[] range) {
        List<String[]> out = new ArrayList<>();
        if (bands > 0) {
            List<String> labels = c.methodology.node(node).orElseThrow().banding().labels();
            for (int k = 0; k < bands; k++) {
                out.add(new String[] {ramp(k, bands), c.band(labels.get(k))});
            }
        } else if (range[0] <= range[1]) {
            double step = (range[1] - range[0]) / VALUE_CLASSES;
            for (int k = 0; k < VALUE_CLASSES; k++) {
                out.add(new String[] {ramp(k, VALUE_CLASSES), Numbers.plain(range[0] + k * step, 2) + " \u2013 "
                        + Numbers.plain(range[0] + (k + 1) * step, 2)});
            }
        }
        return out;
    }

    /** Lowest and highest unrounded score in the heatmap; {+inf, -inf} without any. */
    private static double[] range(Content.Heatmap h) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (UnitScore s : h.cells().values()) {
            if (s.unrounded().isPresent()) {
                lo = Math.min(lo, s.unrounded().getAsDouble());
                hi = Math.max(hi, s.unrounded().getAsDouble());
            }
        }
        return new double[] {lo, hi};
    }

    private static String fill(Content c, String node, UnitScore s, int bands, double[] range) {
        if (bands > 0) {
            int k = c.bandIndex(node, s);
            return k < 0 ? GAP : ramp(k, bands);
        }
        double span = range[1] - range[0];
        int k = span > 0 ? (int) Math.min(VALUE_CLASSES - 1, Math.floor((s.unrounded().getAsDouble() - range[0])
                / span * VALUE_CLASSES)) : 0;
        return ramp(k, VALUE_CLASSES);
    }

    /** The k-th of n colours spread evenly over the ramp. */
    static String ramp(int k, int n) {
        return n <= 1 ? RAMP[RAMP.length / 2] : RAMP[(int) Math.round(k * (RAMP.length - 1) / (double) (n - 1))];
    }

    static String part(int k) {
        return PARTS[k % PARTS.length];
    }

    /** Black or white, whichever contrasts more with a {@code #rrggbb} fill (WCAG relative luminance). */
    static String ink(String fill) {
        double l = 0.2126 * channel(fill, 1) + 0.7152 * channel(fill, 3) + 0.0722 * channel(fill, 5);
        double onBlack = (l + 0.05) / 0.05;
        double onWhite = 1.05 / (l + 0.05);
        return onBlack >= onWhite ? "#000000" : "#ffffff";
    }

    private static double channel(String hex, int at) {
        double v = Integer.parseInt(hex.substring(at, at + 2), 16) / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    static String contributions(Content c, List<Content.Bars> bars) {
        List<Content.Bars> linear = bars.stream().filter(x -> x.explanation().kind() == Explanation.Kind.LINEAR)
                .toList();
        double pos = 0;
        double neg = 0;
        for (Content.Bars x : linear) {
            pos = Math.max(pos, x.positive());
            neg = Math.min(neg, x.negative());
        }
        double scale = pos - neg > 0 ? PLOT_W / (pos - neg) : 0;
        int left = labelWidth(linear.stream().map(Content.Bars::name).toList());
        double zero = left - neg * scale;
        int top = 8;
        int legendTop = top + linear.size() * ROW_H + 12;
        int height = legendTop + c.parts.size() * 20 + 8;
        int width = left + PLOT_W + 80;
        StringBuilder b = new StringBuilder();
        open(b, "contribution-chart", width, height, c.t.format("contributions.chartTitle",
                c.nodeLabel(c.headline.key())), c.t.get("contributions.chartDesc"));
        b.append(String.format(Locale.ROOT,
                "<line x1=\"%s\" y1=\"%d\" x2=\"%s\" y2=\"%d\" stroke=\"#333333\"/>\n", fmt(zero), top - 4,
                fmt(zero), top + linear.size() * ROW_H));
        for (int i = 0; i < linear.size(); i++) {
            Content.Bars x = linear.get(i);
            int y = top + i * ROW_H;
            b.append(String.format(Locale.ROOT, "<text class=\"row\" x=\"%d\" y=\"%d\">", left - 8, y + BAR_H - 3))
                    .append(esc(x.name())).append("</text>\n");
            double right = zero;
            double leftEdge = zero;
            int k = 0;
            for (Map.Entry<String, Double> e : x.byPart().entrySet()) {
                double v = e.getValue();
                double w = Math.abs(v) * scale;
                double at;
                if (v >= 0) {
                    at = right;
                    right += w;
                } else {
                    leftEdge -= w;
                    at = leftEdge;
                }
                b.append("<rect x=\"").append(fmt(at)).append("\" y=\"").append(y).append("\" width=\"")
                        .append(fmt(w)).append("\" height=\"").append(BAR_H).append("\" fill=\"")
                        .append(part(k++)).append("\"><title>")
                        .append(esc(x.name() + " \u2013 " + c.nodeLabel(e.getKey()) + ": " + Numbers.detail(v)))
                        .append("</title></rect>\n");
            }
            b.append(String.format(Locale.ROOT, "<text class=\"value\" x=\"%s\" y=\"%d\">", fmt(right + 6),
                    y + BAR_H - 3)).append(esc(c.score(x.score()))).append("</text>\n");
        }
        for (int k = 0; k < c.parts.size(); k++) {
            int y = legendTop + k * 20;
            b.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\" stroke=\"#666666\"/>", left, y,
                    part(k)));
            legendText(b, left, y, c.nodeLabel(c.parts.get(k)));
        }
        return b.append("</svg>\n").toString();
    }

    /**
     * Rank intervals: per unit (in ranking order) the 5th-95th percentile rank as a bar, the median as a dot and the
     * nominal rank as a tick, on an axis from rank 1 (left) to the number of units.
     */
    static String rankIntervals(Content c, List<String> units, List<RankDistribution> distributions) {
        int n = Math.max(1, units.size());
        List<String> names = units.stream().map(c::unitName).toList();
        int left = labelWidth(names);
        int top = 24;
        int legendTop = top + units.size() * ROW_H + 12;
        int height = legendTop + 3 * 20 + 8;
        List<String> intervals = distributions.stream().map(d -> d.isRanked() ? "[" + Numbers.plain(d.p5(), 2) + ", "
                + Numbers.plain(d.p95(), 2) + "]" : c.t.get("uncertainty.neverRanked")).toList();
        int longest = intervals.stream().mapToInt(String::length).max().orElse(0);
        int width = left + PLOT_W + 24 + (int) Math.ceil(longest * CHAR_WIDTH);
        StringBuilder b = new StringBuilder();
        open(b, "rank-interval-chart", width, height, c.t.format("uncertainty.chartTitle",
                c.nodeLabel(c.headline.key())), c.t.get("uncertainty.chartDesc"));
        int step = Math.max(1, (int) Math.ceil(n / (double) MAX_TICKS));
        for (int r = 1; r <= n; r += r == 1 && step > 1 ? step - 1 : step) {
            double x = rankX(r, n, left);
            b.append(String.format(Locale.ROOT, "<line x1=\"%s\" y1=\"%d\" x2=\"%s\" y2=\"%d\" stroke=\"#dddddd\"/>",
                    fmt(x), top - 4, fmt(x), top + units.size() * ROW_H));
            b.append(String.format(Locale.ROOT, "<text class=\"cell\" x=\"%s\" y=\"%d\">%d</text>\n", fmt(x),
                    top - 8, r));
        }
        for (int i = 0; i < units.size(); i++) {
            RankDistribution d = distributions.get(i);
            int y = top + i * ROW_H;
            int mid = y + BAR_H / 2;
            String name = names.get(i);
            b.append(String.format(Locale.ROOT, "<text class=\"row\" x=\"%d\" y=\"%d\">", left - 8, y + BAR_H - 3))
                    .append(esc(name)).append("</text>\n");
            String summary = c.rankSummary(d);
            b.append("<g><title>").append(esc(name + ": " + summary)).append("</title>");
            if (d.isRanked()) {
                b.append(String.format(Locale.ROOT, "<line x1=\"%s\" y1=\"%d\" x2=\"%s\" y2=\"%d\" stroke=\"%s\""
                        + " stroke-width=\"4\"/>", fmt(rankX(d.p5(), n, left)), mid, fmt(rankX(d.p95(), n, left)), mid,
                        INTERVAL));
                b.append(String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%d\" r=\"5\" fill=\"#ffffff\" stroke=\"%s\""
                        + " stroke-width=\"2\"/>", fmt(rankX(d.median(), n, left)), mid, INTERVAL));
            }
            if (d.nominal() > 0) {
                double x = rankX(d.nominal(), n, left);
                b.append(String.format(Locale.ROOT, "<line x1=\"%s\" y1=\"%d\" x2=\"%s\" y2=\"%d\" stroke=\"#000000\""
                        + " stroke-width=\"2\"/>", fmt(x), y, fmt(x), y + BAR_H));
            }
            b.append("</g>\n");
            b.append(String.format(Locale.ROOT, "<text class=\"legend\" x=\"%d\" y=\"%d\">", left + PLOT_W + 12,
                    y + BAR_H - 3)).append(esc(intervals.get(i))).append("</text>\n");
        }
        b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\""
                + " stroke-width=\"4\"/>", left, legendTop + 7, left + 14, legendTop + 7, INTERVAL));
        legendText(b, left, legendTop, c.t.get("uncertainty.legendInterval"));
        b.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"5\" fill=\"#ffffff\" stroke=\"%s\""
                + " stroke-width=\"2\"/>", left + 7, legendTop + 27, INTERVAL));
        legendText(b, left, legendTop + 20, c.t.get("uncertainty.legendMedian"));
        b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000000\""
                + " stroke-width=\"2\"/>", left + 7, legendTop + 40, left + 7, legendTop + 54));
        legendText(b, left, legendTop + 40, c.t.get("uncertainty.legendNominal"));
        return b.append("</svg>\n").toString();
    }

    private static void legendText(StringBuilder b, int left, int y, String text) {
        b.append(String.format(Locale.ROOT, "<text class=\"legend\" x=\"%d\" y=\"%d\">", left + 20, y + 11))
                .append(esc(text)).append("</text>\n");
    }

    private static double rankX(double rank, int n, int left) {
        return n == 1 ? left + PLOT_W / 2.0 : left + (rank - 1) / (n - 1) * PLOT_W;
    }

    private static void open(StringBuilder b, String id, int width, int height, String title, String desc) {
        b.append(String.format(Locale.ROOT, "<svg role=\"img\" aria-labelledby=\"%s-title %s-desc\" width=\"%d\""
                + " height=\"%d\" viewBox=\"0 0 %d %d\">\n", id, id, width, height, width, height));
        b.append("<title id=\"").append(id).append("-title\">").append(esc(title)).append("</title>\n");
        b.append("<desc id=\"").append(id).append("-desc\">").append(esc(desc)).append("</desc>\n");
    }

    private static int labelWidth(List<String> labels) {
        int longest = 0;
        for (String s : labels) {
            longest = Math.max(longest, s.length());
        }
        return (int) Math.min(MAX_LABEL, Math.max(80, longest * CHAR_WIDTH + 16));
    }

    /** Coordinates to two decimals, without trailing zeros. */
    private static String fmt(double x) {
        return Numbers.plain(x, 2);
    }
}
