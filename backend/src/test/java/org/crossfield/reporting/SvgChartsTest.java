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
}
