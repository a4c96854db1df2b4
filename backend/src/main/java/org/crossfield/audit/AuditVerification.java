package org.crossfield.audit;

/**
 * The result of checking the audit chain.
 *
 * @param intact     every entry from the anchor to the head is present, unchanged and chained
 * @param checked    how many entries were checked
 * @param headSeq    the sequence number of the last entry checked against
 * @param headHash   its hash (worth noting down outside Crossfield: a later check must reach it again)
 * @param brokenSeq  the first entry that is missing, altered or out of chain (null when intact)
 * @param problem    what is wrong with it, in a sentence (null when intact)
 */
public record AuditVerification(boolean intact, long checked, long headSeq, String headHash, Long brokenSeq,
                                String problem) {
}
