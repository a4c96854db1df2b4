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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Crossfield")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final List<String> DEMO_ACCOUNTS = List.of("admin", "coordinator", "partner", "mentor", "supervisor", "student");

    private final LoginForm login = new LoginForm();

    public LoginView(@Value("${crossfield.demo.enabled:false}") boolean demoMode) {
        addClassName("cf-login-page");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        H1 brand = new H1("Crossfield");
        brand.addClassName("cf-brand");
        Paragraph tagline = new Paragraph("Where academia and industry collaborate on health data science.");
        tagline.addClassName("cf-muted");

        login.setId("login-form");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(e -> login.getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        login.setI18n(i18n("Incorrect e-mail or password", "Check your e-mail address and password and try again."));
        add(brand, tagline, login);

        if (demoMode) {
            Div demo = new Div();
            demo.setId("demo-accounts");
            demo.addClassName("cf-card");
            demo.setMaxWidth("22rem");
            demo.add(new Span("Demo mode. Log in as any of these, password "), strong("demo"), new Span(":"));
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
            login.setI18n(i18n("Login temporarily locked", locked.getMessage()));
        }
        login.setError(true);
    }

    private static LoginI18n i18n(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Log in");
        i18n.getForm().setUsername("E-mail");
        i18n.getForm().setForgotPassword("Forgot your password?");
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
