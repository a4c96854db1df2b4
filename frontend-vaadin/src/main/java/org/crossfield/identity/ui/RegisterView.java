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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
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
@AnonymousAllowed
public class RegisterView extends AnonymousPage implements BeforeEnterObserver, HasDynamicTitle {


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
            AccountPages.message(card, "registration-closed", getTranslation("identity.register.closed.title"),
                    getTranslation("identity.register.closed.text"));
        }
    }

    private void showForm() {
        Binder<Draft> binder = new Binder<>(Draft.class);
        Draft draft = new Draft();
        TextField name = new TextField(getTranslation("identity.register.name"));
        name.setId("register-name");
        binder.forField(name).asRequired(getTranslation("identity.account.name-required")).bind(Draft::getName, Draft::setName);
        EmailField email = new EmailField(getTranslation("identity.register.email"));
        email.setId("register-email");
        email.setHelperText(getTranslation("identity.register.email-help"));
        binder.forField(email).asRequired(getTranslation("identity.register.email-required"))
                .withValidator(new EmailValidator(getTranslation("identity.register.email-invalid")))
                .bind(Draft::getEmail, Draft::setEmail);
        Select<String> role = roleSelect();
        binder.forField(role).withValidator(java.util.Objects::nonNull, getTranslation("identity.register.role-required"))
                .bind(Draft::getRole, Draft::setRole);
        Select<String> language = languageSelect();
        binder.forField(language).bind(Draft::getLanguage, Draft::setLanguage);
        binder.setBean(draft);
        Paragraph problem = problem();
        Button submit = new Button(getTranslation("identity.register.submit"), click -> {
            if (binder.validate().isOk()) {
                try {
                    registration.register(new RegistrationCmd(draft.getName(), draft.getEmail(), draft.getRole(),
                            draft.getLanguage()));
                    AccountPages.message(card, "registration-sent", getTranslation("identity.register.sent.title"),
                            getTranslation("identity.register.sent.text", draft.getEmail().strip()),
                            getTranslation("identity.register.sent.no-mail"));
                } catch (InvalidAccountException e) {
                    show(problem, AdminUi.problems(e));
                }
            }
        });
        submit.setId("register-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        H2 title = new H2(getTranslation("identity.register.title"));
        title.setId("register-title");
        Paragraph intro = new Paragraph(getTranslation("identity.register.intro"));
        intro.addClassName("cf-muted");
        card.add(title, intro, form(name, email, role, language), problem, submit, new Paragraph(AccountPages.toLogin()));
    }

    private void showInstitution() {
        Object ticket = VaadinSession.getCurrent().getSession().getAttribute(InstitutionalLogin.TICKET);
        PendingRegistration person;
        try {
            person = institutions.firstSignIn(ticket instanceof String t ? t : null);
        } catch (InvalidAccountLinkException e) {
            AccountPages.message(card, "sign-in-expired", getTranslation("identity.register.sign-in-again.title"),
                    getTranslation("identity.register.sign-in-again.text"));
            return;
        }
        Select<String> role = roleSelect();
        Select<String> language = languageSelect();
        language.setValue("en");
        Paragraph problem = problem();
        Button ask = new Button(getTranslation("identity.register.ask"), click -> {
            if (role.isEmpty()) {
                role.setInvalid(true);
                role.setErrorMessage(getTranslation("identity.register.role-required"));
                return;
            }
            try {
                PendingRegistration pending = institutions.requestAccess((String) ticket, role.getValue(), language.getValue());
                VaadinSession.getCurrent().getSession().removeAttribute(InstitutionalLogin.TICKET);
                AccountPages.message(card, "access-requested", getTranslation("identity.register.waiting.title"),
                        pending.organisationName() == null
                                ? getTranslation("identity.register.waiting.text", AccountPages.roleLabel(pending.requestedRole()))
                                : getTranslation("identity.register.waiting.text-at", AccountPages.roleLabel(pending.requestedRole()),
                                        pending.organisationName()));
            } catch (InvalidAccountException e) {
                show(problem, AdminUi.problems(e));
            } catch (InvalidAccountLinkException e) {
                show(problem, List.of(getTranslation("identity.register.too-late")));
            }
        });
        ask.setId("request-access");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        H2 title = new H2(getTranslation("identity.register.welcome"));
        title.setId("first-sign-in-title");
        Paragraph who = new Paragraph(getTranslation("identity.register.first-sign-in", person.displayName(), person.email())
                + " " + (person.organisationName() == null ? getTranslation("identity.register.no-organisation")
                : getTranslation("identity.register.your-organisation", person.organisationName())));
        who.setId("first-sign-in-who");
        card.add(title, who, new Paragraph(getTranslation("identity.register.which-role")),
                form(role, language), problem, ask, new Paragraph(AccountPages.toLogin()));
    }

    private static Select<String> roleSelect() {
        Select<String> role = new Select<>();
        role.setLabel(AdminUi.t("identity.register.role"));
        role.setId("register-role");
        role.setItems(RegistrationService.REQUESTABLE_ROLES);
        role.setItemLabelGenerator(AccountPages::roleLabel);
        role.setPlaceholder(AdminUi.t("identity.choose"));
        return role;
    }

    private static Select<String> languageSelect() {
        Select<String> language = new Select<>();
        language.setLabel(AdminUi.t("identity.register.language"));
        language.setId("register-language");
        language.setItems(AdminUi.LANGUAGE_CODES);
        language.setItemLabelGenerator(MyAccountView.LANGUAGES::get);
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

    @Override
    public String getPageTitle() {
        return getTranslation("identity.register.page-title");
    }
}
