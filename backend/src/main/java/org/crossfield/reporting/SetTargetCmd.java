package org.crossfield.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Sets (or replaces) the target of a KPI for a programme and period. */
public record SetTargetCmd(Long programmeId, String kpiCode, LocalDate from, LocalDate to, BigDecimal target) {
}
