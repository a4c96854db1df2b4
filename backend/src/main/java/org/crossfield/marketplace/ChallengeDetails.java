package org.crossfield.marketplace;

import java.time.Instant;
import java.util.List;
import org.crossfield.identity.PersonBrief;

/** A challenge as its poster, reviewers and the people who may see it read it. */
public record ChallengeDetails(long id, ProjectStatus status, String programmeName, String organisationName,
                               String country, String reviewComment, Instant publishedAt, ChallengeDraft content,
                               List<PersonBrief> invitees) {
}
