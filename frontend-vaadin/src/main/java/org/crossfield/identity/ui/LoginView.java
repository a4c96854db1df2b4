package org.crossfield.identity.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Locale;
import org.crossfield.i18n.Messages;
import org.crossfield.i18n.Translations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final List<String> DEMO_ACCOUNTS = List.of("admin", "coordinator", "partner", "mentor", "supervisor", "student");

    private final LoginForm login = new LoginForm();

    public LoginView(@Value("${crossfield.demo.enabled:false}") boolean demoMode,
                     ObjectProvider<LoginExtension> extensions) {
        addClassName("cf-login-page");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        H1 brand = new H1("Crossfield");
        brand.addClassName("cf-brand");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("cf-muted");

        login.setId("login-form");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(e -> login.getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        login.setI18n(i18n(getTranslation("login.error.title"), getTranslation("login.error.message")));
        add(brand, tagline, languageChoice(), login);
        extensions.orderedStream().forEach(extension -> extension.loginPageItems().forEach(this::add));

        if (demoMode) {
            Div demo = new Div();
            demo.setId("demo-accounts");
            demo.addClassName("cf-card");
            demo.setMaxWidth("22rem");
            demo.add(new Span(getTranslation("login.demo.intro") + " "), strong("demo"), new Span(":"));
            VerticalLayout accounts = new VerticalLayout();
            accounts.setPadding(false);
            accounts.setSpacing(false);
            DEMO_ACCOUNTS.forEach(a -> accounts.add(new Span(a + "@demo.crossfield.org")));
            demo.add(accounts);
            add(demo);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            return;
        }
        Object failure = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof LockedException locked) {
            login.setI18n(i18n(getTranslation("login.locked.title"),
                    locked.getCause() instanceof ThrottledAuthenticationProvider.LoginLocked why ? Messages.of(why) : locked.getMessage()));
        } else {
            InstitutionalLogin.failureMessage(failure).ifPresent(message -> login.setI18n(i18n(getTranslation("login.not-signed-in"), message)));
        }
        login.setError(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }

    /** The language of the screens before logging in; chosen here, it becomes the person's setting when they log in. */
    private Select<Locale> languageChoice() {
        Select<Locale> language = new Select<>();
        language.setId("login-language");
        language.setLabel(getTranslation("login.language"));
        language.setItems(Translations.LANGUAGES);
        language.setItemLabelGenerator(l -> l.getDisplayLanguage(l).substring(0, 1).toUpperCase(l) + l.getDisplayLanguage(l).substring(1));
        language.setValue(Translations.supported(getLocale()));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> {
                    Languages.choose(ui, e.getValue().getLanguage(), true);
                    ui.getPage().reload();
                });
            }
        });
        return language;
    }

    private LoginI18n i18n(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot-password"));
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }

    private static Span strong(String text) {
        Span s = new Span(text);
        s.getStyle().set("font-weight", "600");
        return s;
    }
}
