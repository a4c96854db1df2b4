package org.crossfield.collaboration;

/** What started a collaboration: a student accepting an offer, or a mentoring match accepted by both sides. */
public enum CollaborationOrigin {
    OFFER, MATCH
}
