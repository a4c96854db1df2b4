package org.crossfield.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.crossfield.Application;
import org.crossfield.platform.ui.ScreenTexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * The notification screens rendered in German leave no key marker and no common English word: the notification centre
 * (with the bell in the navigation bar) and the administrators' outgoing mail. An opened mail is not checked: its
 * subject and text are the mail's content, in the recipient's language.
 */
@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class NotificationGermanScreensTest extends SpringBrowserlessTest {

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    /** As the administrator: the demo student's organisation, "University of Dunmere", is data with an English word. */
    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void theNotificationCentreIsGerman() {
        navigate(NotificationCenterView.class);
        assertThat(ScreenTexts.untranslated(UI.getCurrent())).as("English or untranslated texts").isEmpty();
    }

    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void theOutgoingMailIsGerman() {
        navigate(MailboxView.class);
        assertThat(ScreenTexts.untranslated(UI.getCurrent())).as("English or untranslated texts").isEmpty();
    }
}
