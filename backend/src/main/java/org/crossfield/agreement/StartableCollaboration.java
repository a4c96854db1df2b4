package org.crossfield.agreement;

/** An active collaboration without a running agreement that the current person may start one for. */
public record StartableCollaboration(long id, String title, String programmeName, String studentName, String partnerOrganisationName) {
}
