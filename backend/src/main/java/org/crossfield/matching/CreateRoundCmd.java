package org.crossfield.matching;

import java.util.Set;

/** A new matching round: its programme, a name, the projects in scope and (optionally) the mentors' countries. */
public record CreateRoundCmd(long programmeId, String name, Set<Long> projectIds, Set<String> mentorCountries) {
}
