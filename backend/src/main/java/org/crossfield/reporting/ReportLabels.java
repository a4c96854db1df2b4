package org.crossfield.reporting;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crossfield.reporting.KpiReport.OutcomeLine;

/**
 * The words of a report file in one person's language: its headings and sentences (each a key of the reporting
 * screen bundle with its English text, as {@link org.crossfield.i18n.Text} carries them), the names of the shipped
 * reference data (KPIs, outcome types, dissemination codes) and how that language writes numbers and dates. The
 * exports ask it for every word they write; the screen passes one in the person's language (built from the
 * translation files, which live with the screens), the API and the command line {@link #FOR_SCRIPTS}.
 */
public interface ReportLabels {

    /**
     * The files as scripts have always read them: English, the CSV's header the snake_case codes
     * ({@code kpi_code}, {@code percent_of_target}, …) and its kind {@code COMPUTED}/{@code MEASURED}, reference data
     * by its stored English, ISO dates ({@code 2027-03-31}) and months ({@code 2027-03}).
     */
    ReportLabels FOR_SCRIPTS = new ReportLabels() {
        @Override
        public Locale locale() {
            return Locale.ENGLISH;
        }

        @Override
        public String text(String key, String english, Object... arguments) {
            return arguments.length == 0 ? english : new MessageFormat(english, Locale.ENGLISH).format(arguments);
        }
    };

    /** The language of the file (its dates, numbers and the PDF's {@code lang}). */
    Locale locale();

    /**
     * A heading or sentence by its key ({@code reporting.export.…}) in this language, with {@link MessageFormat}
     * arguments; {@code english} is the text where the language has none (and what {@link #FOR_SCRIPTS} writes). As on
     * the screens, a text with arguments writes an apostrophe as two ({@code ''}), one without as one.
     */
    String text(String key, String english, Object... arguments);

    /** A KPI's title. */
    default String kpi(KpiRow kpi) {
        return kpi.title();
    }

    /** A KPI's unit ("count", "EUR", …). */
    default String kpiUnit(KpiRow kpi) {
        return kpi.unit();
    }

    /** How a KPI is counted. */
    default String kpiHowCounted(KpiRow kpi) {
        return kpi.howCounted();
    }

    /** An outcome type's title by its code, {@code stored} being the English title stored with it. */
    default String outcomeType(String code, String stored) {
        return stored;
    }

    /** A dissemination code's title; {@code kind} is {@code activity} or {@code audience} (dissemination.csv). */
    default String dissemination(String kind, String code, String stored) {
        return stored;
    }

    /** A whole number, thousands grouped as the language groups them. */
    default String whole(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A figure with at most two decimals, or a dash when there is none. */
    default String figure(BigDecimal value) {
        return KpiRow.format(value);
    }

    /** How the language writes a date in a table ({@link DateTimeFormatter} pattern with d, M and y only). */
    default String datePattern() {
        return "yyyy-MM-dd";
    }

    default String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern(datePattern(), locale()).format(date);
    }

    /** A month of the trend ({@code yyyy-MM}) as the language names it. */
    default String month(String yearMonth) {
        return yearMonth;
    }

    /**
     * An outcome's details in one line: its authors (cut at 120 characters), venue and DOI, and an amount with who gave
     * it ("EUR 100,000 from Wellcome", German "100.000 EUR von Wellcome"), joined by " · ".
     */
    default String outcomeDetail(OutcomeLine outcome) {
        List<String> parts = new ArrayList<>();
        String authors = outcome.authors();
        if (authors != null && !authors.isBlank()) {
            parts.add(authors.length() > 120 ? authors.substring(0, 117) + "…" : authors);
        }
        if (outcome.venue() != null && !outcome.venue().isBlank()) {
            parts.add(outcome.venue());
        }
        if (outcome.doi() != null && !outcome.doi().isBlank()) {
            parts.add("doi:" + outcome.doi());
        }
        if (outcome.amountEur() != null) {
            String amount = figure(outcome.amountEur());
            parts.add(outcome.funder() == null ? text("reporting.export.amount", "EUR {0}", amount)
                    : text("reporting.export.amount-from", "EUR {0} from {1}", amount, outcome.funder()));
        }
        return String.join(" · ", parts);
    }

    /** A country by its ISO code (BE, DE, …) as the language names it; scripts read the code. */
    default String country(String code) {
        return code;
    }
}
