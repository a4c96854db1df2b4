package org.crossfield.marketplace;

/** A PhD project posting and its version (which grows with every change): what the REST API turns into an ETag. */
public record VersionedProject(ProjectPosting project, long version) {
}
