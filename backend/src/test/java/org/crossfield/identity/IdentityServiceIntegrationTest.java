package org.crossfield.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@CrossfieldIntegrationTest
class IdentityServiceIntegrationTest {

    @Autowired
    IdentityService identity;
    @Autowired
    RunAs runAs;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void coordinatorsSeePeoplePerCountryFromTheDatabase() {
        var rows = runAs.as("coordinator@demo.crossfield.org", identity::peopleByCountry);
        assertThat(rows).isNotEmpty();
        assertThat(rows).extracting(PeopleByCountry::role).containsOnly(Roles.STUDENT, Roles.SUPERVISOR, Roles.MENTOR);
        // what the database holds at this moment (other tests of this JVM may add mentors of their own)
        long mentors = jdbc.queryForObject("select count(*) from app_user u join user_role r on r.user_id = u.id"
                + " where r.role = 'MENTOR' and u.enabled and u.organisation_id is not null", Long.class);
        assertThat(mentors).isGreaterThanOrEqualTo(151);
        assertThat(rows.stream().filter(r -> r.role().equals(Roles.MENTOR)).mapToLong(PeopleByCountry::people).sum())
                .isEqualTo(mentors);
    }

    @Test
    void adminsSeePlatformFiguresAndPartnersTheirOwnMentors() {
        PlatformFigures figures = runAs.as("admin@demo.crossfield.org", identity::platformFigures);
        assertThat(figures.usersByRole()).containsEntry(Roles.ADMIN, 1L);
        assertThat(runAs.as("partner@demo.crossfield.org", identity::mentorsInMyOrganisation)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void eachRoleIsRefusedWhatItMustNotSee() {
        for (String role : new String[] {"student", "mentor", "supervisor"}) {
            assertThatThrownBy(() -> runAs.as(role + "@demo.crossfield.org", identity::peopleByCountry))
                    .as(role).isInstanceOf(AccessDeniedException.class);
        }
        for (String role : new String[] {"student", "mentor", "supervisor", "partner", "coordinator"}) {
            assertThatThrownBy(() -> runAs.as(role + "@demo.crossfield.org", identity::platformFigures))
                    .as(role).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> runAs.as("coordinator@demo.crossfield.org", identity::mentorsInMyOrganisation))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(identity::peopleByCountry).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
