package org.crossfield.identity.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A way of signing in besides the password form (e.g. OpenID Connect providers): a Spring bean that adds its part to
 * the one security filter chain, so that the chain is built in one place, and may show something on the login page.
 */
public interface LoginExtension {

    void configure(HttpSecurity http) throws Exception;

    /** What the login page shows for this extension under the form (new components on every call); none by default. */
    default List<Component> loginPageItems() {
        return List.of();
    }
}
