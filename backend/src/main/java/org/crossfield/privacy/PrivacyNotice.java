package org.crossfield.privacy;

import java.time.Instant;

/** One published version of the privacy notice and the terms of use. */
public record PrivacyNotice(int version, String noticeText, String termsText, Instant publishedAt) {
}
