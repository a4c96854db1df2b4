package org.crossfield.agreement;

import java.time.Instant;

/**
 * What a PDF's fingerprint says about it.
 *
 * @param outcome           the verdict
 * @param message           the verdict in one or two sentences for the person who uploaded the PDF
 * @param fingerprint       the SHA-256 found in the PDF (null when none)
 * @param recordedSha256    the SHA-256 recorded at signing (null when no record matches)
 * @param recomputedSha256  the SHA-256 of the text stored for that version, computed now
 * @param messageKey        the key of {@code message} in the {@code agreement} screen-text bundle; its arguments are the
 *                          version number ({0}), the title ({1}) and the signing moment ({2}), so screens say it in the
 *                          person's language
 */
public record VerificationResult(Outcome outcome, String message, String fingerprint, Long agreementId, String title,
                                 Integer versionNo, Instant signedAt, String recordedSha256, String recomputedSha256,
                                 String messageKey) {

    public enum Outcome {
        /** The PDF carries the fingerprint of a signed agreement, and the stored text still hashes to it. */
        VALID,
        /** The fingerprint matches a version that was never signed (a draft or superseded proposal). */
        NOT_SIGNED,
        /** The record exists but the stored text no longer hashes to the recorded fingerprint, or the PDF contradicts itself. */
        TAMPERED,
        /** No record has this fingerprint. */
        UNKNOWN,
        /** The file carries no Crossfield fingerprint (or is not a PDF). */
        NO_FINGERPRINT
    }
}
