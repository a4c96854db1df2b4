package org.crossfield.marketplace.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.crossfield.identity.Roles;
import org.crossfield.marketplace.ProjectService;
import org.crossfield.marketplace.ProjectSummary;
import org.springframework.data.domain.PageRequest;

/** Open PhD projects, newest first, paged in the database as the grid scrolls. */
@Route("projects")
@PageTitle("PhD projects")
@Menu(order = 20, icon = "vaadin:book", title = "PhD projects")
@RolesAllowed({Roles.STUDENT, Roles.SUPERVISOR, Roles.MENTOR, Roles.PARTNER, Roles.COORDINATOR, Roles.ADMIN})
public class ProjectListView extends VerticalLayout {

    public ProjectListView(ProjectService projects) {
        setId("project-list");
        setSizeFull();
        TextField search = new TextField();
        search.setId("project-search");
        search.setPlaceholder(getTranslation("marketplace.projects.search-placeholder"));
        search.setAriaLabel(getTranslation("marketplace.projects.search-placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("24rem");

        Grid<ProjectSummary> grid = new Grid<>();
        grid.setId("project-grid");
        grid.addColumn(ProjectSummary::title).setHeader(getTranslation("marketplace.projects.column.project")).setFlexGrow(3);
        grid.addColumn(ProjectSummary::organisationName).setHeader(getTranslation("marketplace.projects.column.institution")).setFlexGrow(2);
        grid.addColumn(ProjectSummary::country).setHeader(getTranslation("marketplace.column.country")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ProjectSummary::supervisorName).setHeader(getTranslation("marketplace.projects.column.supervisor")).setAutoWidth(true);
        grid.addColumn(ProjectSummary::programmeName).setHeader(getTranslation("marketplace.column.programme")).setFlexGrow(1);
        grid.addColumn(ProjectSummary::mentorSlots).setHeader(getTranslation("marketplace.projects.column.mentor-slots")).setAutoWidth(true).setFlexGrow(0);
        // long titles and names wrap instead of ending in "…"
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItemsPageable(pageable -> projects.openProjects(null, search.getValue(),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())).getContent());
        // opens on selection, not on a click: selecting a row works with the mouse and with the keyboard (Space)
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate("projects/" + e.getValue().id()));
            }
        });
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(search, grid);
        setFlexGrow(1, grid);
    }
}
