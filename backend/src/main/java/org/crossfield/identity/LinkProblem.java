package org.crossfield.identity;

/** Why a link from an e-mail cannot be used. */
public enum LinkProblem {
    /** No such link: mistyped, cut, or from another installation. */
    UNKNOWN,
    /** Already used once. */
    USED,
    /** Older than its expiry. */
    EXPIRED
}
