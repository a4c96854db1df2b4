package org.crossfield.matching;

/** DRAFT (scope chosen) → PROPOSED (an assignment to review) → PUBLISHED (parties decide) ⇄ PROPOSED (re-run) → CLOSED. */
public enum RoundStatus {
    DRAFT, PROPOSED, PUBLISHED, CLOSED
}
