package org.crossfield.application;

/**
 * An application's life: draft → submitted → under review (optional) → shortlisted → offered → accepted | declined;
 * withdrawn by the student before a decision; rejected by the posting's owner with a reason.
 */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, UNDER_REVIEW, SHORTLISTED, OFFERED, ACCEPTED, DECLINED, WITHDRAWN, REJECTED;

    /** A decision has been made (or the student left); nothing changes any more. */
    public boolean isFinal() {
        return this == ACCEPTED || this == DECLINED || this == WITHDRAWN || this == REJECTED;
    }

    public String label() {
        return switch (this) {
            case UNDER_REVIEW -> "Under review";
            default -> name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
        };
    }
}
