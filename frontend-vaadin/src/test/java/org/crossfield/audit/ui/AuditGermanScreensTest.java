package org.crossfield.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.crossfield.Application;
import org.crossfield.platform.ui.ScreenTexts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * The administrator's {@link AuditLogView} in German, with no untranslated key and no common English UI word, before
 * and after checking the chain.
 */
@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class AuditGermanScreensTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void theAuditLogIsGerman() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(AuditLogView.class);
        assertThat(ScreenTexts.untranslated(UI.getCurrent())).as("untranslated texts on the audit log").isEmpty();
        test($(Button.class).id("audit-verify")).click();
        assertThat($(Paragraph.class).id("audit-chain-result").getText()).startsWith("Die Kette ist");
        assertThat(ScreenTexts.untranslated(UI.getCurrent())).as("untranslated texts after the check").isEmpty();
    }
}
