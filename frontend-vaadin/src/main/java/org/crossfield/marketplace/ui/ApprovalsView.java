package org.crossfield.marketplace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.crossfield.competency.CompetencyFrameworkService;
import org.crossfield.identity.Roles;
import org.crossfield.marketplace.ApprovalService;
import org.crossfield.marketplace.ChallengeService;
import org.crossfield.marketplace.IllegalPostingTransitionException;
import org.crossfield.marketplace.InvalidPostingException;
import org.crossfield.marketplace.PostingKind;
import org.crossfield.marketplace.PostingSummary;
import org.crossfield.marketplace.ProjectPostingService;
import org.crossfield.platform.ui.Confirmation;
import org.crossfield.platform.ui.Notices;

/**
 * The coordinator's review queue: submitted postings of my programmes. Choosing one shows the whole posting (text,
 * competencies with names and levels, deadline, compensation, IP regime, governance and FAIR metadata) before it is
 * approved or sent back with a comment; both ask for a confirmation, because both tell the poster.
 */
@Route("approvals")
@PageTitle("Approvals")
@Menu(order = 38, icon = "vaadin:check-square-o", title = "Approvals")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class ApprovalsView extends VerticalLayout {

    private final ApprovalService approvals;
    private final ChallengeService challenges;
    private final ProjectPostingService projects;
    private final Grid<PostingSummary> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final PostingPreview preview;
    private final TextArea comment = new TextArea("Comment (needed to send back)");
    private final Button approve = new Button("Approve…", VaadinIcon.CHECK.create());
    private final Button sendBack = new Button("Send back…", VaadinIcon.ARROW_BACKWARD.create());

    public ApprovalsView(ApprovalService approvals, ChallengeService challenges, ProjectPostingService projects,
                         CompetencyFrameworkService framework) {
        this.approvals = approvals;
        this.challenges = challenges;
        this.projects = projects;
        this.preview = new PostingPreview(framework.activeFramework(), challenges.ipRegimes());
        setId("approvals");
        grid.setId("approvals-grid");
        grid.addColumn(p -> Labels.of(p.kind())).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PostingSummary::title).setHeader("Title").setFlexGrow(3);
        grid.addColumn(PostingSummary::organisationName).setHeader("Organisation").setFlexGrow(2);
        grid.addColumn(PostingSummary::programmeName).setHeader("Programme").setFlexGrow(1);
        grid.addColumn(p -> Labels.of(p.dataTier())).setHeader("Data tier").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("Nothing is waiting for review.");
        grid.setHeight("16rem");
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        summary.setId("approval-summary");
        comment.setId("review-comment");
        comment.setWidth("40rem");
        comment.setMaxLength(2000);
        approve.setId("approve-posting");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.addClickListener(e -> decide(true));
        sendBack.setId("send-back-posting");
        sendBack.addClickListener(e -> decide(false));
        add(grid, summary, preview, comment, new HorizontalLayout(approve, sendBack));
        refresh();
    }

    private void show(PostingSummary p) {
        summary.setText(p == null
                ? "Choose a posting above to read all of it, then approve it or send it back with a comment."
                : "Read the whole posting below before you decide.");
        if (p == null) {
            preview.clear();
        } else if (p.kind() == PostingKind.CHALLENGE) {
            preview.showChallenge(p, challenges.challenge(p.id()));
        } else {
            preview.showProject(p, projects.posting(p.id()));
        }
        approve.setEnabled(p != null);
        sendBack.setEnabled(p != null);
    }

    private void decide(boolean approved) {
        PostingSummary p = grid.asSingleSelect().getValue();
        if (p == null) {
            return;
        }
        if (!approved && comment.getValue().isBlank()) {
            comment.setInvalid(true);
            comment.setErrorMessage("Say what needs to change");
            return;
        }
        String kind = p.kind() == PostingKind.CHALLENGE ? "challenge" : "PhD project";
        String poster = p.kind() == PostingKind.CHALLENGE ? "The partner who wrote the challenge is"
                : "The project's supervisor is";
        Confirmation confirmation = approved
                ? Confirmation.of("Approve \"" + p.title() + "\"?")
                        .happens("The " + kind + " is published: everyone in " + p.programmeName() + " who may see it can "
                                + "find it, and saved searches that match it send their alerts. It cannot be unpublished from here.")
                        .concerns("The " + kind + " \"" + p.title() + "\" of " + p.organisationName() + ".")
                        .told(poster + " told it is open; people whose saved searches match are alerted.")
                : Confirmation.of("Send \"" + p.title() + "\" back?")
                        .happens("The " + kind + " goes back to its poster as a draft with your comment; they can change "
                                + "it and submit it again.")
                        .concerns("The " + kind + " \"" + p.title() + "\" of " + p.organisationName() + ".")
                        .told(poster + " told, with your comment.");
        confirmation.open(approved ? "Approve and publish" : "Send back to the poster",
                approved ? "confirm-approve" : "confirm-send-back", () -> run(p, approved));
    }

    private void run(PostingSummary p, boolean approved) {
        try {
            if (approved) {
                approvals.approve(p.kind(), p.id());
            } else {
                approvals.sendBack(p.kind(), p.id(), comment.getValue());
            }
            Notices.success((approved ? "Approved: " : "Sent back: ") + p.title());
            comment.clear();
            comment.setInvalid(false);
            refresh();
        } catch (InvalidPostingException | IllegalPostingTransitionException e) {
            Notices.error(e.getMessage());
        }
    }

    private void refresh() {
        grid.setItems(approvals.awaitingReview());
        show(null);
    }
}
