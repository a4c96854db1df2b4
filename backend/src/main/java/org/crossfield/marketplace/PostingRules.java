package org.crossfield.marketplace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crossfield.marketplace.InvalidPostingException.Problem;
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
            throw InvalidPostingException.of("marketplace.error.no-challenge", "There is no challenge to save.");
        }
        List<Problem> problems = new ArrayList<>();
        required(problems, "title", d.title(), 200);
        required(problems, "summary", d.summary(), 500);
        required(problems, "description", d.description(), 4000);
        optional(problems, "deliverables", d.deliverables(), 2000);
        optional(problems, "timeline", d.timeline(), 1000);
        optional(problems, "compensation", d.compensation(), 500);
        if (d.deadline() == null) {
            problems.add(new Problem("marketplace.form.deadline-required", "Give the challenge a deadline."));
        } else if (d.deadline().isBefore(today)) {
            problems.add(new Problem("marketplace.form.deadline-past", "The deadline " + d.deadline() + " is in the past."));
        }
        if (d.visibility() == null) {
            problems.add(new Problem("marketplace.form.visibility-required", "Choose who may see the challenge."));
        } else if (d.visibility() == Visibility.INVITE_ONLY) {
            Set<Long> invitees = d.inviteeIds() == null ? Set.of() : d.inviteeIds();
            if (invitees.isEmpty()) {
                problems.add(new Problem("marketplace.form.invitees-required", "Invite at least one person to an invite-only challenge."));
            } else if (invitees.size() > 500) {
                problems.add(new Problem("marketplace.error.too-many-invitees", "Invite at most 500 people.", 500));
            } else {
                Integer known = jdbc.queryForObject("select count(*) from pub_app_user where id in ("
                        + String.join(",", invitees.stream().map(String::valueOf).toList()) + ")", Integer.class);
                if (known == null || known != invitees.size()) {
                    problems.add(new Problem("marketplace.error.unknown-invitees", "Some invited people do not exist."));
                }
            }
        }
        common(problems, d.programmeId(), d.ipRegimeCode(), d.requirements(), d.governance());
        if (!problems.isEmpty()) {
            throw InvalidPostingException.of(problems);
        }
    }

    void check(ProjectDraft d) {
        if (d == null) {
            throw InvalidPostingException.of("marketplace.error.no-project", "There is no project to save.");
        }
        List<Problem> problems = new ArrayList<>();
        required(problems, "title", d.title(), 200);
        required(problems, "research question", d.researchQuestion(), 2000);
        if (d.mentorSlots() < 1 || d.mentorSlots() > 2) {
            problems.add(new Problem("marketplace.form.slots-range", "A project takes one or two mentors, not " + d.mentorSlots() + "."));
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
                problems.add(new Problem("marketplace.error.not-open-challenge", "Challenge " + id + " is not an open challenge.", id));
            }
        }
        common(problems, d.programmeId(), d.ipRegimeCode(), d.requirements(), d.governance());
        if (!problems.isEmpty()) {
            throw InvalidPostingException.of(problems);
        }
    }

    private void common(List<Problem> problems, long programmeId, String ipRegime, List<RequiredCompetency> requirements,
                        GovernanceTerms governance) {
        Integer programme = jdbc.queryForObject("select count(*) from pub_programme where id = ?", Integer.class, programmeId);
        if (programme == null || programme == 0) {
            problems.add(new Problem("marketplace.form.programme-required", "There is no programme " + programmeId + "."));
        }
        if (ipRegime != null && !ipRegime.isBlank()) {
            Integer regime = jdbc.queryForObject("select count(*) from ip_regime where code = ?", Integer.class, ipRegime.strip());
            if (regime == null || regime == 0) {
                problems.add(new Problem("marketplace.error.unknown-ip-regime", "\"" + ipRegime + "\" is not a known IP regime.", ipRegime));
            }
        }
        if (governance == null || governance.dataTier() == null || governance.accessModel() == null) {
            problems.add(new Problem("marketplace.error.governance-required", "Choose the data tier and the access model."));
        } else {
            optional(problems, "GDPR legal basis", governance.gdprLegalBasis(), 500);
            optional(problems, "persistent identifier", governance.fairIdentifier(), 200);
            optional(problems, "licence", governance.fairLicence(), 100);
            optional(problems, "metadata standard", governance.fairMetadataStandard(), 100);
        }
        if (requirements == null || requirements.isEmpty()) {
            problems.add(new Problem("marketplace.requirements.at-least-one", "Name at least one required competency."));
            return;
        }
        if (requirements.size() > 40) {
            problems.add(new Problem("marketplace.error.too-many-requirements", "Name at most 40 required competencies.", 40));
            return;
        }
        Set<String> known = new HashSet<>(jdbc.queryForList(
                "select c.code from pub_competency c join pub_competency_framework f on f.id = c.framework_id where f.active = true",
                String.class));
        Set<String> seen = new HashSet<>();
        for (RequiredCompetency r : requirements) {
            String code = r.competencyCode() == null ? "" : r.competencyCode().strip();
            if (!known.contains(code)) {
                problems.add(new Problem("marketplace.error.unknown-competency", "\"" + code + "\" is not a competency of the framework.", code));
            } else if (!seen.add(code)) {
                problems.add(new Problem("marketplace.error.competency-twice", code + " is named twice.", code));
            }
            if (r.level() < 1 || r.level() > 5) {
                problems.add(new Problem("marketplace.error.level-range", "The level of " + code + " must be between 1 and 5, not " + r.level() + ".", code, r.level()));
            }
            if (!(r.weight() > 0) || r.weight() > 999) {
                problems.add(new Problem("marketplace.error.weight-range", "The weight of " + code + " must be more than 0 (and below 1000).", code));
            }
        }
    }

    private static void required(List<Problem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem("marketplace.error.required", "The " + field + " is required.", field(field)));
        } else {
            optional(problems, field, value, max);
        }
    }

    private static void optional(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(new Problem("marketplace.error.too-long", "The " + field + " has more than " + max + " characters.",
                    field(field), max));
        }
    }

    /** A field's name as a problem's argument: its key in the marketplace bundle ("research question" → research-question). */
    private static Problem field(String name) {
        return new Problem("marketplace.field." + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), name);
    }
}
