package org.crossfield.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * A single-use link sent by e-mail (an invitation, a password reset, an address confirmation). Only the SHA-256 of its
 * secret is stored, so a copy of the database does not hand out working links.
 */
@Entity
@Table(name = "account_link")
class AccountLink {

    enum Purpose { INVITATION, PASSWORD_RESET, EMAIL_CONFIRMATION }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 20)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64, columnDefinition = "char(64)")
    private String tokenHash;

    /** The roles an invitation grants when accepted, comma-separated. */
    @Column(name = "roles", length = 200)
    private String roles;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountLink() {
    }

    AccountLink(long userId, Purpose purpose, String tokenHash, Set<String> roles, Long createdBy, Instant createdAt,
                Instant expiresAt) {
        this.userId = userId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.roles = roles == null || roles.isEmpty() ? null : String.join(",", new TreeSet<>(roles));
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Why this link cannot be used now, or null when it can. */
    LinkProblem problemAt(Instant now) {
        if (usedAt != null) {
            return LinkProblem.USED;
        }
        return now.isBefore(expiresAt) ? null : LinkProblem.EXPIRED;
    }

    void use(Instant now) {
        if (problemAt(now) != null) {
            throw new InvalidAccountLinkException(problemAt(now));
        }
        usedAt = now;
    }

    /** Retires a link that a newer one replaces. */
    void retire(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    long getUserId() {
        return userId;
    }

    Purpose getPurpose() {
        return purpose;
    }

    Set<String> getRoles() {
        return roles == null ? Set.of() : new TreeSet<>(Arrays.asList(roles.split(",")));
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Long getCreatedBy() {
        return createdBy;
    }
}
