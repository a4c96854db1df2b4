package org.crossfield.identity;

public record PersonBrief(long id, String displayName, String email, String organisationName) {
}
