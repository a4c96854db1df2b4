package org.crossfield.privacy;

/** Where a request for erasure stands. */
public enum ErasureStatus {
    /** Asked by the person; waits for an administrator. */
    REQUESTED,
    /** Carried out by an administrator. */
    CARRIED_OUT,
    /** Withdrawn by the person before it was carried out. */
    CANCELLED,
    /** Declined by an administrator, with the reason. */
    DECLINED
}
