package org.crossfield.agreement;

/** Where a publication review stands. Silence until the deadline is consent (CONSENTED_BY_SILENCE). */
public enum ReviewStatus {
    PENDING, CONSENTED, OBJECTED, DELAYED, CONSENTED_BY_SILENCE;

    public String label() {
        return switch (this) {
            case PENDING -> "Waiting for the partner";
            case CONSENTED -> "Consented";
            case OBJECTED -> "Objected";
            case DELAYED -> "Delayed";
            case CONSENTED_BY_SILENCE -> "Consented (no answer by the deadline)";
        };
    }
}
