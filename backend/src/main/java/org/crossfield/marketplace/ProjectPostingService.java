package org.crossfield.marketplace;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.identity.CurrentUser;
import org.crossfield.platform.audit.AuditActions;
import org.crossfield.platform.audit.AuditDetail;
import org.crossfield.platform.audit.AuditEvent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posting PhD projects: a supervisor writes drafts of their own projects (the institution is their organisation) and
 * submits them; coordinators of the programme approve (the project opens) or send them back with a comment. Reading
 * open projects stays with {@link ProjectService}.
 */
@Service
@Transactional(readOnly = true)
public class ProjectPostingService {

    /** The in-app route of the supervisor's projects: where notifications about them point. */
    public static final String MY_PROJECTS_ROUTE = "my-projects";

    private final PhdProjectRepository projects;
    private final PostingRules rules;
    private final PostingQueries queries;
    private final PostingNotifications notifications;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProjectPostingService(PhdProjectRepository projects, PostingRules rules, PostingQueries queries,
                          PostingNotifications notifications, JdbcTemplate jdbc, ApplicationEventPublisher events,
                          ObjectProvider<Clock> clock) {
        this.projects = projects;
        this.events = events;
        this.queries = queries;
        this.rules = rules;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** A project as its supervisor edits it, or a reviewer reads it. */
    @PreAuthorize("@postingAccess.ownsProject(#projectId) or @postingAccess.canReviewProject(#projectId)")
    public ProjectPosting posting(long projectId) {
        PhdProject p = load(projectId);
        return jdbc.queryForObject("""
                select pr.name, o.name from phd_project p join pub_programme pr on pr.id = p.programme_id
                join pub_organisation o on o.id = p.organisation_id where p.id = ?""",
                (rs, i) -> new ProjectPosting(p.getId(), p.getStatus(), rs.getString(1), rs.getString(2),
                        p.getState().reviewComment(), p.toDraft(), queries.challenges(p.toDraft().linkedChallengeIds())),
                projectId);
    }

    /** A project with its version, for optimistic locking from outside a screen (the REST API's {@code ETag}). */
    @PreAuthorize("@postingAccess.ownsProject(#projectId) or @postingAccess.canReviewProject(#projectId)")
    public VersionedProject versioned(long projectId) {
        return new VersionedProject(posting(projectId), load(projectId).getVersion());
    }

    /**
     * Edits a draft only if nobody changed it since {@code expectedVersion} (from {@link #versioned(long)}).
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when it changed meanwhile
     */
    @PreAuthorize("@postingAccess.ownsProject(#projectId)")
    @Transactional
    public VersionedProject updateDraft(long projectId, long expectedVersion, ProjectDraft draft) {
        PhdProject p = load(projectId);
        if (p.getVersion() != expectedVersion) {
            throw new org.springframework.dao.OptimisticLockingFailureException("Project " + projectId
                    + " has changed since version " + expectedVersion + ".");
        }
        p.getState().requireEditable();
        rules.check(draft);
        p.edit(draft);
        projects.flush();
        return new VersionedProject(posting(projectId), p.getVersion());
    }

    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).SUPERVISOR)")
    @Transactional
    public long createDraft(ProjectDraft draft) {
        CrossfieldUser me = CurrentUser.require();
        if (me.getOrganisationId() == null) {
            throw new AccessDeniedException("Only a supervisor of an institution can post PhD projects");
        }
        rules.check(draft);
        return projects.save(new PhdProject(me.getOrganisationId(), me.getId(), draft, now())).getId();
    }

    @PreAuthorize("@postingAccess.ownsProject(#projectId)")
    @Transactional
    public void updateDraft(long projectId, ProjectDraft draft) {
        PhdProject p = load(projectId);
        p.getState().requireEditable();
        rules.check(draft);
        p.edit(draft);
    }

    @PreAuthorize("@postingAccess.ownsProject(#projectId)")
    @Transactional
    public void submit(long projectId) {
        PhdProject p = load(projectId);
        p.getState().requireEditable();
        p.submit(now());
    }

    @PreAuthorize("@postingAccess.canReviewProject(#projectId)")
    @Transactional
    public void approve(long projectId) {
        PhdProject p = load(projectId);
        p.approve(CurrentUser.require().getId(), now());
        notifications.approved(p.getSupervisorId(), PostingKind.PROJECT, p.getTitle(), MY_PROJECTS_ROUTE);
        // listeners (saved-search alerts) query the database: they must see the project open
        projects.flush();
        events.publishEvent(new PostingOpenedEvent(PostingKind.PROJECT, projectId));
        events.publishEvent(AuditEvent.of(AuditActions.POSTING_APPROVED, "PROJECT", projectId));
    }

    /** An open project stops taking applications (projects have no deadline: their supervisor closes them). */
    @PreAuthorize("@postingAccess.ownsProject(#projectId)")
    @Transactional
    public void close(long projectId) {
        load(projectId).close(now());
        projects.flush();
        events.publishEvent(new PostingClosedEvent(PostingKind.PROJECT, projectId));
    }

    /** A closed project found its student. */
    @PreAuthorize("@postingAccess.ownsProject(#projectId)")
    @Transactional
    public void award(long projectId) {
        load(projectId).award();
    }

    /** A closed (or awarded) project leaves the lists. */
    @PreAuthorize("@postingAccess.ownsProject(#projectId)")
    @Transactional
    public void archive(long projectId) {
        load(projectId).archive();
    }

    @PreAuthorize("@postingAccess.canReviewProject(#projectId)")
    @Transactional
    public void sendBack(long projectId, String comment) {
        PhdProject p = load(projectId);
        p.sendBack(CurrentUser.require().getId(), comment, now());
        notifications.sentBack(p.getSupervisorId(), PostingKind.PROJECT, p.getTitle(), comment.strip(), MY_PROJECTS_ROUTE);
        events.publishEvent(AuditEvent.of(AuditActions.POSTING_REJECTED, "PROJECT", projectId).withDetail(AuditDetail.SENT_BACK));
    }

    private PhdProject load(long id) {
        return projects.findById(id).orElseThrow(() -> new ProjectNotFoundException(id));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
