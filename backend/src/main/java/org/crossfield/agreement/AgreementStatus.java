package org.crossfield.agreement;

/** DRAFT → NEGOTIATION → AWAITING_APPROVALS → SIGNED → ACTIVE → ENDED; a change while awaiting approvals goes back to NEGOTIATION. */
public enum AgreementStatus {
    DRAFT, NEGOTIATION, AWAITING_APPROVALS, SIGNED, ACTIVE, ENDED;

    public String label() {
        String s = name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Terms can still change. */
    public boolean isOpen() {
        return this == DRAFT || this == NEGOTIATION || this == AWAITING_APPROVALS;
    }

    /** Signed, active or ended: the signed version is final. */
    public boolean isSigned() {
        return this == SIGNED || this == ACTIVE || this == ENDED;
    }
}
