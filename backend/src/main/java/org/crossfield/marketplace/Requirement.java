package org.crossfield.marketplace;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A required competency of a posting, as stored (for challenges and PhD projects alike). */
@Embeddable
class Requirement {

    @Column(name = "competency_code", nullable = false, length = 16)
    private String competencyCode;

    @Column(name = "level", nullable = false, columnDefinition = "tinyint")
    private int level;

    @Column(name = "weight", nullable = false, precision = 6, scale = 3)
    private BigDecimal weight;

    @Column(name = "must_have", nullable = false)
    private boolean mustHave;

    protected Requirement() {
    }

    Requirement(RequiredCompetency view) {
        competencyCode = view.competencyCode();
        level = view.level();
        weight = BigDecimal.valueOf(view.weight()).setScale(3, java.math.RoundingMode.HALF_UP);
        mustHave = view.mustHave();
    }

    RequiredCompetency toView() {
        return new RequiredCompetency(competencyCode, level, weight.doubleValue(), mustHave);
    }
}
