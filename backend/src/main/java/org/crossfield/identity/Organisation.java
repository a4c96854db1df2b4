package org.crossfield.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Set;
import java.util.TreeSet;

@Entity
@Table(name = "organisation")
class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 32)
    private OrganisationType type;

    @Column(name = "country", nullable = false, length = 2, columnDefinition = "char(2)")
    private String country;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organisation_domain", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "domain", nullable = false, length = 190)
    private Set<String> domains = new TreeSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Organisation() {
    }

    Organisation(OrganisationDetails details) {
        update(details);
    }

    void update(OrganisationDetails details) {
        this.name = details.name();
        this.type = details.type();
        this.country = details.country();
        this.active = details.active();
        this.domains.clear();
        this.domains.addAll(details.domains());
    }

    boolean isActive() {
        return active;
    }

    Set<String> getDomains() {
        return Set.copyOf(domains);
    }

    long getVersion() {
        return version;
    }

    OrganisationSummary toSummary() {
        return new OrganisationSummary(id, name, type, country, new TreeSet<>(domains).stream().toList(), active, version);
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    OrganisationType getType() {
        return type;
    }

    String getCountry() {
        return country;
    }
}
