package org.crossfield.identity.ui;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A way of signing in besides the password form (e.g. OpenID Connect providers): a Spring bean that adds its part to
 * the one security filter chain, so that the chain is built in one place.
 */
public interface LoginExtension {

    void configure(HttpSecurity http) throws Exception;
}
