package org.crossfield.collaboration;

import java.util.List;
import java.util.Map;
import org.crossfield.i18n.Text;
import org.crossfield.privacy.PersonalDataHolder;
import org.crossfield.privacy.TextScrub;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Collaborations' part of a person's data: the collaborations they are party to, the outcomes and activities they
 * recorded, their milestones, meeting notes and reporting confirmations. On erasure everything is kept — outcomes already
 * reported to a funder stay counted, and a collaboration is a record of the other parties' work too — but the person's
 * name and address are replaced by the pseudonym wherever they appear in text.
 */
@Component
class CollaborationPersonalData implements PersonalDataHolder {

    private final JdbcTemplate jdbc;

    CollaborationPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "collaborations";
    }

    @Override
    public Object export(long personId) {
        return Map.of(
                "collaborations", jdbc.queryForList("""
                        select c.id, c.title, c.origin, c.status, c.started_at, c.ended_at,
                               case when c.student_id = ? then 'STUDENT' when c.supervisor_id = ? then 'SUPERVISOR' else 'MENTOR' end role
                        from collaboration c where c.student_id = ? or c.supervisor_id = ? or c.mentor_id = ?
                        order by c.id limit 1000""", personId, personId, personId, personId, personId),
                "outcomes", jdbc.queryForList("""
                        select o.id, o.collaboration_id, o.type_code, o.title, o.description, o.occurred_on, o.authors, o.venue,
                               o.doi, o.url, o.is_public, o.created_at
                        from outcome o where o.recorded_by = ? order by o.id limit 20000""", personId),
                "activities", jdbc.queryForList("""
                        select a.id, a.collaboration_id, a.activity_code, a.title, a.occurred_on, a.status, a.evidence_url,
                               a.is_public, a.created_at
                        from dissemination_activity a where a.recorded_by = ? order by a.id limit 20000""", personId),
                "milestones", jdbc.queryForList("""
                        select m.id, m.collaboration_id, m.title, m.due_on, m.done, m.created_at from collaboration_milestone m
                        where m.created_by = ? order by m.id limit 5000""", personId),
                "meetingNotes", jdbc.queryForList("""
                        select m.id, m.collaboration_id, m.met_on, m.attendees, m.notes from collaboration_meeting m
                        where m.recorded_by = ? order by m.id limit 5000""", personId),
                "reportingConfirmations", jdbc.queryForList("""
                        select p.window_id, p.collaboration_id, p.party_role, p.confirmed_at from reporting_party p
                        where p.user_id = ? order by p.window_id, p.collaboration_id limit 5000""", personId));
    }

    @Override
    public ErasurePlan plan(long personId) {
        Integer collaborations = jdbc.queryForObject("""
                select count(*) from collaboration where student_id = ? or supervisor_id = ? or mentor_id = ?""",
                Integer.class, personId, personId, personId);
        Integer outcomes = jdbc.queryForObject("select count(*) from outcome where recorded_by = ?", Integer.class, personId);
        return ErasurePlan.of(List.of(new Text("collaboration.erasure.names", "The person's name and address wherever they"
                        + " appear in meeting notes, milestones, outcomes and activities (replaced by the pseudonym)")),
                List.of(new Text("collaboration.erasure.kept-collaborations", "Collaborations the person is party to ("
                                + collaborations + "): they are the other parties' record too", collaborations),
                        new Text("collaboration.erasure.kept-outcomes", "Outcomes the person recorded (" + outcomes
                                + ") and their activities: outcomes already reported to a funder stay counted, so past"
                                + " report figures do not change (shown as the pseudonym)", outcomes)));
    }

    @Override
    public List<Text> erase(ErasedPerson person) {
        int changed = TextScrub.replace(jdbc, "collaboration_meeting", List.of("attendees", "notes"), person)
                + TextScrub.replace(jdbc, "collaboration_milestone", List.of("title"), person)
                + TextScrub.replace(jdbc, "collaboration", List.of("title"), person)
                + TextScrub.replace(jdbc, "outcome", List.of("title", "description", "authors", "venue", "funder"), person)
                + TextScrub.replace(jdbc, "dissemination_activity", List.of("title"), person);
        return List.of(new Text("collaboration.erasure.done", "Collaborations and outcomes kept; name or address replaced by the"
                + " pseudonym in texts: " + changed, changed));
    }
}
