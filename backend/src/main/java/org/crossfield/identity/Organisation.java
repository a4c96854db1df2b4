package org.crossfield.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

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

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Organisation() {
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
