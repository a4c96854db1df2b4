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
