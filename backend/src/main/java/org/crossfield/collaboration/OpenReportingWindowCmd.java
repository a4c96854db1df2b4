package org.crossfield.collaboration;

import java.time.LocalDate;

/** A coordinator opens a reporting window for one of their programmes, e.g. "Spring 2027 report", due 30 April 2027. */
public record OpenReportingWindowCmd(long programmeId, String title, LocalDate dueOn) {
}
