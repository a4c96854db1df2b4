package org.crossfield.application;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.crossfield.sandbox.SandboxContext;
import org.crossfield.sandbox.SandboxContribution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo applications to the demo partner's open challenge, in several statuses (one of them the demo student's), with
 * review criteria, the demo mentor on its review team, scores by the demo partner and the demo mentor, an internal
 * note and a declared conflict of interest — so that every part of the challenge review has something to show.
 */
@Component
class ApplicationSandbox implements SandboxContribution {

    static final int ORDER = 20;
    private static final String[] STATUSES = {"SUBMITTED", "UNDER_REVIEW", "SHORTLISTED", "SHORTLISTED", "OFFERED", "REJECTED",
        "WITHDRAWN", "DRAFT"};
    private static final String[] MOTIVATIONS = {
        "I have analysed ICU time series during my master and want to test early-warning models on real-world-like data.",
        "My PhD is on federated learning; this challenge is the place to try it on synthetic hospital data.",
        "I bring three years of registry-data experience and care about fairness across patient groups.",
        "I have built survival models in R and Python and would like to validate them against clinical outcomes.",
    };

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public void contribute(SandboxContext context) {
        JdbcTemplate jdbc = context.jdbc();
        long partner = context.demoAccount("partner");
        long mentor = context.demoAccount("mentor");
        long demoStudent = context.demoAccount("student");
        List<Long> challenge = jdbc.queryForList("select min(id) from pub_challenge where created_by = ? and status = 'OPEN'", Long.class,
                partner);
        if (challenge.isEmpty() || challenge.getFirst() == null) {
            return;
        }
        long challengeId = challenge.getFirst();
        List<Long> students = jdbc.queryForList("""
                select u.id from pub_app_user u join pub_user_role r on r.user_id = u.id and r.role = 'STUDENT'
                where u.id <> ? order by u.id limit ? offset 10""", Long.class, demoStudent, STATUSES.length);
        if (students.size() < STATUSES.length) {
            return;
        }
        SplittableRandom random = context.random("challenge-applications");
        Timestamp at = Timestamp.from(context.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS));

        jdbc.batchUpdate("insert into review_criterion (posting_type, posting_id, position, name, weight) values ('CHALLENGE', ?, ?, ?, ?)",
                List.of(new Object[] {challengeId, 1, "Competency fit", 2}, new Object[] {challengeId, 2, "Motivation", 1},
                        new Object[] {challengeId, 3, "Time-series experience", 1.5}));
        jdbc.update("insert into posting_question (posting_type, posting_id, position, text, required) values ('CHALLENGE', ?, 1, ?, true)",
                challengeId, "Which clinical time-series data have you worked with?");
        jdbc.update("""
                insert into posting_reviewer (posting_type, posting_id, user_id, added_by, added_at, demo)
                values ('CHALLENGE', ?, ?, ?, ?, true)""", challengeId, mentor, partner, at);

        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < STATUSES.length; i++) {
            rows.add(application(challengeId, students.get(i), STATUSES[i], MOTIVATIONS[random.nextInt(MOTIVATIONS.length)], at));
        }
        // the demo student's own application to the demo partner's challenge, being reviewed
        rows.add(application(challengeId, demoStudent, "UNDER_REVIEW", MOTIVATIONS[0], at));
        jdbc.batchUpdate("""
                insert into application (posting_type, posting_id, student_id, status, motivation, reject_reason, reject_text,
                                         created_at, updated_at, submitted_at, demo, version)
                values ('CHALLENGE', ?, ?, ?, ?, ?, ?, ?, ?, ?, true, 0)""", rows);

        List<Long> criteria = jdbc.queryForList(
                "select id from review_criterion where posting_type = 'CHALLENGE' and posting_id = ? order by position", Long.class,
                challengeId);
        List<Long[]> reviewed = jdbc.query("""
                select id, student_id from application where posting_type = 'CHALLENGE' and posting_id = ?
                and status in ('UNDER_REVIEW', 'SHORTLISTED', 'OFFERED', 'REJECTED') order by id""",
                (rs, n) -> new Long[] {rs.getLong(1), rs.getLong(2)}, challengeId);
        List<Object[]> scores = new ArrayList<>();
        for (Long[] application : reviewed) {
            for (long criterion : criteria) {
                scores.add(new Object[] {application[0], partner, criterion, 1 + random.nextInt(5), null, at});
            }
        }
        // the demo mentor scored the first one and declared a conflict on the second
        if (reviewed.size() >= 2) {
            for (long criterion : criteria) {
                scores.add(new Object[] {reviewed.get(0)[0], mentor, criterion, 2 + random.nextInt(4),
                        criterion == criteria.getFirst() ? "Good grasp of the data, little modelling yet." : null, at});
            }
            jdbc.update("insert into review_conflict (application_id, reviewer_id, reason, declared_at) values (?, ?, ?, ?)",
                    reviewed.get(1)[0], mentor, "The applicant did an internship in my team last year.", at);
            jdbc.update("insert into review_note (application_id, author_id, text, created_at) values (?, ?, ?, ?)",
                    reviewed.get(0)[0], partner, "Ask about the availability of their own GPU budget.", at);
        }
        jdbc.batchUpdate("""
                insert into review_score (application_id, reviewer_id, criterion_id, score, comment, scored_at)
                values (?, ?, ?, ?, ?, ?)""", scores);
    }

    private static Object[] application(long challenge, long student, String status, String motivation, Timestamp at) {
        boolean rejected = "REJECTED".equals(status);
        return new Object[] {challenge, student, status, motivation, rejected ? "PROFILE_MISMATCH" : null,
            rejected ? "We need more experience with streaming data." : null, at, at, "DRAFT".equals(status) ? null : at};
    }
}
