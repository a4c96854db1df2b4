package org.crossfield.identity;

public record PersonView(long id, String displayName, String email, String organisationName) {
}
