package org.crossfield.matching.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.IntFunction;

/**
 * The profiles of the allocation methods as an SVG drawn on the server: one group of columns per choice (1st, 2nd, …),
 * one column per method, the count above each column.
 */
final class ProfileChart {

    private static final String[] COLOURS = {"#0b6e69", "#5b8def", "#e0892b"};
    private static final int TOP = 40;
    private static final int PLOT = 160;
    private static final int LEFT = 12;
    private static final int COLUMN = 16;

    private ProfileChart() {
    }

    /**
     * @param methods  method labels, one per series
     * @param profiles per method, students on their 1st, 2nd, … choice (same length for all)
     * @param title    the chart's title for screen readers, in the screen's language
     * @param ordinal  a choice's ordinal in the screen's language ("1st", "1.")
     * @param bar      a column's label from the method and the choice's ordinal ("Stable, 1st choice")
     */
    static String svg(List<String> methods, List<List<Integer>> profiles, String title, IntFunction<String> ordinal,
                      BiFunction<String, String, String> bar) {
        int ranks = profiles.stream().mapToInt(List::size).max().orElse(0);
        int groupWidth = methods.size() * COLUMN + 14;
        int width = Math.max(320, LEFT * 2 + ranks * groupWidth);
        int height = TOP + PLOT + 28;
        int max = Math.max(1, profiles.stream().flatMap(List::stream).mapToInt(Integer::intValue).max().orElse(1));
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" "
                        + "aria-label=\"%s\" font-family=\"sans-serif\" font-size=\"11\"><title>%s</title>", width, height,
                escape(title), escape(title)));
        int x = LEFT;
        for (int m = 0; m < methods.size(); m++) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"8\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"17\">%s</text>", x, COLOURS[m % COLOURS.length], x + 14, escape(methods.get(m))));
            x += 14 + 7 * methods.get(m).length() + 16;
        }
        int baseline = TOP + PLOT;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>", LEFT,
                baseline, width - LEFT, baseline));
        for (int r = 0; r < ranks; r++) {
            int gx = LEFT + r * groupWidth + 7;
            for (int m = 0; m < methods.size(); m++) {
                int v = r < profiles.get(m).size() ? profiles.get(m).get(r) : 0;
                int h = (int) Math.round((double) v / max * PLOT);
                int cx = gx + m * COLUMN;
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\">"
                        + "<title>%s: %d</title></rect>", cx, baseline - h, COLUMN - 3, Math.max(h, v > 0 ? 1 : 0),
                        COLOURS[m % COLOURS.length], escape(bar.apply(methods.get(m), ordinal.apply(r + 1))), v));
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"9\" text-anchor=\"middle\" "
                        + "fill=\"#555\">%d</text>", cx + (COLUMN - 3) / 2, baseline - h - 3, v));
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                    gx + methods.size() * COLUMN / 2, baseline + 16, escape(ordinal.apply(r + 1))));
        }
        return svg.append("</svg>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
