package org.crossfield.marketplace;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a partner writes into a challenge: the command for creating a draft and for editing one.
 *
 * @param ipRegimeCode a code of {@code ip-regimes.csv} (e.g. {@code LAMBERT_1}), or null for no preference
 * @param inviteeIds   who may see an {@link Visibility#INVITE_ONLY} challenge ({@code app_user} ids); ignored otherwise
 */
public record ChallengeDraft(long programmeId, String title, String summary, String description, String deliverables,
                             String timeline, LocalDate deadline, String compensation, String ipRegimeCode,
                             Visibility visibility, Set<Long> inviteeIds, List<RequiredCompetency> requirements,
                             GovernanceTerms governance) {
}
