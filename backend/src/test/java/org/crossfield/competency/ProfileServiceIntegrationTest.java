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

    @Test
    void partnersHaveNoProfileAndOnlyStaffMayReadOthers() {
        long partner = runAs.idOf("partner@demo.crossfield.org");
        long student = runAs.idOf(STUDENT);
        assertThatThrownBy(() -> runAs.as("partner@demo.crossfield.org",
                () -> profiles.updateProfile(partner, List.of(new ProfileChange("DSDA01", 3, null)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.as(MENTOR, () -> profiles.profileOf(student))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.as("partner@demo.crossfield.org", () -> profiles.profileOf(student)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(runAs.as("admin@demo.crossfield.org", () -> profiles.profileOf(student)).personId()).isEqualTo(student);
        assertThat(runAs.as("coordinator@demo.crossfield.org", () -> profiles.profileOf(student)).personId()).isEqualTo(student);
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
