package org.crossfield.reporting;

/** COMPUTED: counted by the database from the platform's tables; MEASURED: entered by coordinators per programme and period. */
public enum KpiKind {
    COMPUTED, MEASURED
}
