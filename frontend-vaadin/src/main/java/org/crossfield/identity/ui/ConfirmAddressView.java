package org.crossfield.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.crossfield.identity.InvalidAccountException;
import org.crossfield.identity.InvalidAccountLinkException;
import org.crossfield.identity.PasswordPolicy;
import org.crossfield.identity.PendingRegistration;
import org.crossfield.identity.RegistrationService;

/** The page the confirmation mail links to: the person confirms their address and chooses a password. */
@Route(value = "register/confirm/:token", autoLayout = false)
@PageTitle("Confirm your address · Crossfield")
@AnonymousAllowed
public class ConfirmAddressView extends VerticalLayout implements BeforeEnterObserver {

    private final RegistrationService registration;
    private final Div card;

    /** What the form binds to. */
    static final class Passwords {
        private String password = "";
        private String repeat = "";

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public String getRepeat() {
            return repeat;
        }

        public void setRepeat(String repeat) {
            this.repeat = repeat;
        }
    }

    public ConfirmAddressView(RegistrationService registration) {
        this.registration = registration;
        this.card = AccountPages.frame(this);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        card.removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        try {
            show(token, registration.confirmation(token));
        } catch (InvalidAccountLinkException e) {
            AccountPages.linkProblem(card, e, registration.isOpen() ? RegisterView.class : null,
                    "Register again to get a new link");
        }
    }

    private void show(String token, PendingRegistration person) {
        Passwords passwords = new Passwords();
        Binder<Passwords> binder = new Binder<>(Passwords.class);
        PasswordField password = new PasswordField("Choose a password");
        password.setId("confirm-password");
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; a few words make a good one.");
        binder.forField(password)
                .withValidator((value, context) -> PasswordPolicy.problem(value, person.email(), person.displayName())
                        .map(ValidationResult::error).orElse(ValidationResult.ok()))
                .bind(Passwords::getPassword, Passwords::setPassword);
        PasswordField repeat = new PasswordField("Type it again");
        repeat.setId("confirm-repeat");
        binder.forField(repeat)
                .withValidator(value -> value.equals(password.getValue()), "The two passwords differ.")
                .bind(Passwords::getRepeat, Passwords::setRepeat);
        binder.setBean(passwords);
        Paragraph problem = new Paragraph();
        problem.setId("confirm-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        Button confirm = new Button("Confirm my address", click -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                PendingRegistration done = registration.confirm(token, passwords.getPassword());
                AccountPages.message(card, "address-confirmed", "Your address is confirmed",
                        "Your request to be " + AccountPages.roleLabel(done.requestedRole()) + " at "
                                + done.organisationName() + " now waits for approval by its coordinator or an"
                                + " administrator. You get an e-mail when you can log in.");
            } catch (InvalidAccountException e) {
                problem.setText(String.join(" ", e.problems()));
                problem.setVisible(true);
            } catch (InvalidAccountLinkException e) {
                AccountPages.linkProblem(card, e, null, null);
            }
        });
        confirm.setId("confirm-submit");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        H2 title = new H2("Confirm your address");
        title.setId("confirm-title");
        Paragraph who = new Paragraph(person.displayName() + ", " + person.email() + ": you asked to be "
                + AccountPages.roleLabel(person.requestedRole()) + " at " + person.organisationName() + ".");
        who.setId("confirm-who");
        FormLayout form = new FormLayout(password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        card.add(title, who, form, problem, confirm);
    }
}
