package org.crossfield.identity;

import java.util.List;

/** What a person sees and changes on "My account". */
public record MyAccount(long id, String email, String displayName, String language, String orcid, String organisationName,
                        List<String> roles, long version) {
}
