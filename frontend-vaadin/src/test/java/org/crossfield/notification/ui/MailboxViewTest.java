package org.crossfield.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import org.crossfield.Application;
import org.crossfield.identity.CurrentUser;
import org.crossfield.notification.MailStatus;
import org.crossfield.notification.NotificationService;
import org.crossfield.notification.NotificationTemplates;
import org.crossfield.notification.NotifyCmd;
import org.crossfield.notification.OutboxMailSummary;
import org.crossfield.platform.ui.AccessDeniedView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class MailboxViewTest extends SpringBrowserlessTest {

    @Autowired
    NotificationService notifications;

    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void inDemoModeTheAdministratorReadsTheCapturedMailWithItsHtmlSandboxed() {
        long mailId = notifications.notify(new NotifyCmd(List.of(CurrentUser.require().getId()), NotificationTemplates.GENERIC,
                Map.of("title", "Quarterly <b>report</b> due", "message", "Please send it by Friday."), "notifications"))
                .mailIds().getFirst();
        navigate(MailboxView.class);
        assertThat($(Span.class).id("mailbox-summary").getText()).startsWith("Demo mode: mail is captured here, not sent.");

        test($(Button.class).id("send-pending")).click();
        Grid<OutboxMailSummary> grid = $(Grid.class).id("mailbox-grid");
        OutboxMailSummary newest = test(grid).getRow(0);
        assertThat(newest.id()).isEqualTo(mailId);
        assertThat(newest.status()).isEqualTo(MailStatus.SENT);
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("sent (captured)");

        test(grid).select(0);

        assertThat($(Pre.class).id("mail-text").getText()).contains("Quarterly <b>report</b> due", "Please send it by Friday.");
        IFrame html = $(IFrame.class).id("mail-html");
        assertThat(html.getSrcdoc()).hasValueSatisfying(doc -> assertThat(doc)
                .contains("Quarterly &lt;b&gt;report&lt;/b&gt; due").doesNotContain("<b>report"));
        assertThat(html.getElement().getAttribute("sandbox")).as("no scripts, forms or navigation").isEmpty();
    }

    @Test
    @WithUserDetails("coordinator@demo.crossfield.org")
    void nobodyButAnAdministratorOpensTheMailbox() {
        try {
            navigate(MailboxView.class);
        } catch (IllegalArgumentException | IllegalStateException expected) {
            // the browserless navigator reports that it did not reach the requested view
        }
        assertThat(getCurrentView()).isNotInstanceOf(MailboxView.class);
        assertThat($(AccessDeniedView.class).exists()).isTrue();
    }
}
