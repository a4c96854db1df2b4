package org.crossfield.identity.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.crossfield.identity.AccountStatus;
import org.crossfield.identity.OrganisationAdminService;
import org.crossfield.identity.OrganisationBrief;
import org.crossfield.identity.PeopleAdminService;
import org.crossfield.identity.PeopleFilter;
import org.crossfield.identity.PersonSummary;
import org.crossfield.identity.Roles;

/**
 * Administrators find anyone by name, e-mail or organisation, and open a person to change their roles or organisation,
 * disable or re-enable the account, resend an invitation and read what changed on the account.
 */
@Route("admin/people")
@Menu(order = 88, icon = "vaadin:users", title = "People")
@RolesAllowed(Roles.ADMIN)
public class PeopleView extends VerticalLayout implements HasDynamicTitle {

    private final PeopleAdminService people;
    private final List<OrganisationBrief> organisations;
    private final TextField search = AdminUi.searchField("people-search", AdminUi.t("identity.people.search"), "18rem");
    private final ComboBox<OrganisationBrief> organisationFilter = new ComboBox<>();
    private final Select<String> roleFilter = new Select<>();
    private final Select<AccountStatus> statusFilter = new Select<>();
    private final Grid<PersonSummary> grid = new Grid<>();

    public PeopleView(PeopleAdminService people, OrganisationAdminService organisationService) {
        this.people = people;
        this.organisations = organisationService.choosable();
        setId("people");
        setSizeFull();

        organisationFilter.setId("people-organisation-filter");
        organisationFilter.setPlaceholder(getTranslation("identity.people.any-organisation"));
        organisationFilter.setAriaLabel(getTranslation("identity.people.organisation"));
        organisationFilter.setItems(organisations);
        organisationFilter.setItemLabelGenerator(OrganisationBrief::name);
        organisationFilter.setClearButtonVisible(true);
        organisationFilter.setWidth("16rem");
        roleFilter.setId("people-role-filter");
        roleFilter.setItems(Roles.ALL);
        roleFilter.setEmptySelectionAllowed(true);
        String anyRole = getTranslation("identity.people.any-role");
        roleFilter.setAriaLabel(getTranslation("identity.people.roles"));
        roleFilter.setEmptySelectionCaption(anyRole);
        roleFilter.setItemLabelGenerator(r -> r == null ? anyRole : AdminUi.role(r));
        statusFilter.setId("people-status-filter");
        statusFilter.setItems(AccountStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        String anyStatus = getTranslation("identity.people.any-status");
        statusFilter.setAriaLabel(getTranslation("identity.people.status"));
        statusFilter.setEmptySelectionCaption(anyStatus);
        statusFilter.setItemLabelGenerator(s -> s == null ? anyStatus : AdminUi.status(s));
        HorizontalLayout toolbar = new HorizontalLayout(search, organisationFilter, roleFilter, statusFilter);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.setId("people-grid");
        grid.addColumn(PersonSummary::displayName).setHeader(getTranslation("identity.people.name")).setFlexGrow(2);
        grid.addColumn(PersonSummary::email).setHeader(getTranslation("identity.people.email")).setFlexGrow(2);
        grid.addColumn(p -> p.organisationName() == null ? "" : p.organisationName())
                .setHeader(getTranslation("identity.people.organisation")).setFlexGrow(2);
        grid.addColumn(p -> AdminUi.roles(p.roles())).setHeader(getTranslation("identity.people.roles")).setFlexGrow(1);
        grid.addColumn(AdminUi::status).setHeader(getTranslation("identity.people.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("identity.people.empty"));
        grid.setItemsPageable(page -> people.find(filter(), page).getContent());
        // opens on selection, not on a click only: Space on a row opens it too (keyboard use)
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                PersonSummary chosen = e.getValue();
                grid.asSingleSelect().clear();
                open(chosen);
            }
        });
        grid.setSizeFull();
        search.addValueChangeListener(e -> refresh());
        organisationFilter.addValueChangeListener(e -> refresh());
        roleFilter.addValueChangeListener(e -> refresh());
        statusFilter.addValueChangeListener(e -> refresh());

        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    private PeopleFilter filter() {
        OrganisationBrief organisation = organisationFilter.getValue();
        return new PeopleFilter(search.getValue(), organisation == null ? null : organisation.id(), roleFilter.getValue(),
                statusFilter.getValue());
    }

    /** Opens the person's page (a dialog over the list). */
    void open(PersonSummary person) {
        new PersonDialog(people, organisations, person, this::refresh).open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.people");
    }
}
