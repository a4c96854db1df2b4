package org.crossfield.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** A party of an agreement: a person, why they are a party, and the organisation they stand for. */
@Embeddable
class Party {

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private PartyRole role;

    @Column(name = "organisation_id")
    private Long organisationId;

    protected Party() {
    }

    Party(long userId, PartyRole role, Long organisationId) {
        this.userId = userId;
        this.role = role;
        this.organisationId = organisationId;
    }

    long userId() {
        return userId;
    }

    PartyRole role() {
        return role;
    }

    Long organisationId() {
        return organisationId;
    }

    /**
     * Whose approval this party gives: a partner organisation approves once, through any of its managers; everyone
     * else approves in person.
     */
    String approvalKey() {
        return role == PartyRole.PARTNER ? "ORG:" + organisationId : "USER:" + userId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Party p && p.userId == userId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(userId);
    }
}
