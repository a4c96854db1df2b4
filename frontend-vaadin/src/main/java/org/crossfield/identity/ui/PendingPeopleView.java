package org.crossfield.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.crossfield.identity.InvalidAccountException;
import org.crossfield.identity.PeopleAdminService;
import org.crossfield.identity.PersonSummary;
import org.crossfield.identity.Roles;

/**
 * People who registered (or first signed in through their institution) and wait for approval of the role they asked
 * for: all of them for administrators, those of their programmes' organisations for coordinators.
 */
@Route("people/pending")
@Menu(order = 85, icon = "vaadin:user-clock", title = "Waiting for approval")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
public class PendingPeopleView extends VerticalLayout implements HasDynamicTitle {

    private final PeopleAdminService people;
    private final Grid<PersonSummary> grid = new Grid<>();

    public PendingPeopleView(PeopleAdminService people) {
        this.people = people;
        setId("pending-people");
        setSizeFull();
        Paragraph intro = new Paragraph(getTranslation("identity.pending.intro"));
        intro.addClassName("cf-muted");

        grid.setId("pending-grid");
        grid.addColumn(PersonSummary::displayName).setHeader(getTranslation("identity.people.name")).setFlexGrow(2);
        grid.addColumn(PersonSummary::email).setHeader(getTranslation("identity.people.email")).setFlexGrow(2);
        grid.addColumn(p -> p.organisationName() == null ? getTranslation("identity.pending.no-organisation") : p.organisationName())
                .setHeader(getTranslation("identity.people.organisation")).setFlexGrow(2);
        grid.addColumn(p -> AdminUi.role(p.requestedRole())).setHeader(getTranslation("identity.pending.asks-to-be"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> AdminUi.when(p.createdAt())).setHeader(getTranslation("identity.pending.since")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::approveButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("identity.pending.empty"));
        grid.setItemsPageable(page -> people.pending(page).getContent());
        grid.setSizeFull();
        add(intro, grid);
        setFlexGrow(1, grid);
    }

    private Button approveButton(PersonSummary p) {
        Button approve = new Button(getTranslation("identity.pending.approve-button"), VaadinIcon.CHECK.create(), e -> confirm(p));
        approve.setId("approve-" + p.id());
        approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        return approve;
    }

    private void confirm(PersonSummary p) {
        String text = p.requestedRole() == null
                ? getTranslation("identity.pending.approve-text", p.displayName(), p.email())
                : getTranslation("identity.pending.approve-text-as", p.displayName(), p.email(), AdminUi.role(p.requestedRole()));
        AdminUi.confirm("approve", getTranslation("identity.pending.approve-question", p.displayName()), text,
                getTranslation("identity.pending.approve"), false, () -> {
                    try {
                        PersonSummary approved = people.approve(p.id());
                        AdminUi.success(getTranslation("identity.pending.approved", approved.displayName()));
                    } catch (InvalidAccountException e) {
                        AdminUi.error(String.join(" ", AdminUi.problems(e)));
                    }
                    grid.getDataProvider().refreshAll();
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.people.pending");
    }
}
