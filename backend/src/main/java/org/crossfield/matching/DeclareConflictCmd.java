package org.crossfield.matching;

/** Declare a conflict of interest with exactly one of an organisation or a person, with a reason. */
public record DeclareConflictCmd(Long organisationId, Long personId, String reason) {
}
