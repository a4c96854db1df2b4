package org.crossfield.reporting.ui;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import org.crossfield.i18n.Dates;
import org.crossfield.i18n.Numbers;
import org.crossfield.i18n.ReferenceNames;
import org.crossfield.i18n.Translations;
import org.crossfield.reporting.KpiRow;
import org.crossfield.reporting.ReportLabels;

/**
 * The report downloads in a person's language: their headings from the reporting bundle ({@code reporting.export.*}),
 * the shipped reference data through {@link ReferenceNames} (as the screens name it, the stored English where there is
 * no translation), numbers through {@link Numbers}, dates in the pattern people of that language type
 * ({@link Dates#typedPattern}) and countries by their names in the language. The screens pass it to
 * {@link org.crossfield.reporting.ReportExports}; the API and the command line keep {@link ReportLabels#FOR_SCRIPTS}.
 */
public record TranslatedReportLabels(Locale locale) implements ReportLabels {

    public TranslatedReportLabels {
        locale = Translations.supported(locale);
    }

    @Override
    public String text(String key, String english, Object... arguments) {
        String text = Translations.find(key, locale).orElse(english);
        return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
    }

    @Override
    public String kpi(KpiRow kpi) {
        return ReferenceNames.kpi(kpi.code(), kpi.title(), locale);
    }

    @Override
    public String kpiUnit(KpiRow kpi) {
        return ReferenceNames.kpiUnit(kpi.code(), kpi.unit(), locale);
    }

    @Override
    public String kpiHowCounted(KpiRow kpi) {
        return ReferenceNames.kpiHowCounted(kpi.code(), kpi.howCounted(), locale);
    }

    @Override
    public String outcomeType(String code, String stored) {
        return ReferenceNames.outcomeType(code, stored, locale);
    }

    @Override
    public String dissemination(String kind, String code, String stored) {
        return ReferenceNames.dissemination(kind, code, stored, locale);
    }

    @Override
    public String whole(long value) {
        return Numbers.whole(value, locale);
    }

    @Override
    public String figure(BigDecimal value) {
        return Numbers.figure(value, locale);
    }

    /** "BE" → "Belgien" in German; a code the JDK does not know (or the dash of no country) stays as it is. */
    @Override
    public String country(String code) {
        if (code == null || !code.matches("[A-Z]{2}")) {
            return code;
        }
        String name = Locale.of("", code).getDisplayCountry(locale);
        return name.isBlank() ? code : name;
    }

    @Override
    public String datePattern() {
        return Dates.typedPattern(locale);
    }

    /** "März 2027", as the screen's table of the trend names it. */
    @Override
    public String month(String yearMonth) {
        try {
            return java.time.YearMonth.parse(yearMonth).format(java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", locale));
        } catch (java.time.format.DateTimeParseException | NullPointerException notAMonth) {
            return yearMonth;
        }
    }
}
