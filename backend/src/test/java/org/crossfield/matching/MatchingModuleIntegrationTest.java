package org.crossfield.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Collectors;
import org.crossfield.ModuleTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.stereotype.Service;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The matching module starts with only the modules it declares (application, competency, identity, marketplace,
 * notification, platform): no collaboration, agreement or reporting service is in the context, and its rules hold.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, classes = ModuleTestApplication.class,
        extraIncludes = "platform", // the Clock bean: a JDK type, so Modulith sees no dependency on platform
        verifyAutomatically = false) // ModuleStructureTest verifies
@ActiveProfiles("test")
@TestPropertySource(properties = {"crossfield.demo.enabled=false", "crossfield.module-test=true"})
class MatchingModuleIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MatchingRoundService rounds;

    @Test
    void startsWithItsOwnAndItsDependenciesServicesOnly() {
        Set<String> modules = context.getBeansWithAnnotation(Service.class).values().stream()
                .map(bean -> AopUtils.getTargetClass(bean).getPackageName())
                .map(name -> name.replaceFirst("^org\\.crossfield\\.([a-z]+).*$", "$1"))
                .collect(Collectors.toSet());
        assertThat(modules).contains("matching")
                .isSubsetOf("matching", "application", "competency", "identity", "marketplace", "notification", "platform");
    }

    @Test
    @WithMockUser(roles = "STUDENT")
    void studentsAreRefusedTheMatchingRounds() {
        assertThatThrownBy(() -> rounds.myRounds()).isInstanceOf(AccessDeniedException.class);
    }
}
