package org.crossfield.identity;

/** The kinds of account change that are recorded (and shown to administrators on the person's page). */
public enum AccountAction {
    CREATED_ON_COMMAND_LINE,
    INVITED,
    INVITATION_RESENT,
    INVITATION_ACCEPTED,
    REGISTERED,
    ADDRESS_CONFIRMED,
    APPROVED,
    ROLES_CHANGED,
    ORGANISATION_CHANGED,
    DISABLED,
    ENABLED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    DETAILS_CHANGED,
    INSTITUTION_LINKED,
    ERASED
}
