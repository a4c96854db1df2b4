package org.crossfield.agreement.ui;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.util.Locale;
import org.crossfield.agreement.AgreementStatus;
import org.crossfield.agreement.IpRegime;
import org.crossfield.agreement.PartyRole;
import org.crossfield.agreement.ResultsOwner;
import org.crossfield.agreement.ReviewStatus;
import org.crossfield.agreement.SponsorRights;
import org.crossfield.agreement.InvalidAgreementException;
import org.crossfield.i18n.Dates;
import org.crossfield.i18n.Messages;
import org.crossfield.i18n.Text;
import org.crossfield.i18n.Translatable;

/**
 * Small things the agreement screens share: dates through {@link Dates}, and the human names of statuses, roles and
 * terms in the screen's language (keys of the {@code agreement} bundle), never enum constants.
 */
final class AgreementUi {

    private AgreementUi() {
    }

    /** A moment as date and time in the person's time zone. */
    static String when(Instant i, Locale locale) {
        return Dates.when(i, locale);
    }

    /** A moment's day in the person's time zone. */
    static String day(Instant i, Locale locale) {
        return i == null ? "" : Dates.day(i.atZone(Dates.zone()).toLocalDate(), locale);
    }

    /** The first 12 characters of a fingerprint, for tables; the whole one is shown where it is checked. */
    static String shortSha(String sha) {
        return sha == null ? "" : sha.substring(0, Math.min(12, sha.length())) + "…";
    }

    static String status(Component screen, AgreementStatus status) {
        return screen.getTranslation("agreement.status." + status.name());
    }

    static String role(Component screen, PartyRole role) {
        return screen.getTranslation("agreement.role." + role.name());
    }

    static String reviewStatus(Component screen, ReviewStatus status) {
        return screen.getTranslation("agreement.review-status." + status.name());
    }

    /** A term's value as the agreement says it ("the University"), in the screen's language. */
    static String term(Component screen, Enum<?> value) {
        if (value == null) {
            return "";
        }
        String type = value.getDeclaringClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        return screen.getTranslation("agreement.term." + type + "." + value.name());
    }

    /** A regime's main terms in one line, e.g. "Results owned by the university · partner's rights: … · …". */
    static String regimeSummary(Component screen, IpRegime r) {
        if (r.resultsOwner() == null) {
            return screen.getTranslation("agreement.regime.negotiated");
        }
        StringBuilder text = new StringBuilder(screen.getTranslation("agreement.regime.owner",
                known(ResultsOwner.class, r.resultsOwner()) ? screen.getTranslation("agreement.regime.owner." + r.resultsOwner())
                        : words(r.resultsOwner())));
        if (r.sponsorRights() != null) {
            text.append(" · ").append(screen.getTranslation("agreement.regime.rights",
                    known(SponsorRights.class, r.sponsorRights()) ? screen.getTranslation("agreement.regime.rights." + r.sponsorRights())
                            : words(r.sponsorRights())));
        }
        if (r.publicationNoticeDays() != null && r.maxDelayDays() != null) {
            text.append(" · ").append(screen.getTranslation("agreement.regime.publication", r.publicationNoticeDays(), r.maxDelayDays()));
        }
        if (r.notes() != null) {
            text.append(" · ").append(r.notes());
        }
        return text.toString();
    }

    /** A refusal in the screen's language: its one text through {@link Messages#of}, or each of its several problems. */
    static String refusal(Component screen, InvalidAgreementException e) {
        if (e.details().size() <= 1) {
            return Messages.of(e);
        }
        return String.join(" ", e.details().stream().map(p -> say(screen, p)).toList());
    }

    /**
     * A text of the backend (a trail entry's detail, a term's value in a difference) in the screen's language: its key
     * with the arguments said in the same language (other texts translated, moments as the person's date and time); a
     * text without a key is a person's own words and is shown as written.
     */
    static String say(Component screen, Translatable text) {
        if (text.messageKey() == null) {
            return text instanceof Text t ? t.english() : String.valueOf(text);
        }
        Object[] arguments = text.messageArguments();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof Translatable inner) {
                arguments[i] = say(screen, inner);
            } else if (arguments[i] instanceof Instant moment) {
                arguments[i] = when(moment, com.vaadin.flow.component.UI.getCurrent() == null ? Locale.ENGLISH : com.vaadin.flow.component.UI.getCurrent().getLocale());
            } else if (arguments[i] == null) {
                arguments[i] = "—";
            }
        }
        return screen.getTranslation(text.messageKey(), arguments);
    }

    private static <E extends Enum<E>> boolean known(Class<E> type, String code) {
        try {
            Enum.valueOf(type, code);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    private static String words(String code) {
        return code.replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}
