package org.crossfield.marketplace.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.crossfield.i18n.Dates;
import org.crossfield.identity.CurrentUser;
import org.crossfield.identity.Roles;
import org.crossfield.marketplace.ChallengeDetails;
import org.crossfield.marketplace.ChallengeDraft;
import org.crossfield.marketplace.ChallengeNotFoundException;
import org.crossfield.marketplace.ChallengeService;
import org.crossfield.marketplace.GovernanceTerms;
import org.crossfield.marketplace.ProjectStatus;
import org.crossfield.marketplace.RequiredCompetency;
import org.springframework.security.access.AccessDeniedException;

/** One challenge as the people who may see it read it: what is asked, by when, on which data and under which terms. */
@Route("challenges/:challengeId")
@PageTitle("Challenge")
@RolesAllowed({Roles.STUDENT, Roles.SUPERVISOR, Roles.MENTOR, Roles.PARTNER, Roles.COORDINATOR, Roles.ADMIN})
public class ChallengeDetailsView extends VerticalLayout implements BeforeEnterObserver {

    private final ChallengeService challenges;
    private final org.crossfield.competency.CompetencyFrameworkService framework;
    private final org.crossfield.competency.ProfileService profiles;

    public ChallengeDetailsView(ChallengeService challenges, org.crossfield.competency.CompetencyFrameworkService framework,
                                org.crossfield.competency.ProfileService profiles) {
        this.challenges = challenges;
        this.framework = framework;
        this.profiles = profiles;
        setId("challenge-details");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        ChallengeDetails details;
        try {
            details = challenges.challenge(Long.parseLong(event.getRouteParameters().get("challengeId").orElse("")));
        } catch (NumberFormatException | ChallengeNotFoundException | AccessDeniedException e) {
            // a challenge one may not see is answered like one that does not exist
            add(new H2(getTranslation("marketplace.challenge.not-found")), new Paragraph(getTranslation("marketplace.challenge.not-found-text")),
                    new Anchor("postings", getTranslation("marketplace.find-postings")));
            return;
        }
        ChallengeDraft c = details.content();
        H2 title = new H2(c.title());
        title.setId("challenge-heading");
        Paragraph meta = new Paragraph(getTranslation("marketplace.challenge.meta", details.organisationName(), details.country(),
                details.programmeName(), Labels.of(details.status()), Dates.day(c.deadline(), getLocale())));
        meta.addClassName("cf-muted");
        add(new Anchor("postings", getTranslation("marketplace.find-postings")), title, meta);
        boolean student = CurrentUser.get().map(u -> u.hasRole(Roles.STUDENT)).orElse(false);
        if (student && details.status() == ProjectStatus.OPEN) {
            Button apply = new Button(getTranslation("marketplace.challenge.apply"), VaadinIcon.PAPERPLANE.create(),
                    e -> UI.getCurrent().navigate("challenges/" + details.id() + "/apply"));
            apply.setId("apply-to-challenge");
            apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(apply);
        }
        add(new Paragraph(c.summary()), new Paragraph(c.description()));
        section(getTranslation("marketplace.challenge.deliverables"), c.deliverables());
        section(getTranslation("marketplace.challenge.timeline"), c.timeline());
        section(getTranslation("marketplace.challenge.compensation"), c.compensation());
        section(getTranslation("marketplace.preferred-ip-regime"), c.ipRegimeCode() == null ? null : challenges.ipRegimes().stream()
                .filter(r -> r.code().equals(c.ipRegimeCode())).map(r -> Labels.ipRegime(r.code(), r.title())).findFirst()
                .orElse(Labels.ipRegime(c.ipRegimeCode(), null)));
        java.util.Map<String, String> names = RequirementsTable.competencyNames(framework, getLocale());
        Grid<RequiredCompetency> requirements = RequirementsTable.of("challenge-requirements", c.requirements(), names,
                RequiredCompetency::weight);
        add(new H3(getTranslation("marketplace.required-competencies")), requirements);
        if (student) {
            add(Fit.paragraph(c.requirements(), profiles.profileOf(CurrentUser.require().getId()), names));
        }
        GovernanceTerms g = c.governance();
        UnorderedList governance = new UnorderedList(
                new ListItem(getTranslation("marketplace.governance.line.data-tier", Labels.of(g.dataTier()))),
                new ListItem(getTranslation("marketplace.governance.line.access-model", Labels.of(g.accessModel()))),
                new ListItem(getTranslation("marketplace.governance.line.ethics", yesNo(g.ethicsApprovalNeeded()))),
                new ListItem(getTranslation("marketplace.governance.line.dpia", yesNo(g.dpiaNeeded()))),
                new ListItem(getTranslation("marketplace.governance.line.dsa", yesNo(g.dataSharingAgreementNeeded()))),
                new ListItem(getTranslation("marketplace.governance.line.legal-basis", orDash(g.gdprLegalBasis()))),
                new ListItem(getTranslation("marketplace.governance.line.identifier", orDash(g.fairIdentifier()))),
                new ListItem(getTranslation("marketplace.governance.line.licence", orDash(g.fairLicence()))),
                new ListItem(getTranslation("marketplace.governance.line.standard", orDash(g.fairMetadataStandard()))));
        governance.setId("challenge-governance");
        add(new H3(getTranslation("marketplace.governance.heading")), governance);
    }

    private void section(String heading, String text) {
        if (text != null && !text.isBlank()) {
            add(new H3(heading), new Paragraph(text));
        }
    }

    private String yesNo(boolean b) {
        return getTranslation(b ? "marketplace.yes" : "marketplace.no");
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
