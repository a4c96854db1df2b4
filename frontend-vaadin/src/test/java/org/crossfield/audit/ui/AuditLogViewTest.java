package org.crossfield.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.crossfield.Application;
import org.crossfield.audit.AuditEntry;
import org.crossfield.platform.audit.AuditActions;
import org.crossfield.platform.audit.AuditEvent;
import org.crossfield.platform.ui.AccessDeniedView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class AuditLogViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationEventPublisher events;

    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void anAdministratorFindsAnEntryExportsAndChecksTheChain() {
        String object = UUID.randomUUID().toString();
        events.publishEvent(AuditEvent.of(AuditActions.REPORT_EXPORTED, "TEST", object).withDetails("from the view test"));
        navigate(AuditLogView.class);
        test($(TextField.class).id("audit-object-id")).setValue(object);
        Grid<AuditEntry> grid = $(Grid.class).id("audit-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).details()).isEqualTo("from the view test");
        assertThat(test(grid).getRow(0).actorName()).isNotBlank();
        assertThat($(Anchor.class).id("audit-export").getHref()).isNotBlank();
        test($(Button.class).id("audit-verify")).click();
        assertThat($(Paragraph.class).id("audit-chain-result").getText()).startsWith("The chain is intact");
    }

    @Test
    @WithUserDetails("coordinator@demo.crossfield.org")
    void nobodyButAnAdministratorOpensTheLog() {
        try {
            navigate(AuditLogView.class);
        } catch (IllegalArgumentException | IllegalStateException expected) {
            // the browserless navigator reports that it did not reach the requested view
        }
        assertThat(getCurrentView()).isNotInstanceOf(AuditLogView.class);
        assertThat($(AccessDeniedView.class).exists()).isTrue();
    }
}
