package org.crossfield.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crossfield.application.Postings.Posting;
import org.crossfield.identity.CurrentUser;
import org.crossfield.platform.audit.AuditActions;
import org.crossfield.platform.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The student's side of applications to postings (PhD projects and challenges): drafts, CVs, submission, withdrawal and
 * the answer to an offer; and reading one application with its CV (its student and its reviewers). The review is
 * {@link ApplicationReviewService}, the postings' questions {@link PostingQuestionService}. Every status change tells
 * the people concerned through the notification module, in the same transaction; an accepted offer publishes
 * {@link ApplicationAcceptedEvent}. Commands return the application as they left it.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationService {

    public static final int MAX_MOTIVATION = StudentApplication.MAX_MOTIVATION;
    public static final int MAX_CV_BYTES = CvFiles.MAX_BYTES;
    public static final int MAX_ANSWER = 5_000;

    private final ApplicationRepository applications;
    private final ApplicationRecords records;
    private final Postings postings;
    private final CvFiles cvFiles;
    private final ApplicationEventPublisher events;

    ApplicationService(ApplicationRepository applications, ApplicationRecords records, Postings postings, CvFiles cvFiles,
                       ApplicationEventPublisher events) {
        this.applications = applications;
        this.records = records;
        this.postings = postings;
        this.cvFiles = cvFiles;
        this.events = events;
    }

    /** The current student's application to a posting, if they have one. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).STUDENT)")
    public Optional<ApplicationDetails> myApplicationFor(PostingType postingType, long postingId) {
        return applications.findByPostingTypeAndPostingIdAndStudentId(postingType, postingId, CurrentUser.require().getId())
                .map(records::details);
    }

    /** The current student's applications, newest first, with the reason of a rejection. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).STUDENT)")
    public List<ApplicationSummary> myApplications() {
        return records.list("where a.student_id = ? order by a.updated_at desc, a.id desc limit " + ApplicationRecords.LIST_LIMIT,
                CurrentUser.require().getId());
    }

    /** Checks an uploaded CV at once (a PDF of at most 5 MB), so the form can say so before anything is saved. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).STUDENT)")
    public void checkCv(CvUpload cv) {
        CvFiles.check(cv);
    }

    /** Creates or updates the current student's draft; anything may be incomplete, nothing is sent. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).STUDENT)")
    @Transactional
    public ApplicationDetails saveDraft(SaveApplicationCmd cmd) {
        return records.details(save(cmd, false));
    }

    /** Saves and submits the current student's application; refused with nothing changed when incomplete. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).STUDENT)")
    @Transactional
    public ApplicationDetails submit(SaveApplicationCmd cmd) {
        StudentApplication application = save(cmd, true);
        application.submit(records.now());
        return records.changed(application, "SUBMITTED");
    }

    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).STUDENT) and @applicationAccess.isApplicant(#applicationId)")
    @Transactional
    public ApplicationDetails withdraw(long applicationId) {
        StudentApplication application = records.load(applicationId);
        boolean wasDraft = application.getStatus() == ApplicationStatus.DRAFT;
        application.withdraw(records.now());
        return wasDraft ? records.details(application) : records.changed(application, "WITHDRAWN");
    }

    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).STUDENT) and @applicationAccess.isApplicant(#applicationId)")
    @Transactional
    public ApplicationDetails acceptOffer(long applicationId) {
        StudentApplication application = records.load(applicationId);
        application.accept(records.now());
        // the event's listeners (collaboration) read the accepted application in this transaction
        applications.flush();
        ApplicationDetails accepted = records.changed(application, "OFFER_ACCEPTED");
        events.publishEvent(new ApplicationAcceptedEvent(application.getId(), application.getPostingType(),
                application.getPostingId(), application.getStudentId()));
        return accepted;
    }

    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).STUDENT) and @applicationAccess.isApplicant(#applicationId)")
    @Transactional
    public ApplicationDetails declineOffer(long applicationId) {
        return records.change(applicationId, StudentApplication::decline, "OFFER_DECLINED");
    }

    /**
     * One application: for its student, the posting's owners and review team, the programme's coordinators and
     * administrators.
     */
    @PreAuthorize("@applicationAccess.canView(#applicationId)")
    public ApplicationDetails application(long applicationId) {
        return records.details(records.load(applicationId));
    }

    @PreAuthorize("@applicationAccess.canView(#applicationId)")
    public Optional<CvDownload> cv(long applicationId) {
        Long fileId = records.load(applicationId).getCvFileId();
        return fileId == null ? Optional.empty() : cvFiles.find(fileId)
                .map(f -> {
                    CvDownload download = new CvDownload(f.originalName(), "application/pdf", cvFiles.read(f));
                    events.publishEvent(AuditEvent.of(AuditActions.CV_DOWNLOADED, "APPLICATION", applicationId)
                            .about(records.load(applicationId).getStudentId()));
                    return download;
                });
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
        List<PostingQuestionSummary> questions = records.questions(cmd.postingType(), cmd.postingId());
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
            if (cmd.cv() == null && existing.map(StudentApplication::getCvFileId).isEmpty()
                    && records.cvRequired(cmd.postingType(), cmd.postingId())) {
                throw new InvalidApplicationException(CvRules.MISSING);
            }
        }

        Instant now = records.now();
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
        records.saveAnswers(application.getId(), answers);
        return application;
    }
}
