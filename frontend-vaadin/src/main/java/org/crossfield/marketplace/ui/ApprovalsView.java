package org.crossfield.marketplace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.crossfield.identity.Roles;
import org.crossfield.marketplace.ApprovalService;
import org.crossfield.marketplace.IllegalPostingTransitionException;
import org.crossfield.marketplace.InvalidPostingException;
import org.crossfield.marketplace.PostingSummary;
import org.crossfield.platform.ui.Notices;

/** The coordinator's review queue: submitted postings of my programmes, to approve or send back with a comment. */
@Route("approvals")
@PageTitle("Approvals")
@Menu(order = 38, icon = "vaadin:check-square-o", title = "Approvals")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class ApprovalsView extends VerticalLayout {

    private final ApprovalService approvals;
    private final Grid<PostingSummary> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final TextArea comment = new TextArea("Comment (needed to send back)");
    private final Button approve = new Button("Approve", VaadinIcon.CHECK.create());
    private final Button sendBack = new Button("Send back", VaadinIcon.ARROW_BACKWARD.create());

    public ApprovalsView(ApprovalService approvals) {
        this.approvals = approvals;
        setId("approvals");
        setSizeFull();
        grid.setId("approvals-grid");
        grid.addColumn(p -> Labels.of(p.kind())).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PostingSummary::title).setHeader("Title").setFlexGrow(3);
        grid.addColumn(PostingSummary::organisationName).setHeader("Organisation").setFlexGrow(2);
        grid.addColumn(PostingSummary::programmeName).setHeader("Programme").setFlexGrow(1);
        grid.addColumn(p -> Labels.of(p.dataTier())).setHeader("Data tier").setAutoWidth(true);
        grid.setEmptyStateText("Nothing is waiting for review.");
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
        add(grid, summary, comment, new HorizontalLayout(approve, sendBack));
        setFlexGrow(1, grid);
        refresh();
    }

    private void show(PostingSummary p) {
        summary.setText(p == null
                ? "Choose a posting above to read its summary, then approve it or send it back with a comment."
                : p.summary());
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
