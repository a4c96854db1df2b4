package org.crossfield.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes calendar items as an iCalendar (RFC 5545) document: whole-day events with a stable UID, a link back to their
 * screen, CRLF line ends, text escaped and long lines folded at 75 octets. Written by hand rather than with a library:
 * it is a few lines of a simple format, and tests read it back with ical4j.
 */
public final class ICalendarWriter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private ICalendarWriter() {
    }

    /**
     * @param baseUrl   Crossfield's address without a trailing slash, for the events' links
     * @param uidDomain the right-hand side of the UIDs (Crossfield's host), so they are unique across installations
     */
    public static String write(List<CalendarItem> items, String calendarName, String baseUrl, String uidDomain, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Crossfield//Deadlines//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(calendarName));
        for (CalendarItem item : items) {
            String url = baseUrl + "/" + item.path();
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(item.uid() + "@" + uidDomain));
            line(out, "DTSTAMP:" + STAMP.format(now));
            line(out, "DTSTART;VALUE=DATE:" + DAY.format(item.day()));
            line(out, "DTEND;VALUE=DATE:" + DAY.format(item.day().plusDays(1)));
            line(out, "SUMMARY:" + text(item.title()));
            line(out, "DESCRIPTION:" + text(item.description() + "\n" + url));
            line(out, "URL:" + url);
            line(out, "CATEGORIES:" + item.kind().name());
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A TEXT value: backslash, semicolon, comma and line ends escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** One content line, folded so that no line is longer than 75 octets (never inside a UTF-8 character). */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = 74; // the leading space counts
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
