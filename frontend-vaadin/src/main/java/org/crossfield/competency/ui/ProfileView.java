package org.crossfield.competency.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.crossfield.competency.CompetencyFrameworkService;
import org.crossfield.competency.CompetencyProfile;
import org.crossfield.competency.FrameworkDetails;
import org.crossfield.competency.InvalidProfileChangeException;
import org.crossfield.competency.ProfileChange;
import org.crossfield.competency.ProfileService;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.identity.Roles;
import org.crossfield.platform.ui.Notices;

/** "My competency profile": the person's own levels and evidence, per competency of the active framework. */
@Route("profile")
@PageTitle("My competency profile")
@Menu(order = 10, icon = "vaadin:academy-cap", title = "My competency profile")
@RolesAllowed({Roles.STUDENT, Roles.SUPERVISOR, Roles.MENTOR})
public class ProfileView extends VerticalLayout {

    private final ProfileService profiles;
    private final long personId;
    private final ProfileForm form;
    private final Div problems = new Div();

    public ProfileView(AuthenticationContext authentication, ProfileService profiles, CompetencyFrameworkService frameworks) {
        this.profiles = profiles;
        this.personId = authentication.getAuthenticatedUser(CrossfieldUser.class).orElseThrow().getId();
        setId("profile-view");
        FrameworkDetails framework = frameworks.activeFramework();

        Paragraph intro = new Paragraph("Rate yourself on the competencies you have, from 1 (Associate) to 5 (Principal), and add "
                + "evidence where you can. Matching uses this profile; levels confirmed by someone else are marked verified, "
                + "and any change you make becomes self-assessed again.");
        intro.addClassName("cf-muted");

        Button save = new Button("Save profile", e -> save());
        save.setId("save-profile");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button discard = new Button("Discard changes", e -> reload());
        discard.setId("discard-profile");
        HorizontalLayout actions = new HorizontalLayout(save, discard);
        actions.getStyle().set("position", "sticky").set("top", "0").set("z-index", "2")
                .set("background", "var(--lumo-base-color)").set("padding", "var(--lumo-space-s) 0");
        actions.setWidthFull();

        problems.setId("profile-problems");
        problems.addClassName("cf-errors");
        problems.setVisible(false);

        form = new ProfileForm(framework);
        form.setWidthFull();
        add(intro, levelGuide(framework), actions, problems, form);
        reload();
    }

    private void save() {
        problems.setVisible(false);
        List<ProfileChange> changes = form.validatedChanges().orElse(null);
        if (changes == null) {
            showProblems(List.of("Some fields need attention; see the messages next to them."));
            return;
        }
        if (changes.isEmpty()) {
            Notification.show("Nothing to save: you have not changed anything.", 3000, Notification.Position.BOTTOM_END);
            return;
        }
        try {
            CompetencyProfile saved = profiles.updateProfile(personId, changes);
            form.setProfile(saved);
            Notices.success("Profile saved (" + changes.size() + (changes.size() == 1 ? " change)." : " changes)."));
        } catch (InvalidProfileChangeException e) {
            showProblems(e.problems());
        }
    }

    private void reload() {
        problems.setVisible(false);
        form.setProfile(profiles.profileOf(personId));
    }

    private void showProblems(List<String> messages) {
        problems.removeAll();
        messages.forEach(m -> problems.add(new Div(new Span(m))));
        problems.setVisible(true);
    }

    private static Details levelGuide(FrameworkDetails framework) {
        VerticalLayout guide = new VerticalLayout();
        guide.setPadding(false);
        guide.setSpacing(false);
        framework.levels().forEach(l -> guide.add(new Span(l.level() + " · " + l.name() + " (" + l.dreyfus() + "): " + l.descriptor())));
        Details details = new Details("What the five levels mean", guide);
        details.setId("level-guide");
        return details;
    }
}
