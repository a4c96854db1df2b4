package org.crossfield.agreement;

import java.time.Instant;
import java.util.List;

/** A line of the append-only trail. */
public record TrailEntry(String kind, Integer versionNo, String actorName, String detail, String sha256, Instant occurredAt) {

    /**
     * Every kind a trail entry may have (the trail refuses any other), so that screens can name each one: the audit log
     * records each as {@code AGREEMENT_<kind>}.
     */
    public static final List<String> KINDS = List.of("STARTED", "PROPOSED", "COMMENTED", "OFFICER_ADDED",
            "APPROVALS_REQUESTED", "APPROVED", AgreementTrail.SIGNED, "REJECTED", "ACTIVATED", "ENDED", "REMINDED",
            "REVIEW_REQUESTED", "REVIEW_CONSENTED", "REVIEW_OBJECTED", "REVIEW_DELAYED", "REVIEW_CONSENTED_BY_SILENCE");
}
