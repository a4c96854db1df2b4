package org.crossfield.identity;

import java.util.Set;

/**
 * What an administrator enters about an organisation.
 *
 * @param domains the e-mail domains that belong to it (e.g. {@code uni-example.eu}), lower case, without "@"
 */
public record OrganisationDetails(String name, OrganisationType type, String country, Set<String> domains, boolean active) {
}
