package org.crossfield.marketplace.ui;

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
public class MyChallengesView extends MyPostingsLayout<PostingSummary> {

    private final ChallengeService challenges;
    private final IdentityService identity;
    private final ChallengeForm form;

    public MyChallengesView(ChallengeService challenges, IdentityService identity, CompetencyFrameworkService framework,
                            Clock clock) {
        // the end of a challenge: closed at its deadline by Crossfield, then awarded or archived by its poster
        super(new Texts("challenge", "marketplace.mine.new-challenge", "marketplace.mine.challenges-empty",
                "marketplace.mine.challenge-heading", null, "marketplace.mine.award-challenge-tooltip",
                "marketplace.mine.archive-challenge-tooltip"));
        this.challenges = challenges;
        this.identity = identity;
        form = new ChallengeForm(challenges.programmes(), challenges.ipRegimes(), framework.activeFramework().competencies(),
                clock);

        // titles wrap instead of being cut to a few letters in the narrow list
        // the list is narrow: titles wrap, and the reviewer's comment is in the status's tooltip (and next to the
        // status when the challenge is open in the form) instead of a column that pushed the others out of sight
        grid.addColumn(PostingSummary::title).setHeader(getTranslation("marketplace.mine.challenge-heading")).setFlexGrow(1).setTooltipGenerator(PostingSummary::title);
        grid.addColumn(p -> Labels.of(p.status()) + (p.reviewComment() == null ? "" : " " + getTranslation("marketplace.mine.sent-back"))).setHeader(getTranslation("marketplace.column.status"))
                .setWidth("7rem").setFlexGrow(0)
                .setTooltipGenerator(p -> p.reviewComment() == null ? Labels.of(p.status()) : getTranslation("marketplace.mine.reviewer-comment", p.reviewComment()));
        grid.addColumn(p -> Dates.day(p.deadline(), getLocale())).setHeader(getTranslation("marketplace.column.deadline")).setWidth("8rem").setFlexGrow(0);
        layOut(form, new Steps<>(PostingSummary::id, challenges::myChallenges, form::clear, this::show, this::saveDraft,
                challenges::submit, null, challenges::award, challenges::archive));
    }

    private Shown show(long id) {
        ChallengeDetails details = challenges.challenge(id);
        List<String> emails = details.invitees().stream().map(PersonBrief::email).toList();
        boolean draft = details.status() == ProjectStatus.DRAFT;
        form.show(details.content(), emails, draft);
        // a challenge closes at its deadline, not by hand
        return new Shown(details.status(), details.reviewComment());
    }

    private Optional<Long> saveDraft(Long id) {
        // validate the form before anyone is invited: an invitation mail goes out for addresses new to Crossfield
        if (form.validatedDraft(Set.of()).isEmpty()) {
            return Optional.empty();
        }
        Set<Long> invitees = new HashSet<>();
        if (!form.inviteeEmails().isEmpty()) {
            try {
                invitees.addAll(identity.inviteesByEmail(form.inviteeEmails()));
            } catch (InvalidAccountException e) {
                Notices.error(String.join(" ", e.keyedProblems().stream().map(p -> Labels.message(p, p.english())).toList()));
                return Optional.empty();
            }
        }
        Optional<ChallengeDraft> draft = form.validatedDraft(invitees);
        if (draft.isEmpty()) {
            return Optional.empty();
        }
        return PostingActions.saveDraft(id, () -> challenges.createDraft(draft.get()),
                existing -> challenges.updateDraft(existing, draft.get()));
    }
}
