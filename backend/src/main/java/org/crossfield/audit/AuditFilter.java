package org.crossfield.audit;

import java.time.Instant;

/**
 * What an administrator searches the audit log for; every part is optional (null or blank: any).
 *
 * @param person     a person's id, or part of their name or e-mail address: entries they did or that are about them
 * @param action     the action, exactly (e.g. {@code SIGN_IN_FAILED}) or a prefix ending in {@code *} ({@code ACCOUNT_*})
 * @param objectType the kind of object, exactly
 * @param objectId   the object's id, exactly
 * @param from       from this moment (inclusive)
 * @param to         until this moment (exclusive)
 */
public record AuditFilter(String person, String action, String objectType, String objectId, Instant from, Instant to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);
}
