package org.crossfield.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import org.crossfield.platform.audit.AuditActions;
import org.crossfield.platform.audit.AuditDetail;
import org.crossfield.platform.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.crossfield.application.Postings.Posting;
import org.crossfield.notification.NotificationService;
import org.crossfield.notification.NotificationTemplates;
import org.crossfield.notification.NotifyCmd;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the student's side, the review side and the posting questions share: loading an application, the records they
 * return (built from the application just changed, not read back), the lists' query, and telling the other side about a
 * status change (template application-update, each person in their own language, in the caller's transaction).
 */
@Component
class ApplicationRecords {

    static final String STUDENT_ROUTE = "my-applications";
    static final String REVIEW_ROUTE = "applications";
    static final int LIST_LIMIT = 2_000;

    /** The lists' query: applications ({@code a}) with their student and, through {@link Postings#JOIN}, their posting. */
    static final String SUMMARY_SELECT = "select a.id, a.posting_type, a.posting_id, " + Postings.TITLE + """
            , a.student_id, u.display_name, a.status, a.reject_reason, a.reject_text, a.submitted_at, a.updated_at
            from application a join pub_app_user u on u.id = a.student_id
            """ + Postings.JOIN;

    /** Events the posting's owners and review team are told about; the others are told to the student. */
    private static final Set<String> OWNER_EVENTS = Set.of("SUBMITTED", "WITHDRAWN", "OFFER_ACCEPTED", "OFFER_DECLINED");

    private final ApplicationRepository applications;
    private final Postings postings;
    private final CvFiles cvFiles;
    private final JdbcTemplate jdbc;
    private final NotificationService notifications;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    /** The decisions on an application that the audit log records (by its owners, and the student's on an offer). */
    private static final Set<String> DECISIONS = Set.of("SHORTLISTED", "OFFERED", "REJECTED", "OFFER_ACCEPTED",
            "OFFER_DECLINED", "WITHDRAWN");

    ApplicationRecords(ApplicationRepository applications, Postings postings, CvFiles cvFiles, JdbcTemplate jdbc,
                       NotificationService notifications, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.applications = applications;
        this.postings = postings;
        this.cvFiles = cvFiles;
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.clock = clock;
    }

    StudentApplication load(long applicationId) {
        return applications.findById(applicationId).orElseThrow(() -> new ApplicationNotFoundException(applicationId));
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** A posting's questions to applicants, in order. */
    List<PostingQuestionSummary> questions(PostingType postingType, long postingId) {
        return jdbc.query("""
                select id, posting_type, posting_id, position, text, required from posting_question
                where posting_type = ? and posting_id = ? order by position, id limit 100""",
                (rs, i) -> new PostingQuestionSummary(rs.getLong(1), PostingType.valueOf(rs.getString(2)), rs.getLong(3), rs.getInt(4),
                        rs.getString(5), rs.getBoolean(6)), postingType.name(), postingId);
    }

    /** The applications the clause ({@code where}, {@code order by}, {@code limit}, on {@link #SUMMARY_SELECT}) picks. */
    List<ApplicationSummary> list(String clause, Object... args) {
        return jdbc.query(SUMMARY_SELECT + " " + clause, ApplicationRecords::summary, args);
    }

    /** Whether a submission to the posting must carry a CV ({@link CvRules}). */
    boolean cvRequired(PostingType postingType, long postingId) {
        return CvRules.required(jdbc, postingType, postingId);
    }

    /** Replaces the application's answers to its posting's questions (question id to answer). */
    void saveAnswers(long applicationId, Map<Long, String> answers) {
        jdbc.update("delete from application_answer where application_id = ?", applicationId);
        jdbc.batchUpdate("insert into application_answer (application_id, question_id, answer) values (?, ?, ?)",
                answers.entrySet().stream().map(e -> new Object[] {applicationId, e.getKey(), e.getValue()}).toList());
    }

    /** The application as its student and reviewers see it. */
    ApplicationDetails details(StudentApplication application) {
        return details(application, postings.find(application.getPostingType(), application.getPostingId()).orElse(null));
    }

    /** Loads the application, takes the step (refused when its status does not allow it) and tells the other side. */
    ApplicationDetails change(long applicationId, BiConsumer<StudentApplication, Instant> step, String event) {
        StudentApplication application = load(applicationId);
        step.accept(application, now());
        return changed(application, event);
    }

    /** Tells the other side about the change (see {@link #OWNER_EVENTS}) and returns the application as it is now. */
    ApplicationDetails changed(StudentApplication application, String event) {
        events.publishEvent(new ApplicationStatusChangedEvent(application.getId(), application.getPostingType(),
                application.getPostingId(), application.getStatus(), event));
        if (DECISIONS.contains(event)) {
            events.publishEvent(AuditEvent.of(AuditActions.APPLICATION_DECIDED, "APPLICATION", application.getId())
                    .about(application.getStudentId()).withDetail(AuditDetail.APPLICATION_DECISION, event));
        }
        Posting posting = postings.find(application.getPostingType(), application.getPostingId())
                .orElseThrow(() -> new InvalidApplicationException("application.error.posting-gone", "The posting of this application no longer exists."));
        String studentName = studentName(application);
        Map<String, Object> model = new HashMap<>(Map.of("event", event, "postingTitle", posting.title(),
                "studentName", studentName));
        if ("REJECTED".equals(event)) {
            model.put("reason", application.getRejectReason().name());
            if (application.getRejectText() != null) {
                model.put("reasonText", application.getRejectText());
            }
        }
        boolean toOwner = OWNER_EVENTS.contains(event);
        List<Long> recipients = List.of(application.getStudentId());
        if (toOwner) {
            Set<Long> team = new LinkedHashSet<>(postings.owners(posting));
            team.addAll(postings.reviewers(posting));
            recipients = List.copyOf(team);
        }
        if (!recipients.isEmpty()) {
            notifications.notify(new NotifyCmd(recipients, NotificationTemplates.APPLICATION_UPDATE, model,
                    toOwner ? REVIEW_ROUTE : STUDENT_ROUTE));
        }
        return details(application, posting, studentName);
    }

    private ApplicationDetails details(StudentApplication application, Posting posting) {
        return details(application, posting, studentName(application));
    }

    private ApplicationDetails details(StudentApplication application, Posting posting, String studentName) {
        ApplicationSummary summary = new ApplicationSummary(application.getId(), application.getPostingType(),
                application.getPostingId(), posting == null ? null : posting.title(), application.getStudentId(), studentName,
                application.getStatus(), application.getRejectReason(), application.getRejectText(),
                application.getSubmittedAt(), application.getUpdatedAt());
        Map<Long, String> answers = new HashMap<>();
        jdbc.query("select question_id, answer from application_answer where application_id = ?",
                rs -> {
                    answers.put(rs.getLong(1), rs.getString(2));
                }, application.getId());
        List<QuestionAnswer> answerViews = questions(application.getPostingType(), application.getPostingId()).stream()
                .map(q -> new QuestionAnswer(q.id(), q.text(), q.required(), answers.getOrDefault(q.id(), ""))).toList();
        Optional<CvFiles.StoredCv> cv = application.getCvFileId() == null ? Optional.empty() : cvFiles.find(application.getCvFileId());
        return new ApplicationDetails(summary, application.getMotivation(), answerViews,
                cv.map(CvFiles.StoredCv::originalName).orElse(null), cv.map(CvFiles.StoredCv::size).orElse(null));
    }

    private String studentName(StudentApplication application) {
        return jdbc.queryForObject("select display_name from pub_app_user where id = ?", String.class, application.getStudentId());
    }

    static ApplicationSummary summary(ResultSet rs, int row) throws SQLException {
        String reason = rs.getString(8);
        Timestamp submitted = rs.getTimestamp(10);
        return new ApplicationSummary(rs.getLong(1), PostingType.valueOf(rs.getString(2)), rs.getLong(3), rs.getString(4),
                rs.getLong(5), rs.getString(6), ApplicationStatus.valueOf(rs.getString(7)),
                reason == null ? null : RejectionReason.valueOf(reason), rs.getString(9),
                submitted == null ? null : submitted.toInstant(), rs.getTimestamp(11).toInstant());
    }
}
