package org.crossfield.reporting;

/** An administrator's new KPI; it is a measured figure that coordinators enter per programme and period. */
public record DefineKpiCmd(String code, String title, String unit, String howCounted) {
}
