package org.crossfield.webhook;

/**
 * A subscription just made, with its signing secret: the only time the secret is shown. {@link #toString()} leaves it
 * out, so that it never reaches a log.
 */
public record NewWebhook(WebhookSummary subscription, String secret) {

    @Override
    public String toString() {
        return "NewWebhook[" + subscription + ", secret=…]";
    }
}
