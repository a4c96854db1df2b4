package org.crossfield.matching;

/** PROPOSED (only the coordinator sees it) → PENDING (published, parties decide) → ACCEPTED or DECLINED. */
public enum ProposalStatus {
    PROPOSED, PENDING, ACCEPTED, DECLINED
}
