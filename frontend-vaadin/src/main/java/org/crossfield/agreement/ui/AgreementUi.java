package org.crossfield.agreement.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.crossfield.agreement.IpRegime;

/** Small things the agreement screens share. */
final class AgreementUi {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneOffset.UTC);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);

    private AgreementUi() {
    }

    static String when(Instant i) {
        return i == null ? "" : WHEN.format(i) + " UTC";
    }

    static String day(Instant i) {
        return i == null ? "" : DAY.format(i);
    }

    /** The first 12 characters of a fingerprint, for tables; the whole one is shown where it is checked. */
    static String shortSha(String sha) {
        return sha == null ? "" : sha.substring(0, Math.min(12, sha.length())) + "…";
    }

    static String label(Enum<?> e) {
        String s = e.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A regime's main terms in one line, e.g. "Results owned by the university · partner: non exclusive field territory · …". */
    static String regimeSummary(IpRegime r) {
        if (r.resultsOwner() == null) {
            return "Every term is negotiated from scratch.";
        }
        StringBuilder text = new StringBuilder("Results owned by the " + words(r.resultsOwner()));
        if (r.sponsorRights() != null) {
            text.append(" · partner's rights: ").append(words(r.sponsorRights()));
        }
        if (r.publicationNoticeDays() != null && r.maxDelayDays() != null) {
            text.append(" · publications announced ").append(r.publicationNoticeDays()).append(" days ahead, delayed at most ")
                    .append(r.maxDelayDays()).append(" days");
        }
        if (r.notes() != null) {
            text.append(" · ").append(r.notes());
        }
        return text.toString();
    }

    private static String words(String code) {
        return code.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    }
}
