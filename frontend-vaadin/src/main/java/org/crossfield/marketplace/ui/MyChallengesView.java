package org.crossfield.marketplace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crossfield.competency.CompetencyFrameworkService;
import org.crossfield.i18n.Dates;
import org.crossfield.identity.IdentityService;
import org.crossfield.identity.InvalidAccountException;
import org.crossfield.identity.PersonBrief;
import org.crossfield.identity.Roles;
import org.crossfield.marketplace.ChallengeDetails;
import org.crossfield.marketplace.ChallengeDraft;
import org.crossfield.marketplace.ChallengeService;
import org.crossfield.marketplace.PostingSummary;
import org.crossfield.marketplace.ProjectStatus;
import org.crossfield.platform.ui.Notices;

/** A partner's challenges: the organisation's list, and a form to write a draft, save it and submit it for review. */
@Route("my-challenges")
@PageTitle("My challenges")
@Menu(order = 22, icon = "vaadin:lightbulb", title = "My challenges")
@RolesAllowed(Roles.PARTNER)
public class MyChallengesView extends SplitLayout {

    private final ChallengeService challenges;
    private final IdentityService identity;
    private final Grid<PostingSummary> grid = new Grid<>();
    private final ChallengeForm form;
    private final Span status = new Span();
    private final Button save = new Button(getTranslation("marketplace.mine.save-draft"), VaadinIcon.DISC.create());
    private final Button submit = new Button(getTranslation("marketplace.mine.submit"), VaadinIcon.PAPERPLANE.create());
    private final Button award = new Button(getTranslation("marketplace.mine.award"), VaadinIcon.TROPHY.create());
    private final Button archive = new Button(getTranslation("marketplace.mine.archive"), VaadinIcon.ARCHIVE.create());
    private Long editing;

    public MyChallengesView(ChallengeService challenges, IdentityService identity, CompetencyFrameworkService framework,
                            Clock clock) {
        this.challenges = challenges;
        this.identity = identity;
        setId("my-challenges");
        setSizeFull();
        form = new ChallengeForm(challenges.programmes(), challenges.ipRegimes(), framework.activeFramework().competencies(),
                clock);

        grid.setId("my-challenges-grid");
        // titles wrap instead of being cut to a few letters in the narrow list
        // the list is narrow: titles wrap, and the reviewer's comment is in the status's tooltip (and next to the
        // status when the challenge is open in the form) instead of a column that pushed the others out of sight
        grid.addColumn(PostingSummary::title).setHeader(getTranslation("marketplace.mine.challenge-heading")).setFlexGrow(1).setTooltipGenerator(PostingSummary::title);
        grid.addColumn(p -> Labels.of(p.status()) + (p.reviewComment() == null ? "" : " " + getTranslation("marketplace.mine.sent-back"))).setHeader(getTranslation("marketplace.column.status"))
                .setWidth("7rem").setFlexGrow(0)
                .setTooltipGenerator(p -> p.reviewComment() == null ? Labels.of(p.status()) : getTranslation("marketplace.mine.reviewer-comment", p.reviewComment()));
        grid.addColumn(p -> Dates.day(p.deadline(), getLocale())).setHeader(getTranslation("marketplace.column.deadline")).setWidth("8rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("marketplace.mine.challenges-empty"));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open(e.getValue().id());
            }
        });
        Button create = new Button(getTranslation("marketplace.mine.new-challenge"), VaadinIcon.PLUS.create(), e -> startNew());
        create.setId("new-challenge");
        VerticalLayout left = new VerticalLayout(create, grid);
        left.setSizeFull();

        save.setId("save-challenge");
        save.addClickListener(e -> save().ifPresent(id -> saved(id, getTranslation("marketplace.mine.draft-saved"))));
        submit.setId("submit-challenge");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> save().ifPresent(id -> {
            if (PostingActions.attempt(() -> challenges.submit(id))) {
                saved(id, getTranslation("marketplace.mine.submitted"));
            }
        }));
        // the end of a challenge: closed at its deadline by Crossfield, then awarded or archived by its poster
        award.setId("award-challenge");
        award.setTooltipText(getTranslation("marketplace.mine.award-challenge-tooltip"));
        award.addClickListener(e -> changeStatus(() -> challenges.award(editing), getTranslation("marketplace.mine.awarded")));
        archive.setId("archive-challenge");
        archive.setTooltipText(getTranslation("marketplace.mine.archive-challenge-tooltip"));
        archive.addClickListener(e -> changeStatus(() -> challenges.archive(editing), getTranslation("marketplace.mine.archived")));
        status.setId("challenge-status");
        H3 heading = new H3(getTranslation("marketplace.mine.challenge-heading"));
        // the form is long: it scrolls between its heading and its buttons
        Scroller scroller = new Scroller(form);
        VerticalLayout right = new VerticalLayout(new HorizontalLayout(heading, status), scroller,
                PostingActions.buttonRow(save, submit, award, archive));
        right.setSizeFull();
        right.setFlexGrow(1, scroller);
        addToPrimary(left);
        addToSecondary(right);
        setSplitterPosition(40);
        refresh();
        startNew();
    }

    private void startNew() {
        editing = null;
        grid.asSingleSelect().clear();
        form.clear();
        status.setText(getTranslation("marketplace.mine.new-draft"));
        save.setVisible(true);
        submit.setVisible(true);
        save.setEnabled(true);
        submit.setEnabled(true);
        award.setVisible(false);
        archive.setVisible(false);
    }

    private void open(long id) {
        ChallengeDetails details = challenges.challenge(id);
        editing = id;
        List<String> emails = details.invitees().stream().map(PersonBrief::email).toList();
        boolean draft = details.status() == ProjectStatus.DRAFT;
        form.show(details.content(), emails, draft);
        status.setText(Labels.of(details.status()) + (details.reviewComment() == null ? "" : " — " + details.reviewComment()));
        // a challenge closes at its deadline, not by hand
        PostingActions.showSteps(details.status(), save, submit, null, award, archive);
    }

    private void changeStatus(Runnable change, String message) {
        if (editing != null && PostingActions.attempt(change)) {
            saved(editing, message);
        }
    }

    private Optional<Long> save() {
        // validate the form before anyone is invited: an invitation mail goes out for addresses new to Crossfield
        if (form.validatedDraft(Set.of()).isEmpty()) {
            return Optional.empty();
        }
        Set<Long> invitees = new HashSet<>();
        if (!form.inviteeEmails().isEmpty()) {
            try {
                invitees.addAll(identity.inviteesByEmail(form.inviteeEmails()));
            } catch (InvalidAccountException e) {
                Notices.error(String.join(" ", e.problems()));
                return Optional.empty();
            }
        }
        Optional<ChallengeDraft> draft = form.validatedDraft(invitees);
        if (draft.isEmpty()) {
            return Optional.empty();
        }
        Optional<Long> saved = PostingActions.saveDraft(editing, () -> challenges.createDraft(draft.get()),
                id -> challenges.updateDraft(id, draft.get()));
        saved.ifPresent(id -> editing = id);
        return saved;
    }

    private void saved(long id, String message) {
        Notices.success(message);
        refresh();
        open(id);
    }

    private void refresh() {
        grid.setItems(challenges.myChallenges());
    }
}
