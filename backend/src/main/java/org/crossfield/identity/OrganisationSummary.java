package org.crossfield.identity;

import java.util.List;

/** An organisation as administrators see it; {@code version} guards against concurrent edits. */
public record OrganisationSummary(long id, String name, OrganisationType type, String country, List<String> domains,
                                  boolean active, long version) {
}
