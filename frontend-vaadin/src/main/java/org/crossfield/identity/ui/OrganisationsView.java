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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.crossfield.identity.OrganisationAdminService;
import org.crossfield.identity.OrganisationFilter;
import org.crossfield.identity.OrganisationSummary;
import org.crossfield.identity.OrganisationType;
import org.crossfield.identity.Roles;

/** Administrators keep the organisations: find them by name or domain, filter, create and edit. */
@Route("admin/organisations")
@Menu(order = 86, icon = "vaadin:institution", title = "Organisations")
@RolesAllowed(Roles.ADMIN)
public class OrganisationsView extends VerticalLayout implements HasDynamicTitle {

    private static final String ALL = "all";
    private static final String ACTIVE = "active";
    private static final String INACTIVE = "inactive";

    private final OrganisationAdminService organisations;
    private final TextField search = AdminUi.searchField("organisation-search", AdminUi.t("identity.organisations.search"), "14rem");
    private final Select<OrganisationType> typeFilter = new Select<>();
    private final ComboBox<String> countryFilter = new ComboBox<>();
    private final Select<String> activeFilter = new Select<>();
    private final Grid<OrganisationSummary> grid = new Grid<>();
    private final OrganisationForm form = new OrganisationForm();
    private final EditorPanel panel = new EditorPanel("organisation", AdminUi.t("identity.organisations.this"), form, this::save,
            this::reloadEditing);
    private OrganisationSummary editing;

    public OrganisationsView(OrganisationAdminService organisations) {
        this.organisations = organisations;
        setId("organisations");
        setSizeFull();

        typeFilter.setId("organisation-type-filter");
        String anyType = getTranslation("identity.organisations.any-type");
        typeFilter.setAriaLabel(getTranslation("identity.organisations.type"));
        typeFilter.setPlaceholder(anyType);
        typeFilter.setItems(OrganisationType.values());
        typeFilter.setItemLabelGenerator(t -> t == null ? anyType : AdminUi.type(t));
        typeFilter.setEmptySelectionAllowed(true);
        typeFilter.setEmptySelectionCaption(anyType);
        typeFilter.setWidth("11rem");
        countryFilter.setId("organisation-country-filter");
        countryFilter.setPlaceholder(getTranslation("identity.organisations.any-country"));
        countryFilter.setAriaLabel(getTranslation("identity.organisations.country"));
        countryFilter.setItems(AdminUi.countries());
        countryFilter.setItemLabelGenerator(AdminUi::country);
        countryFilter.setClearButtonVisible(true);
        countryFilter.setWidth("11rem");
        activeFilter.setId("organisation-active-filter");
        activeFilter.setAriaLabel(getTranslation("identity.organisations.status"));
        activeFilter.setItems(ALL, ACTIVE, INACTIVE);
        activeFilter.setItemLabelGenerator(v -> getTranslation("identity.organisations.filter." + v));
        activeFilter.setValue(ALL);
        activeFilter.setWidth("11rem");
        Button add = new Button(getTranslation("identity.organisations.new"), VaadinIcon.PLUS.create(), e -> startNew());
        add.setId("new-organisation");
        HorizontalLayout toolbar = new HorizontalLayout(search, typeFilter, countryFilter, activeFilter, add);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.setId("organisation-grid");
        grid.addColumn(OrganisationSummary::name).setHeader(getTranslation("identity.organisations.name")).setFlexGrow(3);
        grid.addColumn(o -> AdminUi.type(o.type())).setHeader(getTranslation("identity.organisations.type"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> AdminUi.country(o.country())).setHeader(getTranslation("identity.organisations.country"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> String.join(", ", o.domains())).setHeader(getTranslation("identity.organisations.domains"))
                .setFlexGrow(2);
        grid.addColumn(o -> getTranslation("identity.organisations.filter." + (o.active() ? ACTIVE : INACTIVE)))
                .setHeader(getTranslation("identity.organisations.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("identity.organisations.empty"));
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
            case ACTIVE -> Boolean.TRUE;
            case INACTIVE -> Boolean.FALSE;
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
        panel.show(getTranslation("identity.organisations.new"));
    }

    private void edit(OrganisationSummary o) {
        editing = o;
        form.edit(o);
        panel.show(getTranslation("identity.edit", o.name()));
    }

    private void save() {
        form.validated().ifPresent(details -> panel.attempt(() -> {
            OrganisationSummary saved = editing == null ? organisations.create(details)
                    : organisations.update(editing.id(), editing.version(), details);
            AdminUi.success(getTranslation(editing == null ? "identity.added" : "identity.saved-item", saved.name()));
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

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.organisations");
    }
}
