package org.crossfield.marketplace.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.crossfield.competency.CompetencyFrameworkService;
import org.crossfield.competency.CompetencySummary;
import org.crossfield.i18n.ReferenceNames;
import org.crossfield.marketplace.RequiredCompetency;

/**
 * The read-only table of a posting's required competencies that the challenge and project pages share: competency
 * (title and code), level needed, weight and whether it is a must-have, every row shown.
 */
final class RequirementsTable {

    private RequirementsTable() {
    }

    /** The active framework's competency titles by code in {@code locale}, for naming requirements and judging fit. */
    static Map<String, String> competencyNames(CompetencyFrameworkService framework, Locale locale) {
        return competencyNames(framework.activeFramework().competencies(), locale);
    }

    /** The competencies' titles by code in {@code locale} (a code without a translation keeps its stored title). */
    static Map<String, String> competencyNames(List<CompetencySummary> competencies, Locale locale) {
        return competencies.stream().collect(Collectors.toMap(CompetencySummary::code,
                c -> ReferenceNames.competency(c.code(), c.title(), locale), (a, b) -> a));
    }

    /** The table with the given id; {@code weight} says how a weight is written (the pages differ there). */
    static Grid<RequiredCompetency> of(String id, List<RequiredCompetency> requirements, Map<String, String> names,
                                       ValueProvider<RequiredCompetency, ?> weight) {
        Grid<RequiredCompetency> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(r -> names.getOrDefault(r.competencyCode(), r.competencyCode()) + " (" + r.competencyCode() + ")")
                .setHeader(grid.getTranslation("marketplace.column.competency")).setFlexGrow(3);
        grid.addColumn(RequiredCompetency::level).setHeader(grid.getTranslation("marketplace.column.level-needed")).setAutoWidth(true);
        grid.addColumn(weight).setHeader(grid.getTranslation("marketplace.column.weight")).setAutoWidth(true);
        grid.addColumn(r -> r.mustHave() ? grid.getTranslation("marketplace.must-have") : "").setHeader("").setAutoWidth(true);
        grid.setItems(requirements);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }
}
