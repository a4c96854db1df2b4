package org.crossfield.webhook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.crossfield.Application;
import org.crossfield.webhook.WebhookEventType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The Integrations page: a webhook is added with its secret shown once, refused without events, deleted after asking. */
@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class WebhooksViewTest extends SpringBrowserlessTest {

    static final String PARTNER = "partner@demo.crossfield.org";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails(PARTNER)
    void aWebhookIsAddedWithItsSecretShownOnceAndDeletedOnlyAfterConfirming() {
        navigate(WebhooksView.class);
        String url = "http://localhost:9/view-test/" + System.nanoTime();
        test($(TextField.class).id("webhook-url")).setValue(url);
        @SuppressWarnings("unchecked")
        CheckboxGroup<WebhookEventType> events = $(CheckboxGroup.class).id("webhook-events");
        events.setValue(Set.of(WebhookEventType.POSTING_OPENED, WebhookEventType.OUTCOME_RECORDED));
        test($(Button.class).id("create-webhook")).click();

        String secret = $(Span.class).id("new-webhook-secret").getText();
        assertThat(secret).startsWith("whsec_");
        Long id = jdbc.queryForObject("select s.id from webhook_subscription s join app_user u on u.id = s.owner_id"
                + " where u.email = ? and s.url = ?", Long.class, PARTNER, url);
        assertThat(jdbc.queryForObject("select event_types from webhook_subscription where id = ?", String.class, id))
                .isEqualTo("OUTCOME_RECORDED,POSTING_OPENED");
        assertThat($(com.vaadin.flow.component.orderedlayout.VerticalLayout.class).id("webhook-list").getElement().getTextRecursively()).contains(url)
                .contains("posting.opened").contains("nothing sent yet");

        // shown once: a new visit of the page has no secret on it
        navigate(org.crossfield.identity.ui.MyAccountView.class);
        navigate(WebhooksView.class);
        assertThat($(Span.class).withId("new-webhook-secret").exists()).isFalse();

        test($(Button.class).id("delete-webhook-" + id)).click();
        assertThat(jdbc.queryForObject("select count(*) from webhook_subscription where id = ?", Integer.class, id))
                .as("not before confirming").isOne();
        test($(Button.class).id("confirm-delete-webhook")).click();
        assertThat(jdbc.queryForObject("select count(*) from webhook_subscription where id = ?", Integer.class, id)).isZero();
        assertThat($(Button.class).withId("delete-webhook-" + id).exists()).isFalse();
    }

    @Test
    @WithUserDetails(PARTNER)
    @SuppressWarnings("unchecked")
    void aDeliveryGivenUpOnIsSentAgainAfterConfirmingAndOnlyThatOne() {
        navigate(WebhooksView.class);
        String url = "http://localhost:9/view-again/" + System.nanoTime();
        test($(TextField.class).id("webhook-url")).setValue(url);
        CheckboxGroup<WebhookEventType> events = $(CheckboxGroup.class).id("webhook-events");
        events.setValue(Set.of(WebhookEventType.POSTING_OPENED));
        test($(Button.class).id("create-webhook")).click();
        Long id = jdbc.queryForObject("select s.id from webhook_subscription s where s.url = ?", Long.class, url);
        // as the sender leaves them (WebhookDeliveryIntegrationTest): the newest given up on, the older one delivered
        for (String status : new String[] {"DELIVERED", "FAILED"}) {
            jdbc.update("""
                    insert into webhook_delivery (subscription_id, event_id, event_type, object_type, object_id, payload,
                      status, attempts, next_attempt_at, last_status_code, last_error, created_at)
                    values (?, uuid(), 'POSTING_OPENED', 'CHALLENGE', 1, '{}', ?, 12, current_timestamp(6), 500, 'HTTP 500',
                      current_timestamp(6))""", id, status);
        }
        long failed = jdbc.queryForObject("select max(id) from webhook_delivery where subscription_id = ?", Long.class, id);

        test($(Button.class).id("webhook-deliveries-" + id)).click();
        com.vaadin.flow.component.grid.Grid<org.crossfield.webhook.WebhookDeliverySummary> grid =
                $(com.vaadin.flow.component.grid.Grid.class).id("webhook-deliveries");
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getCellComponent(0, "send-again").isVisible()).as("the failed one").isTrue();
        assertThat(test(grid).getCellComponent(1, "send-again").isVisible()).as("the delivered one").isFalse();
        test((Button) test(grid).getCellComponent(0, "send-again")).click();
        assertThat(jdbc.queryForObject("select status from webhook_delivery where id = ?", String.class, failed))
                .as("not before confirming").isEqualTo("FAILED");
        test($(Button.class).id("confirm-send-again")).click();
        assertThat(jdbc.queryForObject("select status from webhook_delivery where id = ?", String.class, failed))
                .isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select attempts from webhook_delivery where id = ?", Integer.class, failed)).isZero();
        assertThat(test(grid).getCellComponent(0, "send-again").isVisible()).as("pending now: nothing to send again").isFalse();
        jdbc.update("delete from webhook_subscription where id = ?", id);
    }

    @Test
    @WithUserDetails(PARTNER)
    void aWebhookWithoutEventsIsRefusedWithTheReason() {
        navigate(WebhooksView.class);
        test($(TextField.class).id("webhook-url")).setValue("http://localhost:9/no-events");
        test($(Button.class).id("create-webhook")).click();
        Div problem = $(Div.class).id("webhook-problem");
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("Choose at least one event.");
        assertThat($(Span.class).withId("new-webhook-secret").exists()).isFalse();
    }
}
