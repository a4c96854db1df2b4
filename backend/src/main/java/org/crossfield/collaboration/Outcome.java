package org.crossfield.collaboration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Something a collaboration produced, typed by outcome-types.csv; the fields are checked by {@link OutcomeRules}. */
@Entity
@Table(name = "outcome")
class Outcome {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "collaboration_id", nullable = false)
    private Long collaborationId;

    @Column(name = "type_code", nullable = false)
    private String typeCode;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "description", columnDefinition = "text")
    private String description;

    /** Null for an imported publication whose file gave no year, until its author sets the date. */
    @Column(name = "occurred_on")
    private LocalDate occurredOn;

    @Column(name = "recorded_by")
    private Long recordedBy;

    @Column(name = "doi")
    private String doi;

    @Column(name = "authors")
    private String authors;

    @Column(name = "venue")
    private String venue;

    @Column(name = "publication_year")
    private Integer publicationYear;

    @Column(name = "orcid_work_type")
    private String orcidWorkType;

    @Column(name = "open_access", nullable = false)
    private boolean openAccess;

    @Column(name = "joint_public_private", nullable = false)
    private boolean jointPublicPrivate;

    @Column(name = "credit_roles")
    private String creditRoles;

    @Column(name = "amount", precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(name = "currency", length = 3, columnDefinition = "char(3)")
    private String currency;

    @Column(name = "amount_eur", precision = 15, scale = 2)
    private BigDecimal amountEur;

    @Column(name = "funder")
    private String funder;

    @Column(name = "url")
    private String url;

    @Column(name = "is_public", nullable = false)
    private boolean isPublic;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Outcome() {
    }

    Outcome(long collaborationId, long recordedBy, Instant now) {
        this.collaborationId = collaborationId;
        this.recordedBy = recordedBy;
        this.createdAt = now.truncatedTo(ChronoUnit.SECONDS);
    }

    /** Takes over checked fields (see {@link OutcomeRules#check}). */
    void apply(OutcomeRules.Checked c) {
        this.typeCode = c.typeCode();
        this.title = c.title();
        this.description = c.description();
        this.occurredOn = c.occurredOn();
        this.doi = c.doi();
        this.authors = c.authors();
        this.venue = c.venue();
        this.publicationYear = c.publicationYear();
        this.orcidWorkType = c.orcidWorkType();
        this.openAccess = c.openAccess();
        this.jointPublicPrivate = c.jointPublicPrivate();
        this.creditRoles = CreditRole.join(c.creditRoles());
        this.amount = c.amount();
        this.currency = c.currency();
        this.amountEur = c.amountEur();
        this.funder = c.funder();
        this.url = c.url();
        this.isPublic = c.isPublic();
    }

    Long getId() {
        return id;
    }

    String getTypeCode() {
        return typeCode;
    }

    Long getCollaborationId() {
        return collaborationId;
    }
}
