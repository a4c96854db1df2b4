package org.crossfield.application;

/**
 * An application's life: draft → submitted → under review (optional) → shortlisted → offered → accepted | declined;
 * withdrawn by the student before a decision; rejected by the posting's owner with a reason.
 */
public enum ApplicationStatus implements org.crossfield.i18n.Translatable {
    DRAFT, SUBMITTED, UNDER_REVIEW, SHORTLISTED, OFFERED, ACCEPTED, DECLINED, WITHDRAWN, REJECTED;

    /** A decision has been made (or the student left); nothing changes any more. */
    public boolean isFinal() {
        return this == ACCEPTED || this == DECLINED || this == WITHDRAWN || this == REJECTED;
    }

    /** The student may still withdraw: before any decision (a draft too). */
    public boolean canBeWithdrawn() {
        return this == DRAFT || this == SUBMITTED || this == UNDER_REVIEW || this == SHORTLISTED;
    }

    /** The posting's owner may shortlist it: submitted, whether or not anyone opened it yet. */
    public boolean canBeShortlisted() {
        return this == SUBMITTED || this == UNDER_REVIEW;
    }

    /** The posting's owner may make an offer: only on a shortlisted application. */
    public boolean canBeOffered() {
        return this == SHORTLISTED;
    }

    /** The posting's owner may reject it: submitted and not yet offered. */
    public boolean canBeRejected() {
        return this == SUBMITTED || this == UNDER_REVIEW || this == SHORTLISTED;
    }

    /** An offer waits for the student's answer (accept or decline). */
    public boolean awaitsAnswer() {
        return this == OFFERED;
    }

    /** Reviewers may score it: submitted and not yet decided. */
    public boolean isScorable() {
        return this != DRAFT && !isFinal();
    }

    /** The status's human name in the {@code application} screen bundle, so that a refusal naming it is translated. */
    @Override
    public String messageKey() {
        return "application.status." + name();
    }

    @Override
    public Object[] messageArguments() {
        return new Object[0];
    }

    public String label() {
        return switch (this) {
            case UNDER_REVIEW -> "Under review";
            default -> name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
        };
    }
}
