package org.crossfield.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.crossfield.webhook.CreateWebhookCmd;
import org.crossfield.webhook.NewWebhook;
import org.crossfield.webhook.WebhookDeliverySummary;
import org.crossfield.webhook.WebhookEventType;
import org.crossfield.webhook.WebhookService;
import org.crossfield.webhook.WebhookSummary;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhook subscriptions through {@link WebhookService}, the Integrations page's service: partners and coordinators
 * list, make (the signing secret is in the answer, once), read and delete their own, and see a subscription's
 * deliveries with status and error. Another person's subscription is 404 (docs/api.md, "Webhooks").
 */
@RestController
@RequestMapping(path = "/api/v1/webhooks", produces = "application/json")
@Tag(name = "Webhooks", description = "Signed notifications of events to a URL of yours")
class WebhooksController {

    /** A new subscription: the receiver's https URL and the events, by their wire names. */
    public record WebhookRequest(
            @NotBlank(message = "Give the URL that receives the events.") @Size(max = 500) String url,
            @NotEmpty(message = "Choose at least one event.")
            @ArraySchema(schema = @Schema(allowableValues = {"application.status_changed", "posting.opened",
                    "posting.closed", "agreement.signed", "outcome.recorded"})) List<String> events) {
    }

    private final WebhookService webhooks;

    WebhooksController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping
    @Operation(summary = "My webhook subscriptions", description = "Each with its last delivery's status and error."
            + " Partners, coordinators.")
    List<WebhookSummary> mine() {
        return webhooks.mySubscriptions();
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Subscribe a URL to events", description = "The answer holds the signing secret (whsec_…),"
            + " the only time it is shown. Deliveries are signed X-Crossfield-Signature: sha256=<HMAC-SHA256 of the body"
            + " with the secret, hex>. Partners, coordinators.")
    ResponseEntity<NewWebhook> create(@Valid @RequestBody WebhookRequest request) {
        List<Problems.FieldError> unknown = new ArrayList<>();
        EnumSet<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        for (String name : request.events()) {
            WebhookEventType.parse(name).ifPresentOrElse(types::add, () -> unknown.add(new Problems.FieldError("events",
                    "\"" + name + "\" is not an event; the events are application.status_changed, posting.opened,"
                            + " posting.closed, agreement.signed and outcome.recorded.")));
        }
        if (!unknown.isEmpty()) {
            throw new WebhookApiExceptionHandler.InvalidInput(unknown);
        }
        NewWebhook made = webhooks.create(new CreateWebhookCmd(request.url(), types));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/webhooks/" + made.subscription().id())).body(made);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of my subscriptions", description = "Never its secret. Its owner.")
    WebhookSummary one(@PathVariable long id) {
        return Visible.or404("webhook subscription " + id, () -> webhooks.subscription(id));
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "Its deliveries", description = "Newest first, at most 200: event, object, status (PENDING,"
            + " SENDING, DELIVERED, FAILED, SKIPPED), attempts, the receiver's last HTTP status and the last error. Its"
            + " owner.")
    List<WebhookDeliverySummary> deliveries(@PathVariable long id) {
        return Visible.or404("webhook subscription " + id, () -> webhooks.deliveries(id));
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/send-again")
    @Operation(summary = "Send a failed delivery again", description = "For a delivery given up on (FAILED): it is"
            + " due at once with a fresh count of attempts, the same event id and body, and a fresh signature. 409 for a"
            + " delivery that is not FAILED (a pending one is tried anyway; a delivered one is never sent again). Its"
            + " owner.")
    WebhookDeliverySummary sendAgain(@PathVariable long id, @PathVariable long deliveryId) {
        return Visible.or404("webhook subscription " + id, () -> webhooks.sendAgain(id, deliveryId));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a subscription", description = "Nothing more is sent to its URL; its deliveries are"
            + " deleted. Answers the subscription as it was. Its owner.")
    WebhookSummary delete(@PathVariable long id) {
        WebhookSummary gone = one(id);
        webhooks.delete(id);
        return gone;
    }
}
