package org.crossfield.reporting;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Charts drawn on the server as SVG text: no front-end chart library, and the same SVG goes into PDF reports. */
public final class SvgCharts {

    private static final String[] PALETTE = {"#0b6e69", "#5b8def", "#e0892b", "#9b59b6", "#c0392b", "#7f8c8d"};
    /** The text size in the drawing's units, which are screen pixels when the chart has room (see {@link #open}). */
    static final int FONT = 13;
    static final int TITLE_FONT = 15;
    /** The distance between two lines of a wrapped label. */
    private static final int LINE = 16;
    /** The height of one bar of a group, with its gap. */
    private static final int BAR_STEP = 15;
    /** An estimate of one character's width at {@link #FONT} px, for laying out legends. */
    private static final int CHAR_WIDTH = 8;

    private SvgCharts() {
    }

    /** One labelled group of bars; each series value is drawn in the palette colour of its position. */
    public record BarGroup(String label, List<Long> values) {
    }

    /**
     * Horizontal grouped bars under a visible title, with a legend, e.g. people per country split by role. Labels that do
     * not fit the label column wrap onto further lines instead of being cut.
     */
    public static String groupedBars(String title, List<String> series, List<BarGroup> groups) {
        int labelWidth = 130;
        int chartWidth = 520;
        int top = 60;
        List<List<String>> labels = groups.stream().map(g -> wrap(g.label(), 15)).toList();
        int height = top + 10;
        for (int i = 0; i < groups.size(); i++) {
            height += rowHeight(series.size(), labels.get(i).size());
        }
        long max = groups.stream().flatMap(g -> g.values().stream()).mapToLong(Long::longValue).max().orElse(1);
        max = Math.max(1, max);
        StringBuilder svg = open(title, labelWidth + chartWidth + 60, height);
        svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"18\" font-weight=\"bold\" font-size=\"%d\">%s</text>", TITLE_FONT,
                escape(title)));
        legend(svg, series, labelWidth, 32);
        int y = top;
        for (int g = 0; g < groups.size(); g++) {
            BarGroup group = groups.get(g);
            int rowHeight = rowHeight(series.size(), labels.get(g).size());
            label(svg, labels.get(g), labelWidth - 8, y + LINE);
            for (int s = 0; s < group.values().size(); s++) {
                long v = group.values().get(s);
                int w = (int) Math.round((double) v / max * chartWidth);
                int by = y + s * BAR_STEP;
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s: %d</title></rect>",
                        labelWidth, by, Math.max(w, v > 0 ? 1 : 0), BAR_STEP - 3, color(s), escape(group.label() + " " + series.get(s)), v));
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#333\">%d</text>",
                        labelWidth + w + 4, by + BAR_STEP - 4, v));
            }
            y += rowHeight;
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** One labelled bar. */
    public record Bar(String label, long value) {
    }

    /**
     * Horizontal bars under a visible title, one per label (e.g. outcomes per type); a long label wraps onto up to three
     * lines (beyond that it is shortened, the full text stays the tooltip).
     */
    public static String bars(String title, List<Bar> bars) {
        int labelWidth = 280;
        int chartWidth = 360;
        int top = 34;
        List<List<String>> labels = bars.stream().map(b -> wrap(b.label(), 36)).toList();
        int height = top + 10 + (bars.isEmpty() ? 24 : 0);
        for (List<String> label : labels) {
            height += Math.max(26, label.size() * LINE + 10);
        }
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        StringBuilder svg = open(title, labelWidth + chartWidth + 70, height);
        svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"18\" font-weight=\"bold\" font-size=\"%d\">%s</text>", TITLE_FONT,
                escape(title)));
        if (bars.isEmpty()) {
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" fill=\"#555\">Nothing recorded in this period.</text>", top + 16));
        }
        int y = top;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int rowHeight = Math.max(26, labels.get(i).size() * LINE + 10);
            int w = (int) Math.round((double) bar.value() / max * chartWidth);
            label(svg, labels.get(i), labelWidth - 8, y + LINE);
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"16\" fill=\"%s\"><title>%s: %d</title></rect>",
                    labelWidth, y + 3, Math.max(w, bar.value() > 0 ? 1 : 0), color(0), escape(bar.label()), bar.value()));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#333\">%d</text>", labelWidth + w + 4, y + LINE,
                    bar.value()));
            y += rowHeight;
        }
        return svg.append("</svg>").toString();
    }

    /** One line of a trend chart: a name and one value per x label. */
    public record Line(String name, List<Long> values) {
    }

    /**
     * A trend line per series over months ({@code yyyy-MM}, as {@link KpiReport.MonthCount} holds them), the axis
     * labelled with the month's short name in {@code locale}'s language: "Mar 2027", "März 2027", "mars 2027", "mrt 2027".
     */
    public static String monthly(String title, List<String> yearMonths, List<Line> lines, Locale locale) {
        return lines(title, yearMonths.stream().map(m -> monthLabel(m, locale)).toList(), lines);
    }

    /** A month ({@code yyyy-MM}) as an axis label in the language of {@code locale}; anything else as it is. */
    public static String monthLabel(String yearMonth, Locale locale) {
        try {
            return YearMonth.parse(yearMonth).format(DateTimeFormatter.ofPattern("MMM yyyy", locale == null ? Locale.ENGLISH : locale));
        } catch (DateTimeParseException | NullPointerException notAMonth) {
            return yearMonth;
        }
    }

    /**
     * A trend line per series over labelled points (e.g. months), with a legend, a y axis from 0 to the largest value and
     * every point marked (a single month still shows).
     */
    public static String lines(String title, List<String> xLabels, List<Line> lines) {
        int left = 52;
        int plotWidth = 600;
        int plotHeight = 220;
        int top = 56;
        int width = left + plotWidth + 20;
        int height = top + plotHeight + 40;
        long max = Math.max(1, lines.stream().flatMap(l -> l.values().stream()).mapToLong(Long::longValue).max().orElse(1));
        long step = niceStep(max);
        long axisMax = ((max + step - 1) / step) * step;
        StringBuilder svg = open(title, width, height);
        svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"18\" font-weight=\"bold\" font-size=\"%d\">%s</text>", TITLE_FONT,
                escape(title)));
        legend(svg, lines.stream().map(Line::name).toList(), left, 32);
        for (long v = 0; v <= axisMax; v += step) {
            double y = top + plotHeight - (double) v / axisMax * plotHeight;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>", left, y,
                    left + plotWidth, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#555\">%d</text>", left - 6,
                    y + 4, v));
        }
        int n = xLabels.size();
        double dx = n > 1 ? (double) plotWidth / (n - 1) : 0;
        // labels never overlap: one every so many points that the widest label (estimated from its length) has room
        int widest = xLabels.stream().mapToInt(l -> l == null ? 0 : l.length()).max().orElse(0) * CHAR_WIDTH + 16;
        int labelEvery = n > 1 ? Math.max(1, (int) Math.ceil(widest / dx)) : 1;
        for (int i = 0; i < n; i++) {
            // the last point is labelled too when that label clears the one before it
            if (i % labelEvery == 0 || i == n - 1 && i % labelEvery * dx >= widest) {
                double x = left + (n > 1 ? i * dx : plotWidth / 2.0);
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\">%s</text>", x,
                        top + plotHeight + 20, escape(xLabels.get(i))));
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

    /**
     * The chart's frame: as wide as its container but never wider than its own drawing, so that its text is drawn at
     * {@value #FONT} px and never scaled up or, on a screen 1280 px wide, down (it was 11 px scaled to about 7 px in a
     * two-column grid).
     */
    private static StringBuilder open(String title, int width, int height) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" style=\"max-width:%dpx\" role=\"img\""
                        + " aria-label=\"%s\" font-family=\"sans-serif\" font-size=\"%d\">", width, height, width, escape(title), FONT));
        return svg.append("<title>").append(escape(title)).append("</title>");
    }

    /** The series' colours and names in one row from {@code x}; the names' width is estimated from their length. */
    private static void legend(StringBuilder svg, List<String> names, int x, int y) {
        for (int s = 0; s < names.size(); s++) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>", x, y, color(s)));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>", x + 16, y + 11, escape(names.get(s))));
            x += 16 + CHAR_WIDTH * names.get(s).length() + 20;
        }
    }

    /** A right-aligned label of one or more lines, the first line's baseline at {@code y}. */
    private static void label(StringBuilder svg, List<String> lines, int x, int y) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">", x, y));
        for (int i = 0; i < lines.size(); i++) {
            svg.append(String.format(Locale.ROOT, "<tspan x=\"%d\" dy=\"%d\">%s</tspan>", x, i == 0 ? 0 : LINE, escape(lines.get(i))));
        }
        svg.append("</text>");
    }

    /** A group's height: one bar per series, or the label's lines if they need more. */
    private static int rowHeight(int series, int labelLines) {
        return Math.max(BAR_STEP * Math.max(1, series) + 12, labelLines * LINE + 8);
    }

    /**
     * A label cut into lines of at most {@code width} characters at spaces, at most three lines (the third shortened
     * with "…" if the text goes on); a single word longer than a line is cut.
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : (text == null ? "" : text.strip()).split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        List<String> fitted = new java.util.ArrayList<>(lines.stream().map(l -> shorten(l, width)).toList());
        if (fitted.size() > 3) {
            fitted = new java.util.ArrayList<>(fitted.subList(0, 3));
            String last = fitted.get(2);
            fitted.set(2, (last.length() >= width ? last.substring(0, width - 1) : last) + "…");
        }
        return fitted;
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
