package org.crossfield.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.crossfield.identity.OrganisationAdminService;
import org.crossfield.identity.OrganisationFilter;
import org.crossfield.identity.OrganisationSummary;
import org.crossfield.identity.OrganisationType;
import org.crossfield.identity.Roles;

/** Administrators keep the organisations: find them by name or domain, filter, create and edit. */
@Route("admin/organisations")
@PageTitle("Organisations")
@Menu(order = 86, icon = "vaadin:institution", title = "Organisations")
@RolesAllowed(Roles.ADMIN)
public class OrganisationsView extends VerticalLayout {

    private final OrganisationAdminService organisations;
    private final TextField search = AdminUi.searchField("organisation-search", "Name or e-mail domain", "14rem");
    private final Select<OrganisationType> typeFilter = new Select<>();
    private final ComboBox<String> countryFilter = new ComboBox<>();
    private final Select<String> activeFilter = new Select<>();
    private final Grid<OrganisationSummary> grid = new Grid<>();
    private final OrganisationForm form = new OrganisationForm();
    private final EditorPanel panel = new EditorPanel("organisation", "organisation", form, this::save, this::reloadEditing);
    private OrganisationSummary editing;

    public OrganisationsView(OrganisationAdminService organisations) {
        this.organisations = organisations;
        setId("organisations");
        setSizeFull();

        typeFilter.setId("organisation-type-filter");
        typeFilter.setPlaceholder("Any type");
        typeFilter.setItems(OrganisationType.values());
        typeFilter.setItemLabelGenerator(t -> t == null ? "Any type" : t.label());
        typeFilter.setEmptySelectionAllowed(true);
        typeFilter.setEmptySelectionCaption("Any type");
        typeFilter.setWidth("11rem");
        countryFilter.setId("organisation-country-filter");
        countryFilter.setPlaceholder("Any country");
        countryFilter.setItems(AdminUi.COUNTRIES);
        countryFilter.setItemLabelGenerator(AdminUi::country);
        countryFilter.setClearButtonVisible(true);
        countryFilter.setWidth("11rem");
        activeFilter.setId("organisation-active-filter");
        activeFilter.setItems("Active and inactive", "Active", "Inactive");
        activeFilter.setValue("Active and inactive");
        activeFilter.setWidth("11rem");
        Button add = new Button("New organisation", VaadinIcon.PLUS.create(), e -> startNew());
        add.setId("new-organisation");
        HorizontalLayout toolbar = new HorizontalLayout(search, typeFilter, countryFilter, activeFilter, add);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.setId("organisation-grid");
        grid.addColumn(OrganisationSummary::name).setHeader("Name").setFlexGrow(3);
        grid.addColumn(o -> o.type().label()).setHeader("Type").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> AdminUi.country(o.country())).setHeader("Country").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> String.join(", ", o.domains())).setHeader("E-mail domains").setFlexGrow(2);
        grid.addColumn(o -> o.active() ? "Active" : "Inactive").setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No organisation matches. Add one with \"New organisation\".");
        grid.setItemsPageable(page -> organisations.find(filter(), page).getContent());
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });
        grid.setSizeFull();
        search.addValueChangeListener(e -> refresh());
        typeFilter.addValueChangeListener(e -> refresh());
        countryFilter.addValueChangeListener(e -> refresh());
        activeFilter.addValueChangeListener(e -> refresh());

        panel.setWidth("24rem");

        HorizontalLayout body = new HorizontalLayout(grid, panel);
        body.setSizeFull();
        body.setFlexGrow(1, grid);
        add(toolbar, body);
        setFlexGrow(1, body);
        startNew();
    }

    private OrganisationFilter filter() {
        Boolean active = switch (activeFilter.getValue() == null ? "" : activeFilter.getValue()) {
            case "Active" -> Boolean.TRUE;
            case "Inactive" -> Boolean.FALSE;
            default -> null;
        };
        return new OrganisationFilter(search.getValue(), typeFilter.getValue(), countryFilter.getValue(), active);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void startNew() {
        editing = null;
        grid.asSingleSelect().clear();
        form.clear();
        panel.show("New organisation");
    }

    private void edit(OrganisationSummary o) {
        editing = o;
        form.edit(o);
        panel.show("Edit " + o.name());
    }

    private void save() {
        form.validated().ifPresent(details -> panel.attempt(() -> {
            OrganisationSummary saved = editing == null ? organisations.create(details)
                    : organisations.update(editing.id(), editing.version(), details);
            AdminUi.success((editing == null ? "Added " : "Saved ") + saved.name() + ".");
            refresh();
            edit(saved);
        }));
    }

    private void reloadEditing() {
        if (editing != null) {
            edit(organisations.get(editing.id()));
            refresh();
        }
    }
}
