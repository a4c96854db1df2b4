package org.crossfield.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SvgChartsTest {

    @Test
    void drawsOneBarPerValueAsWellFormedEscapedSvg() throws Exception {
        String svg = SvgCharts.groupedBars("People <by> country & role", List.of("Students", "Mentors"),
                List.of(new SvgCharts.BarGroup("BE", List.of(3L, 5L)), new SvgCharts.BarGroup("NL", List.of(0L, 10L))));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        // two legend swatches plus four bars
        assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(6);
        assertThat(svg).contains("People &lt;by&gt; country &amp; role").doesNotContain("<by>");
        assertThat(svg).contains("width=\"520\""); // the largest value spans the chart
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void barsAreWellFormedEscapedAndScaledToTheLargestValue() throws Exception {
        String svg = SvgCharts.bars("Outcomes <by> type & \"kind\"", List.of(new SvgCharts.Bar("Publications & <papers>", 10),
                new SvgCharts.Bar("A very long outcome type title that does not fit into the label column", 5),
                new SvgCharts.Bar("Zero\u0001", 0)));
        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(3);
        assertThat(svg).contains("width=\"360\"").contains("width=\"180\"").contains("width=\"0\"");
        assertThat(svg).contains("Publications &amp; &lt;papers&gt;").doesNotContain("<papers>").doesNotContain("\u0001");
        assertThat(svg).as("a long label wraps, whole").contains(">A very long outcome type title that</tspan>")
                .contains(">does not fit into the label column</tspan>").doesNotContain("…");
    }

    /**
     * Issue 17: labels were 11 units in a chart stretched into half a 1280 px screen (about 7 px) and cut after 38
     * characters ("Influence on policy, practice, patien…"); the grouped chart had no visible title.
     */
    @Test
    void everyChartHasAVisibleTitleReadableTextAndNeverGrowsBeyondItsDrawing() throws Exception {
        String bars = SvgCharts.bars("Outcomes by type", List.of(new SvgCharts.Bar("Influence on policy, practice, patient care or public health", 4)));
        String grouped = SvgCharts.groupedBars("By country", List.of("Collaborations", "Outcomes"),
                List.of(new SvgCharts.BarGroup("BE", List.of(1L, 2L))));
        String lines = SvgCharts.lines("Per month", List.of("2026-01"), List.of(new SvgCharts.Line("Outcomes", List.of(1L))));
        for (String svg : List.of(bars, grouped, lines)) {
            Document doc = parse(svg);
            String viewBoxWidth = doc.getDocumentElement().getAttribute("viewBox").split(" ")[2];
            assertThat(doc.getDocumentElement().getAttribute("style")).isEqualTo("max-width:" + viewBoxWidth + "px");
            assertThat(doc.getDocumentElement().getAttribute("font-size")).isEqualTo("13");
            assertThat(svg).containsPattern("<text x=\"0\" y=\"18\" font-weight=\"bold\" font-size=\"15\">[^<]+</text>");
        }
        assertThat(bars).contains(">Influence on policy, practice,</tspan>").contains(">patient care or public health</tspan>");
        assertThat(SvgCharts.wrap("one two three four five six seven eight nine ten", 9)).hasSize(3).last().asString().endsWith("…");
    }

    @Test
    void anEmptyBarChartSaysSo() throws Exception {
        String svg = SvgCharts.bars("Nothing", List.of());
        parse(svg);
        assertThat(svg).contains("Nothing recorded in this period.");
    }

    @Test
    void linesDrawOnePolylineAndOnePointPerValueOnANiceAxis() throws Exception {
        String svg = SvgCharts.lines("Per month <trend>", List.of("2026-01", "2026-02", "2026-03"),
                List.of(new SvgCharts.Line("Outcomes & more", List.of(0L, 7L, 3L)), new SvgCharts.Line("Talks", List.of(1L, 1L, 2L))));
        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("polyline").getLength()).isEqualTo(2);
        assertThat(doc.getElementsByTagName("circle").getLength()).isEqualTo(6);
        assertThat(svg).contains("Outcomes &amp; more").contains("Per month &lt;trend&gt;").contains(">2026-02<");
        // max 7 → steps of 2 up to 8
        assertThat(svg).contains(">8</text>").doesNotContain(">10</text>");
    }

    @Test
    void aSingleMonthStillShowsItsPoint() throws Exception {
        String svg = SvgCharts.lines("One", List.of("2026-05"), List.of(new SvgCharts.Line("Outcomes", List.of(4L))));
        assertThat(parse(svg).getElementsByTagName("circle").getLength()).isEqualTo(1);
    }

    /** Issue 16: the trend's axis named the months "2027-03" whatever the language. */
    @Test
    void aGermanTrendNamesItsMonthsInGermanAndItsLabelsNeverOverlap() throws Exception {
        List<String> months = java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(m -> String.format("2027-%02d", m)).toList();
        List<Long> values = months.stream().map(m -> 1L).toList();
        String german = SvgCharts.monthly("Pro Monat", months, List.of(new SvgCharts.Line("Ergebnisse", values)), java.util.Locale.GERMAN);
        Document doc = parse(german);
        List<String> axis = new java.util.ArrayList<>();
        List<Double> xs = new java.util.ArrayList<>();
        org.w3c.dom.NodeList texts = doc.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            org.w3c.dom.Element text = (org.w3c.dom.Element) texts.item(i);
            if (text.getTextContent().endsWith("2027")) {
                axis.add(text.getTextContent());
                xs.add(Double.parseDouble(text.getAttribute("x")));
            }
        }
        assertThat(axis).startsWith("Jan. 2027", "März 2027", "Mai 2027").doesNotContain("2027-03").contains("Nov. 2027");
        for (int i = 1; i < xs.size(); i++) {
            assertThat(xs.get(i) - xs.get(i - 1)).as("room for \"Sept. 2027\"").isGreaterThanOrEqualTo(10 * 8);
        }
        assertThat(german).as("every point's tooltip names its month").contains("Ergebnisse Dez. 2027: 1").contains("Ergebnisse Okt. 2027: 1");
        assertThat(SvgCharts.monthLabel("2027-03", java.util.Locale.ENGLISH)).isEqualTo("Mar 2027");
        assertThat(SvgCharts.monthLabel("2027-03", java.util.Locale.FRENCH)).isEqualTo("mars 2027");
        assertThat(SvgCharts.monthLabel("2027-03", java.util.Locale.of("nl"))).isEqualTo("mrt 2027");
        assertThat(SvgCharts.monthLabel("not a month", java.util.Locale.GERMAN)).isEqualTo("not a month");
    }
}
