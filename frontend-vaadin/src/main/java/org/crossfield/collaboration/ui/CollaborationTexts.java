package org.crossfield.collaboration.ui;

import com.vaadin.flow.component.UI;
import org.crossfield.collaboration.ActivityStatus;
import org.crossfield.collaboration.CollaborationStatus;
import org.crossfield.collaboration.CreditRole;
import org.crossfield.collaboration.DisseminationCode;
import org.crossfield.collaboration.OutcomeTypeSummary;

/**
 * The collaboration feature's reference data and statuses in the person's language. Outcome types
 * ({@code outcome-types.csv}) and dissemination codes ({@code dissemination.csv}) are stored in English; they are
 * translated by code in the {@code collaboration} bundle ({@code collaboration.outcome-type.PUBLICATION},
 * {@code collaboration.dissemination.audience.INDUSTRY}), and a code without a translation keeps its stored title.
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
        return text("collaboration.outcome-type." + code, stored);
    }

    /** "journal article, conference paper, …": what an outcome type covers; null when it names no examples. */
    static String outcomeTypeExamples(OutcomeTypeSummary type) {
        return type.examples() == null ? null : text("collaboration.outcome-type-examples." + type.code(), type.examples());
    }

    static String dissemination(DisseminationCode code) {
        return dissemination(code.kind(), code.code(), code.title());
    }

    static String dissemination(String kind, String code, String stored) {
        return text("collaboration.dissemination." + kind + "." + code, stored);
    }

    /** A party's role in a collaboration (STUDENT, SUPERVISOR, MENTOR, PARTNER). */
    static String role(String role) {
        return text("collaboration.role." + role, role);
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
