package org.crossfield.collaboration;

import java.time.Clock;
import java.util.List;
import org.crossfield.identity.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A collaboration's workspace: milestones, meeting notes and its status. Parties keep it; coordinators of the programme
 * read it.
 */
@Service
@Transactional(readOnly = true)
public class WorkspaceService {

    static final int MAX_ATTENDEES = 1_000;
    static final int MAX_NOTES = 10_000;
    private static final int LIST_LIMIT = 500;

    private final MilestoneRepository milestones;
    private final MeetingNoteRepository meetings;
    private final CollaborationAccess access;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    WorkspaceService(MilestoneRepository milestones, MeetingNoteRepository meetings, CollaborationAccess access,
                     JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
        this.milestones = milestones;
        this.meetings = meetings;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** Whether the current person may change the workspace (a party), not only read it (a coordinator). */
    @PreAuthorize("@collaborationAccess.canView(#collaborationId)")
    public boolean canEdit(long collaborationId) {
        return access.isParty(collaborationId);
    }

    /** A collaboration's milestones, by due date. */
    @PreAuthorize("@collaborationAccess.canView(#collaborationId)")
    public List<MilestoneEntry> milestones(long collaborationId) {
        return jdbc.query("select id, collaboration_id, title, due_on, done from collaboration_milestone "
                        + "where collaboration_id = ? order by due_on, id limit " + LIST_LIMIT,
                (rs, i) -> new MilestoneEntry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                        rs.getBoolean(5)), collaborationId);
    }

    @PreAuthorize("@collaborationAccess.isParty(#cmd.collaborationId())")
    @Transactional
    public MilestoneEntry addMilestone(AddMilestoneCmd cmd) {
        String title = OutcomeRules.required(cmd.title(), "collaboration.error.milestone-title", "Give the milestone a title.", 200,
                FieldName.TITLE);
        if (cmd.dueOn() == null) {
            throw new InvalidOutcomeException("collaboration.error.milestone-due", "Give the milestone a due date.");
        }
        OutcomeRules.plausible(cmd.dueOn());
        return milestones.saveAndFlush(new Milestone(cmd.collaborationId(), title, cmd.dueOn(), CurrentUser.require().getId(),
                clock.instant())).toView();
    }

    /** Marks a milestone done, or not done again. */
    @PreAuthorize("@outcomeAccess.canEditMilestone(#milestoneId)")
    @Transactional
    public MilestoneEntry markMilestone(long milestoneId, boolean done) {
        Milestone milestone = milestones.findById(milestoneId).orElseThrow();
        milestone.markDone(done, clock.instant());
        return milestones.saveAndFlush(milestone).toView();
    }

    @PreAuthorize("@outcomeAccess.canEditMilestone(#milestoneId)")
    @Transactional
    public void deleteMilestone(long milestoneId) {
        milestones.deleteById(milestoneId);
    }

    /** A collaboration's meeting notes, latest meeting first. */
    @PreAuthorize("@collaborationAccess.canView(#collaborationId)")
    public List<MeetingNoteEntry> meetingNotes(long collaborationId) {
        return jdbc.query("""
                select m.id, m.collaboration_id, m.met_on, m.attendees, m.notes, u.display_name
                from collaboration_meeting m left join pub_app_user u on u.id = m.recorded_by
                where m.collaboration_id = ? order by m.met_on desc, m.id desc limit """ + " " + LIST_LIMIT,
                (rs, i) -> new MeetingNoteEntry(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(), rs.getString(4),
                        rs.getString(5), rs.getString(6)), collaborationId);
    }

    @PreAuthorize("@collaborationAccess.isParty(#cmd.collaborationId())")
    @Transactional
    public MeetingNoteEntry addMeetingNote(AddMeetingNoteCmd cmd) {
        if (cmd.metOn() == null) {
            throw new InvalidOutcomeException("collaboration.error.meeting-date", "Give the date of the meeting.");
        }
        OutcomeRules.plausible(cmd.metOn());
        String attendees = OutcomeRules.required(cmd.attendees(), "collaboration.error.meeting-attendees",
                "Say who attended the meeting.", MAX_ATTENDEES, FieldName.ATTENDEES);
        String notes = OutcomeRules.required(cmd.notes(), "collaboration.error.meeting-notes", "Write the notes of the meeting.",
                MAX_NOTES, FieldName.NOTES);
        long id = meetings.saveAndFlush(new MeetingNote(cmd.collaborationId(), cmd.metOn(), attendees, notes,
                CurrentUser.require().getId(), clock.instant())).getId();
        return meetingNotes(cmd.collaborationId()).stream().filter(m -> m.id() == id).findFirst().orElseThrow();
    }
}
