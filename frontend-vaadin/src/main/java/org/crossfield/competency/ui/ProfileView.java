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
import java.util.Optional;
import org.crossfield.competency.CompetencyFrameworkService;
import org.crossfield.competency.CompetencyProfile;
import org.crossfield.competency.FrameworkDetails;
import org.crossfield.competency.InvalidProfileChangeException;
import org.crossfield.competency.ProfileChange;
import org.crossfield.competency.ProfileService;
import org.crossfield.i18n.Messages;
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

        Paragraph intro = new Paragraph(getTranslation("competency.profile.intro"));
        intro.addClassName("cf-muted");

        Button save = new Button(getTranslation("competency.profile.save"), e -> save());
        save.setId("save-profile");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button discard = new Button(getTranslation("competency.profile.discard"), e -> reload());
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
            showProblems(List.of(getTranslation("competency.profile.fields-need-attention")));
            return;
        }
        if (changes.isEmpty()) {
            Notification.show(getTranslation("competency.profile.nothing-to-save"), 3000, Notification.Position.BOTTOM_END);
            return;
        }
        try {
            CompetencyProfile saved = profiles.updateProfile(personId, changes);
            form.setProfile(saved);
            Notices.success(getTranslation("competency.profile.saved", changes.size()));
        } catch (InvalidProfileChangeException e) {
            showProblems(e.details().stream().map(p -> Optional.ofNullable(Messages.text(p)).orElse(p.english())).toList());
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

    private Details levelGuide(FrameworkDetails framework) {
        VerticalLayout guide = new VerticalLayout();
        guide.setPadding(false);
        guide.setSpacing(false);
        framework.levels().forEach(l -> guide.add(new Span(Levels.line(l))));
        Details details = new Details(getTranslation("competency.profile.level-guide"), guide);
        details.setId("level-guide");
        return details;
    }
}
