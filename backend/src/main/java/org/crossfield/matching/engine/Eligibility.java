package org.crossfield.matching.engine;

/** Whether a mentor may be matched with a project, and if not, the first reason found (in this order). */
public enum Eligibility {
    ELIGIBLE,
    /** The mentor belongs to the project's organisation. */
    SAME_ORGANISATION,
    /** The pair is listed in {@code conflicts}. */
    CONFLICT,
    /** The pair is listed in {@code forbids}. */
    FORBIDDEN,
    /** The mentor's level is below the required level of a must-have requirement. */
    MISSING_MUST_HAVE
}
