package org.crossfield.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import org.crossfield.identity.InstitutionalSignInService;
import org.crossfield.identity.InvalidAccountException;
import org.crossfield.identity.InvalidAccountLinkException;
import org.crossfield.identity.PendingRegistration;
import org.crossfield.identity.RegistrationCmd;
import org.crossfield.identity.RegistrationService;

/**
 * Asking for an account: with name, work address and role when the operator allows self-registration; or, after a
 * first sign-in through an institution ({@code register?institution}), with just the role, the institution having
 * vouched for name and address.
 */
@Route(value = "register", autoLayout = false)
@PageTitle("Register · Crossfield")
@AnonymousAllowed
public class RegisterView extends AnonymousPage implements BeforeEnterObserver {

    static final Map<String, String> LANGUAGES = Map.of("en", "English", "de", "Deutsch", "fr", "Français", "nl", "Nederlands");

    private final RegistrationService registration;
    private final InstitutionalSignInService institutions;
    private final Div card;

    /** What the form binds to. */
    static final class Draft {
        private String name = "";
        private String email = "";
        private String role;
        private String language = "en";

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getLanguage() {
            return language;
        }

        public void setLanguage(String language) {
            this.language = language;
        }
    }

    public RegisterView(RegistrationService registration, InstitutionalSignInService institutions) {
        this.registration = registration;
        this.institutions = institutions;
        this.card = AccountPages.card("registration");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        card.removeAll();
        if (event.getLocation().getQueryParameters().getParameters().containsKey("institution")) {
            showInstitution();
        } else if (registration.isOpen()) {
            showForm();
        } else {
            AccountPages.message(card, "registration-closed", "Registration is closed",
                    "Crossfield does not take registrations here. Ask the coordinator of your programme for an"
                            + " invitation.");
        }
    }

    private void showForm() {
        Binder<Draft> binder = new Binder<>(Draft.class);
        Draft draft = new Draft();
        TextField name = new TextField("Your name");
        name.setId("register-name");
        binder.forField(name).asRequired("Enter your name.").bind(Draft::getName, Draft::setName);
        EmailField email = new EmailField("Work e-mail address");
        email.setId("register-email");
        email.setHelperText("Your address at your university, hospital or company: it tells Crossfield your organisation.");
        binder.forField(email).asRequired("Enter your e-mail address.")
                .withValidator(new EmailValidator("Enter a valid e-mail address.")).bind(Draft::getEmail, Draft::setEmail);
        Select<String> role = roleSelect();
        binder.forField(role).withValidator(java.util.Objects::nonNull, "Choose the role you need.").bind(Draft::getRole, Draft::setRole);
        Select<String> language = languageSelect();
        binder.forField(language).bind(Draft::getLanguage, Draft::setLanguage);
        binder.setBean(draft);
        Paragraph problem = problem();
        Button submit = new Button("Register", click -> {
            if (binder.validate().isOk()) {
                try {
                    registration.register(new RegistrationCmd(draft.getName(), draft.getEmail(), draft.getRole(),
                            draft.getLanguage()));
                    AccountPages.message(card, "registration-sent", "Check your inbox",
                            "If " + draft.getEmail().strip() + " can register, a mail with a link to confirm the address"
                                    + " and choose your password is on its way. The link works for two days.",
                            "No mail within a few minutes? Look in your spam folder. If the address already has an"
                                    + " account, the mail says so, and you can log in or ask for a new password.");
                } catch (InvalidAccountException e) {
                    show(problem, e.problems());
                }
            }
        });
        submit.setId("register-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        H2 title = new H2("Register");
        title.setId("register-title");
        Paragraph intro = new Paragraph("Ask for an account. After you confirm your address, the coordinator of your"
                + " organisation or an administrator approves the role you need.");
        intro.addClassName("cf-muted");
        card.add(title, intro, form(name, email, role, language), problem, submit, new Paragraph(AccountPages.toLogin()));
    }

    private void showInstitution() {
        Object ticket = VaadinSession.getCurrent().getSession().getAttribute(InstitutionalLogin.TICKET);
        PendingRegistration person;
        try {
            person = institutions.firstSignIn(ticket instanceof String t ? t : null);
        } catch (InvalidAccountLinkException e) {
            AccountPages.message(card, "sign-in-expired", "Please sign in again",
                    "This page works for a short while after you sign in through your institution. Sign in again from"
                            + " the login page.");
            return;
        }
        Select<String> role = roleSelect();
        Select<String> language = languageSelect();
        language.setValue("en");
        Paragraph problem = problem();
        Button ask = new Button("Ask for access", click -> {
            if (role.isEmpty()) {
                role.setInvalid(true);
                role.setErrorMessage("Choose the role you need.");
                return;
            }
            try {
                PendingRegistration pending = institutions.requestAccess((String) ticket, role.getValue(), language.getValue());
                VaadinSession.getCurrent().getSession().removeAttribute(InstitutionalLogin.TICKET);
                AccountPages.message(card, "access-requested", "Your account waits for approval",
                        "You asked to be " + AccountPages.roleLabel(pending.requestedRole()) + (pending.organisationName() == null
                                ? "." : " at " + pending.organisationName() + ".")
                                + " The organisation's coordinator or an administrator approves it; you get an e-mail"
                                + " then, and sign in again through your institution.");
            } catch (InvalidAccountException e) {
                show(problem, e.problems());
            } catch (InvalidAccountLinkException e) {
                show(problem, List.of("Too late: sign in again from the login page."));
            }
        });
        ask.setId("request-access");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        H2 title = new H2("Welcome to Crossfield");
        title.setId("first-sign-in-title");
        Paragraph who = new Paragraph("You signed in as " + person.displayName() + " (" + person.email() + ") for the"
                + " first time. " + (person.organisationName() == null
                ? "No organisation in Crossfield matches your address; an administrator attaches you to yours."
                : "Your organisation: " + person.organisationName() + "."));
        who.setId("first-sign-in-who");
        card.add(title, who, new Paragraph("Which role do you need? Your request waits for approval."),
                form(role, language), problem, ask, new Paragraph(AccountPages.toLogin()));
    }

    private static Select<String> roleSelect() {
        Select<String> role = new Select<>();
        role.setLabel("Role you need");
        role.setId("register-role");
        role.setItems(RegistrationService.REQUESTABLE_ROLES);
        role.setItemLabelGenerator(AccountPages::roleLabel);
        role.setPlaceholder("Choose");
        return role;
    }

    private static Select<String> languageSelect() {
        Select<String> language = new Select<>();
        language.setLabel("Language of your e-mails");
        language.setId("register-language");
        language.setItems("en", "de", "fr", "nl");
        language.setItemLabelGenerator(LANGUAGES::get);
        return language;
    }

    private static FormLayout form(com.vaadin.flow.component.Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return form;
    }

    private static Paragraph problem() {
        Paragraph problem = new Paragraph();
        problem.setId("register-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        return problem;
    }

    private static void show(Paragraph problem, List<String> problems) {
        problem.setText(String.join(" ", problems));
        problem.setVisible(true);
    }
}
