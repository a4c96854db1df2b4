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

    private static String color(int index) {
        return PALETTE[index % PALETTE.length];
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
