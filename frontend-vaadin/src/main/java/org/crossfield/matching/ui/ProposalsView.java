package org.crossfield.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.identity.Roles;
import org.crossfield.matching.InvalidMatchingRequestException;
import org.crossfield.matching.MatchingRoundService;
import org.crossfield.matching.ProposalStatus;
import org.crossfield.matching.ProposalSummary;
import org.crossfield.platform.ui.Confirmation;
import org.crossfield.platform.ui.Notices;

/** Published mentoring matches that concern me (as mentor or as supervisor), to accept or decline. */
@Route("proposals")
@PageTitle("Match proposals")
@Menu(order = 35, icon = "vaadin:connect", title = "Match proposals")
@RolesAllowed({Roles.MENTOR, Roles.SUPERVISOR})
public class ProposalsView extends VerticalLayout {

    private final MatchingRoundService rounds;
    private final long me;
    private final Grid<ProposalSummary> grid = new Grid<>();

    public ProposalsView(MatchingRoundService rounds, AuthenticationContext authentication) {
        this.rounds = rounds;
        this.me = authentication.getAuthenticatedUser(CrossfieldUser.class).orElseThrow().getId();
        setId("proposals");
        Paragraph intro = new Paragraph("A coordinator's matching round proposed these mentoring matches. A match is confirmed "
                + "when the mentor and the supervisor have both accepted; declining (with a reason) lets the coordinator find "
                + "someone else.");
        intro.addClassName("cf-muted");
        grid.setId("proposal-grid");
        grid.addColumn(ProposalSummary::projectTitle).setHeader("Project").setWidth("16rem").setFlexGrow(3);
        grid.addColumn(ProposalSummary::supervisorName).setHeader("Supervisor").setFlexGrow(1);
        grid.addColumn(p -> p.mentorName() + " (" + p.mentorOrganisation() + ")").setHeader("Mentor").setFlexGrow(1);
        grid.addColumn(p -> Explanations.score(p.score())).setHeader("Score").setWidth("5rem").setFlexGrow(0);
        grid.addColumn(ProposalsView::state).setHeader("Status").setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader("").setWidth("11rem").setFlexGrow(0);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(p -> new Span(p.explanation())));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No published proposals concern you yet.");
        add(intro, grid);
        refresh();
    }

    private HorizontalLayout actions(ProposalSummary p) {
        HorizontalLayout actions = new HorizontalLayout();
        boolean asMentor = p.mentorId() == me;
        Boolean mine = asMentor ? p.mentorAccepted() : p.supervisorAccepted();
        if (p.status() == ProposalStatus.PENDING && mine == null) {
            Button accept = new Button("Accept…", e -> askAccept(p, asMentor));
            accept.setId("accept-" + p.id());
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            Button decline = new Button("Decline…", e -> askReason(p, asMentor));
            decline.setId("decline-" + p.id());
            decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(accept, decline);
        }
        return actions;
    }

    private static String pair(ProposalSummary p) {
        return p.mentorName() + " (" + p.mentorOrganisation() + ") as mentor of \"" + p.projectTitle() + "\", supervised by "
                + p.supervisorName() + ".";
    }

    private void askAccept(ProposalSummary p, boolean asMentor) {
        Boolean other = asMentor ? p.supervisorAccepted() : p.mentorAccepted();
        String otherParty = asMentor ? "the supervisor, " + p.supervisorName() : "the mentor, " + p.mentorName();
        Confirmation.of("Accept this match?")
                .happens(Boolean.TRUE.equals(other)
                        ? "Both sides will have accepted: the match is confirmed and the collaboration starts. This cannot be undone."
                        : "Your acceptance is recorded and cannot be taken back; the match is confirmed once " + otherParty
                        + " accepts too.")
                .concerns(pair(p))
                .told(Boolean.TRUE.equals(other) ? "The mentor and the supervisor are told that the match is confirmed."
                        : "Nobody yet; both of you are told once " + otherParty + " has decided.")
                .open("Accept match", "confirm-accept-match", () -> decide(p, true, null));
    }

    private void askReason(ProposalSummary p, boolean asMentor) {
        TextArea reason = new TextArea("Why (the coordinator sees this)");
        reason.setId("decline-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        Confirmation.of("Decline this match?")
                .happens("The match is declined for good; the coordinator can propose someone else in a new run.")
                .concerns(pair(p))
                .told("The mentor and the supervisor are told, with your reason; the coordinator sees it in the round.")
                .with(reason)
                .danger()
                .openChecked("Decline match", "confirm-decline-match", () -> decide(p, false, reason.getValue()));
    }

    private boolean decide(ProposalSummary p, boolean accept, String reason) {
        try {
            ProposalSummary decided = rounds.decide(p.id(), accept, reason);
            Notices.success(accept ? "Accepted. " + state(decided) + "." : "Declined.");
            refresh();
            return true;
        } catch (InvalidMatchingRequestException e) {
            Notices.error(e.getMessage());
            return false;
        }
    }

    private void refresh() {
        grid.setItems(rounds.myProposals());
    }

    static String state(ProposalSummary p) {
        return switch (p.status()) {
            case ACCEPTED -> "Confirmed";
            case DECLINED -> "Declined" + (p.declineReason() == null ? "" : ": " + p.declineReason());
            case PROPOSED -> "Not published";
            case PENDING -> "Waiting for " + (p.mentorAccepted() == null && p.supervisorAccepted() == null ? "mentor and supervisor"
                    : p.mentorAccepted() == null ? "the mentor" : "the supervisor");
        };
    }
}
