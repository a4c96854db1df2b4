package org.crossfield.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crossfield.notification.NotificationService;
import org.crossfield.notification.NotificationTemplates;
import org.crossfield.notification.NotifyCmd;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells people about matches, in the same transaction as the change (the notification feature's outbox delivers the
 * e-mails): a published proposal reaches its mentor, the project's supervisor and the student allocated to the project;
 * a decided proposal reaches both parties and the round's coordinator.
 */
@Component
class MatchNotifications {

    private final NotificationService notifications;
    private final JdbcTemplate jdbc;

    MatchNotifications(NotificationService notifications, JdbcTemplate jdbc) {
        this.notifications = notifications;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(MatchProposedEvent event) {
        Facts facts = facts(event.roundId(), event.projectId(), event.mentorId());
        Map<String, Object> model = Map.of("projectTitle", facts.projectTitle(), "mentorName", facts.mentorName(),
                "roundName", facts.roundName());
        notifications.notify(new NotifyCmd(List.of(event.mentorId(), facts.supervisorId()), NotificationTemplates.MATCH_PROPOSED,
                model, "proposals"));
        List<Long> students = jdbc.queryForList("""
                select a.student_id from allocation_assignment a join allocation_run r on r.id = a.run_id
                where a.project_id = ? and r.status = 'PUBLISHED'""", Long.class, event.projectId());
        if (!students.isEmpty()) {
            notifications.notify(new NotifyCmd(students, NotificationTemplates.MATCH_PROPOSED, model,
                    "projects/" + event.projectId()));
        }
    }

    @EventListener
    void on(MatchDecidedEvent event) {
        if (event.status() != ProposalStatus.ACCEPTED && event.status() != ProposalStatus.DECLINED) {
            return;
        }
        Facts facts = facts(event.roundId(), event.projectId(), event.mentorId());
        Map<String, Object> model = new HashMap<>(Map.of("projectTitle", facts.projectTitle(), "mentorName", facts.mentorName(),
                "accepted", event.status() == ProposalStatus.ACCEPTED));
        jdbc.queryForList("select decline_reason from round_proposal where id = ?", String.class, event.proposalId()).stream()
                .filter(r -> r != null && !r.isBlank()).findFirst().ifPresent(r -> model.put("reason", r));
        notifications.notify(new NotifyCmd(List.of(event.mentorId(), facts.supervisorId()), NotificationTemplates.MATCH_DECIDED,
                model, "proposals"));
        List<Long> coordinators = new ArrayList<>(jdbc.queryForList("select created_by from matching_round where id = ?",
                Long.class, event.roundId()));
        notifications.notify(new NotifyCmd(coordinators, NotificationTemplates.MATCH_DECIDED, model,
                "matching/rounds/" + event.roundId()));
    }

    private record Facts(String projectTitle, long supervisorId, String mentorName, String roundName) {
    }

    private Facts facts(long roundId, long projectId, long mentorId) {
        return jdbc.queryForObject("""
                select p.title, p.supervisor_id, u.display_name, r.name from pub_phd_project p, pub_app_user u, matching_round r
                where p.id = ? and u.id = ? and r.id = ?""",
                (rs, i) -> new Facts(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)), projectId, mentorId, roundId);
    }
}
