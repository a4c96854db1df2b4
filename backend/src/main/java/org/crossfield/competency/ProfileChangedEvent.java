package org.crossfield.competency;

import java.util.Set;

/** A person's competency levels changed (after commit). Matching keeps its mentor index current with it. */
public record ProfileChangedEvent(long personId, Set<String> competencyCodes) {
}
