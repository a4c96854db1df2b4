package org.crossfield.collaboration;

/** ACTIVE while the parties work together; COMPLETED when it ended as planned; CANCELLED when it stopped early. */
public enum CollaborationStatus {
    ACTIVE, COMPLETED, CANCELLED
}
