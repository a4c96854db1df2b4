package org.crossfield.application;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crossfield.application.Postings.Posting;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.identity.CurrentUser;
import org.crossfield.notification.NotificationService;
import org.crossfield.notification.NotificationTemplates;
import org.crossfield.notification.NotifyCmd;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review side of applications: the lists of the posting's owners, review team and programme coordinators; the
 * decisions (under review, shortlist, offer, reject with a reason); internal notes; the posting's review team
 * ({@link ReviewTeam}) and weighted criteria ({@link ReviewCriteria}); every reviewer's scores and declared conflicts of
 * interest ({@link ScoreSheet}). Owners and reviewers review; only owners decide and manage the team and criteria
 * (docs/adr/0011-review-teams-scoring-conflicts.md). Commands return what they changed.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationReviewService {

    public static final int MAX_NOTE = 2_000;
    public static final int MAX_CRITERIA = ReviewCriteria.MAX;
    public static final int MAX_SCORE_COMMENT = ReviewCriteria.MAX_SCORE_COMMENT;
    public static final int MAX_CONFLICT_REASON = ScoreSheet.MAX_CONFLICT_REASON;
    /** Used while a posting's owner has set no criteria of their own. */
    public static final List<CriterionSummary> DEFAULT_CRITERIA = ReviewCriteria.DEFAULTS;

    private final ApplicationRecords records;
    private final Postings postings;
    private final JdbcTemplate jdbc;
    private final NotificationService notifications;

    ApplicationReviewService(ApplicationRecords records, Postings postings, JdbcTemplate jdbc, NotificationService notifications) {
        this.records = records;
        this.postings = postings;
        this.jdbc = jdbc;
        this.notifications = notifications;
    }

    // ---- lists -----------------------------------------------------------------------------------------------------

    /**
     * Submitted applications (never drafts) the current person reviews, newest first: to the projects they supervise,
     * to the challenges of their partner organisation, and to the postings whose review team they are on.
     */
    @PreAuthorize("hasAnyRole(T(org.crossfield.identity.Roles).SUPERVISOR, T(org.crossfield.identity.Roles).PARTNER, "
            + "T(org.crossfield.identity.Roles).MENTOR)")
    public List<ApplicationSummary> applicationsToMyPostings() {
        Postings.Reviewer me = Postings.Reviewer.current();
        return records.list("""
                where a.status <> 'DRAFT' and (""" + Postings.SUPERVISOR + " = ? or " + Postings.ORGANISATION + """
                 = ? or exists (select 1 from posting_reviewer r where r.posting_type = a.posting_type
                              and r.posting_id = a.posting_id and r.user_id = ?))
                order by a.submitted_at desc, a.id desc limit""" + " " + ApplicationRecords.LIST_LIMIT,
                me.supervisorId(), me.organisationId(), me.userId());
    }

    /**
     * Submitted applications to postings of the programmes the current coordinator coordinates, by posting and status
     * (read only), optionally of one status; a page at a time.
     */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).COORDINATOR)")
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
        List<ApplicationSummary> rows = records.list("where a.status <> 'DRAFT' and " + Postings.PROGRAMME
                + " in (select pc.programme_id from pub_programme_coordinator pc where pc.user_id = ?)" + statusFilter
                + " order by " + Postings.TITLE + ", a.posting_type, a.posting_id, a.status, a.id limit ? offset ?",
                args.toArray());
        boolean more = rows.size() > page.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, page.getPageSize()) : rows, page, more);
    }

    /** The postings the current person owns or reviews (to pick one for its questions, criteria and review team). */
    @PreAuthorize("hasAnyRole(T(org.crossfield.identity.Roles).SUPERVISOR, T(org.crossfield.identity.Roles).PARTNER, "
            + "T(org.crossfield.identity.Roles).MENTOR)")
    public List<PostingRef> myReviewPostings() {
        return postings.ownedOrReviewed(Postings.Reviewer.current());
    }

    // ---- decisions -------------------------------------------------------------------------------------------------

    /** Opens an application for review; the first opening moves a submitted application to "under review". */
    @PreAuthorize("@applicationAccess.canReview(#applicationId)")
    @Transactional
    public ApplicationDetails openForReview(long applicationId) {
        StudentApplication application = records.load(applicationId);
        storedCriteria(application.getPostingType(), application.getPostingId());
        return application.markUnderReview(records.now()) ? records.changed(application, "UNDER_REVIEW")
                : records.details(application);
    }

    @PreAuthorize("@applicationAccess.canDecide(#applicationId)")
    @Transactional
    public ApplicationDetails shortlist(long applicationId) {
        return records.change(applicationId, StudentApplication::shortlist, "SHORTLISTED");
    }

    @PreAuthorize("@applicationAccess.canDecide(#applicationId)")
    @Transactional
    public ApplicationDetails offer(long applicationId) {
        return records.change(applicationId, StudentApplication::offer, "OFFERED");
    }

    @PreAuthorize("@applicationAccess.canDecide(#applicationId)")
    @Transactional
    public ApplicationDetails reject(long applicationId, RejectCmd cmd) {
        return records.change(applicationId, (application, now) -> application.reject(cmd.reason(), cmd.text(), now), "REJECTED");
    }

    // ---- notes -----------------------------------------------------------------------------------------------------

    /** The reviewers' internal notes, oldest first; never shown to the student. */
    @PreAuthorize("@applicationAccess.canReview(#applicationId)")
    public List<ReviewNoteEntry> notes(long applicationId) {
        return jdbc.query("""
                select n.id, u.display_name, n.text, n.created_at from review_note n join pub_app_user u on u.id = n.author_id
                where n.application_id = ? order by n.created_at, n.id limit 500""",
                (rs, i) -> new ReviewNoteEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()),
                applicationId);
    }

    /** Adds an internal note; returns the application's notes. */
    @PreAuthorize("@applicationAccess.canReview(#applicationId)")
    @Transactional
    public List<ReviewNoteEntry> addNote(long applicationId, String text) {
        String note = text == null ? "" : text.strip();
        if (note.isEmpty() || note.length() > MAX_NOTE) {
            throw new InvalidApplicationException("Write a note of at most " + MAX_NOTE + " characters.");
        }
        jdbc.update("insert into review_note (application_id, author_id, text, created_at) values (?, ?, ?, ?)",
                applicationId, CurrentUser.require().getId(), note, Timestamp.from(records.now()));
        return notes(applicationId);
    }

    // ---- review team -----------------------------------------------------------------------------------------------

    /** A posting's review team (its owners are not listed: they review anyway). */
    @PreAuthorize("@applicationAccess.reviewsPosting(#postingType, #postingId)")
    public List<ReviewerSummary> reviewers(PostingType postingType, long postingId) {
        return jdbc.query("""
                select u.id, u.display_name, u.email, r.added_at from posting_reviewer r join pub_app_user u on u.id = r.user_id
                where r.posting_type = ? and r.posting_id = ? order by u.display_name, u.id limit 200""",
                (rs, i) -> new ReviewerSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()),
                postingType.name(), postingId);
    }

    /** Adds a supervisor, mentor or partner manager to the posting's review team and tells them; returns the team. */
    @PreAuthorize("@applicationAccess.ownsPosting(#cmd.postingType(), #cmd.postingId())")
    @Transactional
    public List<ReviewerSummary> addReviewer(AddReviewerCmd cmd) {
        String email = ReviewTeam.address(cmd.email());
        Posting posting = postings.find(cmd.postingType(), cmd.postingId()).orElseThrow();
        ReviewTeam team = new ReviewTeam(posting, postings.owners(posting), postings.reviewers(posting));
        List<Long> found = jdbc.queryForList("select id from pub_app_user where email = ? and enabled", Long.class, email);
        List<String> roles = found.isEmpty() ? List.of()
                : jdbc.queryForList("select role from pub_user_role where user_id = ?", String.class, found.getFirst());
        long reviewer = team.admit(email, found.isEmpty() ? null : found.getFirst(), roles);
        CrossfieldUser me = CurrentUser.require();
        jdbc.update("insert into posting_reviewer (posting_type, posting_id, user_id, added_by, added_at) values (?, ?, ?, ?, ?)",
                posting.type().name(), posting.id(), reviewer, me.getId(), Timestamp.from(records.now()));
        notifications.notify(new NotifyCmd(List.of(reviewer), NotificationTemplates.APPLICATION_UPDATE,
                Map.of("event", "REVIEWER_ADDED", "postingTitle", posting.title(),
                        // the template's second name is the person who added the reviewer here
                        "studentName", me.getDisplayName()), ApplicationRecords.REVIEW_ROUTE));
        return reviewers(posting.type(), posting.id());
    }

    /** Takes someone off the review team (the scores they gave stay part of the record); returns the team. */
    @PreAuthorize("@applicationAccess.ownsPosting(#postingType, #postingId)")
    @Transactional
    public List<ReviewerSummary> removeReviewer(PostingType postingType, long postingId, long userId) {
        jdbc.update("delete from posting_reviewer where posting_type = ? and posting_id = ? and user_id = ?",
                postingType.name(), postingId, userId);
        return reviewers(postingType, postingId);
    }

    // ---- criteria, scores, conflicts of interest -------------------------------------------------------------------

    /** The posting's review criteria in order; the defaults (not yet written, id 0) when none are set. */
    @PreAuthorize("@applicationAccess.reviewsPosting(#postingType, #postingId)")
    public List<CriterionSummary> criteria(PostingType postingType, long postingId) {
        return new ReviewCriteria(readCriteria(postingType, postingId), false).effective();
    }

    /** Replaces the posting's criteria; refused once anyone has scored one of its applications. Returns them. */
    @PreAuthorize("@applicationAccess.ownsPosting(#postingType, #postingId)")
    @Transactional
    public List<CriterionSummary> setCriteria(PostingType postingType, long postingId, List<CriterionCmd> criteria) {
        List<CriterionSummary> replacement = criteriaOf(postingType, postingId).replaceWith(criteria);
        jdbc.update("delete from review_criterion where posting_type = ? and posting_id = ?", postingType.name(), postingId);
        return writeCriteria(postingType, postingId, replacement);
    }

    /** The review of an application: criteria, every reviewer's scores and the weighted averages. Never for the student. */
    @PreAuthorize("@applicationAccess.canReview(#applicationId)")
    public ApplicationReview review(long applicationId) {
        return review(records.load(applicationId));
    }

    /** Records the current reviewer's scores (1–5 per criterion); refused to a reviewer who declared a conflict. */
    @PreAuthorize("@applicationAccess.canReview(#cmd.applicationId())")
    @Transactional
    public ApplicationReview score(ScoreCmd cmd) {
        StudentApplication application = records.load(cmd.applicationId());
        long me = CurrentUser.require().getId();
        ReviewCriteria criteria = new ReviewCriteria(storedCriteria(application.getPostingType(), application.getPostingId()), false);
        List<ScoreCmd.CriterionScore> scores = new ScoreSheet(application.getStatus(), isConflicted(application.getId(), me),
                criteria).score(cmd.scores());
        Timestamp at = Timestamp.from(records.now());
        jdbc.batchUpdate("""
                insert into review_score (application_id, reviewer_id, criterion_id, score, comment, scored_at) values (?, ?, ?, ?, ?, ?)
                on duplicate key update score = values(score), comment = values(comment), scored_at = values(scored_at)""",
                scores.stream().map(s -> new Object[] {application.getId(), me, s.criterionId(), s.score(), s.comment(), at}).toList());
        return review(application);
    }

    /**
     * Declares the current reviewer's conflict of interest on an application, with a reason; any scores they gave it
     * are withdrawn, and they can no longer score it. Returns the review as it is now.
     */
    @PreAuthorize("@applicationAccess.canReview(#applicationId)")
    @Transactional
    public ApplicationReview declareConflict(long applicationId, String reason) {
        StudentApplication application = records.load(applicationId);
        long me = CurrentUser.require().getId();
        String why = new ScoreSheet(application.getStatus(), isConflicted(applicationId, me),
                criteriaOf(application.getPostingType(), application.getPostingId())).declareConflict(reason);
        jdbc.update("insert into review_conflict (application_id, reviewer_id, reason, declared_at) values (?, ?, ?, ?)",
                applicationId, me, why, Timestamp.from(records.now()));
        jdbc.update("delete from review_score where application_id = ? and reviewer_id = ?", applicationId, me);
        return review(application);
    }

    // ---- internals -------------------------------------------------------------------------------------------------

    private ApplicationReview review(StudentApplication application) {
        long applicationId = application.getId();
        CrossfieldUser me = CurrentUser.require();
        ReviewCriteria criteria = criteriaOf(application.getPostingType(), application.getPostingId());
        Map<Long, Double> weights = criteria.weights();
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
        ScoreSheet mine = new ScoreSheet(application.getStatus(), conflicts.containsKey(me.getId()), criteria);
        boolean decide = postings.find(application.getPostingType(), application.getPostingId())
                .map(p -> ApplicationAccess.ownedBy(p, me)).orElse(false);
        return new ApplicationReview(applicationId, criteria.effective(), sheets,
                ReviewScores.overall(sheets.stream().map(ApplicationReview.ReviewerSheet::weightedAverage).toList()),
                decide, mine.conflicted(), mine.canScore());
    }

    private boolean isConflicted(long applicationId, long reviewerId) {
        Integer n = jdbc.queryForObject("select count(*) from review_conflict where application_id = ? and reviewer_id = ?",
                Integer.class, applicationId, reviewerId);
        return n != null && n > 0;
    }

    /** The posting's criteria aggregate: as stored, and whether anyone scored against them. */
    private ReviewCriteria criteriaOf(PostingType postingType, long postingId) {
        Integer scored = jdbc.queryForObject("""
                select count(*) from review_score s join review_criterion k on k.id = s.criterion_id
                where k.posting_type = ? and k.posting_id = ?""", Integer.class, postingType.name(), postingId);
        return new ReviewCriteria(readCriteria(postingType, postingId), scored != null && scored > 0);
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
        return stored.isEmpty() ? writeCriteria(postingType, postingId, ReviewCriteria.DEFAULTS) : stored;
    }

    /** Writes the criteria in order; returns them as stored (with their ids). */
    private List<CriterionSummary> writeCriteria(PostingType postingType, long postingId, List<CriterionSummary> criteria) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            rows.add(new Object[] {postingType.name(), postingId, i + 1, criteria.get(i).name(), criteria.get(i).weight()});
        }
        jdbc.batchUpdate("insert into review_criterion (posting_type, posting_id, position, name, weight) values (?, ?, ?, ?, ?)", rows);
        return readCriteria(postingType, postingId);
    }
}
