package org.crossfield.application;

import java.util.Optional;
import org.crossfield.application.Postings.Posting;
import org.crossfield.identity.AccessRules;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.identity.CurrentUser;
import org.crossfield.identity.Roles;
import org.crossfield.marketplace.PostingAccess;
import org.crossfield.marketplace.ProjectAccess;
import org.springframework.stereotype.Component;

/**
 * Object-level rules for applications, used as {@code @applicationAccess} in {@code @PreAuthorize}. An application is
 * seen by its student and, once submitted, by the posting's owners (a project's supervisor; the partner managers of a
 * challenge's organisation), the posting's review team, coordinators of the posting's programme and administrators.
 * Owners and reviewers review (notes, scores, conflicts); only owners decide (shortlist, offer, reject) and manage the
 * posting's questions, criteria and review team (docs/adr/0011-review-teams-scoring-conflicts.md).
 */
@Component("applicationAccess")
public class ApplicationAccess {

    private final ApplicationRepository applications;
    private final Postings postings;
    private final AccessRules access;
    private final ProjectAccess projectAccess;
    private final PostingAccess postingAccess;

    ApplicationAccess(ApplicationRepository applications, Postings postings, AccessRules access, ProjectAccess projectAccess,
                      PostingAccess postingAccess) {
        this.applications = applications;
        this.postings = postings;
        this.access = access;
        this.projectAccess = projectAccess;
        this.postingAccess = postingAccess;
    }

    /**
     * The current person may see the posting, and so its questions: as the marketplace decides (an open project, a
     * published challenge that is not invite-only or to which they are invited, or one they manage or oversee), or they
     * review it, or they have an application to it. Drafts and invite-only challenges stay closed to everyone else.
     */
    public boolean canSeePosting(PostingType type, long postingId) {
        Optional<CrossfieldUser> me = CurrentUser.get();
        if (me.isEmpty() || type == null) {
            return false;
        }
        boolean visible = switch (type) {
            case PROJECT -> projectAccess.canView(postingId);
            case CHALLENGE -> postingAccess.canViewChallenge(postingId);
        };
        if (visible || reviewsPosting(type, postingId)) {
            return true;
        }
        return applications.findByPostingTypeAndPostingIdAndStudentId(type, postingId, me.get().getId()).isPresent();
    }

    /** The current person is the application's student. */
    public boolean isApplicant(long applicationId) {
        Optional<CrossfieldUser> me = CurrentUser.get();
        return me.isPresent() && applications.findById(applicationId)
                .map(a -> a.getStudentId() == me.get().getId()).orElse(false);
    }

    /** The current person may read the application and its CV. */
    public boolean canView(long applicationId) {
        Optional<CrossfieldUser> me = CurrentUser.get();
        if (me.isEmpty()) {
            return false;
        }
        return applications.findById(applicationId).map(a -> {
            if (a.getStudentId() == me.get().getId()) {
                return true;
            }
            if (a.getStatus() == ApplicationStatus.DRAFT) {
                return false;
            }
            Optional<Posting> posting = postings.find(a.getPostingType(), a.getPostingId());
            return me.get().hasRole(Roles.ADMIN) || posting.map(p -> ownedBy(p, me.get()) || postings.isReviewer(p, me.get().getId())
                    || access.coordinates(p.programmeId())).orElse(false);
        }).orElse(false);
    }

    /** The current person owns the posting of this submitted application or is on its review team. */
    public boolean canReview(long applicationId) {
        Optional<CrossfieldUser> me = CurrentUser.get();
        return me.isPresent() && submittedPosting(applicationId)
                .map(p -> ownedBy(p, me.get()) || postings.isReviewer(p, me.get().getId())).orElse(false);
    }

    /** The current person owns the posting of this submitted application and so decides on it. */
    public boolean canDecide(long applicationId) {
        Optional<CrossfieldUser> me = CurrentUser.get();
        return me.isPresent() && submittedPosting(applicationId).map(p -> ownedBy(p, me.get())).orElse(false);
    }

    /** The current person owns the posting (manages its questions, criteria and review team). */
    public boolean ownsPosting(PostingType type, long postingId) {
        Optional<CrossfieldUser> me = CurrentUser.get();
        return me.isPresent() && type != null && postings.find(type, postingId).map(p -> ownedBy(p, me.get())).orElse(false);
    }

    /** The current person owns the posting or is on its review team. */
    public boolean reviewsPosting(PostingType type, long postingId) {
        Optional<CrossfieldUser> me = CurrentUser.get();
        return me.isPresent() && type != null && postings.find(type, postingId)
                .map(p -> ownedBy(p, me.get()) || postings.isReviewer(p, me.get().getId())).orElse(false);
    }

    /** The current person owns the posting the question belongs to. */
    public boolean ownsQuestion(long questionId) {
        return postings.ofQuestion(questionId).map(p -> ownsPosting(p.type(), p.id())).orElse(false);
    }

    private Optional<Posting> submittedPosting(long applicationId) {
        return applications.findById(applicationId)
                .filter(a -> a.getStatus() != ApplicationStatus.DRAFT)
                .flatMap(a -> postings.find(a.getPostingType(), a.getPostingId()));
    }

    /** A project's supervisor, or a partner manager of the challenge's organisation. */
    static boolean ownedBy(Posting posting, CrossfieldUser me) {
        return switch (posting.type()) {
            case PROJECT -> me.hasRole(Roles.SUPERVISOR) && posting.ownerId() == me.getId();
            case CHALLENGE -> me.hasRole(Roles.PARTNER) && me.getOrganisationId() != null
                    && me.getOrganisationId().equals(posting.organisationId());
        };
    }
}
