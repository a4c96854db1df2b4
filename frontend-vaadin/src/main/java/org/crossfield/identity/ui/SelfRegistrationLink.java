package org.crossfield.identity.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.crossfield.identity.RegistrationService;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Component;

/** The login page's "Register" link, shown only when the operator switched self-registration on. */
@Component
@Order(20)
class SelfRegistrationLink implements LoginExtension {

    private final RegistrationService registration;

    SelfRegistrationLink(RegistrationService registration) {
        this.registration = registration;
    }

    /** Registration needs no part of the filter chain: its pages are anonymous views. */
    @Override
    public void configure(HttpSecurity http) {
    }

    @Override
    public List<com.vaadin.flow.component.Component> loginPageItems() {
        if (!registration.isOpen()) {
            return List.of();
        }
        RouterLink register = new RouterLink(AdminUi.t("identity.register.submit"), RegisterView.class);
        register.setId("register-link");
        Div line = new Div(new Span(AdminUi.t("identity.register.no-account") + " "), register);
        line.addClassName("cf-muted");
        return List.of(line);
    }
}
