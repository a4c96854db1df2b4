package org.crossfield.marketplace;

/** The two kinds of posting on the marketplace. */
public enum PostingKind {
    CHALLENGE, PROJECT
}
