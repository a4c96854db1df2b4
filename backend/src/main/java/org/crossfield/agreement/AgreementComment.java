package org.crossfield.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A party's comment on one clause of one version. Insert-only. */
@Entity
@Immutable
@Table(name = "agreement_comment")
class AgreementComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    private long agreementId;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(name = "clause", nullable = false, updatable = false, length = 20)
    private String clause;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(name = "body", nullable = false, updatable = false, length = 2000)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected AgreementComment() {
    }

    AgreementComment(long agreementId, int versionNo, String clause, long authorId, String body, Instant now) {
        this.agreementId = agreementId;
        this.versionNo = versionNo;
        this.clause = clause;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = now;
    }

    Long getId() {
        return id;
    }

    int getVersionNo() {
        return versionNo;
    }

    String getClause() {
        return clause;
    }

    long getAuthorId() {
        return authorId;
    }

    String getBody() {
        return body;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
