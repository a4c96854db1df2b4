package org.crossfield.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.crossfield.sandbox.SandboxOrganisationType;
import org.crossfield.sandbox.SandboxRole;
import org.junit.jupiter.api.Test;

/** The sandbox has a vocabulary of its own (it depends on no feature); identity's contribution maps it by name. */
class IdentitySandboxTest {

    @Test
    void everySandboxRoleIsARoleOfCrossfieldAndKeepsAProfileExactlyWhenIdentitySaysSo() {
        assertThat(Arrays.stream(SandboxRole.values()).map(IdentitySandbox::role)).containsExactlyInAnyOrderElementsOf(Roles.ALL);
        for (SandboxRole role : SandboxRole.values()) {
            assertThat(role.keepsProfile()).as(role.name()).isEqualTo(Roles.WITH_PROFILE.contains(role.name()));
        }
    }

    @Test
    void everySandboxOrganisationTypeIsAnOrganisationType() {
        assertThat(Arrays.stream(SandboxOrganisationType.values()).map(IdentitySandbox::organisationType))
                .containsExactlyInAnyOrder(OrganisationType.values());
    }
}
