package org.crossfield.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@CrossfieldIntegrationTest
class ProfileServiceIntegrationTest {

    private static final String STUDENT = "student@demo.crossfield.org";
    private static final String MENTOR = "mentor@demo.crossfield.org";
    private static final String PARTNER = "partner@demo.crossfield.org";

    @Autowired
    ProfileService profiles;
    @Autowired
    RunAs runAs;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aPersonSetsChangesAndRemovesTheirOwnLevels() {
        long me = runAs.idOf(MENTOR);
        CompetencyProfile saved = runAs.as(MENTOR, () -> profiles.updateProfile(me, List.of(
                new ProfileChange("HDS-07", 4, "  Built a federated survival model  "),
                new ProfileChange("DSENG03", 2, null))));
        assertThat(saved.byCode().get("HDS-07")).satisfies(e -> {
            assertThat(e.level()).isEqualTo(4);
            assertThat(e.evidence()).isEqualTo("Built a federated survival model");
            assertThat(e.assessment()).isEqualTo(Assessment.SELF_ASSESSED);
        });

        runAs.run(MENTOR, () -> profiles.updateProfile(me, List.of(new ProfileChange("HDS-07", null, null))));
        assertThat(runAs.as(MENTOR, () -> profiles.profileOf(me)).byCode()).doesNotContainKey("HDS-07").containsKey("DSENG03");
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndNothingIsSaved() {
        long me = runAs.idOf(STUDENT);
        CompetencyProfile before = runAs.as(STUDENT, () -> profiles.profileOf(me));

        assertRefused(me, new ProfileChange("DSDA02", 6, null), "level 6 is outside 1–5");
        assertRefused(me, new ProfileChange("DSDA02", 0, null), "level 0 is outside 1–5");
        assertRefused(me, new ProfileChange("NOPE99", 3, null), "Unknown competency code \"NOPE99\"");
        assertRefused(me, new ProfileChange("DSDA02", 3, "e".repeat(2001)), "longer than 2000 characters");
        assertThatThrownBy(() -> runAs.as(STUDENT, () -> profiles.updateProfile(me, List.of())))
                .hasMessageContaining("nothing to save");

        // a valid change next to an invalid one is not saved either
        assertThatThrownBy(() -> runAs.as(STUDENT, () -> profiles.updateProfile(me, List.of(
                new ProfileChange("DSDA03", 3, null), new ProfileChange("DSDA04", 9, null)))))
                .isInstanceOf(InvalidProfileChangeException.class);
        assertThat(runAs.as(STUDENT, () -> profiles.profileOf(me))).isEqualTo(before);
    }

    @Test
    void nobodyEditsSomeoneElsesProfile() {
        long student = runAs.idOf(STUDENT);
        List<ProfileChange> change = List.of(new ProfileChange("DSDA01", 5, null));
        for (String other : List.of(MENTOR, "supervisor@demo.crossfield.org", "admin@demo.crossfield.org",
                "coordinator@demo.crossfield.org", "partner@demo.crossfield.org")) {
            assertThatThrownBy(() -> runAs.as(other, () -> profiles.updateProfile(student, change)))
                    .as(other).isInstanceOf(AccessDeniedException.class);
        }
    }

    /**
     * Until issue 17 this test was "partners have no profile and only staff may read others'": a partner manager read no
     * student's profile, so the partner's review list showed no competency fit. The rule is now object-level
     * (docs/adr/0063-reviewers-read-applicants-profiles.md): whoever owns or reviews a posting reads the profiles of its
     * applicants (see the next test). What stays: partners keep no profile of their own, a role alone opens nobody's
     * profile (a partner, a mentor, a student with no such relation is refused), and administrators and coordinators read
     * everyone's.
     */
    @Test
    void partnersKeepNoProfileAndARoleAloneOpensNobodysProfile() {
        long partner = runAs.idOf(PARTNER);
        long student = studentsWithoutApplications().getFirst();
        assertThatThrownBy(() -> runAs.as(PARTNER,
                () -> profiles.updateProfile(partner, List.of(new ProfileChange("DSDA01", 3, null)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.as(MENTOR, () -> profiles.profileOf(student))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.as(PARTNER, () -> profiles.profileOf(student))).isInstanceOf(AccessDeniedException.class);
        assertThat(runAs.as("admin@demo.crossfield.org", () -> profiles.profileOf(student)).personId()).isEqualTo(student);
        assertThat(runAs.as("coordinator@demo.crossfield.org", () -> profiles.profileOf(student)).personId()).isEqualTo(student);
    }

    /**
     * Issue 17: a person reads the competency profile of an applicant to a posting they own (a partner manager: their
     * organisation's challenges) or are on the review team of, and nobody else's: not the profile of a student who did
     * not apply there, not while the application is a draft, not as a mentor who is not on the team, and never as
     * another student.
     */
    @Test
    void theOwnersAndReviewTeamOfAPostingReadItsApplicantsProfilesAndNobodyElses() {
        long challenge = newChallengeOfTheDemoPartner();
        List<Long> students = studentsWithoutApplications();
        long applicant = students.get(0);
        long drafting = students.get(1);
        long stranger = students.get(2);
        apply(challenge, applicant, "SUBMITTED");
        apply(challenge, drafting, "DRAFT");
        jdbc.update("""
                insert into posting_reviewer (posting_type, posting_id, user_id, added_by, added_at)
                values ('CHALLENGE', ?, ?, ?, current_timestamp)""", challenge, runAs.idOf(MENTOR), runAs.idOf(PARTNER));
        String otherMentor = jdbc.queryForObject("""
                select min(u.email) from app_user u join user_role r on r.user_id = u.id and r.role = 'MENTOR'
                where u.enabled and (select count(*) from user_role x where x.user_id = u.id) = 1
                and not exists (select 1 from posting_reviewer p where p.user_id = u.id)""", String.class);

        assertThat(runAs.as(PARTNER, () -> profiles.profileOf(applicant)).personId())
                .as("the partner manager of the challenge's organisation").isEqualTo(applicant);
        assertThat(runAs.as(MENTOR, () -> profiles.profileOf(applicant)).personId())
                .as("a mentor on the challenge's review team").isEqualTo(applicant);

        assertThatThrownBy(() -> runAs.as(PARTNER, () -> profiles.profileOf(stranger)))
                .as("a student who did not apply to the organisation's postings").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.as(MENTOR, () -> profiles.profileOf(stranger)))
                .as("a student who did not apply to a posting the mentor reviews").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.as(PARTNER, () -> profiles.profileOf(drafting)))
                .as("a draft stays private to its student").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.as(otherMentor, () -> profiles.profileOf(applicant)))
                .as("a mentor who is not on the review team").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.as(STUDENT, () -> profiles.profileOf(applicant)))
                .as("a student reads no other student's profile").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.as("supervisor@demo.crossfield.org", () -> profiles.profileOf(applicant)))
                .as("a supervisor with no part in the challenge").isInstanceOf(AccessDeniedException.class);
    }

    /** A new open challenge of the demo partner's organisation (a copy of one of its challenges). */
    private long newChallengeOfTheDemoPartner() {
        long template = jdbc.queryForObject("""
                select min(c.id) from challenge c join app_user u on u.id = c.created_by
                where u.email = 'partner@demo.crossfield.org'""", Long.class);
        jdbc.update("""
                insert into challenge (programme_id, organisation_id, created_by, title, summary, description, deadline, visibility,
                                       data_tier, access_model, status, created_at, published_at, demo, version)
                select programme_id, organisation_id, created_by, ?, summary, description, date_add(curdate(), interval 60 day),
                       'PUBLIC', data_tier, access_model, 'OPEN', created_at, published_at, false, 0 from challenge where id = ?""",
                "Profile access challenge " + java.util.UUID.randomUUID(), template);
        return jdbc.queryForObject("select max(id) from challenge", Long.class);
    }

    private void apply(long challenge, long student, String status) {
        jdbc.update("""
                insert into application (posting_type, posting_id, student_id, status, motivation, created_at, updated_at, submitted_at,
                                         demo, version)
                values ('CHALLENGE', ?, ?, ?, 'I know ICU data.', current_timestamp, current_timestamp,
                        case when ? = 'DRAFT' then null else current_timestamp end, false, 0)""", challenge, student, status, status);
    }

    /** Three students (and nothing else) who have submitted no application, so no one reviews them. */
    private List<Long> studentsWithoutApplications() {
        List<Long> students = jdbc.queryForList("""
                select r.user_id from user_role r where r.role = 'STUDENT'
                and (select count(*) from user_role x where x.user_id = r.user_id) = 1
                and not exists (select 1 from application a where a.student_id = r.user_id and a.status <> 'DRAFT')
                and not exists (select 1 from collaboration c where c.student_id = r.user_id)
                order by r.user_id limit 3""", Long.class);
        assertThat(students).as("three students who have submitted no application").hasSize(3);
        return students;
    }

    @Test
    void aSupervisorReadsOnlyTheProfilesOfPeopleRelatedToTheirProjects() {
        // a supervisor with a submitted application to one of their projects, and a student unrelated to them
        Map<String, Object> pair = jdbc.queryForMap("""
                select u.email as supervisor, p.supervisor_id, a.student_id from application a
                join phd_project p on a.posting_type = 'PROJECT' and a.posting_id = p.id
                join app_user u on u.id = p.supervisor_id
                where a.status <> 'DRAFT' and u.enabled order by a.id limit 1""");
        String supervisor = (String) pair.get("supervisor");
        long supervisorId = ((Number) pair.get("supervisor_id")).longValue();
        long applicant = ((Number) pair.get("student_id")).longValue();
        long stranger = jdbc.queryForObject("""
                select min(r.user_id) from user_role r where r.role = 'STUDENT'
                and not exists (select 1 from application a join phd_project p on a.posting_type = 'PROJECT'
                                and a.posting_id = p.id where a.student_id = r.user_id and p.supervisor_id = ?)
                and not exists (select 1 from collaboration c where c.student_id = r.user_id and c.supervisor_id = ?)""",
                Long.class, supervisorId, supervisorId);

        assertThat(runAs.as(supervisor, () -> profiles.profileOf(applicant)).personId()).isEqualTo(applicant);
        assertThatThrownBy(() -> runAs.as(supervisor, () -> profiles.profileOf(stranger)))
                .as("a supervisor's role alone does not open everyone's profile").isInstanceOf(AccessDeniedException.class);
    }

    private void assertRefused(long me, ProfileChange change, String message) {
        assertThatThrownBy(() -> runAs.as(STUDENT, () -> profiles.updateProfile(me, List.of(change))))
                .isInstanceOf(InvalidProfileChangeException.class).hasMessageContaining(message);
    }
}
