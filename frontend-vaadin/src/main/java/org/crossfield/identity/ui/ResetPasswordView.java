package org.crossfield.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.crossfield.identity.InvalidAccountException;
import org.crossfield.identity.InvalidAccountLinkException;
import org.crossfield.identity.PasswordResetService;

/** Where a password-reset e-mail leads: a new password, every other session of the person ends, and they are in. */
@Route(value = "password-reset/:token", autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends AnonymousPage implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordResetService resets;
    private final SessionLogin login;

    public ResetPasswordView(PasswordResetService resets, SessionLogin login) {
        this.resets = resets;
        this.login = login;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        String email;
        try {
            email = resets.checkLink(token);
        } catch (InvalidAccountLinkException e) {
            add(new LinkProblemPanel(e.problem(), getTranslation("identity.reset.link-problem"),
                    getTranslation("identity.reset.new-link"), "password-reset"));
            return;
        }
        Div card = new Div();
        card.setId("reset-password-card");
        card.addClassName("cf-card");
        card.setWidth("100%");
        card.setMaxWidth("30rem");
        PasswordFields password = new PasswordFields("reset", email, null);
        Button save = new Button(getTranslation("identity.reset.save"));
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> {
            String chosen = password.value();
            if (chosen == null) {
                return;
            }
            try {
                login.logIn(resets.reset(token, chosen));
                UI.getCurrent().getPage().setLocation("./");
            } catch (InvalidAccountException e) {
                password.showServerProblem(String.join(" ", AdminUi.problems(e)));
            } catch (InvalidAccountLinkException e) {
                card.removeAll();
                card.add(new LinkProblemPanel(e.problem(), getTranslation("identity.reset.link-problem-short"),
                        getTranslation("identity.reset.new-link"), "password-reset"));
            }
        });
        card.add(new H2(getTranslation("identity.reset.title")), new Paragraph(getTranslation("identity.reset.for", email)),
                password, save);
        add(card);
        password.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.reset.page-title");
    }
}
