package org.crossfield.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which receiver URLs Crossfield calls: absolute https URLs of public hosts. Plain http and hosts on loopback,
 * private, link-local or unspecified addresses are refused unless {@code crossfield.webhooks.allow-local-addresses}
 * (tests, a developer's machine): otherwise a subscription could make Crossfield call services of its own network.
 * Checked when a subscription is made and again before every delivery (a name may point elsewhere later).
 */
final class WebhookUrls {

    static final int MAX_LENGTH = 500;

    private WebhookUrls() {
    }

    static URI check(String url, boolean allowLocal) {
        if (url == null || url.isBlank()) {
            throw new InvalidWebhookException("webhook.error.url-missing", "Give the URL that receives the events.");
        }
        String s = url.strip();
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            throw new InvalidWebhookException("webhook.error.url-invalid", "\"" + s + "\" is not a URL.", s);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (s.length() > MAX_LENGTH || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))
                || uri.getUserInfo() != null || uri.getFragment() != null) {
            throw new InvalidWebhookException("webhook.error.url-invalid", "\"" + s + "\" is not a URL.", s);
        }
        if (!allowLocal) {
            if (!scheme.equals("https")) {
                throw new InvalidWebhookException("webhook.error.url-https", "The URL must start with https://.");
            }
            try {
                for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                    if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                            || address.isAnyLocalAddress() || address.isMulticastAddress()) {
                        throw new InvalidWebhookException("webhook.error.url-local",
                                "The URL must be reachable on the internet, not in Crossfield's own network.");
                    }
                }
            } catch (UnknownHostException e) {
                throw new InvalidWebhookException("webhook.error.url-unknown-host",
                        "The host " + uri.getHost() + " is not known.", uri.getHost());
            }
        }
        return uri;
    }
}
