package org.crossfield.application;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crossfield.i18n.Text;
import org.crossfield.privacy.PersonalDataHolder;
import org.crossfield.privacy.RetentionRule;
import org.crossfield.privacy.TextScrub;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The applications' part of a person's data. Export: their applications with answers, the decision and the reason they
 * were told, their CVs (as files). Erasure: drafts go entirely; of submitted applications the answers, motivation, CV,
 * reviewers' notes, scores and the rejection text go, while the bare fact (which posting, status, dates) stays so that
 * programme figures and collaborations that came of it keep adding up. Retention: CVs and answers of rejected or
 * withdrawn applications go {@code crossfield.retention.closed-applications} (default 365 days) after the decision.
 */
@Component
class ApplicationPersonalData implements PersonalDataHolder, RetentionRule {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ApplicationPersonalData.class);

    private final JdbcTemplate jdbc;
    private final CvFiles cvs;
    private final Duration closedApplications;

    ApplicationPersonalData(JdbcTemplate jdbc, CvFiles cvs,
                            @Value("${crossfield.retention.closed-applications:P365D}") Duration closedApplications) {
        this.jdbc = jdbc;
        this.cvs = cvs;
        this.closedApplications = closedApplications;
    }

    /** One application as exported. */
    record ExportedApplication(long id, String postingType, long postingId, String postingTitle, String status,
                               String motivation, String cvFileName, String rejectionReason, String rejectionText,
                               Instant createdAt, Instant submittedAt, Instant updatedAt, List<Map<String, Object>> answers) {
    }

    /** What the person did as a reviewer: notes and scores they wrote about others' applications (their own words). */
    record ExportedReviewing(List<Map<String, Object>> notes, List<Map<String, Object>> scores) {
    }

    @Override
    public String kind() {
        return "applications";
    }

    @Override
    public Object export(long personId) {
        List<ExportedApplication> applications = jdbc.query("select a.id, a.posting_type, a.posting_id, " + Postings.TITLE + """
                , a.status, a.motivation, f.original_name, a.reject_reason, a.reject_text, a.created_at, a.submitted_at,
                  a.updated_at
                from application a
                """ + Postings.JOIN + """
                left join stored_file f on f.id = a.cv_file_id
                where a.student_id = ? order by a.id limit 1000""",
                (rs, i) -> new ExportedApplication(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), instant(rs.getTimestamp(10)),
                        instant(rs.getTimestamp(11)), instant(rs.getTimestamp(12)), answers(rs.getLong(1))), personId);
        ExportedReviewing reviewing = new ExportedReviewing(
                jdbc.queryForList("select application_id, text, created_at from review_note where author_id = ? order by id limit 5000",
                        personId),
                jdbc.queryForList("""
                        select s.application_id, r.name criterion, s.score, s.comment, s.scored_at from review_score s
                        left join review_criterion r on r.id = s.criterion_id where s.reviewer_id = ?
                        order by s.application_id, s.criterion_id limit 5000""", personId));
        return Map.of("applications", applications, "asReviewer", reviewing);
    }

    private List<Map<String, Object>> answers(long applicationId) {
        return jdbc.queryForList("""
                select q.text question, a.answer from application_answer a join posting_question q on q.id = a.question_id
                where a.application_id = ? order by q.position, q.id limit 200""", applicationId);
    }

    @Override
    public List<ExportedFile> files(long personId) {
        List<ExportedFile> files = new ArrayList<>();
        jdbc.query("select id from stored_file where owner_id = ? order by id limit 200", (rs, i) -> rs.getLong(1), personId)
                .forEach(id -> cvs.find(id).ifPresent(cv -> {
                    try {
                        files.add(new ExportedFile("cv/" + cv.id() + "-" + cv.originalName(), cvs.read(cv)));
                    } catch (RuntimeException e) {
                        // the export goes on without a file whose bytes are gone (the JSON still lists its name)
                        log.warn("CV {} is missing from the file storage: {}", cv.id(), e.toString());
                    }
                }));
        return files;
    }

    @Override
    public ErasurePlan plan(long personId) {
        int drafts = count("select count(*) from application where student_id = ? and status = 'DRAFT'", personId);
        int submitted = count("select count(*) from application where student_id = ? and status <> 'DRAFT'", personId);
        int files = count("select count(*) from stored_file where owner_id = ?", personId);
        return ErasurePlan.of(List.of(
                        new Text("application.erasure.drafts", "Draft applications (" + drafts + ")", drafts),
                        new Text("application.erasure.submitted", "The answers, motivation and reviewers' notes, scores and"
                                + " rejection texts of submitted applications (" + submitted + ")", submitted),
                        new Text("application.erasure.cvs", "Uploaded CVs (" + files + ")", files)),
                List.of(new Text("application.erasure.kept-submitted", "That the submitted applications (" + submitted + ") were"
                                + " made, to which posting, their status and dates: programme figures and collaborations that"
                                + " came of them count them (shown as the pseudonym)", submitted),
                        new Text("application.erasure.kept-reviews",
                                "Notes and scores the person wrote as a reviewer, with their name replaced by the pseudonym")));
    }

    @Override
    public List<Text> erase(ErasedPerson person) {
        long id = person.id();
        int drafts = jdbc.update("delete from application where student_id = ? and status = 'DRAFT'", id);
        List<Long> kept = jdbc.queryForList("select id from application where student_id = ?", Long.class, id);
        int answers = 0;
        for (Long application : kept) {
            answers += jdbc.update("delete from application_answer where application_id = ?", application);
            jdbc.update("delete from review_note where application_id = ?", application);
            jdbc.update("delete from review_score where application_id = ?", application);
            jdbc.update("delete from review_conflict where application_id = ?", application);
        }
        jdbc.update("update application set motivation = null, reject_text = null, cv_file_id = null, version = version + 1"
                + " where student_id = ?", id);
        List<Long> files = jdbc.queryForList("select id from stored_file where owner_id = ?", Long.class, id);
        files.forEach(cvs::delete);
        TextScrub.replace(jdbc, "application", List.of("motivation", "reject_text"), person);
        TextScrub.replace(jdbc, "application_answer", List.of("answer"), person);
        TextScrub.replace(jdbc, "review_note", List.of("text"), person);
        TextScrub.replace(jdbc, "review_score", List.of("comment"), person);
        TextScrub.replace(jdbc, "review_conflict", List.of("reason"), person);
        TextScrub.replace(jdbc, "posting_question", List.of("text"), person);
        return List.of(new Text("application.erasure.done-drafts", "Draft applications deleted: " + drafts, drafts),
                new Text("application.erasure.done-answers", "Answers (" + answers + "), motivation, reviewers' notes and scores"
                        + " of applications deleted: " + kept.size(), answers, kept.size()),
                new Text("application.erasure.done-files", "Uploaded files deleted: " + files.size(), files.size()));
    }

    // ---- retention ---------------------------------------------------------------------------------------------------

    @Override
    public String code() {
        return "application-cvs";
    }

    @Override
    public String description() {
        return "CVs and answers of rejected or withdrawn applications";
    }

    @Override
    public int purge(Instant now) {
        Timestamp cutoff = Timestamp.from(now.minus(closedApplications));
        List<Object[]> due = jdbc.query("""
                select a.id, a.cv_file_id from application a
                where a.status in ('REJECTED', 'WITHDRAWN') and a.updated_at < ?
                  and (a.cv_file_id is not null or a.motivation is not null
                       or exists (select 1 from application_answer x where x.application_id = a.id))
                order by a.id limit 10000""", (rs, i) -> new Object[] {rs.getLong(1), rs.getObject(2, Long.class)}, cutoff);
        for (Object[] row : due) {
            long application = (Long) row[0];
            jdbc.update("delete from application_answer where application_id = ?", application);
            jdbc.update("update application set motivation = null, cv_file_id = null, version = version + 1 where id = ?", application);
            Long file = (Long) row[1];
            if (file != null && count("select count(*) from application where cv_file_id = ?", file) == 0) {
                cvs.delete(file);
            }
        }
        return due.size();
    }

    private int count(String sql, long id) {
        Integer n = jdbc.queryForObject(sql, Integer.class, id);
        return n == null ? 0 : n;
    }

    private static Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
