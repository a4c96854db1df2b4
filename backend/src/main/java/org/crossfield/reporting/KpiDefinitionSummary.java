package org.crossfield.reporting;

/** A KPI as defined in kpi_definition (loaded from kpis.csv, extended by administrators). */
public record KpiDefinitionSummary(String code, String title, String unit, String howCounted, KpiKind kind) {
}
