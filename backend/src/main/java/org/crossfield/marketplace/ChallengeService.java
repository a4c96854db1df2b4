package org.crossfield.marketplace;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.identity.CurrentUser;
import org.crossfield.identity.PersonBrief;
import org.crossfield.identity.ProgrammeBrief;
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
 * Challenges posted by industry partners: drafts that only the posting organisation's partners edit, submission,
 * review by a coordinator of the programme (approve → open, or send back to draft with a comment), and the end of a
 * challenge (closed at its deadline by {@link ChallengeClosing}; then awarded or archived by the poster).
 */
@Service
@Transactional(readOnly = true)
public class ChallengeService {

    /** The in-app route of the partner's challenges: where notifications about them point. */
    public static final String MY_CHALLENGES_ROUTE = "my-challenges";

    private final ChallengeRepository challenges;
    private final PostingQueries queries;
    private final PostingRules rules;
    private final PostingNotifications notifications;
    private final JdbcTemplate jdbc;
    private final PostingAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChallengeService(ChallengeRepository challenges, PostingQueries queries, PostingRules rules,
                     PostingNotifications notifications, JdbcTemplate jdbc, PostingAccess access,
                     ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.access = access;
        this.events = events;
        this.challenges = challenges;
        this.queries = queries;
        this.rules = rules;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** The challenges of my organisation, every status, newest first. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).PARTNER)")
    public List<PostingSummary> myChallenges() {
        Long organisation = CurrentUser.require().getOrganisationId();
        return organisation == null ? List.of() : queries.challengesOf(organisation);
    }

    @PreAuthorize("@postingAccess.canViewChallenge(#challengeId)")
    public ChallengeDetails challenge(long challengeId) {
        Challenge c = load(challengeId);
        ChallengeDraft content = c.toDraft();
        // invitees are shown to the people who manage the challenge only
        List<PersonBrief> invitees = content.inviteeIds().isEmpty() || !access.canEditChallenge(challengeId) && !access.canReviewChallenge(challengeId)
                ? List.of()
                : jdbc.query("select u.id, u.display_name, u.email, o.name from pub_app_user u left join pub_organisation o on o.id = u.organisation_id"
                        + " where u.id in (" + String.join(",", content.inviteeIds().stream().map(String::valueOf).toList()) + ") order by u.email",
                (rs, i) -> new PersonBrief(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        return jdbc.queryForObject("""
                select pr.name, o.name, o.country from pub_programme pr, pub_organisation o where pr.id = ? and o.id = ?""",
                (rs, i) -> new ChallengeDetails(c.getId(), c.getStatus(), rs.getString(1), rs.getString(2), rs.getString(3),
                        c.getState().reviewComment(), c.getState().publishedAt(),
                        access.canEditChallenge(challengeId) || access.canReviewChallenge(challengeId) ? content
                                : withoutInvitees(content), invitees),
                c.getProgrammeId(), c.getOrganisationId());
    }

    /** A new draft of my organisation. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).PARTNER)")
    @Transactional
    public long createDraft(ChallengeDraft draft) {
        CrossfieldUser me = CurrentUser.require();
        if (me.getOrganisationId() == null) {
            throw new AccessDeniedException("Only a partner of an organisation can post challenges");
        }
        rules.check(draft, today());
        return challenges.save(new Challenge(me.getOrganisationId(), me.getId(), draft, now())).getId();
    }

    @PreAuthorize("@postingAccess.canEditChallenge(#challengeId)")
    @Transactional
    public void updateDraft(long challengeId, ChallengeDraft draft) {
        Challenge c = load(challengeId);
        c.getState().requireEditable();
        rules.check(draft, today());
        c.edit(draft);
    }

    /**
     * A challenge with its version, for optimistic locking from outside a screen (the REST API's {@code ETag}); the
     * same rule as {@link #challenge(long)}.
     */
    @PreAuthorize("@postingAccess.canViewChallenge(#challengeId)")
    public VersionedChallenge versioned(long challengeId) {
        ChallengeDetails details = challenge(challengeId);
        return new VersionedChallenge(details, load(challengeId).getVersion());
    }

    /**
     * Edits a draft only if nobody changed it since {@code expectedVersion} (from {@link #versioned(long)}).
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when it changed meanwhile
     */
    @PreAuthorize("@postingAccess.canEditChallenge(#challengeId)")
    @Transactional
    public VersionedChallenge updateDraft(long challengeId, long expectedVersion, ChallengeDraft draft) {
        Challenge c = load(challengeId);
        if (c.getVersion() != expectedVersion) {
            throw new org.springframework.dao.OptimisticLockingFailureException("Challenge " + challengeId
                    + " has changed since version " + expectedVersion + ".");
        }
        c.getState().requireEditable();
        rules.check(draft, today());
        c.edit(draft);
        challenges.flush();
        return new VersionedChallenge(challenge(challengeId), c.getVersion());
    }

    /** Sends a draft to the programme's coordinators; the deadline must still be ahead. */
    @PreAuthorize("@postingAccess.canEditChallenge(#challengeId)")
    @Transactional
    public void submit(long challengeId) {
        Challenge c = load(challengeId);
        c.getState().requireEditable();
        rules.check(c.toDraft(), today());
        c.submit(now());
    }

    @PreAuthorize("@postingAccess.canReviewChallenge(#challengeId)")
    @Transactional
    public void approve(long challengeId) {
        Challenge c = load(challengeId);
        if (c.getStatus() == ProjectStatus.SUBMITTED && c.getDeadline().isBefore(today())) {
            throw InvalidPostingException.of("marketplace.error.deadline-passed-in-review", "The deadline " + c.getDeadline()
                    + " has passed while the challenge waited for review: send it back so that the partner can change it.",
                    c.getDeadline().toString());
        }
        c.approve(CurrentUser.require().getId(), now());
        notifications.approved(c.getCreatedBy(), PostingKind.CHALLENGE, c.getTitle(), MY_CHALLENGES_ROUTE);
        // listeners (saved-search alerts) query the database: they must see the challenge open
        challenges.flush();
        events.publishEvent(new PostingOpenedEvent(PostingKind.CHALLENGE, challengeId));
        events.publishEvent(AuditEvent.of(AuditActions.POSTING_APPROVED, "CHALLENGE", challengeId));
    }

    @PreAuthorize("@postingAccess.canReviewChallenge(#challengeId)")
    @Transactional
    public void sendBack(long challengeId, String comment) {
        Challenge c = load(challengeId);
        c.sendBack(CurrentUser.require().getId(), comment, now());
        notifications.sentBack(c.getCreatedBy(), PostingKind.CHALLENGE, c.getTitle(), comment.strip(), MY_CHALLENGES_ROUTE);
        events.publishEvent(AuditEvent.of(AuditActions.POSTING_REJECTED, "CHALLENGE", challengeId).withDetail(AuditDetail.SENT_BACK));
    }

    /** A closed challenge was given to someone. */
    @PreAuthorize("@postingAccess.canEditChallenge(#challengeId)")
    @Transactional
    public void award(long challengeId) {
        load(challengeId).award();
    }

    /** A closed (or awarded) challenge leaves the lists. */
    @PreAuthorize("@postingAccess.canEditChallenge(#challengeId)")
    @Transactional
    public void archive(long challengeId) {
        load(challengeId).archive();
    }

    @PreAuthorize("isAuthenticated()")
    public List<IpRegimeSummary> ipRegimes() {
        return jdbc.query("select code, title from ip_regime order by code",
                (rs, i) -> new IpRegimeSummary(rs.getString(1), rs.getString(2)));
    }

    /** Every programme, for choosing where a posting belongs (at most 1,000). */
    @PreAuthorize("isAuthenticated()")
    public List<ProgrammeBrief> programmes() {
        return jdbc.query("select id, code, name from pub_programme order by code limit 1000",
                (rs, i) -> new ProgrammeBrief(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    private static ChallengeDraft withoutInvitees(ChallengeDraft d) {
        return new ChallengeDraft(d.programmeId(), d.title(), d.summary(), d.description(), d.deliverables(), d.timeline(),
                d.deadline(), d.compensation(), d.ipRegimeCode(), d.visibility(), java.util.Set.of(), d.requirements(),
                d.governance());
    }

    private Challenge load(long id) {
        return challenges.findById(id).orElseThrow(() -> new ChallengeNotFoundException(id));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
