package org.crossfield.reporting;

import java.util.List;
import java.util.Locale;

/** Charts drawn on the server as SVG text: no front-end chart library, and the same SVG goes into PDF reports. */
public final class SvgCharts {

    private static final String[] PALETTE = {"#0b6e69", "#5b8def", "#e0892b", "#9b59b6", "#c0392b", "#7f8c8d"};

    private SvgCharts() {
    }

    /** One labelled group of bars; each series value is drawn in the palette colour of its position. */
    public record BarGroup(String label, List<Long> values) {
    }

    /** Horizontal grouped bars with a legend, e.g. people per country split by role. */
    public static String groupedBars(String title, List<String> series, List<BarGroup> groups) {
        int rowHeight = 10 * Math.max(1, series.size()) + 10;
        int labelWidth = 70;
        int chartWidth = 520;
        int top = 44;
        int height = top + groups.size() * rowHeight + 16;
        long max = groups.stream().flatMap(g -> g.values().stream()).mapToLong(Long::longValue).max().orElse(1);
        max = Math.max(1, max);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" aria-label=\"%s\" "
                        + "font-family=\"sans-serif\" font-size=\"11\">",
                labelWidth + chartWidth + 60, height, escape(title)));
        svg.append("<title>").append(escape(title)).append("</title>");
        int x = labelWidth;
        for (int s = 0; s < series.size(); s++) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"8\" width=\"10\" height=\"10\" fill=\"%s\"/>", x, color(s)));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"17\">%s</text>", x + 14, escape(series.get(s))));
            x += 14 + 8 * series.get(s).length() + 18;
        }
        int y = top;
        for (BarGroup group : groups) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", labelWidth - 8,
                    y + rowHeight / 2, escape(group.label())));
            for (int s = 0; s < group.values().size(); s++) {
                long v = group.values().get(s);
                int w = (int) Math.round((double) v / max * chartWidth);
                int by = y + s * 10;
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"8\" fill=\"%s\"><title>%s: %d</title></rect>",
                        labelWidth, by, Math.max(w, v > 0 ? 1 : 0), color(s), escape(group.label() + " " + series.get(s)), v));
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"9\" fill=\"#555\">%d</text>",
                        labelWidth + w + 4, by + 8, v));
            }
            y += rowHeight;
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** One labelled bar. */
    public record Bar(String label, long value) {
    }

    /** Horizontal bars, one per label (e.g. outcomes per type); long labels are shortened, the full text is the tooltip. */
    public static String bars(String title, List<Bar> bars) {
        int labelWidth = 230;
        int chartWidth = 360;
        int rowHeight = 20;
        int top = 30;
        int height = top + Math.max(1, bars.size()) * rowHeight + 10;
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        StringBuilder svg = open(title, labelWidth + chartWidth + 70, height);
        svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"16\" font-weight=\"bold\">%s</text>", escape(title)));
        if (bars.isEmpty()) {
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" fill=\"#555\">Nothing recorded in this period.</text>", top + 14));
        }
        int y = top;
        for (Bar bar : bars) {
            int w = (int) Math.round((double) bar.value() / max * chartWidth);
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", labelWidth - 8, y + 13,
                    escape(shorten(bar.label(), 38))));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"14\" fill=\"%s\"><title>%s: %d</title></rect>",
                    labelWidth, y + 2, Math.max(w, bar.value() > 0 ? 1 : 0), color(0), escape(bar.label()), bar.value()));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#333\">%d</text>", labelWidth + w + 4, y + 13,
                    bar.value()));
            y += rowHeight;
        }
        return svg.append("</svg>").toString();
    }

    /** One line of a trend chart: a name and one value per x label. */
    public record Line(String name, List<Long> values) {
    }

    /**
     * A trend line per series over labelled points (e.g. months), with a legend, a y axis from 0 to the largest value and
     * every point marked (a single month still shows).
     */
    public static String lines(String title, List<String> xLabels, List<Line> lines) {
        int left = 48;
        int plotWidth = 560;
        int plotHeight = 200;
        int top = 48;
        int width = left + plotWidth + 20;
        int height = top + plotHeight + 40;
        long max = Math.max(1, lines.stream().flatMap(l -> l.values().stream()).mapToLong(Long::longValue).max().orElse(1));
        long step = niceStep(max);
        long axisMax = ((max + step - 1) / step) * step;
        StringBuilder svg = open(title, width, height);
        svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"16\" font-weight=\"bold\">%s</text>", escape(title)));
        int lx = left;
        for (int s = 0; s < lines.size(); s++) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"26\" width=\"10\" height=\"10\" fill=\"%s\"/>", lx, color(s)));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"35\">%s</text>", lx + 14, escape(lines.get(s).name())));
            lx += 14 + 7 * lines.get(s).name().length() + 18;
        }
        for (long v = 0; v <= axisMax; v += step) {
            double y = top + plotHeight - (double) v / axisMax * plotHeight;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>", left, y,
                    left + plotWidth, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#555\">%d</text>", left - 6,
                    y + 4, v));
        }
        int n = xLabels.size();
        double dx = n > 1 ? (double) plotWidth / (n - 1) : 0;
        int labelEvery = Math.max(1, (int) Math.ceil(n / 12.0));
        for (int i = 0; i < n; i++) {
            if (i % labelEvery == 0 || i == n - 1) {
                double x = left + (n > 1 ? i * dx : plotWidth / 2.0);
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\">%s</text>", x,
                        top + plotHeight + 16, escape(xLabels.get(i))));
            }
        }
        for (int s = 0; s < lines.size(); s++) {
            List<Long> values = lines.get(s).values();
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < Math.min(n, values.size()); i++) {
                double x = left + (n > 1 ? i * dx : plotWidth / 2.0);
                double y = top + plotHeight - (double) values.get(i) / axisMax * plotHeight;
                points.append(String.format(Locale.ROOT, "%s%.1f,%.1f", points.isEmpty() ? "" : " ", x, y));
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s %s: %d</title></circle>",
                        x, y, color(s), escape(lines.get(s).name()), escape(xLabels.get(i)), values.get(i)));
            }
            svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>", points,
                    color(s)));
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title, int width, int height) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" aria-label=\"%s\" "
                        + "font-family=\"sans-serif\" font-size=\"11\">", width, height, escape(title)));
        return svg.append("<title>").append(escape(title)).append("</title>");
    }

    private static long niceStep(long max) {
        long step = 1;
        while (max / step > 5) {
            step = nextStep(step);
        }
        return step;
    }

    private static long nextStep(long step) {
        // 1, 2, 5, 10, 20, 50, …
        String digits = Long.toString(step);
        return switch (digits.charAt(0)) {
            case '1' -> step * 2;
            case '2' -> step / 2 * 5;
            default -> step * 2;
        };
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String color(int index) {
        return PALETTE[index % PALETTE.length];
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(c -> c >= 0x20 || c == '\t' || c == '\n').forEach(clean::appendCodePoint);
        return clean.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
