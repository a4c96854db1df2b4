package org.crossfield.application.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.LongFunction;
import org.crossfield.application.ApplicationService;
import org.crossfield.application.ApplicationStatus;
import org.crossfield.application.ApplicationSummary;
import org.crossfield.application.InvalidApplicationException;
import org.crossfield.application.PostingType;
import org.crossfield.identity.Roles;
import org.crossfield.marketplace.ProjectService;
import org.crossfield.marketplace.ProjectSummary;
import org.crossfield.platform.ui.Confirmation;
import org.crossfield.platform.ui.Notices;
import org.springframework.data.domain.PageRequest;

/** A student's applications with their status (and the reason of a rejection): withdraw, answer an offer, apply. */
@Route("my-applications")
@PageTitle("My applications")
@Menu(order = 27, icon = "vaadin:file-text-o", title = "My applications")
@RolesAllowed(Roles.STUDENT)
public class MyApplicationsView extends VerticalLayout {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);

    private final ApplicationService applications;
    private final Grid<ApplicationSummary> grid = new Grid<>();

    public MyApplicationsView(ApplicationService applications, ProjectService projects) {
        this.applications = applications;
        setId("my-applications");
        ComboBox<ProjectSummary> apply = new ComboBox<>("Apply to an open project");
        apply.setId("apply-to-project");
        apply.setWidth("36rem");
        apply.setItemLabelGenerator(ProjectSummary::title);
        apply.setItems(query -> projects.openProjects(null, query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize())).getContent().stream());
        apply.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                UI.getCurrent().navigate("projects/" + e.getValue().id() + "/apply");
            }
        });

        grid.setId("my-applications-grid");
        grid.addColumn(a -> (a.postingType() == PostingType.CHALLENGE ? "Challenge: " : "Project: ") + a.postingTitle())
                .setHeader("Posting").setFlexGrow(3);
        grid.addColumn(a -> a.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(a -> a.submittedAt() == null ? "" : DAY.format(a.submittedAt())).setHeader("Submitted").setAutoWidth(true);
        grid.addColumn(a -> a.rejectionReason() == null ? ""
                : a.rejectionReason().label() + (a.rejectionText() == null ? "" : ": " + a.rejectionText()))
                .setHeader("Reason").setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        // long project titles wrap rather than end in "…"
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        Paragraph intro = new Paragraph("Drafts are yours alone until you submit them. You can withdraw an application until "
                + "a decision is made; an offer waits for you to accept or decline it. To apply to a partner's challenge, find it "
                + "under Find postings and use its Apply button.");
        intro.addClassName("cf-muted");
        add(intro, apply, grid);
        refresh();
    }

    private Component actions(ApplicationSummary a) {
        HorizontalLayout actions = new HorizontalLayout();
        boolean challenge = a.postingType() == PostingType.CHALLENGE;
        String owner = challenge ? "The partner organisation's challenge managers" : "The project's supervisor";
        if (a.status() == ApplicationStatus.DRAFT) {
            Anchor edit = new Anchor(applyRoute(a), "Continue");
            edit.setId("continue-" + a.id());
            actions.add(edit);
        } else {
            Anchor open = new Anchor(applyRoute(a), "Open");
            open.setId("open-" + a.id());
            actions.add(open);
        }
        if (a.status().awaitsAnswer()) {
            Button accept = button("Accept offer", "accept-" + a.id(), () -> Confirmation.of("Accept the offer for \""
                    + a.postingTitle() + "\"?")
                    .happens("You accept the offer and the collaboration starts. This cannot be undone; your other open "
                            + "applications stay as they are.")
                    .concerns("Your application to \"" + a.postingTitle() + "\".")
                    .told(owner + " are told at once.")
                    .open("Accept offer", "confirm-accept", () -> run(a.id(), applications::acceptOffer, "Offer accepted.")));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button decline = button("Decline", "decline-" + a.id(), () -> Confirmation.of("Decline the offer for \""
                    + a.postingTitle() + "\"?")
                    .happens("You turn the offer down. This cannot be undone: you cannot accept it later.")
                    .concerns("Your application to \"" + a.postingTitle() + "\".")
                    .told(owner + " are told at once.")
                    .danger()
                    .open("Decline offer", "confirm-decline", () -> run(a.id(), applications::declineOffer, "Offer declined.")));
            actions.add(accept, decline);
        }
        if (a.status().canBeWithdrawn()) {
            boolean draft = a.status() == ApplicationStatus.DRAFT;
            Button withdraw = button("Withdraw", "withdraw-" + a.id(), () -> Confirmation.of("Withdraw your application to \""
                    + a.postingTitle() + "\"?")
                    .happens("The application is withdrawn. This cannot be undone: there is one application per posting, "
                            + "so you cannot apply to it again.")
                    .concerns("Your application to \"" + a.postingTitle() + "\".")
                    .told(draft ? "Nobody: the draft was never sent." : owner + " are told at once.")
                    .danger()
                    .open("Withdraw application", "confirm-withdraw", () -> run(a.id(), applications::withdraw,
                            "Application withdrawn.")));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(withdraw);
        }
        return actions;
    }

    private static String applyRoute(ApplicationSummary a) {
        return (a.postingType() == PostingType.CHALLENGE ? "challenges/" : "projects/") + a.postingId() + "/apply";
    }

    private static Button button(String label, String id, Runnable ask) {
        Button button = new Button(label, e -> ask.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void run(long applicationId, LongFunction<?> action, String done) {
        try {
            action.apply(applicationId);
            Notices.success(done);
        } catch (InvalidApplicationException ex) {
            Notices.error(ex.getMessage());
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(applications.myApplications());
    }
}
