package org.crossfield.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Enters (or replaces) a measured figure, e.g. website visitors, for a programme and period. */
public record RecordMeasurementCmd(Long programmeId, String kpiCode, LocalDate from, LocalDate to, BigDecimal value,
                                   String note) {
}
