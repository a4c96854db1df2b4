package org.crossfield.agreement;

/**
 * Every party approved a version of an agreement: it is signed with that version's SHA-256. Published inside the
 * signing transaction, so that what listeners write (the webhook outbox) commits or rolls back with the signature.
 */
public record AgreementSignedEvent(long agreementId, int versionNo, String sha256) {
}
