package org.crossfield.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;

/**
 * Feature modules talk only through each other's root packages, without cycles; the backend knows nothing of Vaadin;
 * every public method of an application service says who may call it.
 */
class ModuleStructureTest {

    private final JavaClasses backend = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.crossfield");

    @Test
    void featureModulesRespectTheirBoundaries() {
        ApplicationModules.of("org.crossfield", ImportOption.Predefined.DO_NOT_INCLUDE_TESTS::includes).verify();
    }

    @Test
    void theBackendHasNoVaadinDependency() {
        noClasses().should().dependOnClassesThat().resideInAPackage("com.vaadin..").check(backend);
    }

    @Test
    void everyPublicServiceMethodCarriesPreAuthorize() {
        methods().that().arePublic().and().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().areDeclaredInClassesThat().areNotAssignableTo(UserDetailsService.class) // the login itself
                .should().beAnnotatedWith(PreAuthorize.class)
                .orShould().beDeclaredInClassesThat().areAnnotatedWith(PreAuthorize.class)
                .check(backend);
    }
}
