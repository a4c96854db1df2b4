package org.crossfield.matching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.crossfield.matching.ContributionLine;

/** Renders "why": one line per required competency, unmet ones marked. */
final class Explanations {

    private Explanations() {
    }

    static Component of(List<ContributionLine> lines) {
        Div box = new Div();
        for (ContributionLine line : lines) {
            Span text = new Span(line.describe() + String.format(Locale.ROOT, " = %.3f", line.contribution()));
            if (!line.met()) {
                text.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            box.add(new Div(text));
        }
        box.getStyle().set("font-size", "var(--lumo-font-size-s)");
        return box;
    }

    static String score(double score) {
        return String.format(Locale.ROOT, "%.3f", score);
    }
}
