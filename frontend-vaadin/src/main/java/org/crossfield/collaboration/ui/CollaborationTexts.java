package org.crossfield.collaboration.ui;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crossfield.collaboration.ActivityStatus;
import org.crossfield.collaboration.CollaborationStatus;
import org.crossfield.collaboration.CreditRole;
import org.crossfield.collaboration.DisseminationCode;
import org.crossfield.collaboration.OutcomeTypeSummary;
import org.crossfield.collaboration.RefusedEntry;
import org.crossfield.i18n.Messages;
import org.crossfield.i18n.ReferenceNames;

/**
 * The collaboration feature's reference data and statuses in the person's language. Outcome types
 * ({@code outcome-types.csv}) and dissemination codes ({@code dissemination.csv}) are stored in English and named
 * through {@link ReferenceNames} (the {@code reference} bundle, shared with the reports); a code without a translation
 * keeps its stored title. Statuses and roles are this feature's own keys.
 */
final class CollaborationTexts {

    private CollaborationTexts() {
    }

    static String status(CollaborationStatus status) {
        return text("collaboration.status." + status.name(), status.name());
    }

    static String activityStatus(ActivityStatus status) {
        return text("collaboration.activity-status." + status.name(), status.label());
    }

    static String creditRole(CreditRole role) {
        return text("collaboration.credit-role." + role.name(), role.label());
    }

    static String outcomeType(OutcomeTypeSummary type) {
        return outcomeType(type.code(), type.title());
    }

    static String outcomeType(String code, String stored) {
        return ReferenceNames.outcomeType(code, stored, locale());
    }

    /** "journal article, conference paper, …": what an outcome type covers; null when it names no examples. */
    static String outcomeTypeExamples(OutcomeTypeSummary type) {
        return type.examples() == null ? null : ReferenceNames.outcomeTypeExamples(type.code(), type.examples(), locale());
    }

    static String dissemination(DisseminationCode code) {
        return dissemination(code.kind(), code.code(), code.title());
    }

    static String dissemination(String kind, String code, String stored) {
        return ReferenceNames.dissemination(kind, code, stored, locale());
    }

    /** A party's role in a collaboration (STUDENT, SUPERVISOR, MENTOR, PARTNER). */
    static String role(String role) {
        return text("collaboration.role." + role, role);
    }

    /** Why an entry or ORCID work cannot be imported, in the person's language (as the service said it when it has no key). */
    static String reason(RefusedEntry refused) {
        String text = Messages.text(refused);
        return text == null ? refused.reason() : text;
    }

    /**
     * An entry as the refused list names it: its citation key, ID or PMID as in the file, and "record N" (an entry of a
     * RIS or tagged file without an ID; BibTeX keys have no spaces) in the person's language.
     */
    static String entry(RefusedEntry refused) {
        Matcher record = RECORD.matcher(refused.key());
        UI ui = UI.getCurrent();
        return record.matches() && ui != null
                ? ui.getTranslation("collaboration.import.record", Integer.parseInt(record.group(1))) : refused.key();
    }

    private static final Pattern RECORD = Pattern.compile("record (\\d{1,9})");

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    private static String text(String key, String stored) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return stored;
        }
        String text = ui.getTranslation(key);
        return text.equals("!" + key + "!") ? stored : text;
    }
}
