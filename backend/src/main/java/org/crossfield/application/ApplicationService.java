package org.crossfield.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crossfield.application.Postings.Posting;
import org.crossfield.identity.CurrentUser;
import org.crossfield.notification.NotificationService;
import org.crossfield.notification.NotificationTemplates;
import org.crossfield.notification.NotifyCmd;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Students' applications to postings (PhD projects now, challenges later): drafts, CVs, submission, the owner's review
 * (under review, shortlist, offer, reject with a reason, internal notes) and the student's answer to an offer. Every
 * status change tells the other side through {@link NotificationService}, in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationService {

    public static final int MAX_MOTIVATION = StudentApplication.MAX_MOTIVATION;
    public static final int MAX_CV_BYTES = CvFiles.MAX_BYTES;
    public static final int MAX_ANSWER = 5_000;
    public static final int MAX_NOTE = 2_000;
    public static final int MAX_QUESTIONS = 20;
    static final String STUDENT_ROUTE = "my-applications";
    static final String REVIEW_ROUTE = "applications";
    private static final int LIST_LIMIT = 2_000;

    private static final String SUMMARY_SELECT = """
            select a.id, a.posting_type, a.posting_id, p.title, a.student_id, u.display_name, a.status, a.reject_reason,
                   a.reject_text, a.submitted_at, a.updated_at
            from application a join app_user u on u.id = a.student_id
            left join phd_project p on a.posting_type = 'PROJECT' and p.id = a.posting_id
            """;

    private final ApplicationRepository applications;
    private final Postings postings;
    private final CvFiles cvFiles;
    private final JdbcTemplate jdbc;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    ApplicationService(ApplicationRepository applications, Postings postings, CvFiles cvFiles, JdbcTemplate jdbc,
                       NotificationService notifications, ApplicationEventPublisher events) {
        this.applications = applications;
        this.postings = postings;
        this.cvFiles = cvFiles;
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.events = events;
    }

    // ---- questions -------------------------------------------------------------------------------------------------

    /** A posting's questions to applicants, in order. */
    @PreAuthorize("isAuthenticated()")
    public List<QuestionView> questions(PostingType postingType, long postingId) {
        return jdbc.query("""
                select id, posting_type, posting_id, position, text, required from posting_question
                where posting_type = ? and posting_id = ? order by position, id limit 100""",
                (rs, i) -> new QuestionView(rs.getLong(1), PostingType.valueOf(rs.getString(2)), rs.getLong(3), rs.getInt(4),
                        rs.getString(5), rs.getBoolean(6)), postingType.name(), postingId);
    }

    @PreAuthorize("@applicationAccess.ownsPosting(#cmd.postingType(), #cmd.postingId())")
    @Transactional
    public List<QuestionView> addQuestion(AddQuestionCmd cmd) {
        String text = cmd.text() == null ? "" : cmd.text().strip();
        if (text.isEmpty() || text.length() > 500) {
            throw new InvalidApplicationException("Write a question of at most 500 characters.");
        }
        List<QuestionView> existing = questions(cmd.postingType(), cmd.postingId());
        if (existing.size() >= MAX_QUESTIONS) {
            throw new InvalidApplicationException("A posting can ask at most " + MAX_QUESTIONS + " questions.");
        }
        int position = existing.stream().mapToInt(QuestionView::position).max().orElse(0) + 1;
        jdbc.update("insert into posting_question (posting_type, posting_id, position, text, required) values (?, ?, ?, ?, ?)",
                cmd.postingType().name(), cmd.postingId(), position, text, cmd.required());
        return questions(cmd.postingType(), cmd.postingId());
    }

    /** Removes a question and the answers given to it. */
    @PreAuthorize("@applicationAccess.ownsQuestion(#questionId)")
    @Transactional
    public void removeQuestion(long questionId) {
        jdbc.update("delete from posting_question where id = ?", questionId);
    }

    // ---- the student's side ----------------------------------------------------------------------------------------

    /** The current student's application to a posting, if they have one. */
    @PreAuthorize("hasRole('STUDENT')")
    public Optional<ApplicationDetails> myApplicationFor(PostingType postingType, long postingId) {
        return applications.findByPostingTypeAndPostingIdAndStudentId(postingType, postingId, CurrentUser.require().getId())
                .map(this::details);
    }

    /** The current student's applications, newest first, with the reason of a rejection. */
    @PreAuthorize("hasRole('STUDENT')")
    public List<ApplicationSummary> myApplications() {
        return jdbc.query(SUMMARY_SELECT + " where a.student_id = ? order by a.updated_at desc, a.id desc limit " + LIST_LIMIT,
                ApplicationService::summary, CurrentUser.require().getId());
    }

    /** Checks an uploaded CV at once (a PDF of at most 5 MB), so the form can say so before anything is saved. */
    @PreAuthorize("hasRole('STUDENT')")
    public void checkCv(CvUpload cv) {
        CvFiles.check(cv);
    }

    /** Creates or updates the current student's draft; anything may be incomplete, nothing is sent. */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional
    public ApplicationDetails saveDraft(SaveApplicationCmd cmd) {
        return details(save(cmd, false));
    }

    /** Saves and submits the current student's application; refused with nothing changed when incomplete. */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional
    public ApplicationDetails submit(SaveApplicationCmd cmd) {
        StudentApplication application = save(cmd, true);
        application.submit(now());
        tell(application, "SUBMITTED");
        return details(application);
    }

    @PreAuthorize("hasRole('STUDENT') and @applicationAccess.isApplicant(#applicationId)")
    @Transactional
    public ApplicationDetails withdraw(long applicationId) {
        StudentApplication application = load(applicationId);
        boolean wasDraft = application.getStatus() == ApplicationStatus.DRAFT;
        application.withdraw(now());
        if (!wasDraft) {
            tell(application, "WITHDRAWN");
        }
        return details(application);
    }

    @PreAuthorize("hasRole('STUDENT') and @applicationAccess.isApplicant(#applicationId)")
    @Transactional
    public ApplicationDetails acceptOffer(long applicationId) {
        StudentApplication application = load(applicationId);
        application.accept(now());
        applications.flush();
        tell(application, "OFFER_ACCEPTED");
        events.publishEvent(new ApplicationAcceptedEvent(application.getId(), application.getPostingType(),
                application.getPostingId(), application.getStudentId()));
        return details(application);
    }

    @PreAuthorize("hasRole('STUDENT') and @applicationAccess.isApplicant(#applicationId)")
    @Transactional
    public ApplicationDetails declineOffer(long applicationId) {
        StudentApplication application = load(applicationId);
        application.decline(now());
        tell(application, "OFFER_DECLINED");
        return details(application);
    }

    // ---- reading one application, the CV ----------------------------------------------------------------------------

    /** One application: for its student, the posting's owner, the programme's coordinators and administrators. */
    @PreAuthorize("@applicationAccess.canView(#applicationId)")
    public ApplicationDetails application(long applicationId) {
        return details(load(applicationId));
    }

    @PreAuthorize("@applicationAccess.canView(#applicationId)")
    public Optional<CvDownload> cv(long applicationId) {
        Long fileId = load(applicationId).getCvFileId();
        return fileId == null ? Optional.empty() : cvFiles.find(fileId)
                .map(f -> new CvDownload(f.originalName(), "application/pdf", cvFiles.read(f)));
    }

    // ---- the owner's review ----------------------------------------------------------------------------------------

    /** Submitted applications (never drafts) to the current supervisor's postings, newest first. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    public List<ApplicationSummary> applicationsToMyPostings() {
        return jdbc.query(SUMMARY_SELECT + """
                 where p.supervisor_id = ? and a.status <> 'DRAFT'
                order by a.submitted_at desc, a.id desc limit """ + " " + LIST_LIMIT,
                ApplicationService::summary, CurrentUser.require().getId());
    }

    /** Opens an application for review; the first opening moves a submitted application to "under review". */
    @PreAuthorize("@applicationAccess.canReview(#applicationId)")
    @Transactional
    public ApplicationDetails openForReview(long applicationId) {
        StudentApplication application = load(applicationId);
        if (application.markUnderReview(now())) {
            tell(application, "UNDER_REVIEW");
        }
        return details(application);
    }

    @PreAuthorize("@applicationAccess.canReview(#applicationId)")
    @Transactional
    public ApplicationDetails shortlist(long applicationId) {
        StudentApplication application = load(applicationId);
        application.shortlist(now());
        tell(application, "SHORTLISTED");
        return details(application);
    }

    @PreAuthorize("@applicationAccess.canReview(#applicationId)")
    @Transactional
    public ApplicationDetails offer(long applicationId) {
        StudentApplication application = load(applicationId);
        application.offer(now());
        tell(application, "OFFERED");
        return details(application);
    }

    @PreAuthorize("@applicationAccess.canReview(#applicationId)")
    @Transactional
    public ApplicationDetails reject(long applicationId, RejectCmd cmd) {
        StudentApplication application = load(applicationId);
        application.reject(cmd.reason(), cmd.text(), now());
        tell(application, "REJECTED");
        return details(application);
    }

    /** The reviewers' internal notes, oldest first; never shown to the student. */
    @PreAuthorize("@applicationAccess.canReview(#applicationId)")
    public List<ReviewNoteView> notes(long applicationId) {
        return jdbc.query("""
                select n.id, u.display_name, n.text, n.created_at from review_note n join app_user u on u.id = n.author_id
                where n.application_id = ? order by n.created_at, n.id limit 500""",
                (rs, i) -> new ReviewNoteView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()),
                applicationId);
    }

    @PreAuthorize("@applicationAccess.canReview(#applicationId)")
    @Transactional
    public List<ReviewNoteView> addNote(long applicationId, String text) {
        String note = text == null ? "" : text.strip();
        if (note.isEmpty() || note.length() > MAX_NOTE) {
            throw new InvalidApplicationException("Write a note of at most " + MAX_NOTE + " characters.");
        }
        jdbc.update("insert into review_note (application_id, author_id, text, created_at) values (?, ?, ?, ?)",
                applicationId, CurrentUser.require().getId(), note, Timestamp.from(now()));
        return notes(applicationId);
    }

    // ---- internals -------------------------------------------------------------------------------------------------

    /** Validates everything first, then writes the draft (creating it when needed). */
    private StudentApplication save(SaveApplicationCmd cmd, boolean submitting) {
        long me = CurrentUser.require().getId();
        if (cmd.postingType() == null) {
            throw new InvalidApplicationException("Choose what to apply to.");
        }
        Posting posting = postings.find(cmd.postingType(), cmd.postingId())
                .orElseThrow(() -> new InvalidApplicationException("This posting does not exist."));
        Optional<StudentApplication> existing = applications.findByPostingTypeAndPostingIdAndStudentId(cmd.postingType(),
                cmd.postingId(), me);
        if (existing.isPresent() && existing.get().getStatus() != ApplicationStatus.DRAFT) {
            throw new InvalidApplicationException(existing.get().getStatus() == ApplicationStatus.SUBMITTED
                    ? "You have already submitted your application to \"" + posting.title() + "\"."
                    : "You have already applied to \"" + posting.title() + "\" (your application is "
                    + existing.get().getStatus().label().toLowerCase() + "); there is one application per posting.");
        }
        if (!posting.open()) {
            throw new InvalidApplicationException("\"" + posting.title() + "\" is not open for applications.");
        }
        String motivation = cmd.motivation() == null ? "" : cmd.motivation().strip();
        if (motivation.length() > MAX_MOTIVATION) {
            throw new InvalidApplicationException("The motivation is " + motivation.length() + " characters long; at most "
                    + MAX_MOTIVATION + " are allowed.");
        }
        List<QuestionView> questions = questions(cmd.postingType(), cmd.postingId());
        Set<Long> questionIds = new HashSet<>(questions.stream().map(QuestionView::id).toList());
        Map<Long, String> answers = new HashMap<>();
        if (cmd.answers() != null) {
            cmd.answers().forEach((questionId, answer) -> {
                if (!questionIds.contains(questionId)) {
                    throw new InvalidApplicationException("One of the answers is to a question this posting does not ask.");
                }
                String a = answer == null ? "" : answer.strip();
                if (a.length() > MAX_ANSWER) {
                    throw new InvalidApplicationException("Answers are limited to " + MAX_ANSWER + " characters.");
                }
                if (!a.isEmpty()) {
                    answers.put(questionId, a);
                }
            });
        }
        if (cmd.cv() != null) {
            CvFiles.check(cmd.cv());
        }
        if (submitting) {
            List<String> missing = new ArrayList<>();
            if (motivation.isEmpty()) {
                missing.add("a motivation");
            }
            questions.stream().filter(q -> q.required() && !answers.containsKey(q.id()))
                    .forEach(q -> missing.add("an answer to \"" + q.text() + "\""));
            if (!missing.isEmpty()) {
                throw new InvalidApplicationException("Before submitting, write " + String.join(", ", missing) + ".");
            }
        }

        Instant now = now();
        StudentApplication application = existing.orElseGet(() -> new StudentApplication(cmd.postingType(), cmd.postingId(), me, now));
        Long previousCv = application.getCvFileId();
        Long cvId = previousCv;
        if (cmd.cv() != null) {
            cvId = cvFiles.store(me, cmd.cv(), now).id();
        }
        application.edit(motivation, cvId, now);
        try {
            application = applications.saveAndFlush(application);
        } catch (DataIntegrityViolationException e) {
            throw new InvalidApplicationException("You have already applied to \"" + posting.title()
                    + "\"; there is one application per posting.");
        }
        if (previousCv != null && !previousCv.equals(cvId)) {
            cvFiles.delete(previousCv);
        }
        long id = application.getId();
        jdbc.update("delete from application_answer where application_id = ?", id);
        jdbc.batchUpdate("insert into application_answer (application_id, question_id, answer) values (?, ?, ?)",
                answers.entrySet().stream().map(e -> new Object[] {id, e.getKey(), e.getValue()}).toList());
        return application;
    }

    private StudentApplication load(long applicationId) {
        return applications.findById(applicationId).orElseThrow(() -> new ApplicationNotFoundException(applicationId));
    }

    private Posting posting(StudentApplication application) {
        return postings.find(application.getPostingType(), application.getPostingId())
                .orElseThrow(() -> new InvalidApplicationException("The posting of this application no longer exists."));
    }

    private ApplicationDetails details(StudentApplication application) {
        applications.flush();
        ApplicationSummary summary = jdbc.query(SUMMARY_SELECT + " where a.id = ?", ApplicationService::summary, application.getId())
                .getFirst();
        Map<Long, String> answers = new HashMap<>();
        jdbc.query("select question_id, answer from application_answer where application_id = ?",
                rs -> {
                    answers.put(rs.getLong(1), rs.getString(2));
                }, application.getId());
        List<AnswerView> answerViews = questions(application.getPostingType(), application.getPostingId()).stream()
                .map(q -> new AnswerView(q.id(), q.text(), q.required(), answers.getOrDefault(q.id(), ""))).toList();
        var cv = application.getCvFileId() == null ? Optional.<CvFiles.StoredCv>empty() : cvFiles.find(application.getCvFileId());
        return new ApplicationDetails(summary, application.getMotivation(), answerViews,
                cv.map(CvFiles.StoredCv::originalName).orElse(null), cv.map(CvFiles.StoredCv::size).orElse(null));
    }

    /** Events the posting's owner is told about; the others are told to the student. */
    private static final java.util.Set<String> OWNER_EVENTS = java.util.Set.of("SUBMITTED", "WITHDRAWN", "OFFER_ACCEPTED", "OFFER_DECLINED");

    /** Tells the other side about a status change, in their own language (template application-update). */
    private void tell(StudentApplication application, String event) {
        Posting posting = posting(application);
        String studentName = jdbc.queryForObject("select display_name from app_user where id = ?", String.class,
                application.getStudentId());
        Map<String, Object> model = new java.util.HashMap<>(Map.of("event", event, "postingTitle", posting.title(),
                "studentName", studentName));
        if ("REJECTED".equals(event)) {
            model.put("reason", application.getRejectReason().name());
            if (application.getRejectText() != null) {
                model.put("reasonText", application.getRejectText());
            }
        }
        boolean toOwner = OWNER_EVENTS.contains(event);
        notifications.notify(new NotifyCmd(List.of(toOwner ? posting.ownerId() : application.getStudentId()),
                NotificationTemplates.APPLICATION_UPDATE, model, toOwner ? REVIEW_ROUTE : STUDENT_ROUTE));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static ApplicationSummary summary(ResultSet rs, int row) throws SQLException {
        String reason = rs.getString(8);
        Timestamp submitted = rs.getTimestamp(10);
        return new ApplicationSummary(rs.getLong(1), PostingType.valueOf(rs.getString(2)), rs.getLong(3), rs.getString(4),
                rs.getLong(5), rs.getString(6), ApplicationStatus.valueOf(rs.getString(7)),
                reason == null ? null : RejectionReason.valueOf(reason), rs.getString(9),
                submitted == null ? null : submitted.toInstant(), rs.getTimestamp(11).toInstant());
    }
}
