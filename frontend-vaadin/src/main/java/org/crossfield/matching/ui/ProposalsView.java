package org.crossfield.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.crossfield.i18n.Messages;
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

    public ProposalsView(MatchingRoundService rounds, AuthenticationContext authentication,
                         org.crossfield.competency.CompetencyFrameworkService framework) {
        this.rounds = rounds;
        this.me = authentication.getAuthenticatedUser(CrossfieldUser.class).orElseThrow().getId();
        setId("proposals");
        Paragraph intro = new Paragraph(getTranslation("matching.proposals.intro"));
        intro.addClassName("cf-muted");
        grid.setId("proposal-grid");
        grid.addColumn(ProposalSummary::projectTitle).setHeader(getTranslation("matching.proposals.project")).setWidth("16rem").setFlexGrow(3);
        grid.addColumn(ProposalSummary::supervisorName).setHeader(getTranslation("matching.proposals.supervisor")).setFlexGrow(1);
        grid.addColumn(p -> p.mentorName() + " (" + p.mentorOrganisation() + ")").setHeader(getTranslation("matching.proposals.mentor")).setFlexGrow(1);
        grid.addColumn(p -> Explanations.score(p.score(), getLocale())).setHeader(getTranslation("matching.proposals.score")).setWidth("5rem").setFlexGrow(0);
        grid.addColumn(p -> Labels.state(this, p)).setHeader(getTranslation("matching.proposals.status")).setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader("").setWidth("11rem").setFlexGrow(0);
        java.util.Map<String, String> names = Explanations.names(framework.activeFramework(), getLocale());
        grid.setItemDetailsRenderer(new ComponentRenderer<>(p -> Explanations.of(p, names, this)));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("matching.proposals.empty"));
        add(intro, grid);
        refresh();
    }

    private HorizontalLayout actions(ProposalSummary p) {
        HorizontalLayout actions = new HorizontalLayout();
        boolean asMentor = p.mentorId() == me;
        Boolean mine = asMentor ? p.mentorAccepted() : p.supervisorAccepted();
        if (p.status() == ProposalStatus.PENDING && mine == null) {
            Button accept = new Button(getTranslation("matching.proposals.accept-button"), e -> askAccept(p, asMentor));
            accept.setId("accept-" + p.id());
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            Button decline = new Button(getTranslation("matching.proposals.decline-button"), e -> askReason(p, asMentor));
            decline.setId("decline-" + p.id());
            decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(accept, decline);
        }
        return actions;
    }

    private String pair(ProposalSummary p) {
        return getTranslation("matching.proposals.pair", p.mentorName(), p.mentorOrganisation(), p.projectTitle(), p.supervisorName());
    }

    private void askAccept(ProposalSummary p, boolean asMentor) {
        Boolean other = asMentor ? p.supervisorAccepted() : p.mentorAccepted();
        String otherParty = asMentor ? getTranslation("matching.proposals.other-supervisor", p.supervisorName())
                : getTranslation("matching.proposals.other-mentor", p.mentorName());
        Confirmation.of(getTranslation("matching.proposals.accept-question"))
                .happens(Boolean.TRUE.equals(other) ? getTranslation("matching.proposals.accept-happens-last")
                        : getTranslation("matching.proposals.accept-happens-first", otherParty))
                .concerns(pair(p))
                .told(Boolean.TRUE.equals(other) ? getTranslation("matching.proposals.accept-told-last")
                        : getTranslation("matching.proposals.accept-told-first", otherParty))
                .open(getTranslation("matching.proposals.accept-confirm"), "confirm-accept-match", () -> decide(p, true, null));
    }

    private void askReason(ProposalSummary p, boolean asMentor) {
        TextArea reason = new TextArea(getTranslation("matching.proposals.decline-reason"));
        reason.setId("decline-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        Confirmation.of(getTranslation("matching.proposals.decline-question"))
                .happens(getTranslation("matching.proposals.decline-happens"))
                .concerns(pair(p))
                .told(getTranslation("matching.proposals.decline-told"))
                .with(reason)
                .danger()
                .openChecked(getTranslation("matching.proposals.decline-confirm"), "confirm-decline-match", () -> decide(p, false, reason.getValue()));
    }

    private boolean decide(ProposalSummary p, boolean accept, String reason) {
        try {
            ProposalSummary decided = rounds.decide(p.id(), accept, reason);
            Notices.success(accept ? getTranslation("matching.proposals.accepted", Labels.state(this, decided))
                    : getTranslation("matching.proposals.declined"));
            refresh();
            return true;
        } catch (InvalidMatchingRequestException e) {
            Notices.error(Messages.of(e));
            return false;
        }
    }

    private void refresh() {
        grid.setItems(rounds.myProposals());
    }
}
