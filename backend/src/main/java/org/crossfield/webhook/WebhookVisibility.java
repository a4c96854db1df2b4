package org.crossfield.webhook;

import java.util.Optional;
import org.crossfield.agreement.AgreementService;
import org.crossfield.application.ApplicationService;
import org.crossfield.collaboration.CollaborationService;
import org.crossfield.identity.AccountPrincipals;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.marketplace.ChallengeService;
import org.crossfield.marketplace.ProjectService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Whether a subscriber may see an event's object, decided by the object's own feature with the same
 * {@code @PreAuthorize} rules as its screens: the read of the object is called as the subscriber (with their roles and
 * organisation as they are now). A refusal or an object that is gone means the event is not for them.
 */
@Component
class WebhookVisibility {

    private final AccountPrincipals principals;
    private final ApplicationService applications;
    private final ChallengeService challenges;
    private final ProjectService projects;
    private final AgreementService agreements;
    private final CollaborationService collaborations;

    WebhookVisibility(AccountPrincipals principals, ApplicationService applications, ChallengeService challenges,
                      ProjectService projects, AgreementService agreements, CollaborationService collaborations) {
        this.principals = principals;
        this.applications = applications;
        this.challenges = challenges;
        this.projects = projects;
        this.agreements = agreements;
        this.collaborations = collaborations;
    }

    /** Empty when the subscriber may see it; otherwise why not (kept as the delivery's reason for being skipped). */
    Optional<String> refusal(long subscriberId, WebhookEvent.ObjectType type, long objectId) {
        Optional<CrossfieldUser> subscriber = principals.active(subscriberId);
        if (subscriber.isEmpty()) {
            return Optional.of("The subscriber's account can no longer sign in.");
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        CrossfieldUser user = subscriber.get();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            switch (type) {
                case APPLICATION -> applications.application(objectId);
                case CHALLENGE -> challenges.challenge(objectId);
                case PROJECT -> projects.project(objectId);
                case AGREEMENT -> agreements.agreement(objectId);
                case COLLABORATION -> collaborations.collaboration(objectId);
            }
            return Optional.empty();
        } catch (AccessDeniedException e) {
            return Optional.of("The subscriber may not see this " + type.name().toLowerCase(java.util.Locale.ROOT) + ".");
        } catch (RuntimeException e) {
            if (e.getClass().getSimpleName().endsWith("NotFoundException")) {
                return Optional.of("The " + type.name().toLowerCase(java.util.Locale.ROOT) + " no longer exists.");
            }
            throw e;
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
