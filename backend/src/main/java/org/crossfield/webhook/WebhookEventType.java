package org.crossfield.webhook;

import java.util.Arrays;
import java.util.Optional;

/** The events a subscription can ask for, with their names on the wire ({@code type} of a delivery). */
public enum WebhookEventType {
    APPLICATION_STATUS_CHANGED("application.status_changed"),
    POSTING_OPENED("posting.opened"),
    POSTING_CLOSED("posting.closed"),
    AGREEMENT_SIGNED("agreement.signed"),
    OUTCOME_RECORDED("outcome.recorded");

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    /** The name in deliveries and in the API, e.g. {@code posting.opened}. */
    public String wireName() {
        return wireName;
    }

    /** The type of a wire name or of an enum name; empty when there is none. */
    public static Optional<WebhookEventType> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String s = name.strip();
        return Arrays.stream(values()).filter(t -> t.wireName.equalsIgnoreCase(s) || t.name().equalsIgnoreCase(s)).findFirst();
    }
}
