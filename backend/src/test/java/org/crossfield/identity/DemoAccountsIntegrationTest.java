package org.crossfield.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

@CrossfieldIntegrationTest
class DemoAccountsIntegrationTest {

    @Autowired
    UserAccountRepository users;

    @Test
    void demoAccountsLogInOnlyInDemoMode() {
        CrossfieldUserDetailsService demoMode = new CrossfieldUserDetailsService(users, true);
        CrossfieldUserDetailsService production = new CrossfieldUserDetailsService(users, false);

        CrossfieldUser student = (CrossfieldUser) demoMode.loadUserByUsername(" Student@Demo.Crossfield.org ");
        assertThat(student.getRoles()).containsExactly(Roles.STUDENT);
        assertThat(student.getOrganisationName()).isNotBlank();

        assertThatThrownBy(() -> production.loadUserByUsername("student@demo.crossfield.org"))
                .isInstanceOf(UsernameNotFoundException.class);
        assertThatThrownBy(() -> demoMode.loadUserByUsername("nobody@example.org"))
                .isInstanceOf(UsernameNotFoundException.class);
    }
}
