package org.crossfield.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Collectors;
import org.crossfield.ModuleTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.stereotype.Service;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The agreement module starts with only the modules it declares (identity, notification, platform, sandbox) and works:
 * no collaboration, reporting or marketplace service is in the context. Demo data is off: the sandbox of a partial
 * application would miss the collaborations agreements build on.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, classes = ModuleTestApplication.class,
        verifyAutomatically = false) // ModuleStructureTest verifies
@ActiveProfiles("test")
@TestPropertySource(properties = {"crossfield.demo.enabled=false", "crossfield.module-test=true"})
class AgreementModuleIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AgreementTemplateService templates;

    @Test
    void startsWithItsOwnAndItsDependenciesServicesOnly() {
        Set<String> modules = context.getBeansWithAnnotation(Service.class).values().stream()
                .map(bean -> org.springframework.aop.support.AopUtils.getTargetClass(bean).getPackageName())
                .map(name -> name.replaceFirst("^org\\.crossfield\\.([a-z]+).*$", "$1"))
                .collect(Collectors.toSet());
        assertThat(modules).contains("agreement").isSubsetOf("agreement", "identity", "notification", "platform", "sandbox");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void administratorsSeeATemplateForEveryIpRegime() {
        assertThat(templates.activeTemplates()).isNotEmpty()
                .extracting(TemplateVersion::regimeCode).doesNotHaveDuplicates();
    }

    @Test
    @WithMockUser(roles = "STUDENT")
    void othersAreRefusedTheTemplates() {
        assertThatThrownBy(() -> templates.activeTemplates()).isInstanceOf(AccessDeniedException.class);
    }
}
