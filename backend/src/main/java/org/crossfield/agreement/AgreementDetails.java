package org.crossfield.agreement;

import java.util.List;

/**
 * An agreement as its parties see it: the current version's terms and text, the parties and their decisions, and the
 * signature once signed. The {@code may…} flags say what the current person may do (the services check again).
 */
public record AgreementDetails(long id, String title, long collaborationId, String programmeName, String regimeCode,
                               String regimeTitle, AgreementStatus status, int currentVersion, String currentSha256,
                               AgreementTerms terms, String renderedText, List<AgreementPartySummary> parties, SignatureRecord signature,
                               boolean mayNegotiate, boolean mayDecide, boolean mayAddOfficer, boolean mayManage,
                               boolean mayRequestReview) {
}
