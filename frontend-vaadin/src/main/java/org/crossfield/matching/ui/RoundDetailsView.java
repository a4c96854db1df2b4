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
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
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
    private final Span progressText = new Span("Computing the optimal assignment…");
    private final Button run = new Button("Run");
    private final Button publish = new Button("Publish");
    private final Button close = new Button("Close round");
    private final Grid<ProposalSummary> proposals = new Grid<>();
    private final Grid<RoundConstraintSummary> constraints = new Grid<>();
    private final ComboBox<ProjectSummary> pinProject = new ComboBox<>("Project");
    private final TextField pinMentor = new TextField("Mentor's e-mail");

    public RoundDetailsView(MatchingRoundService rounds, ProjectService projects, IdentityService identity,
                            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
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
        close.addClickListener(e -> act(() -> rounds.close(roundId), "Round closed."));

        proposals.setId("proposal-grid");
        proposals.addColumn(ProposalSummary::projectTitle).setHeader("Project").setFlexGrow(2)
                .setTooltipGenerator(ProposalSummary::projectTitle);
        proposals.addColumn(p -> p.mentorName() + " (" + p.mentorOrganisation() + ")").setHeader("Mentor").setFlexGrow(1)
                .setTooltipGenerator(p -> p.mentorName() + " (" + p.mentorOrganisation() + ")");
        proposals.addColumn(p -> Explanations.score(p.score())).setHeader("Score").setAutoWidth(true);
        proposals.addColumn(p -> Explanations.score(p.regret())).setHeader("Regret").setAutoWidth(true)
                .setTooltipGenerator(p -> p.regret() <= 0.0005 ? "No regret: no eligible mentor fits this project better."
                        : "Regret " + Explanations.score(p.regret()) + ": the best eligible mentor for this project would score "
                        + Explanations.score(p.score() + p.regret()) + "; this mentor was chosen so that others could be matched too.");
        proposals.addColumn(p -> (p.pinned() ? "Pinned · " : "") + ProposalsView.state(p)).setHeader("Status").setAutoWidth(true);
        proposals.addColumn(new ComponentRenderer<>(this::rowActions)).setAutoWidth(true);
        proposals.setItemDetailsRenderer(new ComponentRenderer<>(p -> new Span("Why: " + p.explanation())));
        proposals.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        proposals.setHeight("26rem");
        proposals.setEmptyStateText("No proposals yet: run the round.");

        constraints.setId("constraint-grid");
        constraints.addColumn(c -> c.kind() == RoundConstraintSummary.Kind.PIN ? "Pin" : "Forbid").setHeader("").setAutoWidth(true);
        constraints.addColumn(RoundConstraintSummary::projectTitle).setHeader("Project").setFlexGrow(2);
        constraints.addColumn(RoundConstraintSummary::mentorName).setHeader("Mentor").setAutoWidth(true);
        constraints.addColumn(new ComponentRenderer<>(c -> {
            Button remove = new Button("Remove", e -> act(() -> {
                rounds.removeConstraint(roundId, c.id());
                return rounds.round(roundId);
            }, "Removed; run the round again to apply."));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return remove;
        })).setAutoWidth(true);
        constraints.setAllRowsVisible(true);
        constraints.setEmptyStateText("No pins or forbids.");
        constraints.addThemeVariants(GridVariant.LUMO_COMPACT);

        pinProject.setId("pin-project");
        pinProject.setItemLabelGenerator(ProjectSummary::title);
        pinProject.setWidth("30rem");
        pinMentor.setId("pin-mentor");
        pinMentor.setWidth("20rem");
        Button pinByEmail = new Button("Pin", e -> pinByEmail());
        pinByEmail.setId("pin-by-email");
        HorizontalLayout pinRow = new HorizontalLayout(pinProject, pinMentor, pinByEmail);
        pinRow.setAlignItems(FlexComponent.Alignment.BASELINE);

        HorizontalLayout actions = new HorizontalLayout(run, publish, close);
        Paragraph regret = new Paragraph("Score: how well the mentor meets the project's required competencies (1.000 = all at "
                + "their level). Regret: how much better the best eligible mentor for that project would have scored; the round "
                + "accepts some regret on one project to match more projects overall.");
        regret.setId("regret-explained");
        regret.addClassName("cf-muted");
        add(new Anchor("matching/rounds", "All rounds"), title, figures, actions, running, regret, proposals,
                new H3("Pins and forbids"), new Paragraph("A pin keeps a pair in every run; a forbid keeps it out. Run again to apply."),
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
            add(new H2("Not available"), new Paragraph("There is no such round, or you do not coordinate its programme."),
                    new Anchor("matching/rounds", "All rounds"));
        }
    }

    private Span rowActions(ProposalSummary p) {
        Span actions = new Span();
        if (p.status() == ProposalStatus.PROPOSED) {
            Button pin = new Button("Pin", e -> act(() -> {
                rounds.pin(roundId, p.projectId(), p.mentorId());
                return rounds.round(roundId);
            }, "Pinned; it stays in every run."));
            pin.setId("pin-" + p.id());
            Button forbid = new Button("Forbid", e -> act(() -> {
                rounds.forbid(roundId, p.projectId(), p.mentorId());
                return rounds.round(roundId);
            }, "Forbidden; run again to find another mentor."));
            forbid.setId("forbid-" + p.id());
            pin.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            forbid.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(pin, forbid);
        }
        return actions;
    }

    private void pinByEmail() {
        if (pinProject.getValue() == null) {
            Notices.error("Choose the project to pin a mentor to.");
            return;
        }
        var mentor = identity.findPersonByEmail(pinMentor.getValue());
        if (mentor.isEmpty()) {
            Notices.error("No one on Crossfield has the e-mail address \"" + pinMentor.getValue() + "\".");
            return;
        }
        act(() -> {
            rounds.pin(roundId, pinProject.getValue().id(), mentor.get().id());
            return rounds.round(roundId);
        }, "Pinned " + mentor.get().displayName() + "; run the round again to apply.");
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
                        Notices.error(cause instanceof InvalidMatchingRequestException ? cause.getMessage()
                                : "The run did not finish, so the previous proposals stay. Try again; if it happens again, "
                                + "tell your administrator.");
                        show(rounds.round(roundId));
                        return;
                    }
                    show(round);
                    Notices.success(String.format(Locale.ROOT, "Run finished in %.1f s.", (System.nanoTime() - started) / 1e9));
                }));
    }

    /** Publishing tells every mentor and supervisor of the round at once (about 40 people in a demo round): ask first. */
    private void confirmPublish() {
        List<ProposalSummary> pairs = rounds.proposals(roundId);
        long mentors = pairs.stream().map(ProposalSummary::mentorId).distinct().count();
        long supervisors = pairs.stream().map(ProposalSummary::supervisorName).distinct().count();
        Confirmation.of("Publish \"" + title.getText() + "\"?")
                .happens("The " + pairs.size() + " proposed pairs are published: each mentor and supervisor sees their "
                        + "proposal and can accept or decline it. You can no longer run the round again, pin or forbid. "
                        + "This cannot be undone.")
                .concerns(pairs.size() + " pairs: " + mentors + (mentors == 1 ? " mentor" : " mentors") + " and " + supervisors
                        + (supervisors == 1 ? " supervisor" : " supervisors") + ".")
                .told("All " + (mentors + supervisors) + " of them at once, by notification and e-mail.")
                .id("publish-round-dialog")
                .open("Publish " + pairs.size() + " proposals", "confirm-publish-round",
                        () -> act(() -> rounds.publish(roundId), "Published: the mentors and supervisors can now accept or decline."));
    }

    private void act(java.util.function.Supplier<RoundSummary> action, String success) {
        try {
            RoundSummary round = action.get();
            show(round);
            Notices.success(success);
        } catch (InvalidMatchingRequestException e) {
            Notices.error(e.getMessage());
        }
    }

    private void show(RoundSummary round) {
        title.setText(round.name());
        figures.setText(round.programmeName() + " · " + round.status().name().toLowerCase() + " · " + round.projects() + " projects"
                + (round.mentorCountries().isEmpty() ? "" : " · mentors from " + String.join(", ", round.mentorCountries()))
                + (round.filledSlots() == null ? " · not run yet" : String.format(Locale.ROOT,
                " · %d of %d mentor slots filled · total score %.3f", round.filledSlots(), round.filledSlots() + round.openSlots(),
                round.totalScore())));
        boolean closed = round.status() == RoundStatus.CLOSED;
        run.setEnabled(!closed);
        run.setText(round.lastRunAt() == null ? "Run" : "Run again");
        publish.setEnabled(round.status() == RoundStatus.PROPOSED);
        close.setEnabled(!closed);
        proposals.setItems(rounds.proposals(roundId));
        constraints.setItems(rounds.constraints(roundId));
    }

}
