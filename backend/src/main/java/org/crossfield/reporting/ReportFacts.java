package org.crossfield.reporting;

import java.sql.Types;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Outcomes, dissemination activities and their audiences as one derived table per kind, for a report's period: the
 * whole months come from the monthly totals (outcome_month, activity_month, audience_month, kept current by
 * collaboration's OutcomeTotals), and only the days of a partial first or last month are read from the rows. A calendar
 * year, a quarter or any period of whole months never touches the rows (docs/adr/0019).
 * <p>
 * In a query, {@code /*FACTS OUTCOMES f: type_code = 'PUBLICATION'*}{@code /} becomes such a table with alias {@code f}
 * and columns {@code month, org} (the partner organisation, else the academic one), the kind's dimensions and its
 * measures {@code n} (rows) and {@code amount_eur} or {@code people} (audience sizes). The optional condition may name the
 * kind's dimensions only; each branch is filtered by it and by the report's programmes, partner and country.
 */
enum ReportFacts {

    OUTCOMES("pub_outcome_month", "amount_eur",
            "from pub_outcome o straight_join pub_collaboration c on c.id = o.collaboration_id", "o.occurred_on",
            "coalesce(o.amount_eur, 0)", Map.of("type_code", "o", "joint_public_private", "o")),

    ACTIVITIES("pub_activity_month", "people",
            "from pub_dissemination_activity da straight_join pub_collaboration c on c.id = da.collaboration_id", "da.occurred_on",
            "coalesce(da.audience_size, 0)", Map.of("activity_code", "da", "status", "da")),

    AUDIENCES("pub_audience_month", "people",
            """
            from pub_dissemination_activity da straight_join pub_collaboration c on c.id = da.collaboration_id
              straight_join pub_dissemination_audience au on au.activity_id = da.id""", "da.occurred_on",
            "coalesce(da.audience_size, 0)", Map.of("audience_code", "au", "status", "da"));

    private static final Pattern TOKEN = Pattern.compile("/\\*FACTS ([A-Z]+) ([a-z]+)(?:: (.*?))?\\*/", Pattern.DOTALL);

    private final String totalsTable;
    private final String measure;
    private final String rowsFrom;
    private final String rowsDate;
    private final String rowsMeasure;
    /** Each dimension and the alias of the table that holds it among the rows. */
    private final Map<String, String> dimensions;
    private final Pattern dimension;

    ReportFacts(String totalsTable, String measure, String rowsFrom, String rowsDate, String rowsMeasure,
                Map<String, String> dimensions) {
        this.totalsTable = totalsTable;
        this.measure = measure;
        this.rowsFrom = rowsFrom;
        this.rowsDate = rowsDate;
        this.rowsMeasure = rowsMeasure;
        this.dimensions = dimensions;
        this.dimension = Pattern.compile("\\b(" + String.join("|", dimensions.keySet()) + ")\\b");
    }

    /** Replaces every FACTS comment of {@code sql}; the scope comments it writes are left for {@link ReportScope}. */
    static String expand(String sql) {
        Matcher m = TOKEN.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(valueOf(m.group(1)).table(m.group(2), m.group(3))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String table(String alias, String condition) {
        String names = String.join(", ", dimensions.keySet().stream().sorted().toList());
        String totalsDimensions = qualified(names, "t");
        String rowsDimensions = String.join(", ", dimensions.keySet().stream().sorted()
                .map(d -> dimensions.get(d) + "." + d).toList());
        String totalsWhere = condition == null ? "" : " and (" + qualified(condition, "t") + ")";
        String rowsWhere = condition == null ? "" : " and (" + qualifiedForRows(condition) + ")";
        return "(select t.month, coalesce(nullif(t.partner_organisation_id, 0), nullif(t.academic_organisation_id, 0)) as org, "
                + totalsDimensions + ", t.n, t." + measure + "\n from " + totalsTable + " t"
                + "\n where t.month >= :wholeFrom and t.month < :wholeUntil" + totalsWhere + " and /*COLLABORATION t*/"
                + "\n union all"
                + "\n select cast(date_format(" + rowsDate + ", '%Y-%m-01') as date), coalesce(c.partner_organisation_id,"
                + " c.academic_organisation_id), " + rowsDimensions + ", 1, " + rowsMeasure + "\n " + rowsFrom
                + "\n where ((" + rowsDate + " >= :from and " + rowsDate + " < :wholeFrom) or (" + rowsDate + " >= :wholeUntil and "
                + rowsDate + " < :until))" + rowsWhere + " and /*COLLABORATION c*/) " + alias;
    }

    private String qualified(String sql, String alias) {
        return dimension.matcher(sql).replaceAll(alias + ".$1");
    }

    private String qualifiedForRows(String sql) {
        return dimension.matcher(sql).replaceAll(r -> dimensions.get(r.group(1)) + "." + r.group(1));
    }

    /**
     * Adds {@code wholeFrom} and {@code wholeUntil}, the whole months inside [from, until) read from the totals; the days
     * before and after them are read from the rows. A period inside one month has no whole month.
     */
    static MapSqlParameterSource wholeMonths(MapSqlParameterSource params, LocalDate from, LocalDate until) {
        LocalDate wholeFrom = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate wholeUntil = until.withDayOfMonth(1);
        if (!wholeFrom.isBefore(wholeUntil)) {
            wholeFrom = until;
            wholeUntil = until;
        }
        return params.addValue("wholeFrom", wholeFrom, Types.DATE).addValue("wholeUntil", wholeUntil, Types.DATE);
    }
}
