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
    private final TextArea comment = new TextArea(getTranslation("marketplace.approvals.comment"));
    private final Button approve = new Button(getTranslation("marketplace.approvals.approve"), VaadinIcon.CHECK.create());
    private final Button sendBack = new Button(getTranslation("marketplace.approvals.send-back"), VaadinIcon.ARROW_BACKWARD.create());

    public ApprovalsView(ApprovalService approvals, ChallengeService challenges, ProjectPostingService projects,
                         CompetencyFrameworkService framework) {
        this.approvals = approvals;
        this.challenges = challenges;
        this.projects = projects;
        this.preview = new PostingPreview(framework.activeFramework(), challenges.ipRegimes());
        setId("approvals");
        grid.setId("approvals-grid");
        grid.addColumn(p -> Labels.of(p.kind())).setHeader(getTranslation("marketplace.column.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PostingSummary::title).setHeader(getTranslation("marketplace.column.title")).setFlexGrow(3);
        grid.addColumn(PostingSummary::organisationName).setHeader(getTranslation("marketplace.column.organisation")).setFlexGrow(2);
        grid.addColumn(PostingSummary::programmeName).setHeader(getTranslation("marketplace.column.programme")).setFlexGrow(1);
        grid.addColumn(p -> Labels.of(p.dataTier())).setHeader(getTranslation("marketplace.data-tier")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("marketplace.approvals.empty"));
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
                ? getTranslation("marketplace.approvals.choose")
                : getTranslation("marketplace.approvals.read"));
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
            comment.setErrorMessage(getTranslation("marketplace.approvals.comment-required"));
            return;
        }
        String kind = p.kind() == PostingKind.CHALLENGE ? "challenge" : "project";
        Confirmation confirmation = approved
                ? Confirmation.of(getTranslation("marketplace.approvals.approve-question", p.title()))
                        .happens(getTranslation("marketplace.approvals.approve-happens." + kind, p.programmeName()))
                        .concerns(getTranslation("marketplace.approvals.concerns." + kind, p.title(), p.organisationName()))
                        .told(getTranslation("marketplace.approvals.approve-told." + kind))
                : Confirmation.of(getTranslation("marketplace.approvals.send-back-question", p.title()))
                        .happens(getTranslation("marketplace.approvals.send-back-happens." + kind))
                        .concerns(getTranslation("marketplace.approvals.concerns." + kind, p.title(), p.organisationName()))
                        .told(getTranslation("marketplace.approvals.send-back-told." + kind));
        confirmation.open(getTranslation(approved ? "marketplace.approvals.confirm-approve" : "marketplace.approvals.confirm-send-back"),
                approved ? "confirm-approve" : "confirm-send-back", () -> run(p, approved));
    }

    private void run(PostingSummary p, boolean approved) {
        try {
            if (approved) {
                approvals.approve(p.kind(), p.id());
            } else {
                approvals.sendBack(p.kind(), p.id(), comment.getValue());
            }
            Notices.success(getTranslation(approved ? "marketplace.approvals.approved" : "marketplace.approvals.sent-back", p.title()));
            comment.clear();
            comment.setInvalid(false);
            refresh();
        } catch (InvalidPostingException e) {
            Notices.error(PostingActions.problems(e));
        } catch (IllegalPostingTransitionException e) {
            Notices.error(Labels.message(e, e.getMessage()));
        }
    }

    private void refresh() {
        grid.setItems(approvals.awaitingReview());
        show(null);
    }
}
