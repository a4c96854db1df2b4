package org.crossfield.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;

/** Views are thin adapters over services: they never touch repositories, and every view says who may open it. */
class ViewArchitectureTest {

    private final JavaClasses all = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.crossfield");

    @Test
    void viewsNeverUseRepositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(all);
    }

    /**
     * The views anyone may open without logging in; adding one is a deliberate decision (docs/adr/0015, docs/adr/0020):
     * the login and the public showcase, and the pages that an e-mail link or the login page leads to before a person
     * can log in (invitation, password reset, self-registration and its address confirmation).
     */
    static final java.util.Set<String> ANONYMOUS_VIEWS = java.util.Set.of("LoginView", "ShowcaseView",
            "AcceptInvitationView", "ForgotPasswordView", "ResetPasswordView", "RegisterView", "ConfirmAddressView");

    @Test
    void everyViewDeclaresItsAccess() {
        classes().that().areAnnotatedWith(Route.class)
                .and(new com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass>("not anonymous") {
                    @Override
                    public boolean test(com.tngtech.archunit.core.domain.JavaClass c) {
                        return !ANONYMOUS_VIEWS.contains(c.getSimpleName());
                    }
                })
                .should().beAnnotatedWith(RolesAllowed.class)
                .check(all);
    }

    @Test
    void onlyTheListedViewsAreOpenToAnonymousVisitors() {
        for (com.tngtech.archunit.core.domain.JavaClass c : all) {
            if (c.isAnnotatedWith(AnonymousAllowed.class)) {
                org.junit.jupiter.api.Assertions.assertTrue(ANONYMOUS_VIEWS.contains(c.getSimpleName()),
                        c.getName() + " is open to anonymous visitors but not listed in ANONYMOUS_VIEWS");
                org.junit.jupiter.api.Assertions.assertFalse(c.isAnnotatedWith(RolesAllowed.class), c.getName());
            }
        }
    }

    /**
     * {@code InstitutionalSignInService.signIn} trusts the identity it is given (its callers have checked the provider's
     * ID token): only the OpenID Connect login may call it, never a view (docs/adr/0021).
     */
    @Test
    void onlyTheOpenIdConnectLoginSignsPeopleInThroughAnInstitution() {
        noClasses().that().doNotHaveFullyQualifiedName("org.crossfield.identity.ui.InstitutionalLogin")
                .should().callMethodWhere(new com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaMethodCall>(
                        "InstitutionalSignInService.signIn") {
                    @Override
                    public boolean test(com.tngtech.archunit.core.domain.JavaMethodCall call) {
                        return call.getTargetOwner().getSimpleName().equals("InstitutionalSignInService")
                                && call.getName().equals("signIn");
                    }
                })
                .check(all);
    }

    @Test
    void theWholeApplicationRespectsModuleBoundaries() {
        // the backend's test jar is on this test classpath too; its classes are not part of the application
        ImportOption production = location -> ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
                && !location.contains("-tests.jar");
        ApplicationModules.of("org.crossfield", production::includes).verify();
    }
}
