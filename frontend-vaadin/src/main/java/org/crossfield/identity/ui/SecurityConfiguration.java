package org.crossfield.identity.ui;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import org.crossfield.identity.LoginAccounts;
import org.crossfield.identity.LoginThrottle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Vaadin's view-based access control plus a throttled password login. The views marked {@code @AnonymousAllowed} (the
 * login, the public showcase and the pages an e-mail link leads to, as ViewArchitectureTest lists them) are reachable
 * without logging in; everything else needs a login, addresses that are no route included (the router answers them
 * with NotFoundView). Further ways to sign in ({@link LoginExtension} beans, e.g.
 * OpenID Connect) add themselves to this one chain.
 *
 * <p>CSRF: Vaadin's own requests carry Vaadin's CSRF protection and are exempt from Spring's; everything else, the
 * login form's {@code POST /login} included, needs Spring's token (the login form sends the token Vaadin writes into
 * the page). Vaadin's configurer would exempt the login form too, so its CSRF part is switched off and done here.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService users, PasswordEncoder passwords,
                                            LoginThrottle throttle, LoginAccounts accounts, RequestUtil requestUtil,
                                            ObjectProvider<LoginExtension> extensions) throws Exception {
        http.authenticationProvider(new ThrottledAuthenticationProvider(users, passwords, throttle, accounts));
        http.headers(headers -> headers
                .contentTypeOptions(c -> { })
                .referrerPolicy(r -> r.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        http.addFilterAfter(new SessionValidityFilter(accounts), SecurityContextHolderFilter.class);
        for (LoginExtension extension : extensions.orderedStream().toList()) {
            extension.configure(http);
        }
        // Any other address (a mistyped URL, an old link) needs a login and then goes on to Vaadin's router, which shows
        // NotFoundView inside the layout. Vaadin's default here is denyAll: a logged-in person got the browser's bare
        // "HTTP ERROR 403" for every address that is no route, before the router could answer.
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?logout").enableCsrfConfiguration(false)
                .anyRequest(url -> url.authenticated()));
        return http.build();
    }
}
