package org.crossfield.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.crossfield.Application;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The account pages without a browser: bad links, the uniform reset answer, My account's checks. */
@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class AccountViewsTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anUnknownInvitationLinkGetsAPageThatSaysSoAndWhatToDo() {
        navigate("invitation/not-a-real-token-0123456789", AcceptInvitationView.class);
        Div problem = $(Div.class).id("link-problem");
        assertThat($(H2.class, problem).first().getText()).isEqualTo("This link is not valid");
        assertThat($(Paragraph.class, problem).all()).extracting(Paragraph::getText)
                .anyMatch(t -> t.contains("send a new invitation"));
    }

    @Test
    void anUnknownResetLinkOffersANewOne() {
        navigate("password-reset/not-a-real-token-0123456789", ResetPasswordView.class);
        assertThat($(H2.class, $(Div.class).id("link-problem")).first().getText()).isEqualTo("This link is not valid");
    }

    @Test
    void theResetPageAnswersTheSameForAnyAddressAndSendsOnlyForAccounts() {
        long before = jdbc.queryForObject("select count(*) from mail_outbox", Long.class);
        navigate(ForgotPasswordView.class);
        test($(Button.class).id("forgot-send")).click();
        assertThat($(EmailField.class).id("forgot-email").isInvalid()).as("an address is needed").isTrue();

        test($(EmailField.class).id("forgot-email")).setValue("nobody.at.all@uni.example");
        test($(Button.class).id("forgot-send")).click();
        String unknown = $(Paragraph.class).id("forgot-done").getText().replace("nobody.at.all@uni.example", "X");
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox", Long.class)).isEqualTo(before);

        String someone = jdbc.queryForObject("select email from app_user where email like '%.example' order by id limit 1 offset 40",
                String.class);
        test($(EmailField.class).id("forgot-email")).setValue(someone);
        test($(Button.class).id("forgot-send")).click();
        assertThat($(Paragraph.class).id("forgot-done").getText().replace(someone, "X")).isEqualTo(unknown);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where to_address = ? and template = 'account'",
                Long.class, someone)).isEqualTo(1);
    }

    @Test
    @WithUserDetails("mentor@demo.crossfield.org")
    void myAccountRefusesAWrongOrcidAndAWeakPasswordAndSavesTheRest() {
        navigate(MyAccountView.class);
        test($(TextField.class).id("account-orcid")).setValue("0000-0002-1825-0098");
        test($(Button.class).id("account-save")).click();
        assertThat($(TextField.class).id("account-orcid").isInvalid()).isTrue();
        assertThat($(TextField.class).id("account-orcid").getErrorMessage()).contains("not an ORCID iD");

        test($(TextField.class).id("account-orcid")).setValue("0000-0002-1825-0097");
        @SuppressWarnings("unchecked")
        ComboBox<String> language = $(ComboBox.class).id("account-language");
        test(language).selectItem("Deutsch");
        test($(Button.class).id("account-save")).click();
        assertThat(jdbc.queryForObject("select concat(locale, ' ', orcid) from app_user where email = 'mentor@demo.crossfield.org'",
                String.class)).isEqualTo("de 0000-0002-1825-0097");

        try {
            // German chosen: the screen speaks German at once, the password policy's reasons too
            assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("de");
            test($(PasswordField.class).id("account-current-password")).setValue("demo");
            test($(PasswordField.class).id("account-new-password")).setValue("1qaz2wsx3edc");
            test($(PasswordField.class).id("account-new-password-again")).setValue("1qaz2wsx3edc");
            test($(Button.class).id("account-change-password")).click();
            assertThat($(PasswordField.class).id("account-new-password").isInvalid()).isTrue();
            assertThat($(PasswordField.class).id("account-new-password").getErrorMessage())
                    .contains("am häufigsten verwendeten");
        } finally {
            jdbc.update("update app_user set locale = 'en', orcid = null where email = 'mentor@demo.crossfield.org'");
        }
    }
}
