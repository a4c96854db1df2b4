package org.crossfield.identity;

public record OrganisationBrief(long id, String name, OrganisationType type, String country) {
}
