package org.crossfield.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "app_user")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "locale", nullable = false, length = 8)
    private String locale;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 20)
    private Set<String> roles = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private AccountStatus status = AccountStatus.ACTIVE;

    @Column(name = "requested_role", length = 20)
    private String requestedRole;

    @Column(name = "orcid", length = 19)
    private String orcid;

    @Column(name = "session_epoch", nullable = false)
    private long sessionEpoch;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected UserAccount() {
    }

    /** A new account that cannot log in yet: it waits for an invitation to be accepted or a registration to finish. */
    UserAccount(String email, String displayName, Organisation organisation, String locale, AccountStatus status,
                Instant createdAt) {
        this.email = email;
        this.displayName = displayName;
        this.organisation = organisation;
        this.locale = locale;
        this.status = status;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    /** The first administrator, made on the command line: active at once. */
    static UserAccount administrator(String email, String displayName, String passwordHash, Instant createdAt) {
        UserAccount admin = new UserAccount(email, displayName, null, "en", AccountStatus.ACTIVE, createdAt);
        admin.passwordHash = passwordHash;
        admin.roles.add(Roles.ADMIN);
        return admin;
    }

    void setPassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.sessionEpoch++;
    }

    /** Accepting an invitation: the invited roles, a password, and the account is active. */
    void activate(Set<String> grantedRoles, String passwordHash) {
        if (status == AccountStatus.ACTIVE && this.passwordHash != null && grantedRoles.isEmpty()) {
            throw new IllegalStateException("This account is already active");
        }
        this.roles.addAll(grantedRoles);
        this.status = AccountStatus.ACTIVE;
        this.requestedRole = null;
        setPassword(passwordHash);
    }

    /** An address confirmed by a self-registered person: the requested role now waits for approval. */
    void confirmAddress(String passwordHash) {
        if (status != AccountStatus.UNCONFIRMED) {
            throw new IllegalStateException("This address is already confirmed");
        }
        this.status = AccountStatus.PENDING;
        setPassword(passwordHash);
    }

    void requestRole(String role) {
        this.requestedRole = role;
    }

    /** An administrator or coordinator approves a pending account: it gets the role it asked for. */
    void approve() {
        if (status != AccountStatus.PENDING) {
            throw new IllegalStateException("Only a pending account can be approved");
        }
        if (requestedRole != null) {
            roles.add(requestedRole);
        }
        requestedRole = null;
        status = AccountStatus.ACTIVE;
    }

    void setRoles(Set<String> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    void setOrganisation(Organisation organisation) {
        this.organisation = organisation;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    void setLocale(String locale) {
        this.locale = locale;
    }

    void setOrcid(String orcid) {
        this.orcid = orcid;
    }

    /** A disabled person cannot log in, and their open sessions end at their next request. */
    void disable() {
        enabled = false;
        sessionEpoch++;
    }

    /**
     * Erasure (GDPR art. 17): the name and address give way to the pseudonym, the password and ORCID iD go, and the
     * account can never log in again; the row stays so that what must be kept (signed agreements, reported outcomes)
     * still refers to someone.
     */
    void erase(String pseudonym, String pseudonymEmail) {
        this.displayName = pseudonym;
        this.email = pseudonymEmail;
        this.passwordHash = null;
        this.orcid = null;
        this.requestedRole = null;
        this.enabled = false;
        this.status = AccountStatus.ERASED;
        this.sessionEpoch++;
    }

    void enable() {
        enabled = true;
    }

    AccountStatus getStatus() {
        return status;
    }

    String getRequestedRole() {
        return requestedRole;
    }

    String getOrcid() {
        return orcid;
    }

    long getSessionEpoch() {
        return sessionEpoch;
    }

    long getVersion() {
        return version;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Long getId() {
        return id;
    }

    String getEmail() {
        return email;
    }

    String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Organisation getOrganisation() {
        return organisation;
    }

    boolean isEnabled() {
        return enabled;
    }

    String getLocale() {
        return locale;
    }

    boolean isDemo() {
        return demo;
    }

    Set<String> getRoles() {
        return Set.copyOf(roles);
    }
}
