package org.crossfield.matching;

import java.time.Instant;

/** A declared conflict of interest: with an organisation or with a person. */
public record DeclaredConflict(long id, Kind kind, long targetId, String targetName, String reason, Instant declaredAt) {

    public enum Kind { ORGANISATION, PERSON }
}
