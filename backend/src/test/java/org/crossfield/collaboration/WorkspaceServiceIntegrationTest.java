package org.crossfield.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@CrossfieldIntegrationTest
class WorkspaceServiceIntegrationTest {

    static final String STUDENT = OutcomeServiceIntegrationTest.STUDENT;
    static final String SUPERVISOR = OutcomeServiceIntegrationTest.SUPERVISOR;
    static final String COORDINATOR = OutcomeServiceIntegrationTest.COORDINATOR;

    @Autowired
    WorkspaceService service;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void partiesKeepMilestonesAndMeetingNotesAndTheCoordinatorReadsThem() {
        long c = OutcomeServiceIntegrationTest.demoCollaboration(jdbc);
        MilestoneEntry milestone = runAs.as(STUDENT, () -> service.addMilestone(new AddMilestoneCmd(c, "Ethics approval",
                LocalDate.of(2027, 1, 15))));
        assertThat(milestone.done()).isFalse();
        assertThat(runAs.as(SUPERVISOR, () -> service.markMilestone(milestone.id(), true)).done()).isTrue();
        assertThat(jdbc.queryForObject("select done_at is not null from collaboration_milestone where id = ?", Boolean.class,
                milestone.id())).isTrue();
        assertThat(runAs.as(COORDINATOR, () -> service.milestones(c))).extracting(MilestoneEntry::title).contains("Ethics approval");

        MeetingNoteEntry note = runAs.as(SUPERVISOR, () -> service.addMeetingNote(new AddMeetingNoteCmd(c, LocalDate.of(2026, 11, 2),
                "Stella, Sam, Mona", "Agreed the next analysis.")));
        assertThat(note.recordedBy()).isEqualTo("Sam Supervisor");
        assertThat(runAs.as(COORDINATOR, () -> service.meetingNotes(c))).extracting(MeetingNoteEntry::id).contains(note.id());

        runAs.run(STUDENT, () -> service.deleteMilestone(milestone.id()));
        assertThat(runAs.as(STUDENT, () -> service.milestones(c))).extracting(MilestoneEntry::id).doesNotContain(milestone.id());
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        long c = OutcomeServiceIntegrationTest.demoCollaboration(jdbc);
        int milestones = runAs.as(STUDENT, () -> service.milestones(c)).size();
        int notes = runAs.as(STUDENT, () -> service.meetingNotes(c)).size();
        assertInvalid(() -> service.addMilestone(new AddMilestoneCmd(c, " ", LocalDate.now())), "title");
        assertInvalid(() -> service.addMilestone(new AddMilestoneCmd(c, "No date", null)), "due date");
        assertInvalid(() -> service.addMeetingNote(new AddMeetingNoteCmd(c, null, "A, B", "Notes")), "date of the meeting");
        assertInvalid(() -> service.addMeetingNote(new AddMeetingNoteCmd(c, LocalDate.now(), "A, B", " ")), "notes");
        assertThat(runAs.as(STUDENT, () -> service.milestones(c))).hasSize(milestones);
        assertThat(runAs.as(STUDENT, () -> service.meetingNotes(c))).hasSize(notes);
    }

    private void assertInvalid(Supplier<?> action, String message) {
        assertThatThrownBy(() -> runAs.as(STUDENT, action)).isInstanceOf(InvalidOutcomeException.class)
                .hasMessageContaining(message);
    }

    @Test
    void theCoordinatorOnlyReadsAndOutsidersAreRefused() {
        long c = OutcomeServiceIntegrationTest.demoCollaboration(jdbc);
        long milestone = runAs.as(STUDENT, () -> service.addMilestone(new AddMilestoneCmd(c, "Kick-off", LocalDate.now()))).id();
        List<String> strangers = new ArrayList<>(OutcomeServiceIntegrationTest.outsiders(jdbc, c));
        strangers.add(OutcomeServiceIntegrationTest.foreignPartner(jdbc, c));
        strangers.addAll(OutcomeServiceIntegrationTest.foreignCoordinator(jdbc, c));
        strangers.add(OutcomeServiceIntegrationTest.ADMIN);
        for (String who : strangers) {
            assertDenied(who, () -> service.milestones(c));
            assertDenied(who, () -> service.meetingNotes(c));
        }
        strangers.add(COORDINATOR);
        for (String who : strangers) {
            assertDenied(who, () -> service.addMilestone(new AddMilestoneCmd(c, "Mine", LocalDate.now())));
            assertDenied(who, () -> service.markMilestone(milestone, true));
            assertDenied(who, () -> {
                service.deleteMilestone(milestone);
                return null;
            });
            assertDenied(who, () -> service.addMeetingNote(new AddMeetingNoteCmd(c, LocalDate.now(), "X", "Y")));
        }
        assertThat(jdbc.queryForObject("select done from collaboration_milestone where id = ?", Boolean.class, milestone)).isFalse();
    }

    private void assertDenied(String who, Supplier<?> action) {
        assertThatThrownBy(() -> runAs.as(who, action)).as(who).isInstanceOf(AccessDeniedException.class);
    }
}
