package org.crossfield.reporting.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.List;

/**
 * A chart as everyone can read it (issue 16): the drawing, a sentence that says what it shows and what stands out, and
 * the same figures as a table behind "Show as table", for screen readers, for copying into a document and for anyone
 * who reads numbers better than bars. A chart with nothing to show (an empty installation, a period without records)
 * shows only that sentence, marked as the empty state ({@code <id>-empty}): no bare axes or lone legend.
 */
final class ChartCard extends Div {

    /**
     * @param id          the drawing's component id; the description is {@code <id>-description}, the table {@code <id>-table}
     * @param headers     the table's column headings (the first names the rows)
     * @param rows        the table's rows, already formatted
     */
    ChartCard(String id, String svg, String description, List<String> headers, List<List<String>> rows) {
        addClassName("cf-card");
        setId(id + "-card");
        Svg chart = new Svg(svg);
        chart.setId(id);
        chart.getStyle().set("width", "100%");
        Paragraph text = new Paragraph(description);
        text.setId(id + "-description");
        text.addClassName("cf-muted");
        Element table = new Element("table");
        table.setAttribute("id", id + "-table");
        table.getClassList().add("cf-chart-table");
        Element head = new Element("tr");
        headers.forEach(h -> head.appendChild(new Element("th").setText(h)));
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (List<String> row : rows) {
            Element tr = new Element("tr");
            for (int i = 0; i < row.size(); i++) {
                tr.appendChild(new Element(i == 0 ? "th" : "td").setText(row.get(i)));
            }
            body.appendChild(tr);
        }
        table.appendChild(body);
        Div tableHolder = new Div();
        tableHolder.getElement().appendChild(table);
        Details asTable = new Details(getTranslation("reporting.chart.show-table"), tableHolder);
        asTable.setId(id + "-details");
        add(chart, text, asTable);
    }

    /**
     * A chart with no data: its title and what it would show, said in words, instead of an empty drawing.
     *
     * @param title   the chart's title, as the drawing would have shown it
     * @param message why there is nothing to draw and what would fill it
     */
    static ChartCard empty(String id, String title, String message) {
        return new ChartCard(id, title, message);
    }

    private ChartCard(String id, String title, String message) {
        addClassName("cf-card");
        setId(id + "-card");
        H4 heading = new H4(title);
        heading.setId(id + "-title");
        Paragraph text = new Paragraph(message);
        text.setId(id + "-empty");
        text.addClassName("cf-muted");
        add(heading, text);
    }
}
