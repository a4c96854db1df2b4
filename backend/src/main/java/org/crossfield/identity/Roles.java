package org.crossfield.identity;

import java.util.List;

/** The six roles of Crossfield. One person may hold several. Spring authorities carry the {@code ROLE_} prefix. */
public final class Roles {

    public static final String STUDENT = "STUDENT";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String MENTOR = "MENTOR";
    public static final String PARTNER = "PARTNER";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String ADMIN = "ADMIN";

    public static final List<String> ALL = List.of(STUDENT, SUPERVISOR, MENTOR, PARTNER, COORDINATOR, ADMIN);

    /** Roles that keep a competency profile of their own. */
    public static final List<String> WITH_PROFILE = List.of(STUDENT, SUPERVISOR, MENTOR);

    private Roles() {
    }

    /** "STUDENT" → "Student". */
    public static String label(String role) {
        return role.charAt(0) + role.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    public static boolean isKnown(String role) {
        return ALL.contains(role);
    }
}
