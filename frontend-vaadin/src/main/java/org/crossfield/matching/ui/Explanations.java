package org.crossfield.matching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.details.DetailsVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.crossfield.competency.CompetencySummary;
import org.crossfield.competency.FrameworkDetails;
import org.crossfield.matching.ContributionLine;

/**
 * Renders "why" in words ("Meets 3 of 4 required competencies. Data stewardship: asked level 4, has 2."), with the
 * formula behind the score one click away.
 */
final class Explanations {

    private Explanations() {
    }

    /** Competency names by code, from the active framework. */
    static Map<String, String> names(FrameworkDetails framework) {
        return framework.competencies().stream().collect(Collectors.toMap(CompetencySummary::code, CompetencySummary::title,
                (a, b) -> a));
    }

    static Component of(List<ContributionLine> lines, Map<String, String> names) {
        Div box = new Div();
        box.add(new Div(new Span(inWords(lines, names))));
        Div formula = new Div();
        for (ContributionLine line : lines) {
            Span text = new Span(line.describe() + String.format(Locale.ROOT, " = %.3f", line.contribution()));
            if (!line.met()) {
                text.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            formula.add(new Div(text));
        }
        Details how = new Details("How the score is computed", formula);
        how.addThemeVariants(DetailsVariant.LUMO_SMALL);
        box.add(how);
        box.getStyle().set("font-size", "var(--lumo-font-size-s)");
        return box;
    }

    /** "Meets 3 of 4 required competencies. Data stewardship: asked level 4, has 2." */
    static String inWords(List<ContributionLine> lines, Map<String, String> names) {
        if (lines.isEmpty()) {
            return "The posting asks for no particular competencies.";
        }
        long met = lines.stream().filter(ContributionLine::met).count();
        StringBuilder text = new StringBuilder(met == lines.size()
                ? (lines.size() == 1 ? "Meets the one required competency." : "Meets all " + lines.size() + " required competencies.")
                : "Meets " + met + " of " + lines.size() + " required competencies.");
        for (ContributionLine line : lines) {
            if (!line.met()) {
                text.append(' ').append(names.getOrDefault(line.competencyCode(), line.competencyCode()))
                        .append(line.mustHave() ? " (must-have)" : "").append(": asked level ").append(line.required())
                        .append(", has ").append(line.level() == 0 ? "none" : String.valueOf(line.level())).append('.');
            }
        }
        return text.toString();
    }

    static String score(double score) {
        return String.format(Locale.ROOT, "%.3f", score);
    }
}
