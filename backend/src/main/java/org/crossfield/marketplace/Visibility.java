package org.crossfield.marketplace;

/** Who may find an open challenge: everyone, registered users only, or only the people invited to it. */
public enum Visibility {
    PUBLIC, REGISTERED, INVITE_ONLY
}
