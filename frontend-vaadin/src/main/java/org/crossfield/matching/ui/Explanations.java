package org.crossfield.matching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.details.DetailsVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.crossfield.i18n.ReferenceNames;
import org.crossfield.competency.CompetencySummary;
import org.crossfield.competency.FrameworkDetails;
import org.crossfield.i18n.Translations;
import org.crossfield.matching.ContributionLine;
import org.crossfield.matching.ProposalSummary;

/**
 * Renders "why" in words ("Meets 3 of 4 required competencies. Data stewardship: asked level 4, has 2."), in the
 * screen's language, with the formula behind the score one click away.
 */
final class Explanations {

    /** The texts of the screen that shows an explanation: a key of the {@code matching} bundle and its arguments. */
    @FunctionalInterface
    interface Texts {
        String get(String key, Object... arguments);

        /** The texts of one language straight from the translation files (a screen passes its own getTranslation). */
        static Texts of(Locale locale) {
            Translations translations = new Translations();
            return (key, arguments) -> translations.getTranslation(key, locale, arguments);
        }
    }

    private Explanations() {
    }

    /** Competency names by code, from the active framework, in the person's language where the name is shipped. */
    static Map<String, String> names(FrameworkDetails framework, Locale locale) {
        return framework.competencies().stream().collect(Collectors.toMap(CompetencySummary::code,
                c -> ReferenceNames.competency(c.code(), c.title(), locale), (a, b) -> a));
    }

    static Component of(List<ContributionLine> lines, Map<String, String> names, Component screen) {
        Texts texts = screen::getTranslation;
        Locale locale = UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
        Div box = new Div();
        box.add(new Div(new Span(inWords(lines, names, texts))));
        Div formula = new Div();
        for (ContributionLine line : lines) {
            Span text = new Span(texts.get(line.mustHave() ? "matching.explanation.formula-must-have" : "matching.explanation.formula",
                    line.competencyCode(), line.level(), line.required(), number(line.fulfilment(), "0.00", locale),
                    weight(line.weight(), locale), score(line.contribution(), locale)));
            if (!line.met()) {
                text.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            formula.add(new Div(text));
        }
        Details how = new Details(texts.get("matching.explanation.how"), formula);
        how.addThemeVariants(DetailsVariant.LUMO_SMALL);
        box.add(how);
        box.getStyle().set("font-size", "var(--lumo-font-size-s)");
        return box;
    }

    /**
     * A round's proposal explained from what the round recorded: in words, with the formula on demand. A record that
     * cannot be read back into lines (one cut short) is said to be so, with the recorded formula on demand.
     */
    static Component of(ProposalSummary proposal, Map<String, String> names, Component screen) {
        List<ContributionLine> lines = proposal.lines();
        if (lines.isEmpty() && proposal.explanation() != null && !proposal.explanation().isBlank()) {
            Div box = new Div(new Div(new Span(screen.getTranslation("matching.explanation.recorded-only"))));
            Details how = new Details(screen.getTranslation("matching.explanation.how"), new Span(proposal.explanation()));
            how.addThemeVariants(DetailsVariant.LUMO_SMALL);
            box.add(how);
            box.getStyle().set("font-size", "var(--lumo-font-size-s)");
            return box;
        }
        return of(lines, names, screen);
    }

    /** "Meets 3 of 4 required competencies. Data stewardship: asked level 4, has 2." */
    static String inWords(List<ContributionLine> lines, Map<String, String> names, Texts texts) {
        if (lines.isEmpty()) {
            return texts.get("matching.explanation.nothing-asked");
        }
        long met = lines.stream().filter(ContributionLine::met).count();
        StringBuilder text = new StringBuilder(met == lines.size()
                ? (lines.size() == 1 ? texts.get("matching.explanation.meets-the-one") : texts.get("matching.explanation.meets-all", lines.size()))
                : texts.get("matching.explanation.meets-some", met, lines.size()));
        for (ContributionLine line : lines) {
            if (!line.met()) {
                String name = names.getOrDefault(line.competencyCode(), line.competencyCode());
                text.append(' ').append(line.level() == 0
                        ? texts.get(line.mustHave() ? "matching.explanation.unmet-none-must-have" : "matching.explanation.unmet-none",
                                name, line.required())
                        : texts.get(line.mustHave() ? "matching.explanation.unmet-must-have" : "matching.explanation.unmet",
                                name, line.required(), line.level()));
            }
        }
        return text.toString();
    }

    /** A score as the language writes it, three decimals ("0.875", "0,875"). */
    static String score(double score, Locale locale) {
        return number(score, "0.000", locale);
    }

    private static String weight(double weight, Locale locale) {
        return number(weight, "0.##", locale);
    }

    private static String number(double value, String pattern, Locale locale) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Translations.supported(locale))).format(value);
    }
}
