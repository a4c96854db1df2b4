package org.crossfield.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crossfield.identity.CurrentUser;
import org.crossfield.identity.AccountService;
import org.crossfield.identity.InvalidAccountException;
import org.crossfield.identity.MyAccount;
import org.crossfield.identity.Roles;

/** "My account": display name, language, ORCID iD and password of the person logged in; links to API tokens; the calendar feed. */
@Route("account")
@Menu(order = 200, icon = "vaadin:user", title = "My account")
@RolesAllowed({Roles.STUDENT, Roles.SUPERVISOR, Roles.MENTOR, Roles.PARTNER, Roles.COORDINATOR, Roles.ADMIN})
public class MyAccountView extends VerticalLayout implements HasDynamicTitle {

    static final Map<String, String> LANGUAGES = new LinkedHashMap<>();

    static {
        LANGUAGES.put("en", "English");
        LANGUAGES.put("de", "Deutsch");
        LANGUAGES.put("fr", "Français");
        LANGUAGES.put("nl", "Nederlands");
    }

    /** The editable part of the account, bound by the form. */
    static final class Details {
        String displayName = "";
        String language = "en";
        String orcid = "";
    }

    private final AccountService accounts;
    private final SessionLogin login;
    private final Binder<Details> binder = new Binder<>();
    private final Details details = new Details();
    private final TextField orcid = new TextField();

    public MyAccountView(AccountService accounts, SessionLogin login, org.crossfield.identity.CalendarFeedService calendarFeeds,
                         org.springframework.core.env.Environment environment) {
        this.accounts = accounts;
        this.login = login;
        setId("my-account");
        setMaxWidth("48rem");
        MyAccount me = accounts.me();

        Paragraph who = new Paragraph(me.organisationName() == null
                ? getTranslation("identity.account.who", me.email(), AdminUi.roles(me.roles()))
                : getTranslation("identity.account.who-at", me.email(), me.organisationName(), AdminUi.roles(me.roles())));
        who.addClassName("cf-muted");

        TextField name = new TextField(getTranslation("identity.account.name"));
        name.setId("account-name");
        ComboBox<String> language = new ComboBox<>(getTranslation("account.language"));
        language.setId("account-language");
        language.setItems(LANGUAGES.keySet());
        language.setItemLabelGenerator(LANGUAGES::get);
        orcid.setLabel(getTranslation("identity.account.orcid"));
        orcid.setId("account-orcid");
        orcid.setPlaceholder("0000-0002-1825-0097");
        orcid.setHelperText(getTranslation("identity.account.orcid-help"));
        binder.forField(name).asRequired(getTranslation("identity.account.name-required"))
                .withValidator(v -> v.strip().length() <= 120, getTranslation("identity.at-most-characters", 120))
                .bind(d -> d.displayName, (d, v) -> d.displayName = v);
        binder.forField(language).asRequired(getTranslation("identity.account.language-required")).bind(d -> d.language, (d, v) -> d.language = v);
        binder.forField(orcid).bind(d -> d.orcid, (d, v) -> d.orcid = v == null ? "" : v);
        details.displayName = me.displayName();
        details.language = me.language();
        details.orcid = me.orcid() == null ? "" : me.orcid();
        binder.readBean(details);
        Button save = new Button(getTranslation("identity.save"), e -> saveDetails());
        save.setId("account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, language, orcid);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(orcid, 2);

        PasswordField current = new PasswordField(getTranslation("identity.account.current-password"));
        current.setId("account-current-password");
        current.setWidthFull();
        PasswordFields fresh = new PasswordFields("account-new", me.email(), me.displayName());
        Button change = new Button(getTranslation("identity.account.change-password"));
        change.setId("account-change-password");
        change.addClickListener(e -> {
            String chosen = fresh.value();
            if (chosen == null) {
                return;
            }
            try {
                accounts.changePassword(current.getValue(), chosen);
                // the change ends every session of this person, this one included: log this one in again
                login.logIn(me.email());
                current.clear();
                AdminUi.success(getTranslation("identity.account.password-changed"));
            } catch (InvalidAccountException ex) {
                String problem = String.join(" ", AdminUi.problems(ex));
                if ("identity.account.current-password-wrong".equals(ex.messageKey())) {
                    current.setErrorMessage(problem);
                    current.setInvalid(true);
                } else {
                    fresh.showServerProblem(problem);
                }
            }
        });
        VerticalLayout password = new VerticalLayout(current, fresh, change);
        password.setPadding(false);
        password.setMaxWidth("30rem");
        com.vaadin.flow.router.RouterLink apiTokens = new com.vaadin.flow.router.RouterLink(
                getTranslation("identity.account.api-tokens-link"), ApiTokensView.class);
        apiTokens.setId("account-api-tokens");
        add(who, form, save, new H3(getTranslation("identity.account.password-heading")), password,
                new H3(getTranslation("identity.account.api-tokens-heading")), apiTokens);
        if (CurrentUser.get().filter(u -> u.hasRole(Roles.PARTNER) || u.hasRole(Roles.COORDINATOR)).isPresent()) {
            // by route, not by class: the webhook feature depends on identity, not the other way round
            com.vaadin.flow.component.html.Anchor webhooks = new com.vaadin.flow.component.html.Anchor("account/webhooks",
                    getTranslation("webhook.account-link"));
            webhooks.setId("account-webhooks");
            add(webhooks);
        }
        add(new CalendarFeedPanel(calendarFeeds, environment.getProperty("crossfield.base-url", "http://localhost:8080")));
    }

    private void saveDetails() {
        if (!binder.writeBeanIfValid(details)) {
            return;
        }
        try {
            MyAccount saved = accounts.updateDetails(details.displayName, details.language, details.orcid);
            details.orcid = saved.orcid() == null ? "" : saved.orcid();
            binder.readBean(details);
            if (!saved.language().equals(getLocale().getLanguage())) {
                // the screens follow the new language at once
                getUI().ifPresent(ui -> {
                    Languages.choose(ui, saved.language(), true);
                    ui.getPage().reload();
                });
                return;
            }
            AdminUi.success(getTranslation("identity.saved"));
        } catch (InvalidAccountException e) {
            String problems = String.join(" ", AdminUi.problems(e));
            if (e.keyedProblems().stream().anyMatch(p -> "identity.account.orcid-invalid".equals(p.key()))) {
                orcid.setErrorMessage(problems);
                orcid.setInvalid(true);
            } else {
                AdminUi.error(problems);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.account");
    }
}
