package org.crossfield.identity;

import java.util.Set;

/** Who a valid bearer token stands for: the person (with exactly their roles), the token and its scopes. */
public record ApiTokenPrincipal(CrossfieldUser user, long tokenId, Set<ApiTokenScope> scopes) {
}
