package org.crossfield.identity;

import java.time.LocalDate;
import java.util.Set;

/**
 * A new personal access token: a name to recognise it, the last day it works (at most a year ahead) and its scopes.
 */
public record CreateApiTokenCmd(String name, LocalDate expiresOn, Set<ApiTokenScope> scopes) {
}
