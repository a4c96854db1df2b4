package org.crossfield.sandbox;

/**
 * The roles of the sandbox's people, named as identity's roles (identity's contribution maps them by name, and its test
 * checks that every one exists). The sandbox has a vocabulary of its own so that it depends on no feature: every
 * feature depends on the sandbox's extension point instead (docs/adr/0037-table-ownership.md).
 */
public enum SandboxRole {
    ADMIN, COORDINATOR, PARTNER, MENTOR, SUPERVISOR, STUDENT;

    /** Roles whose people keep a competency profile of their own. */
    public boolean keepsProfile() {
        return this == STUDENT || this == SUPERVISOR || this == MENTOR;
    }
}
