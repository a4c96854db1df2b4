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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crossfield.application.Postings.Posting;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.identity.CurrentUser;
import org.crossfield.identity.Roles;
import org.crossfield.notification.NotificationService;
import org.crossfield.notification.NotificationTemplates;
import org.crossfield.notification.NotifyCmd;
import org.crossfield.platform.audit.AuditActions;
import org.crossfield.platform.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Students' applications to postings (PhD projects and challenges): drafts, CVs, submission, the review (under review,
 * shortlist, offer, reject with a reason, internal notes, the review team's scores against criteria and declared
 * conflicts of interest) and the student's answer to an offer. Every status change tells the people concerned through
 * {@link NotificationService}, in the same transaction; an accepted offer publishes {@link ApplicationAcceptedEvent}.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationService {

    public static final int MAX_MOTIVATION = StudentApplication.MAX_MOTIVATION;
    public static final int MAX_CV_BYTES = CvFiles.MAX_BYTES;
    public static final int MAX_ANSWER = 5_000;
    public static final int MAX_NOTE = 2_000;
    public static final int MAX_QUESTIONS = 20;
    public static final int MAX_CRITERIA = 10;
    public static final int MAX_SCORE_COMMENT = 1_000;
    /** Used while a posting's owner has set no criteria of their own. */
    public static final List<CriterionSummary> DEFAULT_CRITERIA = List.of(
            new CriterionSummary(0, 1, "Competency fit", 2),
            new CriterionSummary(0, 2, "Motivation", 1),
            new CriterionSummary(0, 3, "Research experience", 1));
    static final String STUDENT_ROUTE = "my-applications";
    static final String REVIEW_ROUTE = "applications";
    private static final int LIST_LIMIT = 2_000;

    private static final String SUMMARY_SELECT = """
            select a.id, a.posting_type, a.posting_id, coalesce(p.title, c.title), a.student_id, u.display_name, a.status,
                   a.reject_reason, a.reject_text, a.submitted_at, a.updated_at
            from application a join pub_app_user u on u.id = a.student_id
            left join pub_phd_project p on a.posting_type = 'PROJECT' and p.id = a.posting_id
            left join pub_challenge c on a.posting_type = 'CHALLENGE' and c.id = a.posting_id
            """;

    private final ApplicationRepository applications;
    private final Postings postings;
    private final CvFiles cvFiles;
    private final JdbcTemplate jdbc;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApplicationService(ApplicationRepository applications, Postings postings, CvFiles cvFiles, JdbcTemplate jdbc,
                       NotificationService notifications, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.applications = applications;
        this.postings = postings;
        this.cvFiles = cvFiles;
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.events = events;
    }

    // ---- questions -------------------------------------------------------------------------------------------------

    /** A posting's questions to applicants, in order; only for people who may see the posting (drafts stay closed). */
    @PreAuthorize("@applicationAccess.canSeePosting(#postingType, #postingId)")
    public List<PostingQuestionSummary> questions(PostingType postingType, long postingId) {
        return jdbc.query("""
                select id, posting_type, posting_id, position, text, required from posting_question
                where posting_type = ? and posting_id = ? order by position, id limit 100""",
                (rs, i) -> new PostingQuestionSummary(rs.getLong(1), PostingType.valueOf(rs.getString(2)), rs.getLong(3), rs.getInt(4),
                        rs.getString(5), rs.getBoolean(6)), postingType.name(), postingId);
    }

    @PreAuthorize("@applicationAccess.ownsPosting(#cmd.postingType(), #cmd.postingId())")
    @Transactional
    public List<PostingQuestionSummary> addQuestion(AddQuestionCmd cmd) {
        String text = cmd.text() == null ? "" : cmd.text().strip();
        if (text.isEmpty() || text.length() > 500) {
            throw new InvalidApplicationException("Write a question of at most 500 characters.");
        }
        List<PostingQuestionSummary> existing = questions(cmd.postingType(), cmd.postingId());
        if (existing.size() >= MAX_QUESTIONS) {
            throw new InvalidApplicationException("A posting can ask at most " + MAX_QUESTIONS + " questions.");
        }
        int position = existing.stream().mapToInt(PostingQuestionSummary::position).max().orElse(0) + 1;
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

    /**
     * One application: for its student, the posting's owners and review team, the programme's coordinators and
     * administrators.
     */
    @PreAuthorize("@applicationAccess.canView(#applicationId)")
    public ApplicationDetails application(long applicationId) {
        return details(load(applicationId));
    }

    @PreAuthorize("@applicationAccess.canView(#applicationId)")
    public Optional<CvDownload> cv(long applicationId) {
        Long fileId = load(applicationId).getCvFileId();
        return fileId == null ? Optional.empty() : cvFiles.find(fileId)
                .map(f -> {
                    CvDownload download = new CvDownload(f.originalName(), "application/pdf", cvFiles.read(f));
                    events.publishEvent(AuditEvent.of(AuditActions.CV_DOWNLOADED, "APPLICATION", applicationId)
                            .about(load(applicationId).getStudentId()));
                    return download;
                });
    }

    // ---- the owner's review ----------------------------------------------------------------------------------------

    /**
     * Submitted applications (never drafts) the current person reviews, newest first: to the projects they supervise,
     * to the challenges of their partner organisation, and to the postings whose review team they are on.
     */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'PARTNER', 'MENTOR')")
    public List<ApplicationSummary> applicationsToMyPostings() {
        CrossfieldUser me = CurrentUser.require();
        long supervisor = me.hasRole(Roles.SUPERVISOR) ? me.getId() : -1;
        long organisation = me.hasRole(Roles.PARTNER) && me.getOrganisationId() != null ? me.getOrganisationId() : -1;
        return jdbc.query(SUMMARY_SELECT + """
                 where a.status <> 'DRAFT' and (p.supervisor_id = ? or c.organisation_id = ?
                   or exists (select 1 from posting_reviewer r where r.posting_type = a.posting_type
                              and r.posting_id = a.posting_id and r.user_id = ?))
                order by a.submitted_at desc, a.id desc limit """ + " " + LIST_LIMIT,
                ApplicationService::summary, supervisor, organisation, me.getId());
    }

    /**
     * Submitted applications to postings of the programmes the current coordinator coordinates, by posting and status
     * (read only), optionally of one status; a page at a time.
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    public Slice<ApplicationSummary> programmeApplications(ApplicationStatus status, Pageable pageable) {
        Pageable page = pageable == null || pageable.isUnpaged() ? PageRequest.of(0, 50)
                : PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), 200));
        List<Object> args = new ArrayList<>(List.of(CurrentUser.require().getId()));
        String statusFilter = "";
        if (status != null) {
            statusFilter = " and a.status = ?";
            args.add(status.name());
        }
        args.add(page.getPageSize() + 1);
        args.add(page.getOffset());
        List<ApplicationSummary> rows = jdbc.query(SUMMARY_SELECT + """
                 where a.status <> 'DRAFT' and coalesce(p.programme_id, c.programme_id) in
                   (select pc.programme_id from pub_programme_coordinator pc where pc.user_id = ?)""" + statusFilter + """
                 order by coalesce(p.title, c.title), a.posting_type, a.posting_id, a.status, a.id limit ? offset ?""",
                ApplicationService::summary, args.toArray());
        boolean more = rows.size() > page.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, page.getPageSize()) : rows, page, more);
    }

    /** Opens an application for review; the first opening moves a submitted application to "under review". */
    @PreAuthorize("@applicationAccess.canReview(#applicationId)")
    @Transactional
    public ApplicationDetails openForReview(long applicationId) {
        StudentApplication application = load(applicationId);
        storedCriteria(application.getPostingType(), application.getPostingId());
        if (application.markUnderReview(now())) {
            tell(application, "UNDER_REVIEW");
        }
        return details(application);
    }

    @PreAuthorize("@applicationAccess.canDecide(#applicationId)")
    @Transactional
    public ApplicationDetails shortlist(long applicationId) {
        StudentApplication application = load(applicationId);
        application.shortlist(now());
        tell(application, "SHORTLISTED");
        return details(application);
    }

    @PreAuthorize("@applicationAccess.canDecide(#applicationId)")
    @Transactional
    public ApplicationDetails offer(long applicationId) {
        StudentApplication application = load(applicationId);
        application.offer(now());
        tell(application, "OFFERED");
        return details(application);
    }

    @PreAuthorize("@applicationAccess.canDecide(#applicationId)")
    @Transactional
    public ApplicationDetails reject(long applicationId, RejectCmd cmd) {
        StudentApplication application = load(applicationId);
        application.reject(cmd.reason(), cmd.text(), now());
        tell(application, "REJECTED");
        return details(application);
    }

    /** The reviewers' internal notes, oldest first; never shown to the student. */
    @PreAuthorize("@applicationAccess.canReview(#applicationId)")
    public List<ReviewNoteEntry> notes(long applicationId) {
        return jdbc.query("""
                select n.id, u.display_name, n.text, n.created_at from review_note n join pub_app_user u on u.id = n.author_id
                where n.application_id = ? order by n.created_at, n.id limit 500""",
                (rs, i) -> new ReviewNoteEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()),
                applicationId);
    }

    @PreAuthorize("@applicationAccess.canReview(#applicationId)")
    @Transactional
    public List<ReviewNoteEntry> addNote(long applicationId, String text) {
        String note = text == null ? "" : text.strip();
        if (note.isEmpty() || note.length() > MAX_NOTE) {
            throw new InvalidApplicationException("Write a note of at most " + MAX_NOTE + " characters.");
        }
        jdbc.update("insert into review_note (application_id, author_id, text, created_at) values (?, ?, ?, ?)",
                applicationId, CurrentUser.require().getId(), note, Timestamp.from(now()));
        return notes(applicationId);
    }

    // ---- review team, criteria, scores, conflicts of interest -----------------------------------------------------

    /** The postings the current person owns or reviews (to pick one for its questions, criteria and review team). */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'PARTNER', 'MENTOR')")
    public List<PostingRef> myReviewPostings() {
        CrossfieldUser me = CurrentUser.require();
        long supervisor = me.hasRole(Roles.SUPERVISOR) ? me.getId() : -1;
        long organisation = me.hasRole(Roles.PARTNER) && me.getOrganisationId() != null ? me.getOrganisationId() : -1;
        return jdbc.query("""
                select 'PROJECT', p.id, p.title, p.supervisor_id = ? from pub_phd_project p
                where p.status <> 'DRAFT' and (p.supervisor_id = ? or exists (select 1 from posting_reviewer r
                      where r.posting_type = 'PROJECT' and r.posting_id = p.id and r.user_id = ?))
                union all
                select 'CHALLENGE', c.id, c.title, c.organisation_id = ? from pub_challenge c
                where c.status <> 'DRAFT' and (c.organisation_id = ? or exists (select 1 from posting_reviewer r
                      where r.posting_type = 'CHALLENGE' and r.posting_id = c.id and r.user_id = ?))
                order by 3 limit 500""",
                (rs, i) -> new PostingRef(PostingType.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3), rs.getBoolean(4)),
                supervisor, supervisor, me.getId(), organisation, organisation, me.getId());
    }

    /** A posting's review team (its owners are not listed: they review anyway). */
    @PreAuthorize("@applicationAccess.reviewsPosting(#postingType, #postingId)")
    public List<ReviewerSummary> reviewers(PostingType postingType, long postingId) {
        return jdbc.query("""
                select u.id, u.display_name, u.email, r.added_at from posting_reviewer r join pub_app_user u on u.id = r.user_id
                where r.posting_type = ? and r.posting_id = ? order by u.display_name, u.id limit 200""",
                (rs, i) -> new ReviewerSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()),
                postingType.name(), postingId);
    }

    /** Adds a supervisor, mentor or partner manager to the posting's review team and tells them. */
    @PreAuthorize("@applicationAccess.ownsPosting(#cmd.postingType(), #cmd.postingId())")
    @Transactional
    public List<ReviewerSummary> addReviewer(AddReviewerCmd cmd) {
        String email = cmd.email() == null ? "" : cmd.email().strip().toLowerCase(Locale.ROOT);
        if (email.isEmpty()) {
            throw new InvalidApplicationException("Write the e-mail address of the person to add.");
        }
        Posting posting = postings.find(cmd.postingType(), cmd.postingId()).orElseThrow();
        List<Long> found = jdbc.queryForList("select id from pub_app_user where email = ? and enabled", Long.class, email);
        List<String> roles = found.isEmpty() ? List.of()
                : jdbc.queryForList("select role from pub_user_role where user_id = ?", String.class, found.getFirst());
        // one answer for an address without an account and for one whose roles cannot review: the owner learns nothing
        // about who uses Crossfield
        if (roles.stream().noneMatch(REVIEWER_ROLES::contains)) {
            throw new InvalidApplicationException(email + " cannot be added: reviewers are supervisors, mentors or partner"
                    + " managers with an account on Crossfield. Check the address, or ask them to be invited.");
        }
        long reviewer = found.getFirst();
        if (postings.owners(posting).contains(reviewer)) {
            throw new InvalidApplicationException(email + " owns \"" + posting.title() + "\" and reviews its applications anyway.");
        }
        if (postings.isReviewer(posting, reviewer)) {
            throw new InvalidApplicationException(email + " is already on the review team of \"" + posting.title() + "\".");
        }
        jdbc.update("insert into posting_reviewer (posting_type, posting_id, user_id, added_by, added_at) values (?, ?, ?, ?, ?)",
                posting.type().name(), posting.id(), reviewer, CurrentUser.require().getId(), Timestamp.from(now()));
        notifications.notify(new NotifyCmd(List.of(reviewer), NotificationTemplates.APPLICATION_UPDATE,
                Map.of("event", "REVIEWER_ADDED", "postingTitle", posting.title(),
                        // the template's second name is the person who added the reviewer here
                        "studentName", CurrentUser.require().getDisplayName()), REVIEW_ROUTE));
        return reviewers(posting.type(), posting.id());
    }

    /** Takes someone off the review team; the scores they gave stay part of the record. */
    @PreAuthorize("@applicationAccess.ownsPosting(#postingType, #postingId)")
    @Transactional
    public List<ReviewerSummary> removeReviewer(PostingType postingType, long postingId, long userId) {
        jdbc.update("delete from posting_reviewer where posting_type = ? and posting_id = ? and user_id = ?",
                postingType.name(), postingId, userId);
        return reviewers(postingType, postingId);
    }

    /** The posting's review criteria in order; the defaults (not yet written, id 0) when none are set. */
    @PreAuthorize("@applicationAccess.reviewsPosting(#postingType, #postingId)")
    public List<CriterionSummary> criteria(PostingType postingType, long postingId) {
        List<CriterionSummary> stored = readCriteria(postingType, postingId);
        return stored.isEmpty() ? DEFAULT_CRITERIA : stored;
    }

    /** Replaces the posting's criteria; refused once anyone has scored one of its applications. */
    @PreAuthorize("@applicationAccess.ownsPosting(#postingType, #postingId)")
    @Transactional
    public List<CriterionSummary> setCriteria(PostingType postingType, long postingId, List<CriterionCmd> criteria) {
        if (criteria == null || criteria.isEmpty() || criteria.size() > MAX_CRITERIA) {
            throw new InvalidApplicationException("Give between 1 and " + MAX_CRITERIA + " review criteria.");
        }
        Set<String> names = new HashSet<>();
        for (CriterionCmd c : criteria) {
            String name = c.name() == null ? "" : c.name().strip();
            if (name.isEmpty() || name.length() > 100) {
                throw new InvalidApplicationException("Every criterion needs a name of at most 100 characters.");
            }
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw new InvalidApplicationException("The criterion \"" + name + "\" is listed twice.");
            }
            if (!(c.weight() > 0) || c.weight() > 10) {
                throw new InvalidApplicationException("The weight of \"" + name + "\" must be above 0 and at most 10.");
            }
        }
        Integer scored = jdbc.queryForObject("""
                select count(*) from review_score s join review_criterion k on k.id = s.criterion_id
                where k.posting_type = ? and k.posting_id = ?""", Integer.class, postingType.name(), postingId);
        if (scored != null && scored > 0) {
            throw new InvalidApplicationException("Reviewers have already scored applications against these criteria; "
                    + "they can no longer change.");
        }
        jdbc.update("delete from review_criterion where posting_type = ? and posting_id = ?", postingType.name(), postingId);
        writeCriteria(postingType, postingId, criteria.stream().map(c -> new CriterionSummary(0, 0, c.name().strip(), c.weight()))
                .toList());
        return readCriteria(postingType, postingId);
    }

    /** The review of an application: criteria, every reviewer's scores and the weighted averages. Never for the student. */
    @PreAuthorize("@applicationAccess.canReview(#applicationId)")
    public ApplicationReview review(long applicationId) {
        StudentApplication application = load(applicationId);
        CrossfieldUser me = CurrentUser.require();
        List<CriterionSummary> criteria = criteria(application.getPostingType(), application.getPostingId());
        Map<Long, Double> weights = new HashMap<>();
        criteria.forEach(c -> weights.put(c.id(), c.weight()));
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, List<ApplicationReview.GivenScore>> scores = new HashMap<>();
        jdbc.query("""
                select s.reviewer_id, u.display_name, s.criterion_id, s.score, s.comment from review_score s
                join pub_app_user u on u.id = s.reviewer_id where s.application_id = ? order by u.display_name, s.reviewer_id limit 2000""",
                rs -> {
                    names.put(rs.getLong(1), rs.getString(2));
                    scores.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new ApplicationReview.GivenScore(rs.getLong(3), rs.getInt(4), rs.getString(5)));
                }, applicationId);
        Map<Long, String> conflicts = new HashMap<>();
        jdbc.query("""
                select c.reviewer_id, u.display_name, c.reason from review_conflict c join pub_app_user u on u.id = c.reviewer_id
                where c.application_id = ? limit 200""", rs -> {
                    names.putIfAbsent(rs.getLong(1), rs.getString(2));
                    conflicts.put(rs.getLong(1), rs.getString(3));
                }, applicationId);
        List<ApplicationReview.ReviewerSheet> sheets = new ArrayList<>();
        names.forEach((reviewer, name) -> {
            List<ApplicationReview.GivenScore> mine = conflicts.containsKey(reviewer) ? List.of()
                    : scores.getOrDefault(reviewer, List.of());
            Map<Long, Integer> byCriterion = new HashMap<>();
            mine.forEach(v -> byCriterion.put(v.criterionId(), v.score()));
            sheets.add(new ApplicationReview.ReviewerSheet(reviewer, name, conflicts.containsKey(reviewer), conflicts.get(reviewer),
                    mine, ReviewScores.weightedAverage(byCriterion, weights)));
        });
        boolean conflicted = conflicts.containsKey(me.getId());
        boolean decide = postings.find(application.getPostingType(), application.getPostingId())
                .map(p -> ApplicationAccess.ownedBy(p, me)).orElse(false);
        return new ApplicationReview(applicationId, criteria, sheets,
                ReviewScores.overall(sheets.stream().map(ApplicationReview.ReviewerSheet::weightedAverage).toList()),
                decide, conflicted, !conflicted && scorable(application));
    }

    /** Records the current reviewer's scores (1–5 per criterion); refused to a reviewer who declared a conflict. */
    @PreAuthorize("@applicationAccess.canReview(#cmd.applicationId())")
    @Transactional
    public ApplicationReview score(ScoreCmd cmd) {
        StudentApplication application = load(cmd.applicationId());
        long me = CurrentUser.require().getId();
        if (isConflicted(application.getId(), me)) {
            throw new InvalidApplicationException("You declared a conflict of interest on this application, so you cannot score it.");
        }
        if (!scorable(application)) {
            throw new InvalidApplicationException("This application is " + application.getStatus().label().toLowerCase()
                    + "; its scoring is closed.");
        }
        if (cmd.scores() == null || cmd.scores().isEmpty()) {
            throw new InvalidApplicationException("Give a score for at least one criterion.");
        }
        Map<Long, CriterionSummary> criteria = new HashMap<>();
        storedCriteria(application.getPostingType(), application.getPostingId()).forEach(c -> criteria.put(c.id(), c));
        for (ScoreCmd.CriterionScore s : cmd.scores()) {
            CriterionSummary criterion = criteria.get(s.criterionId());
            if (criterion == null) {
                throw new InvalidApplicationException("One of the scores is for a criterion this posting does not use.");
            }
            if (s.score() < ReviewScores.MIN || s.score() > ReviewScores.MAX) {
                throw new InvalidApplicationException("Scores run from 1 to 5; " + s.score() + " for \"" + criterion.name()
                        + "\" is outside that range.");
            }
            if (s.comment() != null && s.comment().strip().length() > MAX_SCORE_COMMENT) {
                throw new InvalidApplicationException("A comment on a score is limited to " + MAX_SCORE_COMMENT + " characters.");
            }
        }
        Timestamp at = Timestamp.from(now());
        jdbc.batchUpdate("""
                insert into review_score (application_id, reviewer_id, criterion_id, score, comment, scored_at) values (?, ?, ?, ?, ?, ?)
                on duplicate key update score = values(score), comment = values(comment), scored_at = values(scored_at)""",
                cmd.scores().stream().map(s -> new Object[] {application.getId(), me, s.criterionId(), s.score(),
                        s.comment() == null || s.comment().isBlank() ? null : s.comment().strip(), at}).toList());
        return review(application.getId());
    }

    /**
     * Declares the current reviewer's conflict of interest on an application, with a reason; any scores they gave it
     * are withdrawn, and they can no longer score it.
     */
    @PreAuthorize("@applicationAccess.canReview(#applicationId)")
    @Transactional
    public ApplicationReview declareConflict(long applicationId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new InvalidApplicationException("Say in at most 500 characters why you have a conflict of interest.");
        }
        long me = CurrentUser.require().getId();
        if (isConflicted(applicationId, me)) {
            throw new InvalidApplicationException("You have already declared a conflict of interest on this application.");
        }
        jdbc.update("insert into review_conflict (application_id, reviewer_id, reason, declared_at) values (?, ?, ?, ?)",
                applicationId, me, why, Timestamp.from(now()));
        jdbc.update("delete from review_score where application_id = ? and reviewer_id = ?", applicationId, me);
        return review(applicationId);
    }

    // ---- internals -------------------------------------------------------------------------------------------------

    private static final Set<String> REVIEWER_ROLES = Set.of(Roles.SUPERVISOR, Roles.MENTOR, Roles.PARTNER);

    private static boolean scorable(StudentApplication application) {
        return application.getStatus() != ApplicationStatus.DRAFT && !application.getStatus().isFinal();
    }

    private boolean isConflicted(long applicationId, long reviewerId) {
        Integer n = jdbc.queryForObject("select count(*) from review_conflict where application_id = ? and reviewer_id = ?",
                Integer.class, applicationId, reviewerId);
        return n != null && n > 0;
    }

    private List<CriterionSummary> readCriteria(PostingType postingType, long postingId) {
        return jdbc.query("""
                select id, position, name, weight from review_criterion where posting_type = ? and posting_id = ?
                order by position, id limit 100""",
                (rs, i) -> new CriterionSummary(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getDouble(4)),
                postingType.name(), postingId);
    }

    /** The posting's criteria as stored; the defaults are written first when it has none, so scores can point at them. */
    private List<CriterionSummary> storedCriteria(PostingType postingType, long postingId) {
        List<CriterionSummary> stored = readCriteria(postingType, postingId);
        if (!stored.isEmpty()) {
            return stored;
        }
        writeCriteria(postingType, postingId, DEFAULT_CRITERIA);
        return readCriteria(postingType, postingId);
    }

    private void writeCriteria(PostingType postingType, long postingId, List<CriterionSummary> criteria) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            rows.add(new Object[] {postingType.name(), postingId, i + 1, criteria.get(i).name(), criteria.get(i).weight()});
        }
        jdbc.batchUpdate("insert into review_criterion (posting_type, posting_id, position, name, weight) values (?, ?, ?, ?, ?)", rows);
    }

    /** Validates everything first, then writes the draft (creating it when needed). */
    private StudentApplication save(SaveApplicationCmd cmd, boolean submitting) {
        long me = CurrentUser.require().getId();
        if (cmd.postingType() == null) {
            throw new InvalidApplicationException("Choose what to apply to.");
        }
        Posting posting = postings.find(cmd.postingType(), cmd.postingId())
                // an invite-only challenge is answered like one that does not exist to everyone not invited
                .filter(p -> !p.inviteOnly() || postings.isInvited(p, me))
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
        List<PostingQuestionSummary> questions = questions(cmd.postingType(), cmd.postingId());
        Set<Long> questionIds = new HashSet<>(questions.stream().map(PostingQuestionSummary::id).toList());
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
        List<QuestionAnswer> answerViews = questions(application.getPostingType(), application.getPostingId()).stream()
                .map(q -> new QuestionAnswer(q.id(), q.text(), q.required(), answers.getOrDefault(q.id(), ""))).toList();
        var cv = application.getCvFileId() == null ? Optional.<CvFiles.StoredCv>empty() : cvFiles.find(application.getCvFileId());
        return new ApplicationDetails(summary, application.getMotivation(), answerViews,
                cv.map(CvFiles.StoredCv::originalName).orElse(null), cv.map(CvFiles.StoredCv::size).orElse(null));
    }

    /** The decisions on an application that the audit log records (by its owners, and the student's on an offer). */
    private static final java.util.Set<String> DECISIONS = java.util.Set.of("SHORTLISTED", "OFFERED", "REJECTED",
            "OFFER_ACCEPTED", "OFFER_DECLINED", "WITHDRAWN");
    /** Events the posting's owners and review team are told about; the others are told to the student. */
    private static final java.util.Set<String> OWNER_EVENTS = java.util.Set.of("SUBMITTED", "WITHDRAWN", "OFFER_ACCEPTED", "OFFER_DECLINED");

    /** Tells the other side about a status change, each in their own language (template application-update). */
    private void tell(StudentApplication application, String event) {
        if (DECISIONS.contains(event)) {
            events.publishEvent(AuditEvent.of(AuditActions.APPLICATION_DECIDED, "APPLICATION", application.getId())
                    .about(application.getStudentId()).withDetails(event));
        }
        Posting posting = posting(application);
        String studentName = jdbc.queryForObject("select display_name from pub_app_user where id = ?", String.class,
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
