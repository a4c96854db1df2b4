package org.crossfield.agreement;

/** Start the agreement of a collaboration from the active template of an IP regime (a code of ip-regimes.csv). */
public record StartAgreementCmd(long collaborationId, String regimeCode) {
}
