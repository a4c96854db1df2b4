package org.crossfield.agreement;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.crossfield.i18n.Text;

/**
 * A line of the append-only trail: its kind (the screens' label is {@code agreement.trail.kind.<KIND>}) and what it
 * says, as translatable texts (keys {@code agreement.trail.detail.*} with their arguments: names, numbers, moments as
 * {@link Instant}, or other texts such as a term's value); a text without a key is a person's own words, or an English
 * line written before the trail kept its facts apart.
 */
public record TrailEntry(String kind, Integer versionNo, String actorName, List<Text> details, String sha256, Instant occurredAt) {

    public TrailEntry {
        details = List.copyOf(details);
    }

    /**
     * Every kind a trail entry may have (the trail refuses any other), so that screens can name each one: the audit log
     * records each as {@code AGREEMENT_<kind>}; the trail's label is {@code agreement.trail.kind.<KIND>}.
     */
    public static final List<String> KINDS = List.of("STARTED", "PROPOSED", "COMMENTED", "OFFICER_ADDED",
            "APPROVALS_REQUESTED", "APPROVED", AgreementTrail.SIGNED, "REJECTED", "ACTIVATED", "ENDED", "REMINDED",
            "REVIEW_REQUESTED", "REVIEW_CONSENTED", "REVIEW_OBJECTED", "REVIEW_DELAYED", "REVIEW_CONSENTED_BY_SILENCE");

    /** The details in English, one line (logs, the API). */
    public String detail() {
        return details.isEmpty() ? null : details.stream().map(Text::english).collect(Collectors.joining("; "));
    }
}
