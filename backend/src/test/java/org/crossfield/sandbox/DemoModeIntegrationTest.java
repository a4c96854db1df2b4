package org.crossfield.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

@CrossfieldIntegrationTest
class DemoModeIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void theSixDemoAccountsExistWithTheirRoleAndThePasswordDemo() {
        for (String role : List.of("ADMIN", "COORDINATOR", "PARTNER", "MENTOR", "SUPERVISOR", "STUDENT")) {
            String email = role.toLowerCase() + "@demo.crossfield.org";
            String hash = jdbc.queryForObject("select password_hash from app_user where email = ?", String.class, email);
            assertThat(passwords.matches("demo", hash)).as(email).isTrue();
            assertThat(jdbc.queryForList("select r.role from user_role r join app_user u on u.id = r.user_id where u.email = ?",
                    String.class, email)).containsExactly(role);
        }
    }

    @Test
    void theSandboxHasOrganisationsInSeveralCountriesAndRealisticProfiles() {
        assertThat(jdbc.queryForObject("select count(distinct country) from organisation", Integer.class)).isGreaterThan(3);
        // the sandbox's own mentors (other tests of this JVM may invite mentors of their own)
        assertThat(jdbc.queryForObject("select count(*) from user_role r join app_user u on u.id = r.user_id"
                + " where r.role = 'MENTOR' and u.demo", Integer.class)).isEqualTo(SandboxSize.SMALL.mentors() + 1);
        assertThat(jdbc.queryForObject("select min(level) from profile_entry", Integer.class)).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select max(level) from profile_entry", Integer.class)).isLessThanOrEqualTo(5);
        // every person the sandbox wrote is demo data (other tests of this JVM add people of their own, with later ids)
        assertThat(jdbc.queryForObject(
                "select count(*) from app_user where demo = false and id < (select max(id) from app_user where demo)",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject(
                // the sandbox's programmes come first; other tests of this JVM add programmes of their own later
                "select count(*) from programme_coordinator pc join app_user u on u.id = pc.user_id where u.email = "
                        + "'coordinator@demo.crossfield.org' and pc.programme_id < (select min(id) from programme) + ?",
                Integer.class, SandboxSize.SMALL.programmes())).isEqualTo(SandboxSize.SMALL.programmes());
    }
}
