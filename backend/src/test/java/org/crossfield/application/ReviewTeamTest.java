package org.crossfield.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.crossfield.application.Postings.Posting;
import org.crossfield.identity.Roles;
import org.junit.jupiter.api.Test;

class ReviewTeamTest {

    private static final Posting POSTING = new Posting(PostingType.CHALLENGE, 5, "Sepsis", 1, 9L, 3, true, false);
    private final ReviewTeam team = new ReviewTeam(POSTING, List.of(1L, 2L), List.of(3L));

    @Test
    void admitsSupervisorsMentorsAndPartnerManagersWhoAreNeitherOwnersNorMembers() {
        assertThat(team.admit("m@x.org", 4L, List.of(Roles.MENTOR))).isEqualTo(4L);
        assertThat(team.admit("s@x.org", 4L, List.of(Roles.STUDENT, Roles.SUPERVISOR))).isEqualTo(4L);
        assertThat(team.admit("p@x.org", 4L, List.of(Roles.PARTNER))).isEqualTo(4L);
    }

    @Test
    void anUnknownAddressAndOneThatCannotReviewGetTheSameAnswer() {
        String unknown = catchMessage(() -> team.admit("a@x.org", null, List.of()));
        String student = catchMessage(() -> team.admit("a@x.org", 4L, List.of(Roles.STUDENT)));
        assertThat(unknown).isEqualTo(student).contains("cannot be added");
    }

    @Test
    void ownersAndMembersAreNotAddedAgain() {
        assertThatThrownBy(() -> team.admit("o@x.org", 2L, List.of(Roles.PARTNER))).hasMessageContaining("reviews its applications anyway");
        assertThatThrownBy(() -> team.admit("r@x.org", 3L, List.of(Roles.MENTOR))).hasMessageContaining("already on the review team");
    }

    @Test
    void theAddressIsTrimmedAndLowerCasedAndRequired() {
        assertThat(ReviewTeam.address("  Mona@Demo.ORG ")).isEqualTo("mona@demo.org");
        assertThatThrownBy(() -> ReviewTeam.address(" ")).hasMessageContaining("Write the e-mail address");
        assertThatThrownBy(() -> ReviewTeam.address(null)).hasMessageContaining("Write the e-mail address");
    }

    private static String catchMessage(Runnable call) {
        try {
            call.run();
        } catch (InvalidApplicationException e) {
            return e.getMessage();
        }
        throw new AssertionError("not refused");
    }
}
