package org.crossfield.marketplace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crossfield.competency.CompetencyFrameworkService;
import org.crossfield.i18n.Dates;
import org.crossfield.identity.ProgrammeBrief;
import org.crossfield.identity.Roles;
import org.crossfield.marketplace.ChallengeService;
import org.crossfield.marketplace.PostingKind;
import org.crossfield.marketplace.PostingQuery;
import org.crossfield.marketplace.ProjectStatus;
import org.crossfield.marketplace.SavedSearchService;
import org.crossfield.marketplace.SavedSearchSummary;
import org.crossfield.platform.ui.Notices;

/** My saved searches: open one in "Find postings", rename it, switch its alerts on or off, delete it. */
@Route(SavedSearchesView.ROUTE)
@PageTitle("My saved searches")
@Menu(order = 21.5, icon = "vaadin:bookmark", title = "My saved searches")
@RolesAllowed({Roles.STUDENT, Roles.SUPERVISOR, Roles.MENTOR, Roles.PARTNER, Roles.COORDINATOR, Roles.ADMIN})
public class SavedSearchesView extends VerticalLayout {

    public static final String ROUTE = "saved-searches";

    private final SavedSearchService saved;
    private final Map<Long, String> programmeNames;
    private final Map<String, String> competencyNames;
    private final Grid<SavedSearchSummary> grid = new Grid<>();

    public SavedSearchesView(SavedSearchService saved, ChallengeService challenges, CompetencyFrameworkService framework) {
        this.saved = saved;
        this.competencyNames = RequirementsTable.competencyNames(framework, getLocale());
        this.programmeNames = challenges.programmes().stream()
                .collect(java.util.stream.Collectors.toMap(ProgrammeBrief::id, ProgrammeBrief::name));
        setId("saved-searches");
        setSizeFull();
        Paragraph intro = new Paragraph(getTranslation("marketplace.saved.intro"));
        intro.addClassName("cf-muted");

        grid.setId("saved-searches-grid");
        grid.addColumn(SavedSearchSummary::name).setHeader(getTranslation("marketplace.saved.column.name")).setFlexGrow(1).setTooltipGenerator(SavedSearchSummary::name);
        grid.addColumn(s -> describe(s.query())).setHeader(getTranslation("marketplace.saved.column.finds")).setFlexGrow(4).setTooltipGenerator(s -> describe(s.query()));
        grid.addColumn(new ComponentRenderer<>(this::alertsToggle)).setHeader(getTranslation("marketplace.saved.column.alerts")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.lastAlertAt() == null ? getTranslation("marketplace.saved.never") : Dates.when(s.lastAlertAt(), getLocale()))
                .setHeader(getTranslation("marketplace.saved.column.last-alert"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateComponent(new Anchor("postings", getTranslation("marketplace.saved.empty")));
        add(intro, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private Checkbox alertsToggle(SavedSearchSummary s) {
        Checkbox on = new Checkbox(s.alerts());
        on.setId("saved-search-alerts-" + s.id());
        on.setAriaLabel(getTranslation("marketplace.saved.alerts-for", s.name()));
        on.addValueChangeListener(e -> {
            if (e.isFromClient() && PostingActions.attempt(() -> saved.setAlerts(s.id(), e.getValue()))) {
                Notices.success(getTranslation(e.getValue() ? "marketplace.saved.alerts-on" : "marketplace.saved.alerts-off", s.name()));
                refresh();
            }
        });
        return on;
    }

    private HorizontalLayout actions(SavedSearchSummary s) {
        Button open = new Button(getTranslation("marketplace.saved.open"), VaadinIcon.SEARCH.create(), e -> getUI().ifPresent(ui -> ui.navigate("postings",
                QueryParameters.of(FindPostingsView.SAVED_PARAMETER, String.valueOf(s.id())))));
        open.setId("open-saved-search-" + s.id());
        Button rename = new Button(getTranslation("marketplace.saved.rename"), e -> new SaveSearchDialog(getTranslation("marketplace.saved.rename-title", s.name()), s.name(), false,
                values -> PostingActions.attempt(() -> {
                    saved.rename(s.id(), values.name());
                    refresh();
                })).open());
        rename.setId("rename-saved-search-" + s.id());
        Button delete = new Button(getTranslation("marketplace.saved.delete"), e -> confirmDelete(s));
        delete.setId("delete-saved-search-" + s.id());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout buttons = new HorizontalLayout(open, rename, delete);
        buttons.getChildren().forEach(b -> ((Button) b).addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL));
        return buttons;
    }

    private void confirmDelete(SavedSearchSummary s) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("marketplace.saved.delete-question", s.name()));
        dialog.setId("delete-saved-search-dialog");
        dialog.add(new Paragraph(getTranslation("marketplace.saved.delete-happens")));
        Button delete = new Button(getTranslation("marketplace.saved.confirm-delete"), e -> {
            if (PostingActions.attempt(() -> saved.delete(s.id()))) {
                dialog.close();
                Notices.success(getTranslation("marketplace.saved.deleted", s.name()));
                refresh();
            }
        });
        delete.setId("confirm-delete-saved-search");
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("marketplace.cancel"), e -> dialog.close()), delete);
        dialog.open();
    }

    /** The query in words: "challenges · words "sepsis" · country DE · open". */
    String describe(PostingQuery q) {
        List<String> parts = new ArrayList<>();
        parts.add(getTranslation(q.kind() == null ? "marketplace.saved.finds.both"
                : q.kind() == PostingKind.PROJECT ? "marketplace.saved.finds.projects" : "marketplace.saved.finds.challenges"));
        if (q.text() != null) {
            parts.add(getTranslation("marketplace.saved.finds.words", q.text()));
        }
        if (q.competencyCode() != null) {
            String code = q.competencyCode();
            parts.add(getTranslation("marketplace.saved.finds.competency",
                    competencyNames.containsKey(code) ? competencyNames.get(code) + " (" + code + ")" : code));
        }
        if (q.domain() != null) {
            parts.add(getTranslation("marketplace.saved.finds.domain", q.domain()));
        }
        if (q.country() != null) {
            parts.add(getTranslation("marketplace.saved.finds.country", q.country()));
        }
        if (q.dataTier() != null) {
            parts.add(getTranslation("marketplace.saved.finds.data-tier", Labels.of(q.dataTier())));
        }
        if (q.programmeId() != null) {
            parts.add(getTranslation("marketplace.saved.finds.programme", programmeNames.getOrDefault(q.programmeId(), "#" + q.programmeId())));
        }
        parts.add(getTranslation("marketplace.saved.finds.status", Labels.of(q.status() == null ? ProjectStatus.OPEN : q.status()).toLowerCase(getLocale())));
        return String.join(" · ", parts);
    }

    private void refresh() {
        grid.setItems(saved.mySavedSearches());
    }
}
