package org.crossfield.privacy;

/** What a consent record is about. */
public enum ConsentKind {
    /** Accepting a version of the privacy notice and terms of use. */
    PRIVACY_NOTICE,
    /** Showing one's outcomes on the public showcase (opt-in). */
    SHOWCASE,
    /** E-mails that are not needed for the service (opt-in). */
    OPTIONAL_MAIL
}
