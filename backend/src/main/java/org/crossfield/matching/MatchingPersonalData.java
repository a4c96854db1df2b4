package org.crossfield.matching;

import java.util.List;
import java.util.Map;
import org.crossfield.i18n.Text;
import org.crossfield.privacy.PersonalDataHolder;
import org.crossfield.privacy.TextScrub;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Matching's part of a person's data: a mentor's capacity and declared conflicts, the proposals about them, a student's
 * ranking of projects and the supervisors' rankings of them, and their allocations. On erasure the settings and declared
 * conflicts go; decided proposals and allocations stay (they are the record of rounds already published), with the name
 * replaced by the pseudonym in their texts.
 */
@Component
class MatchingPersonalData implements PersonalDataHolder {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    MatchingPersonalData(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public String kind() {
        return "matching";
    }

    @Override
    public Object export(long personId) {
        return Map.of(
                "mentorSettings", jdbc.queryForList("select capacity, updated_at from mentor_settings where user_id = ?", personId),
                "declaredConflicts", jdbc.queryForList("""
                        select organisation_id, person_id, reason, declared_at from mentor_conflict where mentor_id = ?
                        order by id limit 1000""", personId),
                "proposalsAsMentor", jdbc.queryForList("""
                        select round_id, project_id, score, explanation, status, mentor_decision, supervisor_decision, decline_reason,
                               decided_at from round_proposal where mentor_id = ? order by id limit 5000""", personId),
                "myProjectRanking", jdbc.queryForList("""
                        select project_id, rank_no from student_preference where student_id = ? order by rank_no limit 500""", personId),
                "rankedBySupervisors", jdbc.queryForList("""
                        select supervisor_id, rank_no from supervisor_ranking where student_id = ? order by supervisor_id limit 500""",
                        personId),
                "allocations", jdbc.queryForList("""
                        select run_id, project_id, student_rank, supervisor_rank from allocation_assignment where student_id = ?
                        order by run_id limit 500""", personId));
    }

    @Override
    public ErasurePlan plan(long personId) {
        return ErasurePlan.of(List.of(new Text("matching.erasure.mentoring",
                        "Mentoring capacity and the conflicts of interest the person declared")),
                List.of(new Text("matching.erasure.kept-rounds", "Proposals and allocations of matching rounds already run:"
                        + " the record of those rounds (shown as the pseudonym)")));
    }

    @Override
    public List<Text> erase(ErasedPerson person) {
        int settings = jdbc.update("delete from mentor_settings where user_id = ?", person.id());
        int conflicts = jdbc.update("delete from mentor_conflict where mentor_id = ?", person.id());
        TextScrub.replace(jdbc, "mentor_conflict", List.of("reason"), person);
        TextScrub.replace(jdbc, "round_proposal", List.of("explanation", "decline_reason"), person);
        TextScrub.replace(jdbc, "round_event", List.of("detail"), person);
        events.publishEvent(new MentorSettingsChangedEvent(person.id()));
        return List.of(new Text("matching.erasure.done", "Mentoring settings and declared conflicts deleted: " + (settings + conflicts),
                settings + conflicts));
    }
}
