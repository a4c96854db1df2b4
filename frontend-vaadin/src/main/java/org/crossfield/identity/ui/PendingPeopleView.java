package org.crossfield.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Waiting for approval")
@Menu(order = 85, icon = "vaadin:user-clock", title = "Waiting for approval")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
public class PendingPeopleView extends VerticalLayout {

    private final PeopleAdminService people;
    private final Grid<PersonSummary> grid = new Grid<>();

    public PendingPeopleView(PeopleAdminService people) {
        this.people = people;
        setId("pending-people");
        setSizeFull();
        Paragraph intro = new Paragraph("Approving gives the person the role they asked for; they can log in and are told"
                + " by e-mail. Someone you do not know can stay here: they cannot log in until approved.");
        intro.addClassName("cf-muted");

        grid.setId("pending-grid");
        grid.addColumn(PersonSummary::displayName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(PersonSummary::email).setHeader("E-mail").setFlexGrow(2);
        grid.addColumn(p -> p.organisationName() == null ? "None (no domain matched)" : p.organisationName())
                .setHeader("Organisation").setFlexGrow(2);
        grid.addColumn(p -> p.requestedRole() == null ? "" : Roles.label(p.requestedRole())).setHeader("Asks to be")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> AdminUi.when(p.createdAt())).setHeader("Since").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::approveButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("Nobody is waiting for approval.");
        grid.setItemsPageable(page -> people.pending(page).getContent());
        grid.setSizeFull();
        add(intro, grid);
        setFlexGrow(1, grid);
    }

    private Button approveButton(PersonSummary p) {
        Button approve = new Button("Approve…", VaadinIcon.CHECK.create(), e -> confirm(p));
        approve.setId("approve-" + p.id());
        approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        return approve;
    }

    private void confirm(PersonSummary p) {
        String role = p.requestedRole() == null ? "" : " as " + Roles.label(p.requestedRole());
        AdminUi.confirm("approve", "Approve " + p.displayName() + "?", p.displayName() + " (" + p.email() + ") can log in"
                + role + " from now on. An e-mail tells them so.", "Approve", false, () -> {
                    try {
                        PersonSummary approved = people.approve(p.id());
                        AdminUi.success(approved.displayName() + " is approved and has been told by e-mail.");
                    } catch (InvalidAccountException e) {
                        AdminUi.error(String.join(" ", e.problems()));
                    }
                    grid.getDataProvider().refreshAll();
                });
    }
}
