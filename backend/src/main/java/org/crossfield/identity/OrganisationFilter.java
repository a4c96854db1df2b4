package org.crossfield.identity;

/** Filters of the administrators' organisation list; null means any. */
public record OrganisationFilter(String text, OrganisationType type, String country, Boolean active) {

    public static final OrganisationFilter ALL = new OrganisationFilter(null, null, null, null);
}
