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

/** The report as an XLSX workbook (fastexcel): one sheet per table, numbers as numbers. */
final class ReportWorkbook {

    private ReportWorkbook() {
    }

    static byte[] write(KpiReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Crossfield", "1.0");
            Worksheet kpis = wb.newWorksheet("KPIs");
            kpis.value(0, 0, "Crossfield impact report");
            kpis.style(0, 0).bold().set();
            kpis.value(1, 0, "Programmes");
            kpis.value(1, 1, String.join("; ", report.programmeNames()));
            kpis.value(2, 0, "Period");
            kpis.value(2, 1, report.filter().from() + " to " + report.filter().to());
            kpis.value(3, 0, "Partner organisation");
            kpis.value(3, 1, report.partnerName() == null ? "all" : report.partnerName());
            kpis.value(4, 0, "Country");
            kpis.value(4, 1, report.filter().country() == null ? "all" : report.filter().country());
            header(kpis, 6, "Code", "KPI", "Unit", "Kind", "Target", "Actual", "% of target", "How it is counted");
            int r = 7;
            for (KpiRow k : report.kpis()) {
                kpis.value(r, 0, k.code());
                kpis.value(r, 1, k.title());
                kpis.value(r, 2, k.unit());
                kpis.value(r, 3, k.kind().name());
                if (k.target() != null) {
                    kpis.value(r, 4, k.target());
                }
                if (k.actual() != null) {
                    kpis.value(r, 5, k.actual());
                }
                if (k.percentOfTarget() != null) {
                    kpis.value(r, 6, k.percentOfTarget());
                }
                kpis.value(r, 7, k.howCounted());
                r++;
            }
            kpis.width(1, 45);
            kpis.width(7, 60);

            Worksheet trend = wb.newWorksheet("Per month");
            header(trend, 0, "Month", "Collaborations started", "Outcomes", "Activities delivered");
            r = 1;
            for (MonthCount m : report.trend()) {
                trend.value(r, 0, m.month());
                trend.value(r, 1, m.collaborations());
                trend.value(r, 2, m.outcomes());
                trend.value(r, 3, m.activities());
                r++;
            }

            Worksheet types = wb.newWorksheet("Outcomes by type");
            header(types, 0, "Type", "Title", "Outcomes");
            r = 1;
            for (Count c : report.outcomesByType()) {
                types.value(r, 0, c.code());
                types.value(r, 1, c.title());
                types.value(r++, 2, c.count());
            }

            Worksheet dissemination = wb.newWorksheet("Dissemination");
            header(dissemination, 0, "Activity type", "Title", "Delivered", "Ongoing", "Postponed", "People reached");
            r = 1;
            for (DisseminationLine d : report.dissemination()) {
                dissemination.value(r, 0, d.activityCode());
                dissemination.value(r, 1, d.title());
                dissemination.value(r, 2, d.delivered());
                dissemination.value(r, 3, d.ongoing());
                dissemination.value(r, 4, d.postponed());
                dissemination.value(r++, 5, d.peopleReached());
            }
            r++;
            header(dissemination, r++, "Audience", "Title", "Activities delivered", "", "", "People reached");
            for (Count a : report.peopleByAudience()) {
                dissemination.value(r, 0, a.code());
                dissemination.value(r, 1, a.title());
                dissemination.value(r, 2, a.count());
                dissemination.value(r++, 5, a.sum());
            }

            Worksheet countries = wb.newWorksheet("By country");
            header(countries, 0, "Country", "Collaborations", "Outcomes", "Activities delivered");
            r = 1;
            for (CountryCount c : report.byCountry()) {
                countries.value(r, 0, c.country());
                countries.value(r, 1, c.collaborations());
                countries.value(r, 2, c.outcomes());
                countries.value(r++, 3, c.activities());
            }

            Worksheet outcomes = wb.newWorksheet("Latest outcomes");
            header(outcomes, 0, "Type", "Title", "Date", "Details", "Programme");
            r = 1;
            for (OutcomeLine o : report.latestOutcomes()) {
                outcomes.value(r, 0, o.typeTitle());
                outcomes.value(r, 1, o.title());
                outcomes.value(r, 2, o.occurredOn());
                outcomes.style(r, 2).format("yyyy-mm-dd").set();
                outcomes.value(r, 3, o.detail());
                outcomes.value(r++, 4, o.programmeCode());
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void header(Worksheet sheet, int row, String... titles) {
        for (int c = 0; c < titles.length; c++) {
            sheet.value(row, c, titles[c]);
        }
        sheet.range(row, 0, row, titles.length - 1).style().bold().fillColor("DDEEEC").set();
    }
}
