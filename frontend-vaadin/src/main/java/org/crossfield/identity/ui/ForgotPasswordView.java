package org.crossfield.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.crossfield.identity.PasswordResetService;

/**
 * "Forgot password": the person gives their address and always reads the same answer, whether it has an account or
 * not, so the page cannot be used to find out who is registered.
 */
@Route(value = "password-reset", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends AnonymousPage implements HasDynamicTitle {

    public ForgotPasswordView(PasswordResetService resets) {
        Div card = new Div();
        card.setId("forgot-password");
        card.addClassName("cf-card");
        card.setWidth("100%");
        card.setMaxWidth("30rem");
        EmailField email = new EmailField(getTranslation("identity.forgot.email"));
        email.setId("forgot-email");
        email.setWidthFull();
        email.setRequiredIndicatorVisible(true);
        email.setErrorMessage(getTranslation("identity.forgot.email-required"));
        Button send = new Button(getTranslation("identity.forgot.send"));
        send.setId("forgot-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        Paragraph done = new Paragraph();
        done.setId("forgot-done");
        done.setVisible(false);
        send.addClickListener(click -> {
            if (email.getValue().isBlank() || email.isInvalid()) {
                email.setInvalid(true);
                return;
            }
            resets.requestReset(email.getValue());
            done.setText(getTranslation("identity.forgot.done", email.getValue().strip()));
            done.setVisible(true);
        });
        card.add(new H2(getTranslation("login.forgot-password")),
                new Paragraph(getTranslation("identity.forgot.intro")),
                email, send, done, new Paragraph(new Anchor("login", getTranslation("identity.back-to-login"))));
        add(card);
        email.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.forgot.page-title");
    }
}
