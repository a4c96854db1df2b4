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
        assertThat(svg).containsPattern(">A very long outcome type title th[a-z ]*…</text>");
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
}
