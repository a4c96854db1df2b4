package org.crossfield.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;

@CrossfieldIntegrationTest
class CompetencyFrameworkServiceIntegrationTest {

    private static final String ADMIN = "admin@demo.crossfield.org";

    @Autowired
    CompetencyFrameworkService frameworks;
    @Autowired
    RunAs runAs;

    @Test
    void everyoneLoggedInReadsTheFrameworkGroupedByArea() {
        FrameworkDetails framework = runAs.as("student@demo.crossfield.org", frameworks::activeFramework);
        assertThat(framework.levels()).extracting(LevelDescriptor::level).containsExactly(1, 2, 3, 4, 5);
        assertThat(framework.byArea()).containsKey("Health data science");
        assertThat(framework.courseAreasFor("HDS-01")).extracting(CourseAreaSummary::code).contains("DSCP");
    }

    @Test
    void aMalformedImportIsRefusedWholeAndNothingChanges() {
        List<FrameworkVersion> before = runAs.as(ADMIN, frameworks::versions);
        byte[] bad = "code,group,title,source\nDSDA01,Analytics,Fine,EDSF\nbad!,Analytics,Broken,EDSF\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> runAs.as(ADMIN, () -> frameworks.importCsv(bad, "Broken import")))
                .isInstanceOf(FrameworkImportException.class).hasMessageContaining("Line 3");
        assertThat(runAs.as(ADMIN, frameworks::versions)).isEqualTo(before);
    }

    @Test
    @DirtiesContext
    void anAdminExportsEditsAndImportsANewActiveVersion() {
        byte[] exported = runAs.as(ADMIN, frameworks::exportCsv);
        String changed = new String(exported, StandardCharsets.UTF_8) + "HDS-99,Health data science,Synthetic data generation and evaluation,local\n";
        FrameworkVersion imported = runAs.as(ADMIN, () -> frameworks.importCsv(changed.getBytes(StandardCharsets.UTF_8), "Test v2"));
        assertThat(imported.competencies()).isEqualTo(48);
        FrameworkDetails active = runAs.as(ADMIN, frameworks::activeFramework);
        assertThat(active.versionLabel()).isEqualTo("Test v2");
        assertThat(active.competencies()).extracting(CompetencySummary::code).contains("HDS-99");
        assertThat(runAs.as(ADMIN, frameworks::versions)).filteredOn(FrameworkVersion::active).hasSize(1);
        assertThatThrownBy(() -> runAs.as(ADMIN, () -> frameworks.importCsv(exported, "Test v2")))
                .hasMessageContaining("exists already");
        // put the shipped framework back for the other tests sharing this database
        runAs.run(ADMIN, () -> frameworks.importCsv(exported, "Shipped again"));
    }

    @Test
    void onlyAdminsExportOrImport() {
        for (String who : List.of("student", "mentor", "supervisor", "partner", "coordinator")) {
            String email = who + "@demo.crossfield.org";
            assertThatThrownBy(() -> runAs.as(email, frameworks::exportCsv)).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(email, () -> frameworks.importCsv(new byte[] {1}, "x")))
                    .as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(email, frameworks::versions)).as(who).isInstanceOf(AccessDeniedException.class);
        }
    }
}
