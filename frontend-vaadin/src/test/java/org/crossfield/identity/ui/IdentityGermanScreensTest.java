package org.crossfield.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.crossfield.Application;
import org.crossfield.platform.ui.ScreenTexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * The identity screens rendered in German leave no key marker and no common English word: My account and its API
 * tokens page (with a refused token, so that the refusal's reasons show), the administrators' organisations (with a
 * refused save), programmes, people (with a person's page open), people waiting for approval and "Invite people" (with
 * its confirmation open), and the pages before logging in: registration, forgotten password, and the pages behind a link
 * from an e-mail that cannot be used (invitation, password reset, address confirmation).
 */
@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class IdentityGermanScreensTest extends SpringBrowserlessTest {

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    private void assertGerman(String screen) {
        assertThat(ScreenTexts.untranslated(UI.getCurrent())).as("English or untranslated texts on " + screen).isEmpty();
    }

    /** As the administrator: the demo student's organisation, "University of Dunmere", is data with an English word. */
    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void myAccountAndTheApiTokensPageAreGerman() {
        navigate(MyAccountView.class);
        assertGerman("My account");
        navigate(ApiTokensView.class);
        test($(TextField.class).id("token-name")).setValue("");
        test($(Button.class).id("create-token")).click();
        assertThat($(com.vaadin.flow.component.html.Div.class).id("token-problems").getElement().getTextRecursively())
                .contains("Geben Sie dem Token einen Namen");
        assertGerman("API tokens");
    }

    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void theAdministrationScreensAreGerman() {
        navigate(OrganisationsView.class);
        test($(Button.class).id("save-organisation")).click();
        assertGerman("Organisations, with a refused save");
        navigate(ProgrammesView.class);
        assertGerman("Programmes");
        navigate(PeopleView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> people = $(Grid.class).id("people-grid");
        test(people).select(0);
        assertThat($(PersonDialog.class).exists()).isTrue();
        assertGerman("People, with a person's page open");
        navigate(PendingPeopleView.class);
        assertGerman("Waiting for approval");
        navigate(InvitePeopleView.class);
        assertGerman("Invite people");
    }

    @Test
    void thePagesBeforeLoggingInAreGerman() {
        navigate(RegisterView.class);
        assertGerman("Register");
        navigate(ForgotPasswordView.class);
        assertGerman("Forgot your password");
        navigate("invitation/not-a-real-token-0123456789", AcceptInvitationView.class);
        assertGerman("an invitation link that cannot be used");
        navigate("password-reset/not-a-real-token-0123456789", ResetPasswordView.class);
        assertGerman("a password-reset link that cannot be used");
        navigate("register/confirm/not-a-real-token-0123456789", ConfirmAddressView.class);
        assertGerman("an address-confirmation link that cannot be used");
    }
}
