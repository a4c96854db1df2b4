package org.crossfield.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A funded programme or cohort: it scopes postings, rounds, agreements and reports; coordinators run it. */
@Entity
@Table(name = "programme")
class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "description", length = 2000)
    private String description;

    @Column(name = "funder", length = 200)
    private String funder;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_organisation", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "organisation_id", nullable = false)
    private Set<Long> organisationIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_coordinator", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "user_id", nullable = false)
    private Set<Long> coordinatorIds = new HashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Programme() {
    }

    Programme(ProgrammeDetails details) {
        update(details);
    }

    void update(ProgrammeDetails details) {
        this.code = details.code();
        this.name = details.name();
        this.description = details.description();
        this.funder = details.funder();
        this.startsOn = details.startsOn();
        this.endsOn = details.endsOn();
        this.organisationIds.clear();
        this.organisationIds.addAll(details.organisationIds());
        this.coordinatorIds.clear();
        this.coordinatorIds.addAll(details.coordinatorIds());
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    String getDescription() {
        return description;
    }

    String getFunder() {
        return funder;
    }

    LocalDate getStartsOn() {
        return startsOn;
    }

    LocalDate getEndsOn() {
        return endsOn;
    }

    Set<Long> getOrganisationIds() {
        return Set.copyOf(organisationIds);
    }

    Set<Long> getCoordinatorIds() {
        return Set.copyOf(coordinatorIds);
    }

    long getVersion() {
        return version;
    }
}
