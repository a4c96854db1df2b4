package org.crossfield.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.crossfield.identity.PasswordResetService;

/**
 * "Forgot password": the person gives their address and always reads the same answer, whether it has an account or
 * not, so the page cannot be used to find out who is registered.
 */
@Route(value = "password-reset", autoLayout = false)
@PageTitle("Forgot your password · Crossfield")
@AnonymousAllowed
public class ForgotPasswordView extends AnonymousPage {

    public ForgotPasswordView(PasswordResetService resets) {
        Div card = new Div();
        card.setId("forgot-password");
        card.addClassName("cf-card");
        card.setWidth("100%");
        card.setMaxWidth("30rem");
        EmailField email = new EmailField("Your e-mail address");
        email.setId("forgot-email");
        email.setWidthFull();
        email.setRequiredIndicatorVisible(true);
        email.setErrorMessage("Enter the e-mail address you log in with.");
        Button send = new Button("Send me a link");
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
            done.setText("If " + email.getValue().strip() + " belongs to an account, we have sent a link to it. The link"
                    + " works once, for an hour. Nothing arrived? Check your spam folder, or ask again in a few minutes.");
            done.setVisible(true);
        });
        card.add(new H2("Forgot your password?"),
                new Paragraph("Give the address you log in with, and we will e-mail you a link to choose a new password."),
                email, send, done, new Anchor("login", "Back to the login page"));
        add(card);
        email.focus();
    }
}
