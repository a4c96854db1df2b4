package org.crossfield.competency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "competency")
class Competency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "framework_id", nullable = false)
    private Long frameworkId;

    @Column(name = "code", nullable = false, length = 16)
    private String code;

    @Column(name = "area", nullable = false, length = 120)
    private String area;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "source", length = 120)
    private String source;

    protected Competency() {
    }

    Competency(Long frameworkId, String code, String area, String title, String source) {
        this.frameworkId = frameworkId;
        this.code = code;
        this.area = area;
        this.title = title;
        this.source = source;
    }

    CompetencySummary toView() {
        return new CompetencySummary(code, area, title, source);
    }
}
