package org.crossfield.application;

import java.util.Optional;
import org.crossfield.application.Postings.Posting;
import org.crossfield.identity.AccessRules;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.identity.CurrentUser;
import org.crossfield.identity.Roles;
import org.springframework.stereotype.Component;

/**
 * Object-level rules for applications, used as {@code @applicationAccess} in {@code @PreAuthorize}. An application is
 * seen by its student, the posting's owner (not while it is a draft), coordinators of the posting's programme and
 * administrators; only the posting's owner reviews it.
 */
@Component("applicationAccess")
public class ApplicationAccess {

    private final ApplicationRepository applications;
    private final Postings postings;
    private final AccessRules access;

    ApplicationAccess(ApplicationRepository applications, Postings postings, AccessRules access) {
        this.applications = applications;
        this.postings = postings;
        this.access = access;
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
            return me.get().hasRole(Roles.ADMIN) || posting.map(p -> ownedByMe(p, me.get()) || access.coordinates(p.programmeId()))
                    .orElse(false);
        }).orElse(false);
    }

    /** The current person owns the posting of this submitted application (the project's supervisor). */
    public boolean canReview(long applicationId) {
        Optional<CrossfieldUser> me = CurrentUser.get();
        return me.isPresent() && applications.findById(applicationId)
                .filter(a -> a.getStatus() != ApplicationStatus.DRAFT)
                .flatMap(a -> postings.find(a.getPostingType(), a.getPostingId()))
                .map(p -> ownedByMe(p, me.get())).orElse(false);
    }

    /** The current person owns the posting (manages its questions). */
    public boolean ownsPosting(PostingType type, long postingId) {
        Optional<CrossfieldUser> me = CurrentUser.get();
        return me.isPresent() && type != null && postings.find(type, postingId).map(p -> ownedByMe(p, me.get())).orElse(false);
    }

    /** The current person owns the posting the question belongs to. */
    public boolean ownsQuestion(long questionId) {
        return postings.ofQuestion(questionId).map(p -> ownsPosting(p.type(), p.id())).orElse(false);
    }

    private static boolean ownedByMe(Posting posting, CrossfieldUser me) {
        return posting.type() == PostingType.PROJECT && me.hasRole(Roles.SUPERVISOR) && posting.ownerId() == me.getId()
                || posting.type() == PostingType.CHALLENGE && me.hasRole(Roles.PARTNER) && posting.ownerId() == me.getId();
    }
}
