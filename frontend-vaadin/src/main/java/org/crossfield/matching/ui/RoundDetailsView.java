package org.crossfield.matching.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.crossfield.i18n.Messages;
import org.crossfield.identity.IdentityService;
import org.crossfield.identity.Roles;
import org.crossfield.marketplace.ProjectService;
import org.crossfield.marketplace.ProjectSummary;
import org.crossfield.matching.InvalidMatchingRequestException;
import org.crossfield.matching.MatchingRoundService;
import org.crossfield.matching.ProposalStatus;
import org.crossfield.matching.ProposalSummary;
import org.crossfield.matching.RoundConstraintSummary;
import org.crossfield.matching.RoundStatus;
import org.crossfield.matching.RoundSummary;
import org.crossfield.platform.ui.Confirmation;
import org.crossfield.platform.ui.Notices;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolder;

/** One matching round: run it (in the background, with progress), review pairs with score and regret, pin or forbid, publish. */
@Route("matching/rounds/:roundId")
@PageTitle("Matching round")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class RoundDetailsView extends VerticalLayout implements BeforeEnterObserver {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RoundDetailsView.class);

    private final MatchingRoundService rounds;
    private final ProjectService projects;
    private final IdentityService identity;
    private final TaskExecutor executor;
    private long roundId;
    private final H2 title = new H2();
    private final Paragraph figures = new Paragraph();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span(getTranslation("matching.round.computing"));
    private final Button run = new Button(getTranslation("matching.round.run"));
    private final Button publish = new Button(getTranslation("matching.round.publish"));
    private final Button close = new Button(getTranslation("matching.round.close"));
    private final Grid<ProposalSummary> proposals = new Grid<>();
    private final Grid<RoundConstraintSummary> constraints = new Grid<>();
    private final ComboBox<ProjectSummary> pinProject = new ComboBox<>(getTranslation("matching.round.project"));
    private final TextField pinMentor = new TextField(getTranslation("matching.round.mentor-email"));

    public RoundDetailsView(MatchingRoundService rounds, ProjectService projects, IdentityService identity,
                            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
                            org.crossfield.competency.CompetencyFrameworkService framework) {
        this.rounds = rounds;
        this.projects = projects;
        this.identity = identity;
        this.executor = executor;
        setId("round-details");
        figures.setId("round-figures");
        progress.setIndeterminate(true);
        progress.setWidth("20rem");
        HorizontalLayout running = new HorizontalLayout(progress, progressText);
        running.setId("round-progress");
        running.setAlignItems(FlexComponent.Alignment.CENTER);
        running.setVisible(false);
        run.setId("run-round");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> runInBackground(running));
        publish.setId("publish-round");
        publish.addClickListener(e -> confirmPublish());
        close.setId("close-round");
        close.addClickListener(e -> act(() -> rounds.close(roundId), getTranslation("matching.round.closed")));

        proposals.setId("proposal-grid");
        proposals.addColumn(ProposalSummary::projectTitle).setHeader(getTranslation("matching.round.project")).setFlexGrow(2)
                .setTooltipGenerator(ProposalSummary::projectTitle);
        proposals.addColumn(p -> p.mentorName() + " (" + p.mentorOrganisation() + ")").setHeader(getTranslation("matching.round.mentor")).setFlexGrow(1)
                .setTooltipGenerator(p -> p.mentorName() + " (" + p.mentorOrganisation() + ")");
        proposals.addColumn(p -> Explanations.score(p.score(), getLocale())).setHeader(getTranslation("matching.round.score")).setAutoWidth(true);
        proposals.addColumn(p -> Explanations.score(p.regret(), getLocale())).setHeader(getTranslation("matching.round.regret")).setAutoWidth(true)
                .setTooltipGenerator(p -> p.regret() <= 0.0005 ? getTranslation("matching.round.no-regret")
                        : getTranslation("matching.round.regret-tooltip", Explanations.score(p.regret(), getLocale()),
                        Explanations.score(p.score() + p.regret(), getLocale())));
        proposals.addColumn(p -> (p.pinned() ? getTranslation("matching.round.pinned-prefix") : "") + Labels.state(this, p))
                .setHeader(getTranslation("matching.round.status")).setAutoWidth(true);
        proposals.addColumn(new ComponentRenderer<>(this::rowActions)).setAutoWidth(true);
        java.util.Map<String, String> names = Explanations.names(framework.activeFramework(), getLocale());
        proposals.setItemDetailsRenderer(new ComponentRenderer<>(p -> Explanations.of(p, names, this)));
        proposals.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        proposals.setHeight("26rem");
        proposals.setEmptyStateText(getTranslation("matching.round.no-proposals"));

        constraints.setId("constraint-grid");
        constraints.addColumn(c -> getTranslation(c.kind() == RoundConstraintSummary.Kind.PIN ? "matching.round.pin" : "matching.round.forbid")).setHeader("").setAutoWidth(true);
        constraints.addColumn(RoundConstraintSummary::projectTitle).setHeader(getTranslation("matching.round.project")).setFlexGrow(2);
        constraints.addColumn(RoundConstraintSummary::mentorName).setHeader(getTranslation("matching.round.mentor")).setAutoWidth(true);
        constraints.addColumn(new ComponentRenderer<>(c -> {
            Button remove = new Button(getTranslation("matching.round.remove"), e -> act(() -> {
                rounds.removeConstraint(roundId, c.id());
                return rounds.round(roundId);
            }, getTranslation("matching.round.removed")));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return remove;
        })).setAutoWidth(true);
        constraints.setAllRowsVisible(true);
        constraints.setEmptyStateText(getTranslation("matching.round.no-constraints"));
        constraints.addThemeVariants(GridVariant.LUMO_COMPACT);

        pinProject.setId("pin-project");
        pinProject.setItemLabelGenerator(ProjectSummary::title);
        pinProject.setWidth("30rem");
        pinMentor.setId("pin-mentor");
        pinMentor.setWidth("20rem");
        Button pinByEmail = new Button(getTranslation("matching.round.pin"), e -> pinByEmail());
        pinByEmail.setId("pin-by-email");
        HorizontalLayout pinRow = new HorizontalLayout(pinProject, pinMentor, pinByEmail);
        pinRow.setAlignItems(FlexComponent.Alignment.BASELINE);

        HorizontalLayout actions = new HorizontalLayout(run, publish, close);
        Paragraph regret = new Paragraph(getTranslation("matching.round.regret-explained"));
        regret.setId("regret-explained");
        regret.addClassName("cf-muted");
        add(new Anchor("matching/rounds", getTranslation("matching.round.all-rounds")), title, figures, actions, running, regret,
                proposals, new H3(getTranslation("matching.round.constraints")), new Paragraph(getTranslation("matching.round.constraints-help")),
                pinRow, constraints);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            roundId = Long.parseLong(event.getRouteParameters().get("roundId").orElse(""));
            RoundSummary round = rounds.round(roundId);
            pinProject.setItems(projects.summaries(rounds.projectIds(roundId)));
            show(round);
        } catch (NumberFormatException | AccessDeniedException | InvalidMatchingRequestException e) {
            removeAll();
            add(new H2(getTranslation("matching.round.not-available")), new Paragraph(getTranslation("matching.round.not-available-text")),
                    new Anchor("matching/rounds", getTranslation("matching.round.all-rounds")));
        }
    }

    private Span rowActions(ProposalSummary p) {
        Span actions = new Span();
        if (p.status() == ProposalStatus.PROPOSED) {
            Button pin = new Button(getTranslation("matching.round.pin"), e -> act(() -> {
                rounds.pin(roundId, p.projectId(), p.mentorId());
                return rounds.round(roundId);
            }, getTranslation("matching.round.pinned")));
            pin.setId("pin-" + p.id());
            Button forbid = new Button(getTranslation("matching.round.forbid"), e -> act(() -> {
                rounds.forbid(roundId, p.projectId(), p.mentorId());
                return rounds.round(roundId);
            }, getTranslation("matching.round.forbidden")));
            forbid.setId("forbid-" + p.id());
            pin.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            forbid.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(pin, forbid);
        }
        return actions;
    }

    private void pinByEmail() {
        if (pinProject.getValue() == null) {
            Notices.error(getTranslation("matching.round.choose-pin-project"));
            return;
        }
        var mentor = identity.findPersonByEmail(pinMentor.getValue());
        if (mentor.isEmpty()) {
            Notices.error(getTranslation("matching.no-such-email", pinMentor.getValue()));
            return;
        }
        act(() -> {
            rounds.pin(roundId, pinProject.getValue().id(), mentor.get().id());
            return rounds.round(roundId);
        }, getTranslation("matching.round.pinned-by-email", mentor.get().displayName()));
    }

    private void runInBackground(HorizontalLayout running) {
        UI ui = UI.getCurrent();
        running.setVisible(true);
        run.setEnabled(false);
        publish.setEnabled(false);
        ui.setPollInterval(400);
        long started = System.nanoTime();
        var context = SecurityContextHolder.getContext();
        CompletableFuture.supplyAsync(() -> rounds.run(roundId), new DelegatingSecurityContextExecutor(executor, context))
                .whenComplete((round, failure) -> ui.access(() -> {
                    ui.setPollInterval(-1);
                    running.setVisible(false);
                    if (failure != null) {
                        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                        if (!(cause instanceof InvalidMatchingRequestException)) {
                            log.error("Matching round {} failed to run", roundId, cause);
                        }
                        Notices.error(cause instanceof InvalidMatchingRequestException refusal ? Messages.of(refusal)
                                : getTranslation("matching.round.run-failed"));
                        show(rounds.round(roundId));
                        return;
                    }
                    show(round);
                    Notices.success(getTranslation("matching.round.run-finished", (System.nanoTime() - started) / 1e9));
                }));
    }

    /** Publishing tells every mentor and supervisor of the round at once (about 40 people in a demo round): ask first. */
    private void confirmPublish() {
        List<ProposalSummary> pairs = rounds.proposals(roundId);
        long mentors = pairs.stream().map(ProposalSummary::mentorId).distinct().count();
        long supervisors = pairs.stream().map(ProposalSummary::supervisorName).distinct().count();
        Confirmation.of(getTranslation("matching.round.publish-question", title.getText()))
                .happens(getTranslation("matching.round.publish-happens", pairs.size()))
                .concerns(getTranslation("matching.round.publish-concerns", pairs.size(), mentors, supervisors))
                .told(getTranslation("matching.round.publish-told", mentors + supervisors))
                .id("publish-round-dialog")
                .open(getTranslation("matching.round.publish-button", pairs.size()), "confirm-publish-round",
                        () -> act(() -> rounds.publish(roundId), getTranslation("matching.round.published")));
    }

    private void act(java.util.function.Supplier<RoundSummary> action, String success) {
        try {
            RoundSummary round = action.get();
            show(round);
            Notices.success(success);
        } catch (InvalidMatchingRequestException e) {
            Notices.error(Messages.of(e));
        }
    }

    private void show(RoundSummary round) {
        title.setText(round.name());
        figures.setText(round.programmeName() + " · " + Labels.status(this, round.status()) + " · "
                + getTranslation("matching.round.figures-projects", round.projects())
                + (round.mentorCountries().isEmpty() ? "" : " · " + getTranslation("matching.round.figures-countries",
                String.join(", ", round.mentorCountries())))
                + " · " + (round.filledSlots() == null ? getTranslation("matching.round.figures-not-run")
                : getTranslation("matching.round.figures-slots", round.filledSlots(), round.filledSlots() + round.openSlots(),
                Explanations.score(round.totalScore(), getLocale()))));
        boolean closed = round.status() == RoundStatus.CLOSED;
        run.setEnabled(!closed);
        run.setText(getTranslation(round.lastRunAt() == null ? "matching.round.run" : "matching.round.run-again"));
        publish.setEnabled(round.status() == RoundStatus.PROPOSED);
        close.setEnabled(!closed);
        proposals.setItems(rounds.proposals(roundId));
        constraints.setItems(rounds.constraints(roundId));
    }

}
