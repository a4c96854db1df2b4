package org.crossfield.calendar;

import java.time.LocalDate;

/**
 * One day in a person's calendar: a whole-day event (Crossfield's deadlines are days, not times).
 *
 * @param uid  stable across reads, so a calendar program updates the event rather than adding another
 * @param path the screen the event links back to, relative to Crossfield's base URL (e.g. {@code challenges/42})
 */
public record CalendarItem(String uid, CalendarItemKind kind, LocalDate day, String title, String description, String path) {
}
