package org.crossfield.identity;

import java.time.LocalDate;
import java.util.Set;

/** What an administrator enters about a programme: the organisations taking part and its coordinators by id. */
public record ProgrammeDetails(String code, String name, String description, String funder, LocalDate startsOn,
                               LocalDate endsOn, Set<Long> organisationIds, Set<Long> coordinatorIds) {
}
