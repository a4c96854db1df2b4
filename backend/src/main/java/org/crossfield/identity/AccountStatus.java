package org.crossfield.identity;

/** Where an account is in its life: only an active, enabled account with a password can log in. */
public enum AccountStatus {
    /** Can log in (once it has a password). */
    ACTIVE,
    /** Invited by an administrator or coordinator; becomes active when the invitation is accepted. */
    INVITED,
    /** Registered by the person; the e-mail address is not confirmed yet. */
    UNCONFIRMED,
    /** Registered (or first signed in through an institution) and waiting for approval of the requested role. */
    PENDING,
    /** Erased on the person's request (GDPR art. 17): pseudonymised, never logs in again. */
    ERASED
}
