package org.crossfield.competency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "proficiency_level")
class ProficiencyLevel {

    @Id
    @Column(name = "level")
    private Integer level;

    @Column(name = "name", nullable = false, length = 60)
    private String name;

    @Column(name = "edsf_band", length = 60)
    private String edsfBand;

    @Column(name = "dreyfus", length = 60)
    private String dreyfus;

    @Column(name = "descriptor", nullable = false, length = 300)
    private String descriptor;

    protected ProficiencyLevel() {
    }

    LevelDescriptor toView() {
        return new LevelDescriptor(level, name, edsfBand, dreyfus, descriptor);
    }
}
