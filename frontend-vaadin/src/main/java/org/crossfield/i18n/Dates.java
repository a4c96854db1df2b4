package org.crossfield.i18n;

import org.crossfield.i18n.Dates;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.text.DateFormatSymbols;
import java.time.Instant;
import java.util.Arrays;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * One way to write and read dates on every screen: in the language of the screen, and times in the person's time zone
 * (their browser's). Date pickers parse the language's own format and ISO {@code yyyy-MM-dd} (so {@code 31.03.2027}
 * and {@code 2027-03-31} both work in German), and say in words what they cannot parse.
 */
public final class Dates {

    /** How each language writes a date for typing: the first pattern is shown, all are understood. */
    private static final Map<String, String> TYPED = Map.of(
            "en", "dd/MM/yyyy", "de", "dd.MM.yyyy", "fr", "dd/MM/yyyy", "nl", "dd-MM-yyyy");
    private static final String ISO = "yyyy-MM-dd";
    private static final String ZONE = Dates.class.getName() + ".zone";

    private Dates() {
    }

    /** The pattern people of this language type dates in, e.g. {@code dd.MM.yyyy} for German. */
    public static String typedPattern(Locale locale) {
        return TYPED.getOrDefault(Translations.supported(locale).getLanguage(), "dd/MM/yyyy");
    }

    /** A date as the language writes it in text: "31 March 2027", "31. März 2027". */
    public static String day(LocalDate date, Locale locale) {
        Locale language = Translations.supported(locale);
        return date == null ? "" : DateTimeFormatter.ofPattern(language.getLanguage().equals("de") ? "d. MMMM yyyy" : "d MMMM yyyy", language)
                .format(date);
    }

    /** A moment as date and time in the person's time zone, e.g. "31/03/2027 14:05". */
    public static String when(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofPattern(typedPattern(locale) + " HH:mm", Translations.supported(locale))
                .withZone(zone()).format(instant);
    }

    /** The person's time zone as their browser reports it (asked once per session), else the server's. */
    public static ZoneId zone() {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return ZoneId.systemDefault();
        }
        Object known = ui.getSession().getAttribute(ZONE);
        if (known instanceof ZoneId zone) {
            return zone;
        }
        ui.getPage().retrieveExtendedClientDetails(details -> {
            try {
                ui.getSession().setAttribute(ZONE, ZoneId.of(details.getTimeZoneId()));
            } catch (RuntimeException unknownZone) {
                ui.getSession().setAttribute(ZONE, ZoneId.systemDefault());
            }
        });
        return ZoneId.systemDefault();
    }

    /** Makes a date picker follow the screen's language: its format and ISO are understood, errors are in words. */
    public static DatePicker localise(DatePicker picker) {
        picker.addAttachListener(e -> apply(picker, e.getUI().getLocale()));
        return picker;
    }

    static void apply(DatePicker picker, Locale locale) {
        Locale language = Translations.supported(locale);
        String pattern = typedPattern(language);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats(pattern, ISO);
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(language);
        i18n.setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12));
        i18n.setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8));
        i18n.setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8));
        i18n.setFirstDayOfWeek(1); // Monday, as everywhere in Europe
        i18n.setToday(picker.getTranslation("dates.today"));
        i18n.setCancel(picker.getTranslation("dates.cancel"));
        i18n.setBadInputErrorMessage(picker.getTranslation("dates.unparseable",
                DateTimeFormatter.ofPattern(pattern).format(LocalDate.of(2027, 3, 31))));
        picker.setLocale(language);
        picker.setI18n(i18n);
        picker.setPlaceholder(picker.getTranslation("dates.placeholder"));
    }
}
