package org.crossfield.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a delivery: HMAC-SHA256 over the exact bytes of the body with the subscription's secret (its UTF-8
 * bytes, {@code whsec_} included) as key, hex in lower case, sent as {@code X-Crossfield-Signature: sha256=<hex>}.
 * docs/api.md shows the receiver's check.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Crossfield-Signature";
    public static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    /** {@code sha256=<hex>} of {@code body} with {@code secret}. */
    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return PREFIX + java.util.HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Whether {@code header} is the signature of {@code body}, compared in constant time. */
    public static boolean verify(String secret, byte[] body, String header) {
        if (header == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(secret, body).getBytes(StandardCharsets.US_ASCII),
                header.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
