package org.crossfield.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.vaadin.flow.component.UI;
import org.crossfield.i18n.Messages;
import org.crossfield.i18n.Translatable;
import org.crossfield.identity.InstitutionalIdentity;
import org.crossfield.identity.InvalidAccountException;
import org.crossfield.identity.InstitutionalSignIn;
import org.crossfield.identity.InstitutionalSignInService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserSource;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.StandardClaimAccessor;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Institutional sign-in with OpenID Connect (docs/adr/0021): every provider the operator configures with Spring Boot's
 * {@code spring.security.oauth2.client.registration.*} properties gets a button on the login page. Spring checks the
 * provider's answer and ID token; {@link InstitutionalSignInService} decides who the person is, and the session then
 * holds the same {@code CrossfieldUser} as after a password login. With no provider configured this does nothing.
 */
@Component("institutionalLogin")
@Order(10)
class InstitutionalLogin implements LoginExtension {

    /** Session attribute: the ticket of a first sign-in, for the page where the person asks for a role. */
    static final String TICKET = InstitutionalLogin.class.getName() + ".ticket";
    static final String REFUSED = "crossfield_refused";

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final InstitutionalSignInService signIn;
    private final SimpleUrlAuthenticationFailureHandler toLoginPage = new SimpleUrlAuthenticationFailureHandler("/login?error");

    InstitutionalLogin(ObjectProvider<ClientRegistrationRepository> registrations, InstitutionalSignInService signIn) {
        this.registrations = registrations;
        this.signIn = signIn;
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        if (providers().isEmpty()) {
            return;
        }
        OidcUserService users = new OidcUserService();
        users.setOidcUserConverter(this::principal);
        http.oauth2Login(oauth -> oauth
                .loginPage("/login")
                .userInfoEndpoint(info -> info.oidcUserService(users))
                .failureHandler(this::failed));
    }

    /** A button per provider, under the password form. */
    @Override
    public List<com.vaadin.flow.component.Component> loginPageItems() {
        List<ClientRegistration> providers = providers();
        if (providers.isEmpty()) {
            return List.of();
        }
        Div box = new Div();
        box.setId("institutional-sign-in");
        box.addClassName("cf-card");
        box.setMaxWidth("22rem");
        box.setWidthFull();
        box.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        Span intro = new Span(box.getTranslation("login.institution.intro"));
        intro.addClassName("cf-muted");
        box.add(intro);
        for (ClientRegistration provider : providers) {
            Button button = new Button(provider.getClientName());
            button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            button.setWidthFull();
            Anchor link = new Anchor("oauth2/authorization/" + provider.getRegistrationId(), button);
            link.setId("sign-in-" + provider.getRegistrationId());
            link.setRouterIgnore(true);
            box.add(link);
        }
        return List.of(box);
    }

    /** What the login page says when an institutional sign-in did not let the person in; empty for other failures. */
    static Optional<String> failureMessage(Object failure) {
        if (!(failure instanceof OAuth2AuthenticationException e)) {
            return Optional.empty();
        }
        if (e instanceof Refused refused) {
            return Optional.of(Optional.ofNullable(Messages.text(refused)).orElse(refused.getMessage()));
        }
        if (REFUSED.equals(e.getError().getErrorCode()) && e.getError().getDescription() != null) {
            return Optional.of(e.getError().getDescription());
        }
        UI ui = UI.getCurrent();
        return Optional.of(ui == null ? FAILED : ui.getTranslation("login.institution.failed"));
    }

    /** What the login page says when signing in through an institution failed for a reason not of the person's account. */
    static final String FAILED = "Signing in through your institution did not work. Try again, or log in with your e-mail"
            + " address and password.";

    private List<ClientRegistration> providers() {
        List<ClientRegistration> providers = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object r : all) {
                if (r instanceof ClientRegistration registration && registration.getScopes().contains("openid")) {
                    providers.add(registration);
                }
            }
        }
        return providers;
    }

    private OidcUser principal(OidcUserSource source) {
        OidcUserRequest request = source.getUserRequest();
        OidcIdToken idToken = request.getIdToken();
        Map<String, Object> claims = new java.util.HashMap<>(idToken.getClaims());
        if (source.getUserInfo() != null) {
            claims.putAll(source.getUserInfo().getClaims());
        }
        StandardClaimAccessor person = () -> claims;
        ClientRegistration provider = request.getClientRegistration();
        InstitutionalSignIn result = signIn.signIn(new InstitutionalIdentity(provider.getRegistrationId(),
                provider.getClientName(), idToken.getSubject(), person.getEmail(),
                Boolean.TRUE.equals(person.getEmailVerified()), name(person)));
        return switch (result.outcome()) {
            case SIGNED_IN -> new CrossfieldOidcUser(result.user(), idToken, source.getUserInfo());
            case NEW_PERSON -> throw new FirstSignIn(result.ticket());
            case REFUSED -> throw new Refused(result.refusal());
        };
    }

    private void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, jakarta.servlet.ServletException {
        if (e instanceof FirstSignIn first) {
            request.getSession().setAttribute(TICKET, first.ticket);
            response.sendRedirect(request.getContextPath() + "/register?institution");
            return;
        }
        toLoginPage.onAuthenticationFailure(request, response, e);
    }

    private static String name(StandardClaimAccessor person) {
        if (person.getFullName() != null && !person.getFullName().isBlank()) {
            return person.getFullName();
        }
        String given = person.getGivenName() == null ? "" : person.getGivenName();
        String family = person.getFamilyName() == null ? "" : person.getFamilyName();
        String both = (given + " " + family).strip();
        return both.isEmpty() ? person.getPreferredUsername() : both;
    }

    /**
     * The institution vouched for the person, but Crossfield does not let them in (waiting for approval, disabled, no
     * verified address): the login page says why, in the person's language (the refusal's key in the identity bundle).
     */
    static final class Refused extends OAuth2AuthenticationException implements Translatable {

        @Serial
        private static final long serialVersionUID = 1L;

        private final String key;
        private final String[] arguments;

        Refused(InvalidAccountException.Problem refusal) {
            super(new OAuth2Error(REFUSED, refusal.english(), null), refusal.english());
            this.key = refusal.key();
            this.arguments = java.util.Arrays.stream(refusal.arguments()).map(String::valueOf).toArray(String[]::new);
        }

        @Override
        public String messageKey() {
            return key;
        }

        @Override
        public Object[] messageArguments() {
            return arguments.clone();
        }
    }

    /** Not a failure for the person: they signed in for the first time and may now ask for an account. */
    static final class FirstSignIn extends OAuth2AuthenticationException {

        @Serial
        private static final long serialVersionUID = 1L;

        private final transient String ticket;

        FirstSignIn(String ticket) {
            super(new OAuth2Error("crossfield_first_sign_in"), "First sign-in: the person may ask for an account");
            this.ticket = ticket;
        }
    }
}
