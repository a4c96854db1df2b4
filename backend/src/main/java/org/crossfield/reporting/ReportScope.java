package org.crossfield.reporting;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The filter of a report (programmes, partner organisation, country) as SQL for each kind of row a KPI counts. The
 * programme filter always applies; partner and country only when set, so the database can use its indexes.
 * <ul>
 * <li>COLLABORATION: the collaboration's programme; its partner organisation; the country of its partner or academic
 * organisation.</li>
 * <li>CHALLENGE: the challenge's programme; the posting organisation; that organisation's country.</li>
 * <li>PROJECT: the project's programme; a partner whose challenge the project is linked to; the project's
 * organisation's country.</li>
 * <li>MATCH (aliases mr = matching_round, p = phd_project, m = the mentor's app_user): the round's programme; the
 * mentor's organisation; the country of the mentor's or the project's organisation.</li>
 * </ul>
 */
enum ReportScope {
    COLLABORATION, CHALLENGE, PROJECT, MATCH;

    private static final Pattern TOKEN = Pattern.compile("/\\*([A-Z]+) ([a-z]+)\\*/");

    /** Replaces every FACTS comment of {@code sql} ({@link ReportFacts}), then every scope comment with its filter. */
    static String expand(String sql, ReportFilter filter) {
        Matcher m = TOKEN.matcher(ReportFacts.expand(sql));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(valueOf(m.group(1)).clause(m.group(2), filter)));
        }
        m.appendTail(out);
        return out.toString();
    }

    String clause(String alias, ReportFilter filter) {
        StringBuilder where = new StringBuilder("(");
        String a = alias + ".";
        switch (this) {
            case COLLABORATION -> {
                where.append(a).append("programme_id in (:programmes)");
                if (filter.partnerOrganisationId() != null) {
                    where.append(" and ").append(a).append("partner_organisation_id = :partner");
                }
                if (filter.country() != null) {
                    where.append(" and exists (select 1 from pub_organisation fo where fo.id in (").append(a)
                            .append("partner_organisation_id, ").append(a).append("academic_organisation_id) and fo.country = :country)");
                }
            }
            case CHALLENGE -> {
                where.append(a).append("programme_id in (:programmes)");
                if (filter.partnerOrganisationId() != null) {
                    where.append(" and ").append(a).append("organisation_id = :partner");
                }
                if (filter.country() != null) {
                    where.append(" and exists (select 1 from pub_organisation fo where fo.id = ").append(a)
                            .append("organisation_id and fo.country = :country)");
                }
            }
            case PROJECT -> {
                where.append(a).append("programme_id in (:programmes)");
                if (filter.partnerOrganisationId() != null) {
                    where.append(" and exists (select 1 from pub_project_challenge fpc join pub_challenge fch on fch.id = fpc.challenge_id"
                            + " where fpc.project_id = ").append(a).append("id and fch.organisation_id = :partner)");
                }
                if (filter.country() != null) {
                    where.append(" and exists (select 1 from pub_organisation fo where fo.id = ").append(a)
                            .append("organisation_id and fo.country = :country)");
                }
            }
            case MATCH -> {
                where.append("mr.programme_id in (:programmes)");
                if (filter.partnerOrganisationId() != null) {
                    where.append(" and m.organisation_id = :partner");
                }
                if (filter.country() != null) {
                    where.append(" and exists (select 1 from pub_organisation fo where fo.id in (p.organisation_id, m.organisation_id)"
                            + " and fo.country = :country)");
                }
            }
            default -> throw new IllegalStateException(name());
        }
        return where.append(")").toString();
    }
}
