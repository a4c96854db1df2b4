package org.crossfield.marketplace;

import java.util.List;
import java.util.Set;

/**
 * What a supervisor writes into a PhD project: the command for creating a draft and for editing one. The institution
 * is the supervisor's organisation.
 *
 * @param mentorSlots        how many industry mentors the project takes: 1 or 2
 * @param linkedChallengeIds open challenges the project takes up (may be empty)
 */
public record ProjectDraft(long programmeId, String title, String researchQuestion, int mentorSlots, String ipRegimeCode,
                           List<RequiredCompetency> requirements, Set<Long> linkedChallengeIds, GovernanceTerms governance) {
}
