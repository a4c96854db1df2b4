package org.crossfield.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;

public record KpiTargetSummary(long id, long programmeId, String programmeCode, String kpiCode, String kpiTitle, LocalDate from,
                         LocalDate to, BigDecimal target) {
}
