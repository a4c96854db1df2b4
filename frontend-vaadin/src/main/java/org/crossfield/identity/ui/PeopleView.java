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
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("People")
@Menu(order = 88, icon = "vaadin:users", title = "People")
@RolesAllowed(Roles.ADMIN)
public class PeopleView extends VerticalLayout {

    private final PeopleAdminService people;
    private final List<OrganisationBrief> organisations;
    private final TextField search = AdminUi.searchField("people-search", "Name, e-mail or organisation", "18rem");
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
        organisationFilter.setPlaceholder("Any organisation");
        organisationFilter.setItems(organisations);
        organisationFilter.setItemLabelGenerator(OrganisationBrief::name);
        organisationFilter.setClearButtonVisible(true);
        organisationFilter.setWidth("16rem");
        roleFilter.setId("people-role-filter");
        roleFilter.setItems(Roles.ALL);
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.setEmptySelectionCaption("Any role");
        roleFilter.setItemLabelGenerator(r -> r == null ? "Any role" : Roles.label(r));
        statusFilter.setId("people-status-filter");
        statusFilter.setItems(AccountStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption("Any status");
        statusFilter.setItemLabelGenerator(s -> s == null ? "Any status" : AdminUi.status(s));
        HorizontalLayout toolbar = new HorizontalLayout(search, organisationFilter, roleFilter, statusFilter);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.setId("people-grid");
        grid.addColumn(PersonSummary::displayName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(PersonSummary::email).setHeader("E-mail").setFlexGrow(2);
        grid.addColumn(p -> p.organisationName() == null ? "" : p.organisationName()).setHeader("Organisation").setFlexGrow(2);
        grid.addColumn(p -> AdminUi.roles(p.roles())).setHeader("Roles").setFlexGrow(1);
        grid.addColumn(AdminUi::status).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("Nobody matches. Invite people from \"Invite people\".");
        grid.setItemsPageable(page -> people.find(filter(), page).getContent());
        grid.addItemClickListener(e -> open(e.getItem()));
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
}
