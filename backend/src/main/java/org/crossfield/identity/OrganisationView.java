package org.crossfield.identity;

public record OrganisationView(long id, String name, OrganisationType type, String country) {
}
