package org.crossfield.collaboration;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.crossfield.application.ApplicationAcceptedEvent;
import org.crossfield.application.PostingType;
import org.crossfield.matching.MatchDecidedEvent;
import org.crossfield.matching.ProposalStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts collaborations from accepted offers and accepted mentoring matches, inside the accepting transaction (the
 * events are published synchronously): an acceptance and its collaboration are saved together or not at all.
 * A PhD project's accepted offer and accepted match meet in one collaboration: whichever comes second joins the active
 * collaboration the first one started, if that one still lacks that party.
 */
@Component
class CollaborationStarter {

    private static final Logger log = LoggerFactory.getLogger(CollaborationStarter.class);

    private final CollaborationRepository collaborations;
    private final OutcomeTotals totals;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    CollaborationStarter(CollaborationRepository collaborations, OutcomeTotals totals, JdbcTemplate jdbc,
                         Clock clock) {
        this.collaborations = collaborations;
        this.totals = totals;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ApplicationAcceptedEvent event) {
        if (collaborations.existsByApplicationId(event.applicationId())) {
            return;
        }
        Long studentOrganisation = organisationOf(event.studentId());
        if (event.postingType() == PostingType.PROJECT) {
            Map<String, Object> project = project(event.postingId());
            long projectId = event.postingId();
            List<Collaboration> waiting = collaborations.activeOnProjectWithoutStudent(projectId);
            if (!waiting.isEmpty()) {
                Collaboration joined = waiting.getFirst();
                joined.joinStudent(event.studentId(), event.applicationId());
                log.info("Student {} joined collaboration {} (offer {})", event.studentId(), joined.getId(), event.applicationId());
                return;
            }
            Collaboration started = Collaboration.fromOffer(number(project, "programme_id"), (String) project.get("title"),
                            event.applicationId(), event.studentId(), clock.instant())
                    .onProject(projectId, number(project, "supervisor_id"), nullableNumber(project, "organisation_id"))
                    .withPartner(linkedChallengeOrganisation(projectId));
            start(started);
        } else {
            Map<String, Object> challenge = jdbc.queryForMap(
                    "select programme_id, title, organisation_id from pub_challenge where id = ?", event.postingId());
            Collaboration started = Collaboration.fromOffer(number(challenge, "programme_id"), (String) challenge.get("title"),
                            event.applicationId(), event.studentId(), clock.instant())
                    .onChallenge(event.postingId(), nullableNumber(challenge, "organisation_id"), studentOrganisation);
            start(started);
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(MatchDecidedEvent event) {
        if (event.status() != ProposalStatus.ACCEPTED || collaborations.existsByProposalId(event.proposalId())) {
            return;
        }
        Long mentorOrganisation = organisationOf(event.mentorId());
        List<Collaboration> waiting = collaborations.activeOnProjectWithoutMentor(event.projectId());
        if (!waiting.isEmpty()) {
            Collaboration joined = waiting.getFirst();
            boolean partnerChanges = joined.getPartnerOrganisationId() == null && mentorOrganisation != null;
            if (partnerChanges) {
                // the mentor's organisation becomes the partner: the collaboration's outcome totals move with it
                totals.removeCollaboration(joined.getId());
            }
            joined.joinMentor(event.mentorId(), event.proposalId(), mentorOrganisation);
            if (partnerChanges) {
                collaborations.saveAndFlush(joined);
                totals.addCollaboration(joined.getId());
            }
            log.info("Mentor {} joined collaboration {} (proposal {})", event.mentorId(), joined.getId(), event.proposalId());
            return;
        }
        Map<String, Object> project = project(event.projectId());
        Collaboration started = Collaboration.fromMatch(number(project, "programme_id"), (String) project.get("title"),
                        event.proposalId(), event.mentorId(), clock.instant())
                .onProject(event.projectId(), number(project, "supervisor_id"), nullableNumber(project, "organisation_id"))
                .withPartner(mentorOrganisation);
        start(started);
    }

    private void start(Collaboration collaboration) {
        collaborations.saveAndFlush(collaboration);
        log.info("Started collaboration {}", collaboration.getId());
    }

    private Map<String, Object> project(long projectId) {
        return jdbc.queryForMap("select programme_id, title, supervisor_id, organisation_id from pub_phd_project where id = ?",
                projectId);
    }

    private Long linkedChallengeOrganisation(long projectId) {
        List<Long> organisations = jdbc.queryForList("""
                select c.organisation_id from pub_project_challenge pc join pub_challenge c on c.id = pc.challenge_id
                where pc.project_id = ? order by c.id limit 1""", Long.class, projectId);
        return organisations.isEmpty() ? null : organisations.getFirst();
    }

    private Long organisationOf(long userId) {
        List<Long> organisation = jdbc.queryForList("select organisation_id from pub_app_user where id = ?", Long.class, userId);
        return organisation.isEmpty() ? null : organisation.getFirst();
    }

    private static long number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    private static Long nullableNumber(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? null : ((Number) value).longValue();
    }
}
