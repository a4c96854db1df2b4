package org.crossfield.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouterLink;
import org.crossfield.Application;
import org.crossfield.identity.LinkProblem;
import org.crossfield.identity.InvalidAccountLinkException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * As installed by default: self-registration off and no OpenID Connect provider. The login page offers neither, the
 * registration pages say so instead of failing, and links that do not work get a page saying why.
 */
@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
@WithAnonymousUser
class RegistrationViewsTest extends SpringBrowserlessTest {

    @Test
    void theLoginPageOffersNeitherRegistrationNorInstitutionsUntilTheOperatorSwitchesThemOn() {
        navigate(LoginView.class);
        assertThat($(RouterLink.class).withId("register-link").exists()).isFalse();
        assertThat($(Div.class).withId("institutional-sign-in").exists()).isFalse();
    }

    @Test
    void theRegistrationPageSaysThatRegistrationIsClosed() {
        navigate(RegisterView.class);
        assertThat($(H2.class).id("registration-closed").getText()).isEqualTo("Registration is closed");
    }

    @Test
    void aMadeUpConfirmationLinkGetsAClearPage() {
        navigate("register/confirm/not-a-token", ConfirmAddressView.class);
        assertThat($(LinkProblemPanel.class).id("link-problem").getElement().getTextRecursively())
                .contains("This link is not valid", "Go to the login page");
    }

    @Test
    void theRolePageWithoutAFreshInstitutionalSignInAsksToSignInAgain() {
        com.vaadin.flow.component.UI.getCurrent().navigate(RegisterView.class,
                com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("institution", "")));
        assertThat(getCurrentView()).isInstanceOf(RegisterView.class);
        assertThat($(H2.class).id("sign-in-expired").getText()).isEqualTo("Please sign in again");
    }

    @Test
    void refusalsOfAnInstitutionalSignInBecomeTheLoginPagesMessage() {
        OAuth2AuthenticationException pending = new OAuth2AuthenticationException(new OAuth2Error(InstitutionalLogin.REFUSED,
                "Your account waits for approval.", null));
        assertThat(InstitutionalLogin.failureMessage(pending)).contains("Your account waits for approval.");
        assertThat(InstitutionalLogin.failureMessage(new OAuth2AuthenticationException("invalid_state_parameter")))
                .hasValueSatisfying(m -> assertThat(m).startsWith("Signing in through your institution did not work"));
        assertThat(InstitutionalLogin.failureMessage(new InvalidAccountLinkException(LinkProblem.USED))).isEmpty();
        assertThat(InstitutionalLogin.failureMessage(null)).isEmpty();
    }
}
