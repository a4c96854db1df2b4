package org.crossfield.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The statuses say what may happen next; the screens ask them instead of keeping lists of their own. */
class ApplicationStatusTest {

    @Test
    void whatEachStatusAllows() {
        assertThat(where(ApplicationStatus::canBeWithdrawn)).containsExactlyInAnyOrder(ApplicationStatus.DRAFT,
                ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW, ApplicationStatus.SHORTLISTED);
        assertThat(where(ApplicationStatus::canBeShortlisted)).containsExactlyInAnyOrder(ApplicationStatus.SUBMITTED,
                ApplicationStatus.UNDER_REVIEW);
        assertThat(where(ApplicationStatus::canBeOffered)).containsExactly(ApplicationStatus.SHORTLISTED);
        assertThat(where(ApplicationStatus::canBeRejected)).containsExactlyInAnyOrder(ApplicationStatus.SUBMITTED,
                ApplicationStatus.UNDER_REVIEW, ApplicationStatus.SHORTLISTED);
        assertThat(where(ApplicationStatus::awaitsAnswer)).containsExactly(ApplicationStatus.OFFERED);
        assertThat(where(ApplicationStatus::isScorable)).containsExactlyInAnyOrder(ApplicationStatus.SUBMITTED,
                ApplicationStatus.UNDER_REVIEW, ApplicationStatus.SHORTLISTED, ApplicationStatus.OFFERED);
    }

    @Test
    void nothingIsAllowedOnceFinal() {
        for (ApplicationStatus status : where(ApplicationStatus::isFinal)) {
            assertThat(status.canBeWithdrawn() || status.canBeShortlisted() || status.canBeOffered() || status.canBeRejected()
                    || status.awaitsAnswer() || status.isScorable()).as(status.name()).isFalse();
        }
    }

    @Test
    void theEntityRefusesWhatTheStatusDoesNotAllow() {
        StudentApplication application = new StudentApplication(PostingType.PROJECT, 1, 2, java.time.Instant.EPOCH);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> application.offer(java.time.Instant.EPOCH))
                .hasMessageContaining("You cannot make an offer on an application that is draft.");
        application.withdraw(java.time.Instant.EPOCH);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
    }

    private static Set<ApplicationStatus> where(Predicate<ApplicationStatus> rule) {
        return Arrays.stream(ApplicationStatus.values()).filter(rule)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ApplicationStatus.class)));
    }
}
