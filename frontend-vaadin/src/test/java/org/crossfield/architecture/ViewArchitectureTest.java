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

    /** The views anyone may open without logging in; adding one is a deliberate decision (docs/adr/0015). */
    private static final String[] ANONYMOUS_VIEWS = {"LoginView", "ShowcaseView"};

    @Test
    void everyViewDeclaresItsAccess() {
        classes().that().areAnnotatedWith(Route.class).and().doNotHaveSimpleName(ANONYMOUS_VIEWS[0])
                .and().doNotHaveSimpleName(ANONYMOUS_VIEWS[1])
                .should().beAnnotatedWith(RolesAllowed.class)
                .check(all);
    }

    @Test
    void onlyTheLoginAndTheShowcaseAreOpenToAnonymousVisitors() {
        classes().that().areAnnotatedWith(AnonymousAllowed.class)
                .should().haveSimpleName(ANONYMOUS_VIEWS[0]).orShould().haveSimpleName(ANONYMOUS_VIEWS[1])
                .check(all);
        classes().that().haveSimpleName(ANONYMOUS_VIEWS[1]).should().notBeAnnotatedWith(RolesAllowed.class)
                .andShould().beAnnotatedWith(AnonymousAllowed.class)
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
