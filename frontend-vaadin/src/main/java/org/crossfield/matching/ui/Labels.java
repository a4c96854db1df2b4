package org.crossfield.matching.ui;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import org.crossfield.matching.ProposalSummary;
import org.crossfield.matching.RoundStatus;

/**
 * The matching screens' names for statuses, allocation methods, ordinals and countries in the screen's language
 * (keys of the {@code matching} bundle), so that no screen shows an enum constant or a code.
 */
final class Labels {

    private Labels() {
    }

    /** A round's status in words ("proposed", "vorgeschlagen"). */
    static String status(Component screen, RoundStatus status) {
        return screen.getTranslation("matching.round-status." + status.name());
    }

    /** An allocation run's status ("PROPOSED", "PUBLISHED") in words. */
    static String allocationStatus(Component screen, String status) {
        return screen.getTranslation("matching.allocation-status." + status);
    }

    /** An allocation method's name as a label ("Stable"). */
    static String method(Component screen, String mode) {
        return screen.getTranslation("matching.method." + mode);
    }

    /** An allocation method's name inside a sentence ("stable" in English). */
    static String methodInText(Component screen, String mode) {
        return screen.getTranslation("matching.method-in-text." + mode);
    }

    /** "1st", "1.", "1er": the language's ordinal of a choice. */
    static String ordinal(Component screen, int n) {
        return screen.getTranslation("matching.ordinal", n);
    }

    /** A country by its name in the screen's language, with its code ("Germany (DE)"). */
    static String country(String code, Locale locale) {
        String iso = code.equals("UK") ? "GB" : code;
        String name = Locale.of("", iso).getDisplayCountry(locale);
        return name.isBlank() || name.equals(iso) ? code : name + " (" + code + ")";
    }

    /** Where a proposal stands, in words ("Waiting for the mentor"). */
    static String state(Component screen, ProposalSummary p) {
        return switch (p.status()) {
            case ACCEPTED -> screen.getTranslation("matching.proposal-state.confirmed");
            case DECLINED -> p.declineReason() == null ? screen.getTranslation("matching.proposal-state.declined")
                    : screen.getTranslation("matching.proposal-state.declined-because", p.declineReason());
            case PROPOSED -> screen.getTranslation("matching.proposal-state.not-published");
            case PENDING -> screen.getTranslation(p.mentorAccepted() == null && p.supervisorAccepted() == null
                    ? "matching.proposal-state.waiting-both"
                    : p.mentorAccepted() == null ? "matching.proposal-state.waiting-mentor" : "matching.proposal-state.waiting-supervisor");
        };
    }
}
