package org.crossfield.identity;

import java.time.LocalDate;
import java.util.List;

/** A programme as administrators see it, with the names of its organisations and coordinators. */
public record ProgrammeSummary(long id, String code, String name, String description, String funder, LocalDate startsOn,
                               LocalDate endsOn, List<OrganisationRef> organisations, List<PersonRef> coordinators,
                               long version) {

    public record OrganisationRef(long id, String name) {
    }

    public record PersonRef(long id, String displayName, String email) {
    }
}
