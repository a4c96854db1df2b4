package org.crossfield.webhook;

/** No such subscription (or one of somebody else's: the two are not told apart). */
public class WebhookNotFoundException extends RuntimeException {

    public WebhookNotFoundException(long id) {
        super("There is no webhook subscription " + id + " of yours.");
    }
}
