package org.crossfield.marketplace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Checks a posting before anything is written, and says everything that is wrong at once. */
@Component
class PostingRules {

    private final JdbcTemplate jdbc;

    PostingRules(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void check(ChallengeDraft d, LocalDate today) {
        if (d == null) {
            throw new InvalidPostingException(List.of("There is no challenge to save."));
        }
        List<String> problems = new ArrayList<>();
        required(problems, "title", d.title(), 200);
        required(problems, "summary", d.summary(), 500);
        required(problems, "description", d.description(), 4000);
        optional(problems, "deliverables", d.deliverables(), 2000);
        optional(problems, "timeline", d.timeline(), 1000);
        optional(problems, "compensation", d.compensation(), 500);
        if (d.deadline() == null) {
            problems.add("Give the challenge a deadline.");
        } else if (d.deadline().isBefore(today)) {
            problems.add("The deadline " + d.deadline() + " is in the past.");
        }
        if (d.visibility() == null) {
            problems.add("Choose who may see the challenge.");
        } else if (d.visibility() == Visibility.INVITE_ONLY) {
            Set<Long> invitees = d.inviteeIds() == null ? Set.of() : d.inviteeIds();
            if (invitees.isEmpty()) {
                problems.add("Invite at least one person to an invite-only challenge.");
            } else if (invitees.size() > 500) {
                problems.add("Invite at most 500 people.");
            } else {
                Integer known = jdbc.queryForObject("select count(*) from pub_app_user where id in ("
                        + String.join(",", invitees.stream().map(String::valueOf).toList()) + ")", Integer.class);
                if (known == null || known != invitees.size()) {
                    problems.add("Some invited people do not exist.");
                }
            }
        }
        common(problems, d.programmeId(), d.ipRegimeCode(), d.requirements(), d.governance());
        if (!problems.isEmpty()) {
            throw new InvalidPostingException(problems);
        }
    }

    void check(ProjectDraft d) {
        if (d == null) {
            throw new InvalidPostingException(List.of("There is no project to save."));
        }
        List<String> problems = new ArrayList<>();
        required(problems, "title", d.title(), 200);
        required(problems, "research question", d.researchQuestion(), 2000);
        if (d.mentorSlots() < 1 || d.mentorSlots() > 2) {
            problems.add("A project takes one or two mentors, not " + d.mentorSlots() + ".");
        }
        Set<Long> links = d.linkedChallengeIds() == null ? Set.of() : d.linkedChallengeIds();
        long me = org.crossfield.identity.CurrentUser.require().getId();
        for (Long id : links) {
            // an invite-only challenge can be taken up only by someone invited to it
            List<String> status = jdbc.queryForList("""
                    select c.status from challenge c where c.id = ? and (c.visibility <> 'INVITE_ONLY'
                    or exists (select 1 from challenge_invitee i where i.challenge_id = c.id and i.user_id = ?))""",
                    String.class, id, me);
            if (status.isEmpty() || !"OPEN".equals(status.getFirst())) {
                problems.add("Challenge " + id + " is not an open challenge.");
            }
        }
        common(problems, d.programmeId(), d.ipRegimeCode(), d.requirements(), d.governance());
        if (!problems.isEmpty()) {
            throw new InvalidPostingException(problems);
        }
    }

    private void common(List<String> problems, long programmeId, String ipRegime, List<RequiredCompetency> requirements,
                        GovernanceTerms governance) {
        Integer programme = jdbc.queryForObject("select count(*) from pub_programme where id = ?", Integer.class, programmeId);
        if (programme == null || programme == 0) {
            problems.add("There is no programme " + programmeId + ".");
        }
        if (ipRegime != null && !ipRegime.isBlank()) {
            Integer regime = jdbc.queryForObject("select count(*) from ip_regime where code = ?", Integer.class, ipRegime.strip());
            if (regime == null || regime == 0) {
                problems.add("\"" + ipRegime + "\" is not a known IP regime.");
            }
        }
        if (governance == null || governance.dataTier() == null || governance.accessModel() == null) {
            problems.add("Choose the data tier and the access model.");
        } else {
            optional(problems, "GDPR legal basis", governance.gdprLegalBasis(), 500);
            optional(problems, "persistent identifier", governance.fairIdentifier(), 200);
            optional(problems, "licence", governance.fairLicence(), 100);
            optional(problems, "metadata standard", governance.fairMetadataStandard(), 100);
        }
        if (requirements == null || requirements.isEmpty()) {
            problems.add("Name at least one required competency.");
            return;
        }
        if (requirements.size() > 40) {
            problems.add("Name at most 40 required competencies.");
            return;
        }
        Set<String> known = new HashSet<>(jdbc.queryForList(
                "select c.code from pub_competency c join pub_competency_framework f on f.id = c.framework_id where f.active = true",
                String.class));
        Set<String> seen = new HashSet<>();
        for (RequiredCompetency r : requirements) {
            String code = r.competencyCode() == null ? "" : r.competencyCode().strip();
            if (!known.contains(code)) {
                problems.add("\"" + code + "\" is not a competency of the framework.");
            } else if (!seen.add(code)) {
                problems.add(code + " is named twice.");
            }
            if (r.level() < 1 || r.level() > 5) {
                problems.add("The level of " + code + " must be between 1 and 5, not " + r.level() + ".");
            }
            if (!(r.weight() > 0) || r.weight() > 999) {
                problems.add("The weight of " + code + " must be more than 0 (and below 1000).");
            }
        }
    }

    private static void required(List<String> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add("The " + field + " is required.");
        } else {
            optional(problems, field, value, max);
        }
    }

    private static void optional(List<String> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add("The " + field + " has more than " + max + " characters.");
        }
    }
}
