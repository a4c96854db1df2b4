package org.crossfield.identity.ui;

import java.io.Serial;
import java.util.HashMap;
import java.util.Map;
import org.crossfield.identity.CrossfieldUser;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The principal after an institutional sign-in: the same {@link CrossfieldUser} a password login gives (services and
 * the session check rely on it), also carrying the provider's ID token as Spring's OpenID Connect support expects.
 */
final class CrossfieldOidcUser extends CrossfieldUser implements OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    CrossfieldOidcUser(CrossfieldUser user, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(user.getId(), user.getEmail(), user.getDisplayName(), user.getOrganisationId(), user.getOrganisationName(),
                user.getRoles(), user.getLocale(), user.isEnabled(), null, user.getSessionEpoch());
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    @Override
    public Map<String, Object> getClaims() {
        Map<String, Object> claims = new HashMap<>(idToken.getClaims());
        if (userInfo != null) {
            claims.putAll(userInfo.getClaims());
        }
        return claims;
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return getClaims();
    }

    /** The e-mail address, as for a password login (it is the name {@code Authentication.getName()} gives). */
    @Override
    public String getName() {
        return getEmail();
    }
}
