package org.crossfield.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.crossfield.reporting.KpiReport.Count;
import org.crossfield.reporting.KpiReport.CountryCount;
import org.crossfield.reporting.KpiReport.DisseminationLine;
import org.crossfield.reporting.KpiReport.MonthCount;
import org.crossfield.reporting.KpiReport.OutcomeLine;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The report as an XLSX workbook (fastexcel): one sheet per table, numbers as numbers, dates as dates shown as the
 * language writes them; sheet names, headings and names of reference data in the language of the {@link ReportLabels}.
 * The KPI sheet's first column and the type columns keep the codes, for formulas and scripts.
 */
final class ReportWorkbook {

    private ReportWorkbook() {
    }

    static byte[] write(KpiReport report, ReportLabels l) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Crossfield", "1.0");
            Worksheet kpis = wb.newWorksheet(sheet(l.text("reporting.export.sheet.kpis", "KPIs")));
            kpis.value(0, 0, l.text("reporting.export.title", "Crossfield impact report"));
            kpis.style(0, 0).bold().set();
            kpis.value(1, 0, l.text("reporting.export.programmes", "Programmes"));
            kpis.value(1, 1, String.join("; ", report.programmeNames()));
            kpis.value(2, 0, l.text("reporting.export.period", "Period"));
            kpis.value(2, 1, l.text("reporting.export.period-range", "{0} to {1}", l.date(report.filter().from()), l.date(report.filter().to())));
            kpis.value(3, 0, l.text("reporting.export.partner", "Partner organisation"));
            kpis.value(3, 1, report.partnerName() == null ? l.text("reporting.export.all", "all") : report.partnerName());
            kpis.value(4, 0, l.text("reporting.export.country", "Country"));
            kpis.value(4, 1, report.filter().country() == null ? l.text("reporting.export.all", "all") : l.country(report.filter().country()));
            header(kpis, 6, l.text("reporting.export.code", "Code"), l.text("reporting.export.kpi", "KPI"), l.text("reporting.export.unit", "Unit"),
                    l.text("reporting.export.kind", "Kind"), l.text("reporting.export.target", "Target"), l.text("reporting.export.actual", "Actual"),
                    l.text("reporting.export.percent-of-target", "% of target"), l.text("reporting.export.how-counted", "How it is counted"));
            int r = 7;
            for (KpiRow k : report.kpis()) {
                kpis.value(r, 0, k.code());
                kpis.value(r, 1, l.kpi(k));
                kpis.value(r, 2, l.kpiUnit(k));
                kpis.value(r, 3, ReportExports.kind(k.kind(), l));
                if (k.target() != null) {
                    kpis.value(r, 4, k.target());
                }
                if (k.actual() != null) {
                    kpis.value(r, 5, k.actual());
                }
                if (k.percentOfTarget() != null) {
                    kpis.value(r, 6, k.percentOfTarget());
                }
                kpis.value(r, 7, l.kpiHowCounted(k));
                r++;
            }
            kpis.width(1, 45);
            kpis.width(7, 60);

            Worksheet trend = wb.newWorksheet(sheet(l.text("reporting.export.sheet.trend", "Per month")));
            header(trend, 0, l.text("reporting.export.month", "Month"), l.text("reporting.export.collaborations-started", "Collaborations started"),
                    l.text("reporting.export.outcomes", "Outcomes"), l.text("reporting.export.activities-delivered", "Activities delivered"));
            r = 1;
            for (MonthCount m : report.trend()) {
                trend.value(r, 0, l.month(m.month()));
                trend.value(r, 1, m.collaborations());
                trend.value(r, 2, m.outcomes());
                trend.value(r, 3, m.activities());
                r++;
            }

            Worksheet types = wb.newWorksheet(sheet(l.text("reporting.export.sheet.outcome-types", "Outcomes by type")));
            header(types, 0, l.text("reporting.export.type", "Type"), l.text("reporting.export.title-column", "Title"),
                    l.text("reporting.export.outcomes", "Outcomes"));
            r = 1;
            for (Count c : report.outcomesByType()) {
                types.value(r, 0, c.code());
                types.value(r, 1, l.outcomeType(c.code(), c.title()));
                types.value(r++, 2, c.count());
            }

            Worksheet dissemination = wb.newWorksheet(sheet(l.text("reporting.export.sheet.dissemination", "Dissemination")));
            header(dissemination, 0, l.text("reporting.export.activity-type", "Activity type"), l.text("reporting.export.title-column", "Title"),
                    l.text("reporting.export.delivered", "Delivered"), l.text("reporting.export.ongoing", "Ongoing"),
                    l.text("reporting.export.postponed", "Postponed"), l.text("reporting.export.people-reached", "People reached"));
            r = 1;
            for (DisseminationLine d : report.dissemination()) {
                dissemination.value(r, 0, d.activityCode());
                dissemination.value(r, 1, l.dissemination("activity", d.activityCode(), d.title()));
                dissemination.value(r, 2, d.delivered());
                dissemination.value(r, 3, d.ongoing());
                dissemination.value(r, 4, d.postponed());
                dissemination.value(r++, 5, d.peopleReached());
            }
            r++;
            header(dissemination, r++, l.text("reporting.export.audience", "Audience"), l.text("reporting.export.title-column", "Title"),
                    l.text("reporting.export.activities-delivered", "Activities delivered"), "", "", l.text("reporting.export.people-reached", "People reached"));
            for (Count a : report.peopleByAudience()) {
                dissemination.value(r, 0, a.code());
                dissemination.value(r, 1, l.dissemination("audience", a.code(), a.title()));
                dissemination.value(r, 2, a.count());
                dissemination.value(r++, 5, a.sum());
            }

            Worksheet countries = wb.newWorksheet(sheet(l.text("reporting.export.sheet.countries", "By country")));
            header(countries, 0, l.text("reporting.export.country", "Country"), l.text("reporting.export.collaborations", "Collaborations"),
                    l.text("reporting.export.outcomes", "Outcomes"), l.text("reporting.export.activities-delivered", "Activities delivered"));
            r = 1;
            for (CountryCount c : report.byCountry()) {
                countries.value(r, 0, l.country(c.country()));
                countries.value(r, 1, c.collaborations());
                countries.value(r, 2, c.outcomes());
                countries.value(r++, 3, c.activities());
            }

            Worksheet outcomes = wb.newWorksheet(sheet(l.text("reporting.export.sheet.latest-outcomes", "Latest outcomes")));
            header(outcomes, 0, l.text("reporting.export.type", "Type"), l.text("reporting.export.title-column", "Title"),
                    l.text("reporting.export.date", "Date"), l.text("reporting.export.details", "Details"), l.text("reporting.export.programme", "Programme"));
            r = 1;
            for (OutcomeLine o : report.latestOutcomes()) {
                outcomes.value(r, 0, l.outcomeType(o.typeCode(), o.typeTitle()));
                outcomes.value(r, 1, o.title());
                outcomes.value(r, 2, o.occurredOn());
                outcomes.style(r, 2).format(l.datePattern().toLowerCase(java.util.Locale.ROOT)).set();
                outcomes.value(r, 3, l.outcomeDetail(o));
                outcomes.value(r++, 4, o.programmeCode());
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A sheet name Excel accepts: at most 31 characters, none of : \\ / ? * [ ]. */
    static String sheet(String name) {
        String clean = name.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        return clean.length() <= 31 ? clean : clean.substring(0, 31).strip();
    }

    private static void header(Worksheet sheet, int row, String... titles) {
        for (int c = 0; c < titles.length; c++) {
            sheet.value(row, c, titles[c]);
        }
        sheet.range(row, 0, row, titles.length - 1).style().bold().fillColor("DDEEEC").set();
    }
}
