package org.crossfield.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An institutional (OpenID Connect) sign-in linked to an account: the provider's registration id and subject. */
@Entity
@Table(name = "oidc_identity")
class OidcIdentity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "provider", nullable = false, length = 64)
    private String provider;

    @Column(name = "subject", nullable = false, length = 255)
    private String subject;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OidcIdentity() {
    }

    OidcIdentity(long userId, String provider, String subject, Instant createdAt) {
        this.userId = userId;
        this.provider = provider;
        this.subject = subject;
        this.createdAt = createdAt;
    }

    long getUserId() {
        return userId;
    }
}
