package org.crossfield.marketplace;

/** A posting's life: draft → submitted → open (after coordinator approval) → closed → awarded or archived. */
public enum ProjectStatus {
    DRAFT, SUBMITTED, OPEN, CLOSED, AWARDED, ARCHIVED
}
