package org.crossfield.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated person: what services need to decide who may do what, and nothing more. Not final only so that an
 * institutional (OpenID Connect) sign-in can carry the same principal with its ID token ({@code CrossfieldOidcUser}).
 */
public class CrossfieldUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final String displayName;
    private final Long organisationId;
    private final String organisationName;
    private final Set<String> roles;
    private final String locale;
    private final boolean enabled;
    private final long sessionEpoch;
    private String passwordHash;

    public CrossfieldUser(long id, String email, String displayName, Long organisationId, String organisationName,
                          Set<String> roles, String locale, boolean enabled, String passwordHash) {
        this(id, email, displayName, organisationId, organisationName, roles, locale, enabled, passwordHash, 0);
    }

    /**
     * @param sessionEpoch the account's session counter when this person logged in: a password reset or a disabled
     *                     account raises it, and sessions that carry an older value end ({@code SessionValidity})
     */
    public CrossfieldUser(long id, String email, String displayName, Long organisationId, String organisationName,
                          Set<String> roles, String locale, boolean enabled, String passwordHash, long sessionEpoch) {
        this.sessionEpoch = sessionEpoch;
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.roles = Set.copyOf(roles);
        this.locale = locale;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    public long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public Set<String> getRoles() {
        return roles;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public String getLocale() {
        return locale;
    }

    public long getSessionEpoch() {
        return sessionEpoch;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof CrossfieldUser other && other.id == id;
    }

    @Override
    public final int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "CrossfieldUser[" + id + ", " + email + ", " + roles + "]";
    }
}
